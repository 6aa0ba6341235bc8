// The open-loop schedule the juror workers play (on the venue and on the floor server), and
// the screens' side of it: forking screen workers and matching each sheet's version with
// the moment the last screen had it.
import type { Opts } from './bench-options.js';
import type { JurorResults, Sample } from './juror-worker.js';
import { forkWorker, type Worker } from './proc.js';
import type { ScreenCollected } from './screen-worker.js';
import { sharedNow } from './stats.js';

/** Runs the same open-loop schedule on every juror worker; returns all samples. */
export async function runSchedule(
  workers: Worker[],
  rate: number,
  seconds: number,
  event?: 'ping' | 'commit' | 'fanout',
  fanout?: { versionBase: number; bytes: number },
): Promise<Sample[]> {
  const total = Math.round(rate * seconds);
  const startAt = sharedNow() + 500;
  // Worker w sends every workers.length-th submission of the global schedule.
  workers.forEach((w, i) => {
    const count = Math.floor(total / workers.length) + (i < total % workers.length ? 1 : 0);
    const intervalMs = (1000 / rate) * workers.length;
    w.send({
      kind: 'go',
      startAt: startAt + (i * 1000) / rate,
      intervalMs,
      count,
      ...(event ? { event } : {}),
      ...(fanout
        ? {
            fanout: {
              versionBase: fanout.versionBase + i,
              stride: workers.length,
              bytes: fanout.bytes,
            },
          }
        : {}),
    });
  });
  const results = await Promise.all(
    workers.map((w) => w.next<JurorResults>('results', (seconds + 40) * 1000)),
  );
  return results.flatMap((r) => r.samples);
}

/** Submit -> ack of every answered sample. */
export const lat = (xs: Sample[]) => xs.filter((s) => s.code === null).map((s) => s.acked - s.sent);
export const warmupMs = 2000;
/** Drops the first warmupMs of a schedule. */
export const afterWarmup = (xs: Sample[]) => {
  const t0 = Math.min(...xs.map((s) => s.due));
  return xs.filter((s) => s.due >= t0 + warmupMs);
};

export type ScreenLatencies = {
  lat: number[];
  missing: number;
  disconnects: number;
  bytes: number[];
};

/** For each sample's version: when the last screen had it, minus when it was sent. */
export async function screenLatencies(
  screenWorkers: Worker[],
  samples: Sample[],
): Promise<ScreenLatencies> {
  if (screenWorkers.length === 0) return { lat: [], missing: 0, disconnects: 0, bytes: [] };
  const targets = [
    ...new Set(samples.flatMap((s) => (s.version === null ? [] : [s.version]))),
  ].sort((a, b) => a - b);
  screenWorkers.forEach((w) => w.send({ kind: 'collect', targets }));
  const collected = await Promise.all(
    screenWorkers.map((w) => w.next<ScreenCollected>('collected', 60_000)),
  );
  const lastAt = new Map<number, number>();
  let missing = 0;
  targets.forEach((v, k) => {
    lastAt.set(v, Math.max(...collected.map((c) => c.lastAt[k] ?? 0)));
    missing += collected.reduce((n, c) => n + (c.missing[k] ?? 0), 0);
  });
  const latencies = samples.flatMap((s) => {
    const t = s.version === null ? undefined : lastAt.get(s.version);
    return t && s.code === null ? [t - s.sent] : [];
  });
  return {
    lat: latencies,
    missing,
    disconnects: collected.reduce((n, c) => n + c.disconnects, 0),
    bytes: collected.flatMap((c) => c.bytes),
  };
}

/** Screen workers; given several urls, worker i connects to urls[i % urls.length]. */
export function forkScreens(
  o: Opts,
  url: string | string[],
  label: string,
  bare = false,
): Worker[] {
  const urls = typeof url === 'string' ? [url] : url;
  const workers = Array.from({ length: o.screens > 0 ? o.screenProcs : 0 }, (_, i) =>
    forkWorker('screen-worker.js', `${label} ${i}`),
  );
  workers.forEach((w, i) =>
    w.send({
      kind: 'start',
      url: urls[i % urls.length],
      names: ['utama', 'lobi', 'panggung', 'streaming'],
      light: !o.fullParse,
      batch: 25,
      bare,
      count: Math.floor(o.screens / o.screenProcs) + (i < o.screens % o.screenProcs ? 1 : 0),
    }),
  );
  return workers;
}
