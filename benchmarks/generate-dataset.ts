/**
 * Deterministic, realistic CSV and JSONL datasets with planted PII, for the throughput benchmark.
 * Every planted value has a shape nothing else in the data has, so `plantedPatterns` finds any
 * that survive anonymization.
 */
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ibanCheckDigits, luhnCheckDigit } from '../src/recognizer/checksums.js';

/** A small fast PRNG (mulberry32): the same seed gives the same dataset everywhere. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Olivia', 'Liam', 'Emma', 'Noah', 'Amara', 'Mateo', 'Freya', 'Kenji', 'Zofia', 'Arjun', 'Ingrid', 'Tobias'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Hartmann', 'Novak', 'Castillo', 'Whitfield', 'Tanaka', 'Brennan', 'Kowalski'];
const CITIES = ['Portland', 'Leeds', 'Lyon', 'Munich', 'Porto', 'Osaka', 'Austin', 'Gdansk', 'Bergen'];
const DOMAINS = ['fjordmail.com', 'corpmail.io', 'postbox.de'];
const AREA = ['212', '415', '312', '617', '206', '303', '404', '512'];
const WORDS = (
  'the order arrived late and the box was damaged please refund my account I would like to update the delivery address ' +
  'thanks for the quick reply the model answered correctly but the summary missed two points can you check the invoice ' +
  'again we tested the new release on three machines and saw no regressions in latency or memory'
).split(' ');

/** Regexes matching exactly the shapes of planted values (used to prove none survive). */
export const plantedPatterns: Readonly<Record<string, RegExp>> = {
  email: /[a-z]+\.[a-z]+\d+@(?:fjordmail\.com|corpmail\.io|postbox\.de)/g,
  phone: /\((?:212|415|312|617|206|303|404|512)\) [2-9]\d{2}-\d{4}|\+1 (?:212|415|312|617|206|303|404|512) [2-9]\d{2} \d{4}/g,
  card: /(?:4539|5425)(?:[ -]?\d{4}){3}/g,
  iban: /DE\d{2}(?: ?\d{4}){4} ?\d{2}/g,
};

/** A planted-value generator over one PRNG. */
function planter(r: () => number) {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
  return {
    pick,
    digits,
    name: () => `${pick(FIRST)} ${pick(LAST)}`,
    email: () => `${pick(FIRST).toLowerCase()}.${pick(LAST).toLowerCase()}${Math.floor(r() * 1000)}@${pick(DOMAINS)}`,
    phone: () => {
      const exch = `${2 + Math.floor(r() * 8)}${digits(2)}`;
      return r() < 0.5 ? `(${pick(AREA)}) ${exch}-${digits(4)}` : `+1 ${pick(AREA)} ${exch} ${digits(4)}`;
    },
    card: () => {
      const body = `${r() < 0.5 ? '4539' : '5425'}${digits(11)}`;
      const full = body + String(luhnCheckDigit(body));
      return r() < 0.5 ? full : full.replace(/(\d{4})(?=\d)/g, '$1 ');
    },
    iban: () => {
      const bban = digits(18);
      const iban = `DE${ibanCheckDigits('DE', bban)}${bban}`;
      return iban.replace(/(.{4})(?=.)/g, '$1 ');
    },
    sentence: (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' '),
  };
}

/** One generated dataset. */
export interface Dataset {
  readonly path: string;
  readonly format: 'csv' | 'jsonl';
  readonly bytes: number;
}

function csvField(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/** Writes (or reuses) a dataset of about `bytes` bytes into os.tmpdir(). */
export async function generateDataset(format: 'csv' | 'jsonl', bytes: number, seed = 42): Promise<Dataset> {
  const path = join(tmpdir(), `pii-scan-bench-v1-${seed}-${bytes}.${format}`);
  const existing = await stat(path).catch(() => undefined);
  if (existing && existing.size >= bytes) return { path, format, bytes: existing.size };
  const r = rng(seed);
  const p = planter(r);
  const out = createWriteStream(path);
  let written = 0;
  let buffer = format === 'csv' ? 'id,name,email,phone,city,amount,created_at,notes\n' : '';
  for (let id = 1; written + buffer.length < bytes; id++) {
    // Notes: mostly ordinary text; some rows carry a planted value inside the prose.
    const roll = r();
    let notes = p.sentence(8 + Math.floor(r() * 25));
    if (roll < 0.08) notes += ` card ${p.card()} please`;
    else if (roll < 0.14) notes += ` my iban is ${p.iban()}`;
    else if (roll < 0.24) notes += ` call me at ${p.phone()} or mail ${p.email()}`;
    if (r() < 0.1) notes += '\nsecond line, "quoted"';
    const amount = (r() * 1000).toFixed(2);
    const created = `2024-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}T10:00:00Z`;
    if (format === 'csv') {
      buffer += [String(id), p.name(), p.email(), p.phone(), p.pick(CITIES), amount, created, notes].map(csvField).join(',') + '\n';
    } else {
      buffer += `${JSON.stringify({
        id,
        user: { name: p.name(), email: p.email(), phone: p.phone(), city: p.pick(CITIES) },
        messages: [
          { role: 'user', content: notes },
          { role: 'assistant', content: p.sentence(10 + Math.floor(r() * 30)) },
        ],
        meta: { amount: Number(amount), created_at: created, tags: ['support', p.pick(CITIES).toLowerCase()] },
      })}\n`;
    }
    if (buffer.length >= 1 << 20) {
      written += Buffer.byteLength(buffer);
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  written += Buffer.byteLength(buffer);
  out.end(buffer);
  await once(out, 'close');
  return { path, format, bytes: written };
}
