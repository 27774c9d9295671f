import { describe, expect, it } from 'vitest';
import { rng } from '../../benchmarks/generate-dataset.js';
import { hasRealTld, isPublicDomain, isReservedDomain } from '../../src/recognizer/tlds.js';

describe('tlds', () => {
  it.each([
    // [domain, real TLD, reserved]
    ['acme.com', true, false],
    ['ACME.COM', true, false],
    ['acme.Io', true, false],
    ['bbc.co.uk', true, false],
    ['acme.notatld', false, false],
    ['acme', false, false],
    ['', false, false],
    ['acme.', false, false],
    ['example.com', true, true],
    ['EXAMPLE.ORG', true, true],
    ['mail.example.net', true, true],
    ['notexample.com', true, false],
    ['example.co', true, false],
    ['example', false, true],
    ['shop.test', false, true],
    ['a.INVALID', false, true],
    ['localhost', false, true],
    ['my.localhost', false, true],
    ['.example.com', true, true],
    // Non-ASCII labels are lower-cased as a whole name would be.
    ['пример.рф', true, false],
    ['ПРИМЕР.РФ', true, false],
    ['exampİe.com', true, false],
  ] as const)('%j: real TLD %s, reserved %s', (domain, real, reserved) => {
    expect(hasRealTld(domain)).toBe(real);
    expect(isReservedDomain(domain)).toBe(reserved);
    expect(isPublicDomain(domain)).toBe(real && !reserved);
  });

  it('isReservedDomain agrees with the RFC 2606 / 6761 rule written as a regex', () => {
    const rule = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost)$/;
    const parts = ['example', 'EXAMPLE', 'Example', 'test', 'com', 'ORG', 'net', 'invalid', 'localhost', 'x', '.', '.', 'İ', 'Σ', 'K', 'ample', 'ex'];
    const random = rng(3);
    for (let i = 0; i < 20_000; i++) {
      let domain = '';
      for (let n = Math.floor(random() * 6); n > 0; n--) domain += parts[Math.floor(random() * parts.length)];
      expect(isReservedDomain(domain), domain).toBe(rule.test(domain.toLowerCase()));
    }
  });
});
