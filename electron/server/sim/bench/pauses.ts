// The server's pauses over a stretch of the benchmark (server-probe.ts measures them):
// garbage collections and the event loop's delay, printed under the table as what the
// latency figures wait behind besides the pushes' own work.
import { ms, percentile } from './stats.js';

export type Pauses = {
  /** Durations of the young-generation collections (scavenges), ms. */
  scavenges: number[];
  /** Durations of every other collection (mark-compact, incremental steps, weak callbacks), ms. */
  majors: number[];
  loopP50Ms: number;
  loopP99Ms: number;
  loopMaxMs: number;
};

/** One line: how many collections, how long (p50 / p99 / max, and the sum), the loop's delay. */
export function describePauses(p: Pauses | undefined, seconds: number): string {
  if (!p) return 'n/a (no probe)';
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const gcs = (xs: number[]) =>
    xs.length === 0
      ? 'none'
      : `${xs.length} (p50 ${ms(percentile(xs, 50))}, p99 ${ms(percentile(xs, 99))}, max ${ms(Math.max(...xs))}; ${ms(sum(xs), 0)} in all)`;
  const share = ((sum(p.scavenges) + sum(p.majors)) / (seconds * 1000)) * 100;
  return `young-generation collections ${gcs(p.scavenges)}; other collections ${gcs(p.majors)}; ${share.toFixed(1)}% of the time in collections; event-loop delay p50 ${ms(p.loopP50Ms)}, p99 ${ms(p.loopP99Ms)}, max ${ms(p.loopMaxMs)}`;
}
