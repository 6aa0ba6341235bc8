// Small numeric helpers for the benchmark: percentiles, the wall clock shared by every
// process on this machine, and the one results table.

/** Milliseconds on a clock every process on this machine shares (epoch-based, sub-ms). */
export const sharedNow = (): number => performance.timeOrigin + performance.now();

/** The p-th percentile (0..100) by nearest rank; NaN for no samples. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? NaN;
}

export const median = (xs: readonly number[]) => percentile(xs, 50);

export type Row = { metric: string; target: string; figure: string; verdict: 'pass' | 'MISS' | '' };

export const ms = (x: number, digits = 2) =>
  Number.isFinite(x) ? `${x.toFixed(digits)} ms` : 'n/a';

export function verdict(ok: boolean | null): Row['verdict'] {
  return ok === null ? '' : ok ? 'pass' : 'MISS';
}

/** A plain-text table, also valid Markdown, so docs/PERFORMANCE.md can paste it as is. */
export function formatTable(rows: readonly Row[]): string {
  const head: Row = { metric: 'Metric', target: 'Target', figure: 'Figure', verdict: '' };
  const cols = ['metric', 'target', 'figure', 'verdict'] as const;
  const width = Object.fromEntries(
    cols.map((c) => [
      c,
      Math.max(c === 'verdict' ? 9 : 0, ...[head, ...rows].map((r) => r[c].length)),
    ]),
  ) as Record<(typeof cols)[number], number>;
  const line = (r: Row) =>
    `| ${cols.map((c) => (c === 'verdict' && r === head ? 'Pass/miss' : r[c]).padEnd(width[c])).join(' | ')} |`;
  const rule = `|${cols.map((c) => '-'.repeat(width[c] + 2)).join('|')}|`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}
