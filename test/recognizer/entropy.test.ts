import { describe, expect, it } from 'vitest';
import { charClasses, isHex, looksLikeIdentifier, looksLikeWords, looksRandom, shannonEntropy } from '../../src/recognizer/entropy.js';

describe('entropy helpers', () => {
  it('computes Shannon entropy in bits per character', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abab')).toBe(1);
    expect(shannonEntropy('abcd')).toBe(2);
  });

  it('counts character classes', () => {
    expect(charClasses('aB3$')).toEqual({ lower: true, upper: true, digit: true, symbol: true, count: 4 });
    expect(charClasses('abc').count).toBe(1);
    expect(isHex('0fA9')).toBe(true);
    expect(isHex('0fG9')).toBe(false);
  });

  it.each([
    ['x8Fq2Lr0Vb7Kc1Zt', true],
    ['6d804b51381b97dcfffe2e12efb5c691', true],
    ['wYYplzwlXYNlQrTs', true],
    ['changeme', false],
    ['short1A', false],
    ['SecretKeyProvider', false],
    ['secret-access-token', false],
    ['states/route53/state1', false],
    ['PGRST_DB_SCHEMAS', false],
    ['aaaaaaaaaaaaaaaaaaaa', false],
  ])('looksRandom(%s) is %s', (text, expected) => {
    expect(looksRandom(text, 12)).toBe(expected);
  });

  it('recognizes identifiers and word lists', () => {
    expect(looksLikeIdentifier('fakeAPIKey')).toBe(true);
    expect(looksLikeIdentifier('aSignScopedPub')).toBe(true);
    expect(looksLikeIdentifier('wYYplzwlXYNl')).toBe(false);
    expect(looksLikeIdentifier('password')).toBe(false);
    expect(looksLikeWords('iris.goroutines')).toBe(true);
    expect(looksLikeWords('Z6eD4UK_yFb5ZoKv')).toBe(false);
  });
});
