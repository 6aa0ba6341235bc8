// A probe preloaded into the benchmark's server child with
// `node --expose-gc --import server-probe.js cli.js ...`, so the server code is not
// touched: on SIGUSR2 it prints one line on stdout with the server's pauses since the
// previous SIGUSR2 (garbage collections and the event loop's delay: what a juror's sheet
// or a screen's push waits behind, besides the pushes' own work), then runs a full garbage
// collection and adds process.memoryUsage(). With them, the path of each sheet committed
// since then through the server, from the steps the server publishes on its diagnostics
// channel (push-trace.ts, push-path.ts). Only the benchmark loads it.
import { subscribe } from 'node:diagnostics_channel';
import { monitorEventLoopDelay, PerformanceObserver, constants } from 'node:perf_hooks';
import { pushTraceChannel, type PushTrace } from '../../push-trace.js';
import type { Pauses } from './pauses.js';
import { sheetPaths } from './push-path.js';
import { sharedNow } from './stats.js';

const steps: PushTrace[] = [];
subscribe(pushTraceChannel, (m) => steps.push(m as PushTrace));

const scavenges: number[] = [];
const majors: number[] = [];
/** The probe's own full collections: [start, end] on performance.now(), not counted. */
let forced: [number, number] = [0, 0];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if (e.startTime >= forced[0] && e.startTime <= forced[1]) continue;
    const kind = (e as { detail?: { kind?: number } }).detail?.kind;
    (kind === constants.NODE_PERFORMANCE_GC_MINOR ? scavenges : majors).push(e.duration);
  }
}).observe({ entryTypes: ['gc'] });
const loop = monitorEventLoopDelay({ resolution: 1 });
loop.enable();

process.on('SIGUSR2', () => {
  const pauses: Pauses = {
    scavenges: scavenges.splice(0),
    majors: majors.splice(0),
    loopP50Ms: loop.percentile(50) / 1e6,
    loopP99Ms: loop.percentile(99) / 1e6,
    loopMaxMs: loop.max / 1e6,
  };
  const path = sheetPaths(steps.splice(0), sharedNow() - performance.now());
  // The forced collections below block the loop too: stop measuring across them.
  loop.disable();
  const gc = (globalThis as { gc?: () => void }).gc;
  const start = performance.now();
  forced = [start, Infinity];
  gc?.();
  gc?.();
  forced = [start, performance.now()];
  loop.reset();
  loop.enable();
  process.stdout.write(
    `[probe] ${JSON.stringify({ gc: !!gc, ...process.memoryUsage(), pauses, path })}\n`,
  );
});
