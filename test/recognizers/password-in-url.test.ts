import { describe } from 'vitest';
import { passwordInUrl } from '../../recognizers/password-in-url.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

describe('recognizer `password-in-url`', () => {
  recognizerTable(passwordInUrl, [
    { text: 'DATABASE_URL=postgres://app:Tq9vLm2x@db.internal:5432/main', expected: [['PASSWORD', 'Tq9vLm2x']] },
    { text: 'nats.Connect(fmt.Sprintf("nats://svc:rkwq7@%s:%d", host, port))', expected: [['PASSWORD', 'rkwq7']] },
    { text: 'mongodb+srv://admin:Zp%40ss9w0rdx@cluster0.mongodb.net/test', expected: [['PASSWORD', 'Zp%40ss9w0rdx']] },
    { text: 'redis://:h7Kq2mZx9@localhost:6379/0', expected: [['PASSWORD', 'h7Kq2mZx9']] },
    { text: 'curl -s --user "deploy:Wq8zLp3n" https://registry.local/v2/', expected: [['PASSWORD', 'Wq8zLp3n']] },
    { name: 'emoji before', text: '🐘 postgresql://u:Tq9vLm2x@h/db', expected: [['PASSWORD', 'Tq9vLm2x']] },
    { name: 'variable', text: 'postgres://app:${DB_PASSWORD}@db:5432/main', expected: [] },
    { name: 'mask', text: 'postgres://app:****@db:5432/main', expected: [] },
    { name: 'placeholder word', text: 'postgres://user:password@localhost/db', expected: [] },
    { name: 'template', text: 'mysql://root:<password>@localhost/db', expected: [] },
    { name: 'documentation host', text: 'https://Aladdin:OpenSesame@www.example.com/index.html', expected: [] },
    { name: 'port, not password', text: 'http://google.com:80#@www.whitelisteddomain.tld/', expected: [] },
    { name: 'no password', text: 'ssh://git@github.com/org/repo.git', expected: [] },
  ]);
});
