/**
 * PERSON / LOCATION / ORGANIZATION in English running text: compromise's people, places and
 * organizations, with cleaned spans (no titles, possessive 's, punctuation or sentence-initial
 * common words), plus general rules compromise lacks: names after a title or "my name is",
 * runs of capitalized words it does not know (most foreign names, but not English-looking phrases,
 * shouting or words after an article or possessive), lone unknown words that a possessive, a verb,
 * a greeting or a neighbouring name vouches for, dialogue speaker labels, street addresses, known
 * company names and teams ("the Lions"). Words of the en_US dictionary written in title case
 * ("Karaoke Night") are no person's name.
 */
import { defineRecognizer } from '../src/recognizer/define.js';
import { loadCompromise, type Nlp, type NlpMatch, type NlpTerm } from '../src/recognizer/compromise.js';
import { GAZ_FIRST, GAZ_LAST, GAZ_PERSON, GAZ_PLACE, gazetteerKey, loadGazetteer, type Gazetteer } from '../src/recognizer/gazetteer.js';
import { loadCompanyNames } from '../src/recognizer/company-names.js';
import { loadEnglishWords, type EnglishWords } from '../src/recognizer/english-words.js';
import { createNameGate } from '../src/recognizer/name-gate.js';
import { cachedByValue } from '../src/recognizer/value-cache.js';
import type { RecognizerResult } from '../src/types.js';

type Entity = 'PERSON' | 'LOCATION' | 'ORGANIZATION';

/** Score of a multi-word name, or of any name a rule (title, "my name is") vouches for. */
const STRONG = 0.85;
/** A single word compromise's lexicon knows as a name. */
const KNOWN_SINGLE = 0.6;
/** A guess (single unknown capitalized word): reported only with context (name, patient...). */
const WEAK = 0.4;

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const PLACE_TAGS = ['Place', 'City', 'Country', 'Region', 'Address'];
const ORG_TAGS = ['Organization', 'Company', 'School', 'SportsTeam'];
const NAME_TAGS = new Set([...PERSON_TAGS, ...PLACE_TAGS, ...ORG_TAGS]);

// Lower-case words inside names: "Willemine ten Pas", "Ludwig van Beethoven".
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'des', 'ten', 'ter', 'la', 'las', 'le', 'les', 'los', 'da', 'do', 'di', 'del', 'della', 'delle', 'du', 'dos', 'das', 'bin', 'ibn', 'al', 'el', 'y']);
// Street-type words that end the street part of an address.
const STREET_TYPES = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr', 'court', 'ct', 'place', 'pl', 'square', 'sq', 'terrace', 'way', 'parkway', 'pkwy', 'highway', 'hwy', 'circle', 'cir', 'trail', 'crescent', 'close', 'row', 'alley', 'plaza', 'grove', 'gardens', 'hill', 'walk', 'path', 'pike', 'strasse', 'straße', 'rue', 'via', 'calle']);
// Phrases after which capitalized words are an employer.
const EMPLOYER_CUES = [['work', 'for'], ['works', 'for'], ['worked', 'for'], ['working', 'for'], ['work', 'at'], ['works', 'at'], ['worked', 'at'], ['working', 'at'], ['employed', 'by'], ['year', 'at'], ['years', 'at'], ['joined']];
// Last words that make a capitalized run an organization: "Intermap Technologies", "Ngap Incorporated".
const ORG_SUFFIXES = new Set(['inc', 'incorporated', 'corp', 'corporation', 'llc', 'ltd', 'limited', 'plc', 'gmbh', 'ag', 'co', 'company', 'group', 'partners', 'associates', 'holdings', 'technologies', 'technology', 'systems', 'solutions', 'labs', 'research', 'agency', 'bank', 'university', 'college', 'institute', 'foundation', 'association', 'club', 'society', 'council', 'ministry', 'department', 'hospital', 'school', 'airlines', 'insurance', 'consulting', 'studios', 'media', 'software', 'industries', 'enterprises', 'ventures', 'capital']);
// A lone unknown capitalized word after these is a place ("I'm in Flateyri", "originally from Hasle").
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'from']);
// Verbs of travel that make "to" / "at" a place cue: "flew to Neupré", "arrived at Riverlea".
const TRAVEL_VERBS = new Set(['flew', 'fly', 'flying', 'moved', 'move', 'moving', 'went', 'go', 'going', 'travel', 'traveled', 'travelled', 'traveling', 'travelling', 'drove', 'drive', 'driving', 'arrived', 'arrive', 'arriving', 'coming', 'come', 'came', 'returned', 'return', 'relocated', 'headed', 'heading', 'trip', 'welcome', 'back', 'sail', 'sailed']);

/** Whether the words before term `i` (same sentence) announce a place. */
function placeCue(terms: readonly NlpTerm[], lower: readonly string[], i: number): boolean {
  if (i === 0 || !sameSentence(terms, i - 1, i)) return false;
  const before = lower[i - 1]!;
  if (PLACE_PREPOSITIONS.has(before)) return true;
  return (before === 'to' || before === 'at') && i > 1 && TRAVEL_VERBS.has(lower[i - 2]!);
}
// Phrases after which capitalized words are the speaker's own name. Tokenized or hurried text splits "I'm" into "I m".
const INTRODUCERS = [['my', 'name', 'is'], ['name', 'is'], ['my', 'name\'s'], ['i', 'am'], ['i\'m'], ['i', 'm'], ['call', 'me'], ['calls', 'me'], ['called'], ['named'], ['this', 'is']];

