import { describe, expect, it } from 'vitest';
import { loadCompromise } from '../../src/recognizer/compromise.js';
import { createNameGate } from '../../src/recognizer/name-gate.js';

const NAME_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Place', 'City', 'Country', 'Region', 'Organization', 'Company']);

describe('name gate', () => {
  const gate = createNameGate(loadCompromise(), { isNameTag: (t) => NAME_TAGS.has(t) });
  it.each([
    ['a capitalized word beyond the sentence start', 'we asked Okafor twice'],
    ['an unknown word at the sentence start', 'Okafor said no'],
    ['a known place at the sentence start', 'Paris is lovely'],
    ['after a title', 'Dr. Brannigan called'],
    ['a dialogue label', 'Nicole: see you'],
    ['a lower-case word the lexicon knows as a name', 'tell obama hi'],
    ['a street address', 'ship to 221 Baker Street'],
    ['shouting', 'call ASAP'],
    ['a handle', 'thanks @Okafor'],
    ['a name before a period ending the sentence', 'we asked Okafor.'],
  ])('passes %s', (_name, value) => expect(gate(value)).toBe(true));
  it.each([
    ['lower-case prose', 'the order arrived late and the box was damaged'],
    ['the pronoun I', 'I would like to update the delivery address'],
    ['contractions of I', "I'm sure I'd know"],
    ['common words opening sentences', 'Thanks for the reply. Please check the invoice! Again?'],
    ['a single character', 'A'],
    ['digits and symbols', '12 34 -- 56'],
    ['a single lower-case token', 'pending'],
    ['a timestamp (a lone capital glued to digits)', '2024-05-12T10:00:00Z'],
    ['codes glued to digits', 'iban DE26 5176 0009 6371 3183 36'],
    ['an email whose local part holds a known name', 'olivia.okafor12@fjordmail.com'],
    ['paths and identifiers', 'see /srv/Data/file_Name=Paris'],
  ])('stops %s', (_name, value) => expect(gate(value)).toBe(false));
});
