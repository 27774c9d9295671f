import { describe, expect, it } from 'vitest';
import { trimUrlEnd, url } from '../../recognizers/url.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

describe('recognizer `url`', () => {
  recognizerTable(url, [
    { text: 'docs at https://www.northwind-labs.com/guide?id=7.', expected: [['URL', 'https://www.northwind-labs.com/guide?id=7']] },
    { text: 'http://quokka.travel/', expected: [['URL', 'http://quokka.travel/']] },
    { name: 'one letter in all (the scheme\'s first)', text: 's3://10.1.2.3/a', expected: [['URL', 's3://10.1.2.3/a']] },
    { name: 'no letter', text: '592.32 and 1.2.3.4:80', expected: [] },
    { name: 'balanced parentheses kept', text: '(see https://wiki.quokka.org/Page_(disambiguation))', expected: [['URL', 'https://wiki.quokka.org/Page_(disambiguation)']] },
    { name: 'markdown link', text: '[docs](https://quokka.dev/docs)', expected: [['URL', 'https://quokka.dev/docs']] },
    { name: 'quotes and comma', text: '"https://quokka.io/a",\'ftp://files.quokka.de/pub\'', expected: [['URL', 'https://quokka.io/a'], ['URL', 'ftp://files.quokka.de/pub']] },
    { name: 'websocket and ssh-like schemes', text: 'wss://chat.quokka.io/s git+ssh://git@code.quokka.io/r.git', expected: [['URL', 'wss://chat.quokka.io/s'], ['URL', 'git+ssh://git@code.quokka.io/r.git']] },
    { name: 'userinfo and port', text: 'https://ann:pw@db.quokka.co.uk:8443/x', expected: [['URL', 'https://ann:pw@db.quokka.co.uk:8443/x']] },
    { name: 'IPv4 host', text: 'http://203.0.113.9:8080/status', expected: [['URL', 'http://203.0.113.9:8080/status']] },
    { name: 'IPv6 host', text: 'http://[2001:db8::12]:80/', expected: [['URL', 'http://[2001:db8::12]:80/']] },
    { name: 'intranet host', text: 'open http://wiki/Home today', expected: [['URL', 'http://wiki/Home']] },
    { name: 'file URL', text: 'file:///home/ann/notes.txt', expected: [['URL', 'file:///home/ann/notes.txt']] },
    { name: 'emoji before', text: '🚀🚀https://quokka.io', expected: [['URL', 'https://quokka.io']] },
    { name: 'www bare', text: 'visit www.quokka-shop.com/sale!', expected: [['URL', 'www.quokka-shop.com/sale']] },
    { name: 'bare with path', text: 'quokka.io/docs/intro.', expected: [['URL', 'quokka.io/docs/intro']] },
    { name: 'bare common TLD', text: 'Try quokka.io or QuokkaShop.com.', expected: [['URL', 'quokka.io'], ['URL', 'QuokkaShop.com']] },
    { name: 'bare ccTLD with subdomains', text: 'news.quokka.co.uk', expected: [['URL', 'news.quokka.co.uk']] },
    { name: 'bare with port', text: 'quokka.com:8080', expected: [['URL', 'quokka.com:8080']] },
    { name: 'upper-case www', text: 'WWW.QUOKKA.COM', expected: [['URL', 'WWW.QUOKKA.COM']] },
    { name: 'file-extension TLD with www', text: 'www.quokka.py', expected: [['URL', 'www.quokka.py']] },
    { name: 'file-extension TLD with context', text: 'website: quokka.py', expected: [['URL', 'quokka.py']] },
    { name: 'word-like TLD with context', text: 'my site home.it', expected: [['URL', 'home.it']] },
    { name: 'python file', text: 'run rpc.py now', expected: [] },
    { name: 'module attribute', text: 'os.sys', expected: [] },
    { name: 'file names', text: 'file.json index.html main.rs setup.sh', expected: [] },
    { name: 'code attribute TLD', text: 'user.name row.id self.email', expected: [] },
    { name: 'method call', text: 'df.gt(0)', expected: [] },
    { name: 'abbreviations', text: 'e.g. at 10 a.m. i.e. U.S.', expected: [] },
    { name: 'title and missing space', text: 'Mr.Smith left.Then ASP.NET', expected: [] },
    { name: 'missing space before a word-like TLD', text: 'went home.it was late', expected: [] },
    { name: 'numbers with a unit', text: 'meet 10.am', expected: [] },
    { name: 'email is not a URL', text: 'ann.lee@quokka.com', expected: [] },
    { name: 'mailto is not a URL', text: 'mailto:ann@quokka.com', expected: [] },
    { name: 'file path', text: 'src/quokka.io and C:\\dir\\quokka.com', expected: [] },
    { name: 'unknown TLD', text: 'quokka.notarealtld', expected: [] },
    { name: 'reserved domains', text: 'https://example.com/a http://localhost:3000 www.example.org', expected: [] },
    { name: 'template host', text: 'https://${host}/x', expected: [] },
    { name: 'label continues into other letters', text: 'quokka.comé', expected: [] },
  ]);

  // Bare domains are searched from each `x.co`, scheme URLs from each `://`, back to the start of
  // the run of name (or scheme) characters holding it.
  describe('anchored searches', () => {
    recognizerTable(url, [
      { name: 'a domain at the start of the value', text: 'quokka.com', expected: [['URL', 'quokka.com']] },
      { name: 'a subdomain with a path', text: 'x.quokka.com/path', expected: [['URL', 'x.quokka.com/path']] },
      { name: 'a dotted word before a domain', text: 'ab.cd.ef quokka.io', expected: [['URL', 'quokka.io']] },
      { name: 'a decimal before a domain', text: '592.32 quokka.io', expected: [['URL', 'quokka.io']] },
      { name: 'an email before a domain', text: 'ann.lee@quokka.com visit www.quokka.com', expected: [['URL', 'www.quokka.com']] },
      { name: 'two dots after the domain', text: 'quokka.com..x', expected: [['URL', 'quokka.com']] },
      { name: 'a dot and a dash after the domain', text: 'quokka.com.-x', expected: [['URL', 'quokka.com']] },
      { name: 'a dash before the run', text: '-quokka.com', expected: [] },
      { name: 'an underscore before the run', text: '_quokka.com', expected: [] },
      { name: 'a non-ASCII letter before the run', text: 'équokka.com', expected: [] },
      { name: 'an astral symbol before the run', text: '😀quokka.com', expected: [['URL', 'quokka.com']] },
      { name: 'inside parentheses', text: 'see(quokka.com)', expected: [['URL', 'quokka.com']] },
      { name: 'a one-letter last label', text: 'quokka.c', expected: [] },
      { name: 'a digit in the last label', text: 'quokka.co1', expected: [] },
      { name: 'two scheme URLs', text: 'http://quokka.com and https://x.io/a', expected: [['URL', 'http://quokka.com'], ['URL', 'https://x.io/a']] },
      { name: 'a scheme with a dot', text: 'a.b://quokka.io', expected: [['URL', 'a.b://quokka.io']] },
      { name: 'a one-letter scheme, then a scheme in the path', text: 'a://b://quokka.com', expected: [] },
      { name: 'a scheme with nothing after it', text: 'foo://', expected: [] },
    ]);
  });

  it('trims trailing punctuation and unbalanced closers only', () => {
    expect(trimUrlEnd('a.com/x).')).toBe('a.com/x');
    expect(trimUrlEnd('a.com/(x)')).toBe('a.com/(x)');
    expect(trimUrlEnd('a.com/x]\'";:!?*,')).toBe('a.com/x');
    expect(trimUrlEnd(`a.com/${')'.repeat(5)}`)).toBe('a.com/');
  });
});
