import { describe, expect, it } from 'vitest';
import { DEFAULT_REGIONS, normalizeAnalyzerOptions } from '../src/options.js';

describe('normalizeAnalyzerOptions', () => {
  it('fills every default', () => {
    expect(normalizeAnalyzerOptions()).toEqual({
      recognizers: ['recommended'], entities: undefined, excludeEntities: [], scoreThreshold: 0.5,
      language: 'en', allowList: [], context: [], defaultRegions: DEFAULT_REGIONS,
    });
  });
  it('maps null to the default and upper-cases regions', () => {
    expect(normalizeAnalyzerOptions({ scoreThreshold: null as never, defaultRegions: ['de', 'at'] })).toMatchObject({ scoreThreshold: 0.5, defaultRegions: ['DE', 'AT'] });
  });
  it.each([
    ['scoreThreshold', { scoreThreshold: 1.5 }],
    ['scoreThreshold', { scoreThreshold: '0.5' }],
    ['entities', { entities: 'EMAIL_ADDRESS' }],
    ['excludeEntities', { excludeEntities: [''] }],
    ['language', { language: 'English' }],
    ['allowList', { allowList: [42] }],
    ['context', { context: [1] }],
    ['defaultRegions', { defaultRegions: ['USA'] }],
    ['recognizers', { recognizers: 'recommended' }],
  ])('rejects a bad `%s` with PII_INVALID_OPTION naming it', (option, options) => {
    expect(() => normalizeAnalyzerOptions(options as never)).toThrowError(expect.objectContaining({ code: 'PII_INVALID_OPTION', option }));
  });
});
