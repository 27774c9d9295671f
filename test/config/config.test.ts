import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { validateConfig } from '../../src/config/validate-config.js';

describe('validateConfig', () => {
  it('accepts a full config and compiles allow-list regexes', () => {
    const result = validateConfig({
      recognizers: ['recommended', 'country:de', { id: 'email', disabled: true }, { entity: 'TICKET_ID', patterns: [{ regex: 'TCK-\\d+', score: 0.6 }] }],
      scoreThreshold: 0.6,
      allowList: ['ops@acme.io', { regex: '^test-', flags: 'i' }],
      operators: { DEFAULT: { type: 'replace' }, EMAIL_ADDRESS: { type: 'mask', keepDomain: true } },
      fieldOperators: { email: { EMAIL_ADDRESS: { type: 'hash' } } },
      onError: 'skip',
      failOn: { score: 0.8, entities: ['US_SSN'] },
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.config.allowList![1]).toBeInstanceOf(RegExp);
  });

  it.each([
    ['a regex that does not compile', { recognizers: [{ entity: 'X', patterns: [{ regex: '(', score: 0.5 }] }] }, 'recognizers[0].patterns[0].regex: invalid regular expression'],
    ['a score out of range', { recognizers: ['recommended', { entity: 'X', patterns: [{ regex: 'x', score: 2 }] }] }, 'recognizers[1].patterns[0].score: must be <= 1'],
    ['an unknown recognizer id', { recognizers: ['recommended', 'emial'] }, 'recognizers[1]: unknown recognizer or preset'],
    ['an unknown reference id', { recognizers: [{ id: 'nope', disabled: true }] }, 'recognizers[0].id: unknown recognizer or preset'],
    ['an unknown top-level option', { scoreTreshold: 0.5 }, 'scoreTreshold: unknown option'],
    ['a bad threshold', { scoreThreshold: 1.5 }, 'scoreThreshold: must be <= 1'],
    ['a bad error policy', { onError: 'ignore' }, 'onError: must be equal to one of the allowed values'],
    ['a bad allow-list regex', { allowList: [{ regex: '[' }] }, 'allowList[0].regex: invalid regular expression'],
    ['an unknown operator type', { operators: { EMAIL_ADDRESS: { type: 'scramble' } } }, 'operators.EMAIL_ADDRESS.type: must be equal to one of the allowed values'],
    ['a lower-case entity in operators', { operators: { email: { type: 'mask' } } }, 'operators.email: invalid key: must match pattern'],
  ])('reports %s with its exact path', (_name, raw, message) => {
    const result = validateConfig(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.some((e) => e.startsWith(message)), result.errors.join('\n')).toBe(true);
  });

  it('reports every problem, not just the first', () => {
    const result = validateConfig({ scoreThreshold: -1, onError: 'x', workers: 1.5 });
    expect(result.ok || result.errors.length).toBe(3);
  });
});

describe('loadConfig', () => {
  const project = async () => {
    const root = await mkdtemp(join(tmpdir(), 'pii-scan-config-'));
    await mkdir(join(root, 'data', 'raw'), { recursive: true });
    return root;
  };

  it('finds pii-scan.config.json upward from the working directory', async () => {
    const root = await project();
    await writeFile(join(root, 'pii-scan.config.json'), JSON.stringify({ scoreThreshold: 0.7 }));
    const loaded = await loadConfig({ cwd: join(root, 'data', 'raw') });
    expect(loaded).toMatchObject({ config: { scoreThreshold: 0.7 }, path: join(root, 'pii-scan.config.json'), dir: root });
  });

  it('reads the "pii-scan" key of package.json', async () => {
    const root = await project();
    await writeFile(join(root, 'package.json'), JSON.stringify({ name: 'datasets', 'pii-scan': { onError: 'skip' } }));
    expect((await loadConfig({ cwd: join(root, 'data') })).config).toEqual({ onError: 'skip' });
  });

  it('returns an empty config when there is none', async () => {
    const root = await project();
    const loaded = await loadConfig({ cwd: join(root, 'data') });
    // Only when no ancestor of the temp dir has a config: true on CI machines.
    if (loaded.path === undefined) expect(loaded.config).toEqual({});
  });

  it.each([
    ['invalid JSON', '{ "scoreThreshold": ', 'PII_INVALID_CONFIG'],
    ['an invalid config', '{ "scoreThreshold": 3 }', 'PII_INVALID_CONFIG'],
  ])('throws on %s with the file in the error', async (_name, text, code) => {
    const root = await project();
    const file = join(root, 'custom.json');
    await writeFile(file, text);
    await expect(loadConfig({ cwd: root, path: 'custom.json' })).rejects.toMatchObject({ code, file });
  });

  it('throws PII_IO_ERROR for an explicit path that does not exist', async () => {
    const root = await project();
    await expect(loadConfig({ cwd: root, path: 'missing.json' })).rejects.toMatchObject({ code: 'PII_IO_ERROR' });
  });
});
