/** Compact aligned text tables for the benchmark output. */

/** Formats a ratio as `0.873`, NaN as `-`. */
export const ratio = (x: number): string => (Number.isNaN(x) ? '-' : x.toFixed(3));

/**
 * Renders rows as columns aligned to their widest cell: the first column left-aligned, the rest
 * right-aligned (numbers), with a rule under the header.
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