const UPPER = /\p{Lu}/u;
// A word token: letters with inner apostrophes or hyphens, no digits, URL or handle marks.
const WORD = /^[\p{L}\p{M}'’-]+$/u;
const TITLE_CASE = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const INITIAL = /^\p{Lu}$/u;
const POSSESSIVE = /['’]s$/u;

interface Candidate {
  entity: Entity;
  first: number;
  last: number;
  score: number;
  /** A sentence-initial guess, kept only when its neighbours vouch for it (step 8). */
  needsVouch?: boolean;
  /** A lone place word with no place cue, which is a person's name when its neighbours say so (step 8). */
  maybeName?: boolean;
}

/**
 * PERSON, LOCATION and ORGANIZATION in English text. Multi-word names score 0.85, single words the
 * lexicon knows 0.6, single unknown capitalized words 0.4 (they need a context word or field name).
 * Loads compromise once per `create`; runs only on values the name gate passes, and once per
 * distinct value (bounded cache).
 */
export const nlpEntities = defineRecognizer({
  meta: {
    id: 'nlp-entities',
    entities: ['PERSON', 'LOCATION', 'ORGANIZATION'],
    recommended: true,
    languages: ['en'],
    description: 'Names of people, places and organizations in English text (compromise NLP plus rules)',
    context: ['name', 'names', 'patient', 'customer', 'client', 'contact', 'person', 'employee', 'user', 'author', 'owner', 'member', 'signed', 'sincerely', 'regards', 'attn', 'address', 'city', 'country', 'company', 'organization', 'employer', 'lives', 'born'],
  },
  create: () => {
    const nlp = loadCompromise();
    const gazetteer = loadGazetteer();
    const english = loadEnglishWords();
    // Company words no other source explains: "Huawei" stays, "Bank", "Georgia" and "Ross" go.
    const companies = loadCompanyNames((w) => !english.isCommon(w) && !english.isProper(w) && !(gazetteer.kinds(w) & (GAZ_PERSON | GAZ_PLACE)) && !nonOrgTag(nlp.lexiconTag(w)));
    return {
      // compromise runs only on values that can hold a name (see name-gate.ts), once per distinct value.
      trigger: createNameGate(nlp, { isNameTag: (tag) => NAME_TAGS.has(tag) }),
      analyze: cachedByValue((value) => findEntities(nlp, gazetteer, english, companies, value)),
    };
  },
});

function findEntities(nlp: Nlp, gazetteer: Gazetteer, english: EnglishWords, companies: ReadonlySet<string>, value: string): RecognizerResult[] {
  const doc = nlp.parse(value);
  const terms = doc.terms;
  if (terms.length === 0) return [];
  const lower = terms.map((t) => t.text.toLowerCase());
  // Lower case without a possessive `'s`: the key of every lexicon, gazetteer and dictionary lookup below.
  const bare = lower.map((w) => w.replace(POSSESSIVE, ''));
  /** A word the lexicon knows as something other than a name (then, my, the, report...). */
  const isCommon = (i: number): boolean => {
    const t = terms[i]!;
    if ([...t.tags].some((tag) => NAME_TAGS.has(tag)) && !t.tags.has('Pronoun')) {
      const lex = nlp.lexiconTag(bare[i]!);
      return lex !== undefined && !NAME_TAGS.has(lex);
    }
    return nlp.lexiconTag(bare[i]!) !== undefined || FUNCTION_TAGS.some((tag) => t.tags.has(tag));
  };
  /**
   * A common word that someone knows as one: `isCommon`, except a word that neither the lexicon nor the
   * dictionary knows, which compromise only guessed to be an adjective or a verb from its ending ("Hagrid").
   */
  const isKnownCommon = (i: number): boolean => isCommon(i) && !(nlp.lexiconTag(bare[i]!) === undefined && !english.isCommon(bare[i]!) && !english.isProper(bare[i]!)
    && FUNCTION_TAGS.every((tag) => !terms[i]!.tags.has(tag) || GUESSED_TAGS.has(tag)));
  const isLexiconCommon = (i: number): boolean => {
    const lex = nlp.lexiconTag(bare[i]!);
    return lex !== undefined && !NAME_TAGS.has(lex);
  };
  const isLexiconName = (i: number): boolean => NAME_TAGS.has(nlp.lexiconTag(bare[i]!) ?? '');
  const taken: Candidate[] = [];
  // Which terms a candidate already holds: earlier rules win, and the check stays O(length).
  const used = new Uint8Array(terms.length);
  const free = (first: number, last: number) => {
    for (let k = first; k <= last; k++) if (used[k]) return false;
    return true;
  };
  const take = (c: Candidate | undefined) => {
    if (!c || c.first > c.last || !free(c.first, c.last)) return;
    taken.push(c);
    used.fill(1, c.first, c.last + 1);
  };

  // 1. A title, or a phrase like "my name is", vouches for the capitalized words after it.
  terms.forEach((t, i) => {
    // Titles are written capitalized ("Dr.", "Mrs"); a lower-case "lt" is mostly the HTML entity "&lt;". A title
    // the lexicon knows as an adjective is mostly that adjective: "Major Muslim groups", "really Prime Melo".
    if (t.tags.has('Honorific') && UPPER.test(t.text[0]!) && nlp.lexiconTag(bare[i]!) !== 'Adjective' && i + 1 < terms.length && sameSentence(terms, i, i + 1)) {
      take(nameRun(terms, i + 1, 'PERSON', STRONG));
    }
  });
  for (let i = 0; i < terms.length; i++) {
    for (const phrase of INTRODUCERS) {
      if (phrase.every((w, k) => lower[i + k] === w) && typedAsPhrase(terms, i, phrase.length) && i + phrase.length < terms.length) {
        take(nameRun(terms, i + phrase.length, 'PERSON', STRONG));
      }
    }
  }
  for (let i = 0; i < terms.length; i++) {
    for (const phrase of EMPLOYER_CUES) {
      if (phrase.every((w, k) => lower[i + k] === w) && i + phrase.length < terms.length) {
        take(nameRun(terms, i + phrase.length, 'ORGANIZATION', STRONG));
      }
    }
  }
  // 2. Dialogue and form labels: "Nicole: Remember me" - a capitalized word opening a line, then ":" and more text.
  terms.forEach((t, i) => {
    // compromise's tags are unreliable for a lone word before ":" (it tags "Nicole:" an expression), so only the lexicon decides.
    if (startsLine(value, terms, i) && TITLE_CASE.test(t.text) && /^:[ \t]+$/u.test(t.post) && terms[i + 1]?.sentence === t.sentence && !isLexiconCommon(i)) {
      take({ entity: 'PERSON', first: i, last: i, score: KNOWN_SINGLE });
    }
  });
  // 3. Addresses: house numbers, street and place words; one LOCATION per address, over its lines.
  for (let i = 0; i < terms.length; i++) {
    const region = addressRegion(terms, lower, i);
    if (!region) continue;
    for (const part of region) take(part);
    i = region[region.length - 1]!.last;
  }
  // 3b. "St." before a name is a saint's church, school or town ("St. Mary's", "St Louis"), not a person;
  // after a capitalized word it is a street ("Elm St. Mary said"). Its period may end compromise's
  // sentence ("St . Mary's" in tokenized text), so only the gap counts.
  for (let i = 0; i + 1 < terms.length; i++) {
    if (terms[i]!.text !== 'St' || !/^[ \t]*\.?[ \t]*$/u.test(terms[i]!.post + terms[i + 1]!.pre) || i > 0 && joined(terms, i - 1) && TITLE_CASE.test(terms[i - 1]!.text)) continue;
    const run = nameRun(terms, i + 1, 'LOCATION', STRONG);
    if (run) take({ ...run, first: i });
  }
  const headline = titleCaseSentences(terms, isCommon);
  const kinds = (i: number) => gazetteer.kinds(bare[i]!);
  /** An ordinary English word ("night", "lessons") that no lexicon or gazetteer knows as a first name. */
  const isOrdinary = (i: number): boolean => english.isCommon(bare[i]!) && !(kinds(i) & GAZ_FIRST) && !isLexiconName(i);
  /** An ordinary word that is no proper noun either ("collector", but not "bush"). */
  const isPlainNoun = (i: number): boolean => isOrdinary(i) && !english.isProper(bare[i]!);
  /** A plain noun that is no surname either ("soda", "recovery", but not "porter"). */
  const isThing = (i: number): boolean => isPlainNoun(i) && !(kinds(i) & GAZ_LAST);
  /** A word the dictionary lists both as an ordinary word and as a proper noun ("bush" and "Bush"). */
  const isTwoSided = (i: number): boolean => english.isProper(bare[i]!) && english.isCommon(bare[i]!);
  /** Whether terms `a` and `a + 1` are a known two-word place ("Santa Fe", "San Jose"). */
  const placePair = (a: number): boolean => a >= 0 && joined(terms, a) && (gazetteer.kinds(`${bare[a]} ${bare[a + 1]}`) & GAZ_PLACE) !== 0;
  /** Tries `find` at every term; what it finds is taken, and the scan goes on after it. */
  const takeEach = (find: (i: number) => Candidate | undefined): void => {
    for (let i = 0; i < terms.length; i++) {
      const found = find(i);
      if (found) {
        take(found);
        i = found.last;
      }
    }
  };
  // 4. Firms named after people: "Clark, Romero and Hall", "Garcia-Roberson" (known surnames).
  takeEach((i) => firmName(terms, lower, i, kinds));
  // 4b. A known first name before a capitalized surname (the gazetteers of many locales): "Maren Novak", "Will Okafor".
  takeEach((i) => (headline.has(terms[i]!.sentence) ? undefined : gazetteerName(terms, i, kinds, isCommon, placePair)));
  // 4c. Known company names: "Huawei", "Allianz Group".
  takeEach((i) => companyName(terms, lower, i, companies));
  // 4d. A capitalized plural after a lower-case "the" inside a sentence names a team, band or party: "beat the Lions".
  for (let i = 1; i < terms.length; i++) {
    if (terms[i - 1]!.text === 'the' && terms[i - 1]!.position > 0 && isTeamPlural(terms, lower, i, english, kinds)) take({ entity: 'ORGANIZATION', first: i, last: i, score: KNOWN_SINGLE });
  }
  /**
   * Whether at least a third of the other words of term `i`'s sentence are English (words the
   * dictionary or the lexicon knows): outside English, a lower-case word the lexicon takes for a
   * first name is mostly a word of that language ("nur", "rin").
   */
  const englishAround = (i: number): boolean => {
    let words = 0;
    let known = 0;
    const [from, to] = sentenceRange(terms, i);
    for (let k = from; k < to; k++) {
      if (k === i || !WORD.test(terms[k]!.text)) continue;
      words++;
      if (english.isCommon(bare[k]!) || nlp.lexiconTag(bare[k]!) !== undefined) known++;
    }
    return known * 3 >= words;
  };
  // 5. compromise's own entities, with cleaned edges; a list of people is one person each.
  for (const m of doc.matches) for (const part of m.entity === 'PERSON' ? listItems(terms, lower, m) : [m]) take(cleanMatch(terms, part, isCommon, isLexiconName, isOrdinary, englishAround));
  // 6. Known places compromise missed: "São Paulo", "in Gdańsk".
  for (let i = 0; i < terms.length; i++) {
    const place = gazetteerPlace(terms, lower, i, gazetteer, isCommon);
    if (place && free(place.first, place.last)) {
      take(place);
      i = place.last;
    }
  }
  // 7. Runs of capitalized words compromise did not tag (most non-English names). Not in headlines,
  // where every word is capitalized and the rule would only find ordinary words.
  for (let i = 0; i < terms.length; i++) {
    if (!free(i, i) || headline.has(terms[i]!.sentence)) continue;
    const run = capitalizedRun(terms, lower, i, isKnownCommon, isOrdinary, isTwoSided, (k) => (kinds(k) & GAZ_PERSON) !== 0 && !(kinds(k) & GAZ_PLACE), (k) => english.isCommon(bare[k]!), isThing);
    if (!run) continue;
    i = run.last;
    take(run);
  }
  // 8. A lone unknown word is a person's name when its neighbours say so (see `vouchedName`).
  const byStart = new Map(taken.map((c) => [c.first, c]));
  const byEnd = new Map(taken.map((c) => [c.last, c]));
  // Decided first, applied after: a word promoted here vouches for no neighbour, whatever the order.
  // A plain noun before a verb or a possessive stays a noun ("the Collector fills", "a Dog's").
  const vouched = taken.filter((c) => c.entity === 'PERSON' && c.score === WEAK && c.first === c.last && !isPlainNoun(c.first) && vouchedName(terms, lower, c.first, byStart, byEnd, c.needsVouch === true));
  for (const c of vouched) c.score = KNOWN_SINGLE;
  // A small town's name compromise does not know as a place is a surname just as often: "Denton said", "Denton's car".
  for (const c of taken) if (c.maybeName && vouchedName(terms, lower, c.first, byStart, byEnd, false)) c.entity = 'PERSON';
  // A word already named as a person in this value is that person again: "directed by Philip Latourelle and starring Latourelle".
  const named = new Set<string>();
  for (const c of taken) if (c.entity === 'PERSON' && c.score > WEAK) for (let k = c.first; k <= c.last; k++) named.add(bare[k]!);
  for (const c of taken) if (c.entity === 'PERSON' && c.score === WEAK && c.first === c.last && !isPlainNoun(c.first) && named.has(bare[c.first]!)) c.score = KNOWN_SINGLE;
  // 9. A name before "show", alone or in a list of names, names the show: "the Wendy show", "Miley and Mandy show".
  const namesShow = (c: Candidate): boolean => {
    let k = c.last;
    for (let item = byStart.get(k + 2); joined(terms, k) && COORDINATORS.has(lower[k + 1]!) && joined(terms, k + 1) && item?.entity === 'PERSON'; item = byStart.get(k + 2)) k = item.last;
    return joined(terms, k) && lower[k + 1] === 'show' && terms[k + 1]!.tags.has('Noun');
  };
  return taken.filter((c) => (!c.needsVouch || c.score > WEAK) && !(c.entity === 'PERSON' && namesShow(c))).map((c) => toResult(terms, c)).filter((r): r is RecognizerResult => r !== undefined);
}

// Tags compromise guesses for a word it does not know from the word's ending.
const GUESSED_TAGS = new Set(['Adjective', 'Verb']);
const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Pronoun', 'Conjunction', 'Modal', 'Copula', 'Adverb', 'Expression', 'QuestionWord', 'Auxiliary', 'Negative', 'Verb', 'Adjective', 'Value', 'Date', 'Month', 'WeekDay'];

/**
 * Sentences of four or more words in which most words are capitalized, two or more of them ordinary
 * words (verbs, prepositions, words the lexicon knows): headlines and titles. A sentence made of
 * names ("Yesterday Ada Lovelace met Siiri Lindqvist") has few capitalized ordinary words.
 */
function titleCaseSentences(terms: readonly NlpTerm[], isCommon: (i: number) => boolean): Set<number> {
  const counts = new Map<number, [capitalized: number, common: number, words: number]>();
  terms.forEach((t, i) => {
    if (!/\p{L}.*\p{L}/u.test(t.text)) return;
    const c = counts.get(t.sentence) ?? [0, 0, 0];
    if (UPPER.test(t.text[0]!)) {
      c[0]++;
      if (isCommon(i)) c[1]++;
    }
    c[2]++;
    counts.set(t.sentence, c);
  });
  return new Set([...counts].filter(([, [cap, common, words]]) => words >= 4 && cap / words >= 0.6 && common >= 2).map(([s]) => s));
}

/**
 * Whether a cue phrase is typed as running text: later words in lower case, the first in lower case or
 * capitalized. "I Am Yours Playlist" (a title) and "THIS IS THE MOST..." (shouting) introduce no name.
 */
function typedAsPhrase(terms: readonly NlpTerm[], i: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    const text = terms[i + k]!.text;
    if (k > 0 ? UPPER.test(text) : text.length > 1 && SHOUTED.test(text)) return false;
  }
  return true;
}

function sameSentence(terms: readonly NlpTerm[], a: number, b: number): boolean {
  return terms[a]!.sentence === terms[b]!.sentence;
}

/** The terms of term `i`'s sentence, as a half-open range of indexes. */
function sentenceRange(terms: readonly NlpTerm[], i: number): [from: number, to: number] {
  let from = i;
  let to = i + 1;
  while (from > 0 && sameSentence(terms, from - 1, i)) from--;
  while (to < terms.length && sameSentence(terms, to, i)) to++;
  return [from, to];
}

/** Whether most words of term `i`'s sentence are written in capitals: shouting, where capitals say nothing. */
function shoutedSentence(terms: readonly NlpTerm[], i: number): boolean {
  let balance = 0;
  const [from, to] = sentenceRange(terms, i);
  for (let k = from; k < to; k++) if (WORD.test(terms[k]!.text) && terms[k]!.text.length > 1) balance += SHOUTED.test(terms[k]!.text) ? 1 : -1;
  return balance > 0;
}

/** Whether only spaces or punctuation joins term `i` to term `i + 1` (no comma, newline or clause break). */
function joined(terms: readonly NlpTerm[], i: number): boolean {
  const t = terms[i]!;
  const next = terms[i + 1];
  if (!next || next.sentence !== t.sentence) return false;
  // An initial's period ("Janka M. Szász") and hyphens join; anything else breaks the name.
  return /^(?:[ \t]+|-|\.[ \t]*)$/u.test(t.post + next.pre) && !(t.post.startsWith('.') && !INITIAL.test(t.text));
}

/** Whether term `i` opens a line, after optional indentation or list and quote marks. Scans back only over those. */
function startsLine(value: string, terms: readonly NlpTerm[], i: number): boolean {
  let k = terms[i]!.start - 1;
  while (k >= 0 && /[ \t>*-]/u.test(value[k]!)) k--;
  return k < 0 || value[k] === '\n';
}

/** The name starting at term `i`: capitalized words, initials and inner particles, up to four words. */
function nameRun(terms: readonly NlpTerm[], i: number, entity: Entity, score: number): Candidate | undefined {
  if (!TITLE_CASE.test(terms[i]!.text) || terms[i]!.tags.has('Pronoun')) return undefined;
  let last = i;
  // A possessive ends the name: "Mr Smith's Dog".
  while (last - i < 3 && joined(terms, last) && !possessiveAfter(terms, last)) {
    const next = terms[last + 1]!;
    if (TITLE_CASE.test(next.text) && !next.tags.has('Verb')) last++;
    else if (PARTICLES.has(next.text) && terms[last + 2] && joined(terms, last + 1) && TITLE_CASE.test(terms[last + 2]!.text)) last += 2;
    else break;
  }
  return { entity, first: i, last, score };
}

const NUMBER = /^\d{1,6}(?:-\d{1,6})?[A-Za-z]?$/u;
// Words that open an address line besides a house number: "Unit 4719 Box 7394", "PSC 3294", "Apt. 12".
const ADDRESS_OPENERS = new Set(['unit', 'psc', 'box', 'apt', 'suite', 'apo', 'fpo', 'dpo', 'po']);
// Words shortly before a number that announce an address.
const ADDRESS_CUES = new Set(['address', 'lives', 'live', 'living', 'located', 'deliver', 'delivered', 'sent', 'send', 'ship', 'shipped', 'return', 'moved', 'reside', 'resides']);

/** A word that can be part of an address: a number, a capitalized or upper-case word (not a pronoun: "I'd"), a particle. */
function addressWord(t: NlpTerm): boolean {
  return NUMBER.test(t.text) || TITLE_CASE.test(t.text) && !t.tags.has('Pronoun') || PARTICLES.has(t.text) || /^\d+(?:st|nd|rd|th)$/u.test(t.text);
}

/**
 * An address starting at term `i`, as its parts (split at line breaks and commas). It starts at a
 * house number or an opener (Unit, PSC, Apt...) and needs a street type, a second number or an
 * address cue just before it, so "in 2019 Microsoft" is not an address.
 */
function addressRegion(terms: readonly NlpTerm[], lower: readonly string[], i: number): Candidate[] | undefined {
  const t = terms[i]!;
  const opener = ADDRESS_OPENERS.has(lower[i]!.replace(/\.$/u, '')) && TITLE_CASE.test(t.text);
  if (!NUMBER.test(t.text) && !opener) return undefined;
  let last = i;
  let numbers = NUMBER.test(t.text) ? 1 : 0;
  let words = opener ? 1 : 0;
  let street = false;
  while (last - i < 24) {
    const next = terms[last + 1];
    const gap = next ? terms[last]!.post + next.pre : '';
    if (!next || !/^[\s,>.]*$/u.test(gap) || /\.\s/u.test(gap) && !ADDRESS_OPENERS.has(lower[last]!) && !INITIAL.test(terms[last]!.text) || !addressWord(next)) break;
    last++;
    if (NUMBER.test(next.text)) numbers++;
    else words++;
    if (STREET_TYPES.has(lower[last]!.replace(/\.$/u, ''))) street = true;
  }
  if (words === 0 || last === i) return undefined;
  const cue = lower.slice(Math.max(0, i - 4), i).some((w) => ADDRESS_CUES.has(w.replace(/[^a-z]/gu, '')));
  for (let k = i; k <= last; k++) if (terms[k]!.tags.has('Month') || terms[k]!.tags.has('WeekDay') || terms[k]!.tags.has('Date') && !NUMBER.test(terms[k]!.text)) return undefined;
  if (!street && !cue && !opener && (numbers < 2 || words < 1)) return undefined;
  // Split at line breaks and commas to drop parts of bare numbers; the parts are then joined again.
  const parts: Candidate[] = [];
  let first = i;
  for (let k = i; k <= last; k++) {
    if (k === last || /[\n,]/u.test(terms[k]!.post + terms[k + 1]!.pre)) {
      // A part of bare numbers ("416 60 039") is a phone or an id, never a place on its own; when
      // it is the first line, what follows the comma ("..., SSN 536-22-1234") is no address either.
      if (terms.slice(first, k + 1).every((term) => NUMBER.test(term.text))) {
        if (first === i) return undefined;
      } else {
        parts.push({ entity: 'LOCATION', first, last: k, score: STRONG });
      }
      first = k + 1;
    }
  }
  // One address is one place, over its lines and commas: "12 Rue des Lilas\nLyon" is a single span.
  return parts.length > 1 ? [{ entity: 'LOCATION', first: parts[0]!.first, last: parts[parts.length - 1]!.last, score: STRONG }] : parts;
}

/**
 * A person's name that the gazetteer vouches for, starting at term `i`: a capitalized known first
 * name, then a capitalized word that is a known surname or first name or that the lexicon does not
 * know. A first name that is also a common word ("Will", "Grace") needs a known surname after it; a
 * known surname that is also a common noun ("Ward", "Hall") needs a first name that is not.
 */
function gazetteerName(terms: readonly NlpTerm[], i: number, kinds: (i: number) => number, isCommon: (i: number) => boolean, placePair: (i: number) => boolean): Candidate | undefined {
  const t = terms[i]!;
  const next = terms[i + 1];
  if (!next || !TITLE_CASE.test(t.text) || SHOUTED.test(t.text) || possessiveAfter(terms, i) || !joined(terms, i) || !(kinds(i) & GAZ_FIRST)) return undefined;
  if (!TITLE_CASE.test(next.text) || SHOUTED.test(next.text) || INITIAL.test(next.text) || t.tags.has('Pronoun') || t.tags.has('Honorific')) return undefined;
  // A first name inside a known place is part of the place: "Santa Fe", "San Jose Mercury News".
  if (placePair(i - 1) || placePair(i)) return undefined;
  // Inside a compound ("Jean-Luc") the name starts at its first part; a compound's first part may be a common word ("Jean").
  if (i > 0 && terms[i - 1]!.post === '-') return undefined;
  const nextKinds = kinds(i + 1);
  // A surname that is also a common noun ("Ward", "Hall") follows only a first name that is no common word ("Joel Ward", not "Will Ward").
  const nextOk = isCommon(i + 1) ? (nextKinds & GAZ_LAST) !== 0 && !isCommon(i) && !FUNCTION_TAGS.some((tag) => next.tags.has(tag)) : (nextKinds & GAZ_PERSON) !== 0 || !(nextKinds & GAZ_PLACE);
  if (!nextOk || (isCommon(i) && t.post !== '-' && !(nextKinds & GAZ_LAST))) return undefined;
  return nameRun(terms, i, 'PERSON', STRONG);
}

/**
 * A firm named after people, starting at term `i`: known surnames listed with commas and a final
 * "and" / "&" ("Clark, Romero and Hall"), or a known surname hyphenated to a capitalized word,
 * neither a first name, that no first name or title precedes ("Garcia-Roberson"; "Anna
 * Smith-Jones" is a person).
 */
function firmName(terms: readonly NlpTerm[], lower: readonly string[], i: number, kinds: (i: number) => number): Candidate | undefined {
  const surname = (k: number) => k < terms.length && TITLE_CASE.test(terms[k]!.text) && !SHOUTED.test(terms[k]!.text) && (kinds(k) & GAZ_LAST) !== 0;
  if (!surname(i)) return undefined;
  const prev = i > 0 && sameSentence(terms, i - 1, i) ? terms[i - 1] : undefined;
  if (prev && (prev.tags.has('Honorific') || (kinds(i - 1) & GAZ_FIRST) !== 0 && /^[ \t]+$/u.test(prev.post))) return undefined;
  const t = terms[i]!;
  const next = terms[i + 1];
  if (t.post === '-' && next && sameSentence(terms, i, i + 1) && TITLE_CASE.test(next.text) && !SHOUTED.test(next.text) && !next.post.startsWith('-')
    && !(kinds(i) & GAZ_FIRST) && !(kinds(i + 1) & GAZ_FIRST)) {
    return { entity: 'ORGANIZATION', first: i, last: i + 1, score: STRONG };
  }
  let k = i;
  while (/^,[ \t]+$/u.test(terms[k]!.post) && surname(k + 1) && sameSentence(terms, k, k + 1)) k++;
  const and = k + 1;
  if (k > i || terms[k]!.post.trim() === '') {
    if (and < terms.length && (lower[and] === 'and' || lower[and] === '&') && /^[ \t]+$/u.test(terms[k]!.post + terms[and]!.pre) && surname(and + 1) && k > i) {
      return { entity: 'ORGANIZATION', first: i, last: and + 1, score: STRONG };
    }
  }
  return undefined;
}

/** Whether a lexicon tag marks a word as something other than an organization (a word the lexicon does not know passes). */
function nonOrgTag(tag: string | undefined): boolean {
  return tag !== undefined && !ORG_TAGS.includes(tag);
}

/**
 * A known company name at term `i`, written with a capital ("Huawei", "FactSet"), plus the
 * capitalized company suffixes after it ("Huawei Technologies"); not a word of a longer
 * capitalized name ("New Zealand", "Huawei Park").
 */
function companyName(terms: readonly NlpTerm[], lower: readonly string[], i: number, companies: ReadonlySet<string>): Candidate | undefined {
  const t = terms[i]!;
  // Cheapest test first: this runs on every word of every value that reaches NLP.
  if (!UPPER.test(t.text[0]!) || !companies.has(lower[i]!.replace(POSSESSIVE, '')) || t.tags.has('Pronoun') || t.tags.has('Adjective')) return undefined;
  // Inside a longer capitalized name the word is a part of something else ("New Zealand", "Los Angeles").
  if (i > 0 && joined(terms, i - 1) && TITLE_CASE.test(terms[i - 1]!.text)) return undefined;
  let last = i;
  while (joined(terms, last) && !possessiveAfter(terms, last) && TITLE_CASE.test(terms[last + 1]!.text) && ORG_SUFFIXES.has(lower[last + 1]!.replace(/\.$/u, ''))) last++;
  if (joined(terms, last) && TITLE_CASE.test(terms[last + 1]!.text)) return undefined;
  return { entity: 'ORGANIZATION', first: i, last, score: last > i ? STRONG : KNOWN_SINGLE };
}

/**
 * Whether term `i` (after "the") is a capitalized plural standing alone: its singular is an English
 * word ("Lions" -> lion, "Democrats" -> democrat), it is no place ("the Bahamas") and no word of a
 * longer capitalized title ("the Angels Share").
 */
function isTeamPlural(terms: readonly NlpTerm[], lower: readonly string[], i: number, english: EnglishWords, kinds: (i: number) => number): boolean {
  const t = terms[i]!;
  if (!TITLE_CASE.test(t.text) || SHOUTED.test(t.text) || !joined(terms, i - 1) || kinds(i) & GAZ_PLACE) return false;
  if (joined(terms, i) && UPPER.test(terms[i + 1]!.text[0]!) || possessiveAfter(terms, i)) return false;
  const w = lower[i]!;
  if (!/[^s]s$/u.test(w)) return false;
  const singulars = [w.slice(0, -1), w.endsWith('es') ? w.slice(0, -2) : '', w.endsWith('ies') ? `${w.slice(0, -3)}y` : ''];
  return singulars.some((s) => s.length > 1 && (english.isCommon(s) || english.isProper(s)));
}

// Words before a place: "in Gdańsk", "from São Paulo", "to Lyon".
const PLACE_CUES = new Set(['in', 'from', 'to', 'at', 'near', 'visit', 'visited', 'visiting', 'via', 'around', 'outside', 'across']);

/**
 * A known place starting at term `i`: the longest run of up to four capitalized, space-joined
 * words that the gazetteer knows as a city, region or country. A multi-word place is strong; a
 * single word only when the lexicon does not know it as a common word, and when it is also a
 * person's name ("Paris", "Georgia") only after a place cue ("in", "from", "to"), and never right
 * after a capitalized word no lexicon knows (then it ends a person's name: "Vemund Denton").
 */
function gazetteerPlace(terms: readonly NlpTerm[], lower: readonly string[], i: number, gazetteer: Gazetteer, isCommon: (i: number) => boolean): Candidate | undefined {
  if (!TITLE_CASE.test(terms[i]!.text) || terms[i]!.tags.has('Pronoun')) return undefined;
  let last = i;
  while (last - i < 3 && joined(terms, last) && !possessiveAfter(terms, last) && TITLE_CASE.test(terms[last + 1]!.text)) last++;
  for (; last >= i; last--) {
    const key = gazetteerKey(terms.slice(i, last + 1).map((t) => t.text).join(' ')).replace(POSSESSIVE, '');
    const kinds = gazetteer.kinds(key);
    if (!(kinds & GAZ_PLACE)) continue;
    if (last > i) return { entity: 'LOCATION', first: i, last, score: STRONG };
    if (isCommon(i) || SHOUTED.test(terms[i]!.text)) return undefined;
    // After a capitalized word no lexicon knows, a lone place word is the end of a longer name ("Kellyanne Conway").
    if (i > 0 && joined(terms, i - 1) && TITLE_CASE.test(terms[i - 1]!.text) && !SHOUTED.test(terms[i - 1]!.text) && !isCommon(i - 1)) return undefined;
    const cue = i > 0 && sameSentence(terms, i - 1, i) && PLACE_CUES.has(lower[i - 1]!);
    if (kinds & GAZ_PERSON && !cue) return undefined;
    return { entity: 'LOCATION', first: i, last: i, score: KNOWN_SINGLE, maybeName: !cue && !terms[i]!.tags.has('Place') && !(i > 0 && sameSentence(terms, i - 1, i) && terms[i - 1]!.tags.has('Preposition')) };
  }
  return undefined;
}

const NAME_SHAPE = /^[#@]?[\p{Lu}\p{N}]/u;

/**
 * A compromise match without titles, determiners, pronouns and common words at its edges. Lower-case
 * words stay only when the lexicon knows them as names (tweets: "obama", "twitter"). A person made
 * only of ordinary English words ("Lesson") is a weak guess.
 */
function cleanMatch(terms: readonly NlpTerm[], m: { entity: Entity; first: number; last: number }, isCommon: (i: number) => boolean, isLexiconName: (i: number) => boolean, isOrdinary: (i: number) => boolean, englishAround: (i: number) => boolean): Candidate | undefined {
  const shaped = (i: number) => NAME_SHAPE.test(terms[i]!.text);
  const never = (i: number) => terms[i]!.tags.has('Honorific') || terms[i]!.tags.has('Pronoun') || terms[i]!.tags.has('Determiner');
  let { first, last } = m;
  // A word joined to the next by a hyphen is part of a compound name ("Jean-Luc"), never an edge to trim.
  while (first <= last && terms[first]!.post !== '-' && (never(first) || !shaped(first) && !isLexiconName(first) || (terms[first]!.position === 0 || !shaped(first)) && isCommon(first))) first++;
  while (last >= first && (never(last) || !shaped(last) && !isLexiconName(last) || !shaped(last) && isCommon(last))) last--;
  // A name ends at a possessive: in "Winter 's Bone" or "Chef's Choice" the words after it are a title.
  for (let k = first; k < last; k++) if (possessiveAfter(terms, k)) last = k;
  if (first > last || terms[first]!.start + 1 >= terms[last]!.end) return undefined;
  if (first === last && (isCommon(first) && !terms[first]!.tags.has('Acronym') || isContraction(terms, first))) return undefined;
  // One word in capitals inside a sentence in lower case is an acronym ("one IRA was kinder"), not a first name.
  if (m.entity === 'PERSON' && m.first === m.last && SHOUTED.test(terms[first]!.text) && !shoutedSentence(terms, first)) return undefined;
  // A lower-case word after a determiner or possessive is a noun ("my buddy", "the 24 sec mark"), not a first name;
  // after a hyphen it is the end of a longer word ("Finnish-ed"), and in a sentence of another language a word of it.
  if (m.entity === 'PERSON' && m.first === m.last && !shaped(first) && (determined(terms, first) || first > 0 && terms[first - 1]!.post === '-' || !englishAround(first))) return undefined;
  for (let i = first; i <= last; i++) if (terms[i]!.tags.has('Pronoun')) return undefined;
  const known = [...terms[first]!.tags].some((t) => NAME_TAGS.has(t));
  let ordinary = m.entity === 'PERSON';
  for (let i = first; i <= last && ordinary; i++) ordinary = isOrdinary(i);
  return { entity: m.entity, first, last, score: ordinary ? WEAK : last > first ? STRONG : known ? KNOWN_SINGLE : WEAK };
}

/**
 * The items of a match that lists names: compromise joins "Shane &amp; Jonah" and "Robert Downey
 * Jr., Mickey Rourke" into one person. Cut at a comma or semicolon and drop coordinators and
 * letterless tokens between the items.
 */
function listItems(terms: readonly NlpTerm[], lower: readonly string[], m: NlpMatch): NlpMatch[] {
  const items: NlpMatch[] = [];
  let first = m.first;
  for (let k = m.first; k <= m.last; k++) {
    const separator = COORDINATORS.has(lower[k]!) && lower[k] !== 'with' || !/\p{L}/u.test(terms[k]!.text);
    if (separator && k > first) items.push({ ...m, first, last: k - 1 });
    if (separator) first = k + 1;
    else if (k < m.last && /[,;]/u.test(terms[k]!.post)) {
      items.push({ ...m, first, last: k });
      first = k + 1;
    }
  }
  if (first <= m.last) items.push({ ...m, first, last: m.last });
  return items;
}

/**
 * Capitalized words no lexicon explains: two or more are a person's name, or an organization when the
 * last word is a company suffix; one alone is a place after "in", a name when the dictionary also
 * lists it as a proper noun ("Bush"), and otherwise a weak guess. A run
 * that reads like an ordinary English phrase (see `commonPhrase`) is only a weak guess too.
 */
function capitalizedRun(terms: readonly NlpTerm[], lower: readonly string[], i: number, isCommon: (i: number) => boolean, isOrdinary: (i: number) => boolean, isTwoSided: (i: number) => boolean, isPersonName: (i: number) => boolean, isDictionaryWord: (i: number) => boolean, isThing: (i: number) => boolean): Candidate | undefined {
  const t = terms[i]!;
  if (!TITLE_CASE.test(t.text) || INITIAL.test(t.text) || isCommon(i) || isContraction(terms, i)) return undefined;
  // What follows a possessive is owned, not a name: "Ada's Cautionary Tales", "Ada 's Kitchen".
  if (i > 0 && possessiveAfter(terms, i - 1) || i > 1 && lower[i - 1] === 's' && possessiveAfter(terms, i - 2)) return undefined;
  const run = nameRun(terms, i, 'PERSON', STRONG);
  if (!run) return undefined;
  if (run.last > run.first && ORG_SUFFIXES.has(lower[run.last]!.replace(/\.$/u, ''))) return { ...run, entity: 'ORGANIZATION' };
  // Trailing words the lexicon knows ("Smith Said") are not part of the name.
  while (run.last > run.first && (isCommon(run.last) || isContraction(terms, run.last))) run.last--;
  // Unknown words after a place cue, none of them a known person's name, are a place: "from Quinta de São Tiago".
  const place = placeCue(terms, lower, i) && !isPersonName(i);
  if (run.last > run.first) return place ? { ...run, entity: 'LOCATION' } : commonPhrase(terms, lower, run, isOrdinary, isThing) ? { ...run, score: WEAK } : run;
  // Place names are often written in capitals ("in KAJAANI"); a shouted word is no weak name guess.
  if (place) return { ...run, entity: 'LOCATION', score: KNOWN_SINGLE };
  const bare = lower[i]!.replace(POSSESSIVE, '');
  // "Unfortunately", "Collectors": English adverbs, plurals and derived nouns are no name guesses.
  if (SHOUTED.test(t.text) || ENGLISH_SUFFIX.test(bare) || ENGLISH_PLURAL.test(bare) || /[a-z]ly$/u.test(bare)) return undefined;
  // At a sentence start the capital says nothing: a word no dictionary knows is kept only if its neighbours vouch for it ("Hagrid neglected").
  if (t.position === 0) return isDictionaryWord(i) || ELONGATED.test(t.text) ? undefined : { ...run, score: WEAK, needsVouch: true };
  // Capitalized inside a sentence, a word with both an ordinary and a proper-noun sense means the proper noun ("criticize Bush").
  // After an article the ordinary sense or a brand is meant: "the Amazon Prime video", "a Coward".
  const article = i > 0 && sameSentence(terms, i - 1, i) && ARTICLES.has(lower[i - 1]!);
  return { ...run, score: isTwoSided(i) && !article ? KNOWN_SINGLE : WEAK };
}

// A word of two or more letters, all upper case: an acronym or shouting ("HIPAA", "BORING"), not part of a name.
const SHOUTED = /^[\p{Lu}\p{M}'’-]*\p{Lu}[\p{M}'’-]*\p{Lu}[\p{Lu}\p{M}'’-]*$/u;
// Endings of English abstract and derived nouns and adjectives ("Limitation", "Stability", "Networking").
const ENGLISH_SUFFIX = /(?:tions?|sions?|ments?|ness|ity|ities|ships?|isms?|ings?|ances?|ences?|ory|ical|less|able|ives?)$/u;
// An English plural: an ASCII consonant then "s" ("Gadgets", "Lessons"); names like "Cazares" or "Erdôs" end otherwise.
const ENGLISH_PLURAL = /[a-z][b-df-hj-np-rtv-z]s$/u;
// A letter typed three times in a row: "Veeeery", "Beyoooond" - an emphasized word, not a name.
const ELONGATED = /(\p{L})\1\1/u;
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * Whether a run of unknown capitalized words reads like an ordinary English phrase - a product, event
 * or title ("Guitar Lessons", "the Shiba Inu", "HIPAA Law") - rather than a name: only words of the
 * English dictionary, a word in capitals, a last English word with a noun ending or plural or one that
 * only names a thing, or a determiner or possessive before it ("the", "that", "your"). Names of people
 * take no determiner, and runs with letters beyond ASCII are exempt from that last test.
 */
function commonPhrase(terms: readonly NlpTerm[], lower: readonly string[], run: Candidate, isOrdinary: (i: number) => boolean, isThing: (i: number) => boolean): boolean {
  // Only words of the English dictionary: "Karaoke Night", "Pottery Classes".
  let ordinary = true;
  for (let k = run.first; k <= run.last && ordinary; k++) ordinary = isOrdinary(k);
  if (ordinary) return true;
  for (let k = run.first; k <= run.last; k++) if (SHOUTED.test(terms[k]!.text)) return true;
  // A last word of the dictionary with a noun ending or a plural ("Korvel Stability"); "Bernards" is no English word.
  const last = lower[run.last]!.replace(POSSESSIVE, '');
  if (isOrdinary(run.last) && (ENGLISH_SUFFIX.test(last) || ENGLISH_PLURAL.test(last))) return true;
  // A last word that is only a thing ("Figgy Soda", "Prana Recovery"), unless a particle marks a name ("Willemine ten Pas").
  if (isThing(run.last) && !terms.slice(run.first, run.last).some((t) => PARTICLES.has(t.text))) return true;
  const foreign = /[^\p{ASCII}]/u.test(terms.slice(run.first, run.last + 1).map((t) => t.text).join(''));
  return determined(terms, run.first) && !foreign;
}

// Words that greet or thank the person named next: "Hi Maren,", "thank you Oskar for...".
const GREETINGS = new Set(['hi', 'hey', 'hello', 'hiya', 'thanks', 'thx', 'congrats', 'congratulations', 'dear', 'bye', 'welcome']);
const COORDINATORS = new Set(['and', 'or', '&', 'amp', 'vs', 'with']);
// Auxiliaries that come before the subject in a question.
const INVERTING_AUXILIARIES = new Set(['did', 'does', 'do', 'didn', 'doesn', 'will', 'would', 'can', 'could', 'should']);
// Pronouns of people, joined to a name as equals: "you and Desi", "Desi and I".
const PERSONAL_PRONOUNS = new Set(['i', 'me', 'you', 'he', 'him', 'she', 'her', 'we', 'us']);

/**
 * Whether the words around an unknown capitalized word mark it as a person's name: a possessive
 * ("Ostrowski's plan"), a following verb in the past, perfect or third-person present ("Ostrowski said",
 * "Ostrowski had left", "Ostrowski wants"), a greeting before it ("thanks Ostrowski") or another name,
 * a personal pronoun or another lone unknown word joined to it by "and" / "&" / "with" ("Dara and
 * Ostrowski"). A word `opening` its sentence may also be vouched by "is" after it.
 */
function vouchedName(terms: readonly NlpTerm[], lower: readonly string[], i: number, byStart: ReadonlyMap<number, Candidate>, byEnd: ReadonlyMap<number, Candidate>, opening: boolean): boolean {
  const t = terms[i]!;
  const next = terms[i + 1]?.sentence === t.sentence ? terms[i + 1] : undefined;
  const prev = i > 0 && terms[i - 1]!.sentence === t.sentence ? terms[i - 1] : undefined;
  const gapAfter = t.post + (next?.pre ?? '');
  if (possessiveAfter(terms, i)) return true;
  if (next && /^[ \t]+$/u.test(gapAfter) && next.tags.has('Verb') && !next.tags.has('Copula') && !next.tags.has('Auxiliary')
    && (next.tags.has('PastTense') || next.tags.has('PresentTense') && /[^s]s$/u.test(lower[i + 1]!))) return true;
  // The perfect tenses too: "Ostrowski had broken it", "Ostrowski has said".
  const after = terms[i + 2];
  if (next && after?.sentence === t.sentence && (lower[i + 1] === 'has' || lower[i + 1] === 'had') && after.tags.has('PastTense') && /^[ \t]+$/u.test(gapAfter + next.post + after.pre)) return true;
  // A question's subject between an auxiliary and a bare verb: "did Tarzan say", "does Pinky have".
  if (prev && next && /^[ \t]+$/u.test(prev.post + t.pre + gapAfter) && INVERTING_AUXILIARIES.has(lower[i - 1]!) && next.tags.has('Infinitive')) return true;
  // Opening a sentence, "is" vouches too, but not a definition ("Zoolander is a film"): "Tebogo is cute".
  if (opening && next && /^[ \t]+$/u.test(gapAfter) && next.tags.has('Copula') && !terms[i + 2]?.tags.has('Determiner')) return true;
  if (prev && /^[ \t]*$/u.test(prev.post + t.pre)) {
    if (GREETINGS.has(lower[i - 1]!) || lower[i - 1] === 'you' && /^thank/u.test(lower[i - 2] ?? '')) return true;
  }
  // A name, or another lone unknown word: two of them joined by "and" vouch for each other ("Vinkare and Herbalisti").
  const isPerson = (c: Candidate | undefined) => c !== undefined && c.entity === 'PERSON' && (c.score > WEAK || c.first === c.last && !c.needsVouch);
  const together = (a: number, b: number) => terms[a]?.sentence === t.sentence && terms[b]?.sentence === t.sentence;
  if (prev && COORDINATORS.has(lower[i - 1]!) && (isPerson(byEnd.get(i - 2)) || together(i - 2, i) && PERSONAL_PRONOUNS.has(lower[i - 2]!))) return true;
  return next !== undefined && COORDINATORS.has(lower[i + 1]!) && (isPerson(byStart.get(i + 2)) || together(i, i + 2) && PERSONAL_PRONOUNS.has(lower[i + 2]!));
}

// Words that may stand between a determiner and its noun: "the 24 sec mark", "a black cat".
const NOUN_PHRASE_FILLERS = ['Value', 'Adjective', 'Duration'];

/**
 * Whether a determiner or possessive ("the", "a", "my", "his") opens the noun phrase that ends at
 * term `i`, with at most three numbers, adjectives or units between them.
 */
function determined(terms: readonly NlpTerm[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4 && sameSentence(terms, k, i); k--) {
    const tags = terms[k]!.tags;
    if (tags.has('Determiner') || tags.has('Possessive')) return true;
    if (!NOUN_PHRASE_FILLERS.some((tag) => tags.has(tag))) return false;
  }
  return false;
}

/** Whether term `i` ends in a possessive "'s", attached ("Ada's") or tokenized apart ("Ada ' s"). */
function possessiveAfter(terms: readonly NlpTerm[], i: number): boolean {
  const t = terms[i]!;
  const next = terms[i + 1];
  return POSSESSIVE.test(t.text) && t.text.length > 2 || next !== undefined && next.sentence === t.sentence && next.text.toLowerCase() === 's' && /^\s*['’]\s*$/u.test(t.post + next.pre);
}

/** A word cut from its negation by tokenized text ("Don ' t", "Can 't"): never a name. */
function isContraction(terms: readonly NlpTerm[], i: number): boolean {
  const next = terms[i + 1];
  return /['’]\s*$/u.test(terms[i]!.post + (next?.pre ?? '')) && next?.text.toLowerCase() === 't' || /n['’]t$/iu.test(terms[i]!.text);
}

function toResult(terms: readonly NlpTerm[], c: Candidate): RecognizerResult | undefined {
  const start = terms[c.first]!.start;
  let end = terms[c.last]!.end;
  const lastText = terms[c.last]!.text;
  if (POSSESSIVE.test(lastText) && lastText.length > 2) end -= 2;
  return end > start ? { entity: c.entity, start, end, score: c.score } : undefined;
}

