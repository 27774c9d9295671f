/**
 * Column-level inference, the way presidio-structured profiles a table but also reading the
 * column name: the first records of an input are sampled once and, on a worker, each CSV
 * column or JSON path (array indexes collapsed: `messages[*].content`) that clearly holds one
 * entity - a `name` column of person names, a `city` column of places - is typed. The decision is
 * plain data handed to every chunk, so output is the same with 0, 1 or N workers; the workers
 * then report a typed column's values without running NLP per cell (see typed-columns.ts).
 */
import { CsvTokenizer } from '../io/csv.js';
import { jsonLeaves } from '../io/json-leaves.js';
import { decodeUtf8 } from '../io/utf8.js';
import type { DataFormat } from '../options.js';
import { GAZ_PERSON, GAZ_PLACE, loadGazetteer, wordsOf, type Gazetteer } from '../recognizer/gazetteer.js';
import type { RecordEngine } from './record.js';

/** An inferred column type, as reported (no values). */
export interface ColumnType {
  /** CSV column or JSON path with array indexes written `[*]`. */
  readonly field: string;
  readonly entity: string;
  /** Share of the sampled non-empty values that look like the entity (0-1). */
  readonly confidence: number;
  /** Non-empty values sampled. */
  readonly sampled: number;
  /** `name+values`: the column name and the values agree; `values`: the values alone. */
  readonly evidence: 'name+values' | 'values';
}

/** Records sampled from the start of each input. */
export const SAMPLE_RECORDS = 100;
/** Values longer than this are free text, never one entity. */
const MAX_TYPED_LENGTH = 120;
/** More words than this is free text. */
const MAX_TYPED_WORDS = 8;
/** With a matching column name: fewest values and smallest share of them that must look like the entity. */
const NAMED_MIN_SAMPLES = 3;
const NAMED_MIN_SHARE = 0.6;
/** From the values alone (no matching column name). */
const UNNAMED_MIN_SAMPLES = 20;
const UNNAMED_MIN_SHARE = 0.9;

/** Entities a column can be typed as. */
const TYPABLE = ['PERSON', 'LOCATION', 'ORGANIZATION', 'EMAIL_ADDRESS', 'PHONE_NUMBER'] as const;

// Column-name words per entity; the name is split at `_ - . space` and camelCase.
const NAME_WORDS: Readonly<Record<(typeof TYPABLE)[number], readonly string[]>> = {
  PERSON: ['name', 'fullname', 'firstname', 'lastname', 'surname', 'forename', 'givenname', 'familyname', 'author', 'person', 'patient', 'customer', 'contact', 'employee', 'owner', 'recipient', 'sender', 'signatory', 'beneficiary', 'passenger', 'guest', 'student', 'teacher', 'doctor', 'physician', 'nurse', 'manager', 'applicant', 'cardholder', 'holder'],
  LOCATION: ['city', 'town', 'village', 'country', 'address', 'street', 'state', 'region', 'province', 'county', 'location', 'place', 'birthplace', 'hometown', 'municipality', 'suburb', 'district', 'destination', 'origin'],
  ORGANIZATION: ['company', 'organization', 'organisation', 'org', 'employer', 'business', 'institution', 'school', 'university', 'college', 'bank', 'hospital', 'agency', 'firm', 'vendor', 'supplier', 'publisher'],
  EMAIL_ADDRESS: ['email', 'mail', 'emailaddress'],
  PHONE_NUMBER: ['phone', 'telephone', 'tel', 'mobile', 'cell', 'fax', 'phonenumber'],
};
// Words that make a `..._name` column something other than a person: `file_name`, `city_name`.
const NOT_PERSON = new Set(['file', 'filename', 'user', 'username', 'host', 'hostname', 'domain', 'product', 'item', 'column', 'field', 'table', 'display', 'screen', 'nick', 'nickname', 'brand', 'model', 'app', 'project', 'repo', 'package', 'key', 'event', 'type', 'category', 'tag', 'label', 'title', 'role', 'status', 'id']);

/** The words of a field name: last path segment, split at separators and camelCase, lower case. */
export function fieldWords(field: string): string[] {
  const last = field.replace(/\[(?:\*|\d+)\]/gu, '').split('.').pop() ?? field;
  return last.replace(/([a-z])([A-Z])/gu, '$1 $2').toLowerCase().split(/[^a-z0-9]+/u).filter(Boolean);
}

/** The entity a field's name points to, if any. */
export function entityOfFieldName(field: string): (typeof TYPABLE)[number] | undefined {
  const words = fieldWords(field);
  const joined = words.join('');
  const has = (entity: (typeof TYPABLE)[number]) => NAME_WORDS[entity].some((w) => words.includes(w) || joined === w);
  // A place or organization word wins over `name`: `city_name`, `company_name`.
  for (const entity of ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'LOCATION', 'ORGANIZATION'] as const) if (has(entity)) return entity;
  if (has('PERSON') && !words.some((w) => NOT_PERSON.has(w))) return 'PERSON';
  return undefined;
}

/** The collapsed field key of a JSON path (`messages[3].content` -> `messages[*].content`). */
export function columnKey(field: string): string {
  return field.includes('[') ? field.replace(/\[\d+\]/gu, '[*]') : field;
}

/** The first records of an input, as bytes of whole records (CSV without its header row). */
export interface ColumnSample {
  readonly format: DataFormat;
  readonly delimiter: string;
  /** CSV header names. */
  readonly columns?: readonly string[] | undefined;
  readonly bytes: Uint8Array;
}

