// A sheet's path through the server, from the steps it publishes (electron/server/
// push-trace.ts; the probe collects them): for every committed sheet, how long from its
// save beginning to its commit, to the commit on the disk, to the screens' fan-out of a
// view that holds it beginning, and to that fan-out's last write. Printed under the table:
// what the latency to the last screen is made of beside the broadcast itself.
import type { PushTrace } from '../../push-trace.js';
import { ms, percentile } from './stats.js';

/** Per sheet, ms: when its save began (on sharedNow's clock), the path's legs and its whole. */
export type SheetPath = {
  startedAt: number[];
  commit: number[];
  disk: number[];
  build: number[];
  fanOut: number[];
  whole: number[];
};

export const pathLegs: ReadonlyArray<{ key: keyof SheetPath; label: string }> = [
  { key: 'commit', label: 'save begun -> committed' },
  { key: 'disk', label: '-> on the disk' },
  { key: 'build', label: "-> screens' writes begin" },
  { key: 'fanOut', label: '-> last screen written' },
  { key: 'whole', label: 'whole' },
];

/**
 * Pairs each sheet's `received` and `committed` with the first `durable` at or after its
 * revision, the first `fan-out` at or after it (a fan-out carries the latest view, so a
 * later revision counts) and that fan-out's `fanned`. Sheets whose path is not complete in
 * `steps` (the run ended under way) are left out. `toShared`: what to add to the server's
 * `performance.now()` for sharedNow's clock (the probe knows it), so the bench can leave
 * out the warm-up as it does for every other figure (pathSince).
 */
export function sheetPaths(steps: readonly PushTrace[], toShared = 0): SheetPath {
  const out: SheetPath = { startedAt: [], commit: [], disk: [], build: [], fanOut: [], whole: [] };
  const of = (step: PushTrace['step']) => steps.filter((s) => s.step === step);
  const committed = of('committed');
  const durable = of('durable');
  const fanOuts = of('fan-out');
  const fanned = of('fanned');
  const received = new Map(of('received').map((s) => [s.revision, s.at]));
  for (const c of committed) {
    const start = received.get(c.revision);
    const disk = durable.find((d) => d.revision >= c.revision && d.at >= c.at);
    const fan = disk && fanOuts.find((f) => f.revision >= c.revision && f.at >= disk.at);
    const end = fan && fanned.find((f) => f.revision === fan.revision && f.at >= fan.at);
    if (start === undefined || !disk || !fan || !end) continue;
    out.startedAt.push(start + toShared);
    out.commit.push(c.at - start);
    out.disk.push(disk.at - c.at);
    out.build.push(fan.at - disk.at);
    out.fanOut.push(end.at - fan.at);
    out.whole.push(end.at - start);
  }
  return out;
}

/** The sheets whose save began at `t` (sharedNow's clock) or later. */
export function pathSince(p: SheetPath | undefined, t: number): SheetPath | undefined {
  if (!p) return undefined;
  const keep = p.startedAt.map((s) => s >= t);
  const pick = (xs: number[]) => xs.filter((_, i) => keep[i]);
  return {
    startedAt: pick(p.startedAt),
    commit: pick(p.commit),
    disk: pick(p.disk),
    build: pick(p.build),
    fanOut: pick(p.fanOut),
    whole: pick(p.whole),
  };
}

/** One line: each leg's p50 / p99. */
export function describePath(p: SheetPath | undefined): string {
  if (!p || p.whole.length === 0) return 'n/a (no probe or no sheet)';
  const legs = pathLegs.map(
    ({ key, label }) => `${label} ${ms(percentile(p[key], 50))} / ${ms(percentile(p[key], 99))}`,
  );
  return `${p.whole.length} sheets, p50 / p99: ${legs.join('; ')}`;
}
