// Small numeric helpers for the benchmark: percentiles, the clock shared by every process
// on this machine, and the one results table.

/**
 * Milliseconds (sub-ms) on the one clock every process on this machine shares: the
 * system's monotonic clock (CLOCK_MONOTONIC, what `process.hrtime` reads), counted from
 * an arbitrary point, so only differences mean anything. Not `performance.timeOrigin +
 * performance.now()`: each process fixes its `timeOrigin` from the wall clock when it
 * starts, so processes started before and after the wall clock was stepped or slewed (a
 * virtual machine resumed, NTP correcting) disagree by that much: a run measured a bare
 * broadcast at 1,095 ms p50 (screens forked after a 1 s correction, jurors before it),
 * which made its ratio row a false pass.
 */
export const sharedNow = (): number => Number(process.hrtime.bigint()) / 1e6;

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