/** Samples the string values of the first `maxRecords` records of a chunk, by (collapsed) field. */
export function sampleChunk(chunk: ColumnSample, maxRecords = SAMPLE_RECORDS): Map<string, string[]> {
  const samples = new Map<string, string[]>();
  const add = (field: string, value: string) => {
    let list = samples.get(field);
    if (list === undefined) samples.set(field, (list = []));
    list.push(value);
  };
  const text = decodeUtf8(chunk.bytes);
  if (text === undefined) return samples;
  let records = 0;
  if (chunk.format === 'jsonl') {
    for (const line of text.split('\n')) {
      if (records >= maxRecords) break;
      if (line.trim() === '') continue;
      records++;
      for (const leaf of jsonLeaves(line) ?? []) if (leaf.kind === 'string') add(columnKey(leaf.path), leaf.value);
    }
    return samples;
  }
  const columns = chunk.columns ?? [];
  const tokenizer = new CsvTokenizer(text, chunk.delimiter);
  for (let token = tokenizer.next(); token !== undefined && records < maxRecords; token = tokenizer.next()) {
    if (token.kind !== 'row') continue;
    records++;
    if (token.fields.length !== columns.length) continue;
    token.fields.forEach((f, k) => add(columns[k]!, f.value));
  }
  return samples;
}

/** Whether the gazetteer alone vouches for a value: every word capitalized, a known name or place among them. */
function gazetteerSays(gazetteer: Gazetteer, value: string, entity: string): boolean {
  if (entity === 'LOCATION') return (gazetteer.kinds(value) & GAZ_PLACE) !== 0;
  if (entity !== 'PERSON') return false;
  const words = wordsOf(value);
  if (words.length === 0 || words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w.text) || w.text.length <= 3)) return false;
  return words.some((w) => (gazetteer.kinds(w.key) & GAZ_PERSON) !== 0);
}

/**
 * Types the sampled fields. A field is typed when its name points to an entity and at least 60%
 * of at least 3 sampled values look like it, or, without a matching name, 90% of at least 20.
 * A value "looks like" an entity when the analyzer finds that entity over most of it, or (names
 * and places) the gazetteer knows it. Only entities the engine reports are considered.
 *
 * @example inferColumnTypes(engine, new Map([['city', ['Lyon', 'Porto', 'Osaka']]])) // [{ field: 'city', entity: 'LOCATION', ... }]
 */
export function inferColumnTypes(engine: RecordEngine, samples: ReadonlyMap<string, readonly string[]>): ColumnType[] {
  const reported = new Set(engine.analyzer.entities);
  const candidates = TYPABLE.filter((e) => reported.has(e));
  if (candidates.length === 0) return [];
  const gazetteer = candidates.includes('PERSON') || candidates.includes('LOCATION') ? loadGazetteer() : undefined;
  const out: ColumnType[] = [];
  for (const [field, all] of samples) {
    if (!engine.isSelected(field)) continue;
    const values = all.map((v) => v.trim()).filter((v) => v.length > 0);
    if (values.length < NAMED_MIN_SAMPLES) continue;
    const named = entityOfFieldName(field);
    const typedBy = (entity: string, count: number): boolean =>
      named === entity ? count / values.length >= NAMED_MIN_SHARE : values.length >= UNNAMED_MIN_SAMPLES && count / values.length >= UNNAMED_MIN_SHARE;
    const hits = new Map<string, number>();
    const hit = (entity: string) => hits.set(entity, (hits.get(entity) ?? 0) + 1);
    for (let i = 0; i < values.length; i++) {
      // Only entities that can still reach their share, even if every value left were a hit, are
      // counted: most sampled columns (roles, tags, dates) are decided within a few values, and
      // the analyzer (NLP included) is the cost of inference, paid before the first chunk is sent.
      // Counts of entities still alive stay exact, so the result is the same.
      const left = values.length - i;
      const alive = candidates.filter((entity) => typedBy(entity, (hits.get(entity) ?? 0) + left));
      if (alive.length === 0) break;
      const value = values[i]!;
      if (value.length > MAX_TYPED_LENGTH || value.split(/\s+/u).length > MAX_TYPED_WORDS) continue;
      // The gazetteer is cheap; the analyzer runs only when it leaves an entity undecided (a
      // column of known first names needs no NLP once the other entities are out of reach).
      const vouched = alive.filter((entity) => gazetteer !== undefined && gazetteerSays(gazetteer, value, entity));
      vouched.forEach(hit);
      if (vouched.length === alive.length) continue;
      const covered = new Map<string, number>();
      for (const f of engine.analyzer.analyze(value, { field })) covered.set(f.entity, (covered.get(f.entity) ?? 0) + f.end - f.start);
      for (const entity of alive) if (!vouched.includes(entity) && (covered.get(entity) ?? 0) / value.length >= 0.6) hit(entity);
    }
    let best: ColumnType | undefined;
    for (const entity of candidates) {
      const count = hits.get(entity) ?? 0;
      if (!typedBy(entity, count)) continue;
      const byName = named === entity;
      const type: ColumnType = { field, entity, confidence: Math.round((count / values.length) * 100) / 100, sampled: values.length, evidence: byName ? 'name+values' : 'values' };
      if (!best || type.confidence > best.confidence || (type.confidence === best.confidence && byName)) best = type;
    }
    if (best) out.push(best);
  }
  return out.sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
}

/** Infers the column types of an input from its first records (on a worker, or inline with `workers: 0`). */
export function inferSampleColumns(engine: RecordEngine, sample: ColumnSample): ColumnType[] {
  return inferColumnTypes(engine, sampleChunk(sample));
}
