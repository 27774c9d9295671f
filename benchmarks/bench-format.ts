/** Helpers shared by the benchmark scripts: size arguments and the markdown result table. */

/** `100MB`, `2GB`, `500KB`, `1234` -> bytes. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)?$/i.exec(text.trim());
  if (!m) throw new Error(`--size: expected a size such as 100MB or 2GB, got ${JSON.stringify(text)}`);
  const unit = { B: 1, KB: 1e3, MB: 1e6, GB: 1e9 }[(m[2] ?? 'B').toUpperCase() as 'B']!;
  return Math.round(Number(m[1]) * unit);
}

/** Prints a markdown table, then the verdict lines; a `FAIL` verdict sets exit code 1. */
export function printResults(head: readonly string[], rows: readonly (readonly string[])[], verdicts: readonly string[], notes: readonly string[] = []): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  for (const n of notes) console.log(n);
  for (const v of verdicts) console.log(v);
  if (verdicts.some((v) => v.startsWith('FAIL'))) process.exitCode = 1;
}
