import { describe, expect, it } from 'vitest';
import { nlpEntities } from '../../recognizers/nlp-entities.js';
import { recognizerTable, spansOf } from '../helpers/recognizer-table.js';

describe('recognizer `nlp-entities`', () => {
  recognizerTable(nlpEntities, [
    // Titles, possessives and punctuation stay outside the span.
    { text: 'Dr. Odile Brannigan will call.', expected: [['PERSON', 'Odile Brannigan']] },
    { text: "Mrs. Zofia Kowalczyk's car is red.", expected: [['PERSON', 'Zofia Kowalczyk']] },
    { text: 'My name is Thaddeus Okonkwo.', expected: [['PERSON', 'Thaddeus Okonkwo']] },
    { name: 'emoji before the names', text: '😀😀 John Smith visited Paris.', expected: [['PERSON', 'John Smith'], ['LOCATION', 'Paris']] },
    { name: 'leading whitespace', text: '  Mary Jones works at Microsoft.', expected: [['PERSON', 'Mary Jones'], ['ORGANIZATION', 'Microsoft']] },
    { text: 'Jean-Luc Picard spoke.', expected: [['PERSON', 'Jean-Luc Picard']] },
    { name: 'particle inside a name', text: 'Hendrika van Dijk will speak', expected: [['PERSON', 'Hendrika van Dijk']] },
    { name: 'middle initial', text: 'Janka M. Szász signed it', expected: [['PERSON', 'Janka M. Szász']] },
    { name: 'names the lexicon does not know', text: 'Yesterday Hallvard Ødegård met Siiri Lindqvist.', expected: [['PERSON', 'Hallvard Ødegård'], ['PERSON', 'Siiri Lindqvist']] },
    { name: 'dialogue speaker', text: 'Nicole: Are you coming?', expected: [['PERSON', 'Nicole']] },
    // Organizations and places.
    { text: 'I work for Quillbright Technologies', expected: [['ORGANIZATION', 'Quillbright Technologies']] },
    { text: 'I live in Quillfield now', expected: [['LOCATION', 'Quillfield']] },
    { name: 'street address and city, split at the comma', text: 'Ship it to 221 Baker Street, London', expected: [['LOCATION', '221 Baker Street'], ['LOCATION', 'London']] },
    { name: 'multi-line address', text: 'Mr Hallvard Ødegård, 12 Rue des Lilas\nLyon', expected: [['PERSON', 'Hallvard Ødegård'], ['LOCATION', '12 Rue des Lilas'], ['LOCATION', 'Lyon']] },
    { name: 'military address', text: 'Return to Unit 4411 Box 2290\nDPO AE 09876', expected: [['LOCATION', 'Unit 4411 Box 2290'], ['LOCATION', 'DPO AE 09876']] },
    // Context (field name or nearby word) lifts a weak single-word guess.
    { name: 'weak guess with a context word', text: 'please contact Zorblatt today', expected: [['PERSON', 'Zorblatt']] },
    // Negatives.
    { name: 'weak guess without context', text: 'We discussed Zorblatt yesterday', expected: [] },
    { name: 'sentence-initial common word', text: 'Then the meeting ended.', expected: [] },
    { name: 'pronouns', text: 'He said she was here.', expected: [] },
    { name: 'a date is not an address', text: 'The meeting on 10 October 2010 was long', expected: [] },
    { name: 'honorific before a common word', text: 'Sir bot, hello', expected: [] },
    { name: 'shouting', text: 'ASAP please CALL ME', expected: [] },
    { name: 'digit groups before a pronoun are not an address', text: 'They are not answering at 0611 734 22 91 I\'d say', expected: [] },
    { name: 'comma-separated digit groups are not a place', text: 'Reach me at 416 60 039, Toronto office', expected: [['LOCATION', 'Toronto']] },
    { name: 'form label', text: 'Website:\nhttps://x.io', expected: [] },
    { name: 'no uppercase letter (trigger)', text: 'tell obama and john smith', expected: [] },
    { name: 'headline of capitalized common words', text: 'Court Reinstates Big Award In Drug Case', expected: [] },
  ]);

  it('has a trigger that skips values without an uppercase letter', () => {
    const instance = nlpEntities.create();
    expect(instance.trigger?.('only lower case here 123')).toBe(false);
    expect(instance.trigger?.('Élise')).toBe(true);
  });

  it('scores multi-word names higher than single known words', () => {
    const name = spansOf(nlpEntities, 'Then John Smith went home');
    const city = spansOf(nlpEntities, 'They went to Paris yesterday');
    expect(name.map(([e, s, f]) => [e, s, f.score])).toEqual([['PERSON', 'John Smith', 0.85]]);
    expect(city.map(([e, s]) => [e, s])).toEqual([['LOCATION', 'Paris']]);
    expect(city[0]![2].score).toBeLessThan(0.85);
    expect(city[0]![2].score).toBeGreaterThanOrEqual(0.5);
  });

  it('cuts long values into pieces without losing or shifting names', () => {
    const filler = 'nothing to see here. '.repeat(120);
    const text = `${filler}Dr. Odile Brannigan called.\n${filler}😀 Then Siiri Lindqvist wrote from Quillfield Technologies.`;
    expect(text.length).toBeGreaterThan(4000);
    expect(spansOf(nlpEntities, text).map(([e, s]) => [e, s])).toEqual([['PERSON', 'Odile Brannigan'], ['PERSON', 'Siiri Lindqvist'], ['ORGANIZATION', 'Quillfield Technologies']]);
  });

  it('uses the field name as context for a single unknown word', () => {
    expect(spansOf(nlpEntities, 'Met Zorblatt', 'customer_name').map(([e, s]) => [e, s])).toEqual([['PERSON', 'Zorblatt']]);
    expect(spansOf(nlpEntities, 'Met Zorblatt', 'notes')).toEqual([]);
  });
});
