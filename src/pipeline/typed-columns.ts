/**
 * Analysis of a value of a typed column (see column-inference.ts): a PERSON / LOCATION /
 * ORGANIZATION column's value is reported as that entity over its whole trimmed text without
 * running NLP. The pattern recognizers still run on it, and a value in which they find anything
 * (an email in a `name` cell) is analyzed in full instead, so typing never hides another finding.
 * A column typed as a pattern entity (EMAIL_ADDRESS, PHONE_NUMBER) runs that entity's recognizers
 * first: a value they cover whole, with no secret in it, needs none of the others (the analyzer's
 * `expect`); any other value is analyzed in full.
 */
import { createAnalyzer, type Analyzer } from '../analyzer/analyzer.js';
import { compileAllowList } from '../recognizer/define.js';
import type { Finding } from '../types.js';
import { columnKey, type ColumnType } from './column-inference.js';
import type { RecordEngine } from './record.js';

/** Entities detected by NLP: the ones a typed column reports without it. */
const NAME_ENTITIES = ['PERSON', 'LOCATION', 'ORGANIZATION'];
/** Score of a typed column's finding. */
export const COLUMN_TYPE_SCORE = 0.85;
/** The recognizer id of a typed column's finding. */
export const COLUMN_TYPE_RECOGNIZER = 'column-type';
// Placeholders that hold no name: "N/A", "null", "-", "unknown".
const PLACEHOLDER = /^(?:n\/?a|null|none|nil|nan|undefined|unknown|anonymous|-+|\?+|redacted|tbd|tba)$/iu;
const LETTER = /\p{L}/u;
// Module constants, not literals in the loop: a regex literal is a new RegExp object at each evaluation.
const SPACE = /\s/u;
// Titles before a person's name stay outside the PERSON span, as in running text: "Dr. ", "Mrs ", "Prof. Dr. ".
const TITLES = /^(?:(?:dr|mr|mrs|ms|mx|miss|prof|sir|dame|rev|herr|frau|mme|mlle|sr|sra|srta)\.?\s+)+/iu;

/** Per engine: the analyzer without NLP entities and the allow list. */
interface TypedEngine {
  readonly patterns: Analyzer;
  readonly isAllowed: (text: string) => boolean;
}

const typedEngines = new WeakMap<RecordEngine, TypedEngine>();

function typedEngine(engine: RecordEngine): TypedEngine {
  let typed = typedEngines.get(engine);
  if (typed === undefined) {
    const { entities, ...opts } = engine.analyzer.options;
    typed = {
      patterns: createAnalyzer({ ...opts, ...(entities === undefined ? {} : { entities }), excludeEntities: [...opts.excludeEntities, ...NAME_ENTITIES] }),
      isAllowed: compileAllowList(opts.allowList),
    };
    typedEngines.set(engine, typed);
  }
  return typed;
}

/** Typed columns, only those typed as an entity the engine reports (NLP ones when their score passes). */
export interface ColumnTyping {
  /** The entity of a field's column (its array indexes collapsed), if typed. */
  entityOf(field: string): string | undefined;
}

/** Fields remembered per chunk: JSON records can have many distinct paths. */
const MAX_REMEMBERED_FIELDS = 10_000;

/** The typing of an input's column types (built once per chunk, or once per record stream). */
export function columnTyping(engine: RecordEngine, types: readonly ColumnType[] | undefined): ColumnTyping | undefined {
  if (types === undefined || types.length === 0) return undefined;
  const reported = new Set(engine.analyzer.entities);
  const nlpTypable = COLUMN_TYPE_SCORE >= engine.analyzer.options.scoreThreshold;
  const byKey = new Map(types.filter((t) => reported.has(t.entity) && (nlpTypable || !NAME_ENTITIES.includes(t.entity))).map((t) => [t.field, t.entity]));
  if (byKey.size === 0) return undefined;
  // JSON paths repeat in every record (`messages[0].content`): the collapsed key of each, a regex
  // replace, is computed once per distinct path.
  const byField = new Map<string, string | null>();
  return {
    entityOf(field) {
      let entity = byField.get(field);
      if (entity === undefined) {
        entity = byKey.get(columnKey(field)) ?? null;
        if (byField.size < MAX_REMEMBERED_FIELDS) byField.set(field, entity);
      }
      return entity ?? undefined;
    },
  };
}

/** The analysis of one field's values, its typing and field lookups done once (see `fieldAnalysis`). */
export type FieldAnalysis = (value: string) => Finding[];

/**
 * The analysis of the values of `field`: the engine's analyzer for an untyped field; for a field
 * typed as a pattern entity, the analyzer expecting it; for one typed as an NLP entity, the whole
 * trimmed value as that entity (a person's title left out) unless the pattern recognizers find
 * something in it (then the full analysis). Made once per field of a chunk, called per value.
 */
export function fieldAnalysis(engine: RecordEngine, typing: ColumnTyping | undefined, field: string): FieldAnalysis {
  const entity = typing?.entityOf(field);
  if (entity === undefined) return engine.analyzer.forField({ field });
  if (!NAME_ENTITIES.includes(entity)) return engine.analyzer.forField({ field, expect: entity });
  const typed = typedEngine(engine);
  const patterns = typed.patterns.forField({ field });
  const full = engine.analyzer.forField({ field });
  return (value) => (patterns(value).length > 0 ? full(value) : wholeValueAs(entity, value, typed));
}

/** The findings of one value of `field` (`fieldAnalysis`, for a single value). */
export function analyzeField(engine: RecordEngine, typing: ColumnTyping | undefined, field: string, value: string): Finding[] {
  return fieldAnalysis(engine, typing, field)(value);
}

/** A typed NLP column's value as its entity: the trimmed text, a title left out; none for a placeholder or an allowed value. */
function wholeValueAs(entity: string, value: string, typed: TypedEngine): Finding[] {
  let start = 0;
  let end = value.length;
  while (start < end && SPACE.test(value[start]!)) start++;
  while (end > start && SPACE.test(value[end - 1]!)) end--;
  let text = value.slice(start, end);
  const title = entity === 'PERSON' ? (TITLES.exec(text)?.[0].length ?? 0) : 0;
  if (title > 0) {
    start += title;
    text = text.slice(title);
  }
  if (!LETTER.test(text) || PLACEHOLDER.test(text) || typed.isAllowed(text)) return [];
  return [{ entity, start, end, score: COLUMN_TYPE_SCORE, recognizer: COLUMN_TYPE_RECOGNIZER }];
}
