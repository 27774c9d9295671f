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
    ['a letter beyond ASCII inside a capitalized word', 'ask Zoë'],
    ['a capital beyond ASCII', 'merci Éloïse'],
    ['an astral capital', 'ask 𝐀da'],
    ['a known name in mixed case', 'tell obAMA hi'],
    ['a known name before a hyphen that joins nothing', 'tell obama-'],
    ['a known name after a word beyond ASCII', 'café obama'],
    ['a word beyond ASCII that lower-cases to a known name (Kelvin sign K)', 'tell jac\u212A'],
    ['a capitalized common word inside a sentence, quoted', 'say "Thanks"'],
    ['"Im" without its apostrophe (not the pronoun)', 'Im'],
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
    ["a lower-case possessive of a known name ('s is part of the word)", "tell obama's"],
    ['the same with a typographic apostrophe', 'tell obama’s'],
    ['a hyphen joining a known name into another word', 'tell ob-ama'],
    ['a known name with an accent', 'tell obamá'],
    ['a known name with a fullwidth letter', 'tell ｏbama'],
    ['a known name glued to digits after it', 'see paris2024'],
    ['a known name glued to digits before it', 'see 2paris'],
    ["a known name glued to another script's digit", 'x٣obama'],
    ['a known name before an @', 'x obama@y'],
    ['a domain', 'obama.com'],
    ['a common word opening a quoted sentence', '"Thanks," she said.'],
    ['a common word opening a sentence in brackets', 'hi. (Thanks)'],
    ['contractions of I with a typographic apostrophe', 'I’m fine, I’ll go'],
    ['lower-case words beyond ASCII', 'über alles'],
  ])('stops %s', (_name, value) => expect(gate(value)).toBe(false));
});
