// The floors, measured in the same run with the same schedule shape as the festival: a bare
// socket.io round trip, the same plus one durable single-row commit, and later a bare
// broadcast to as many screens (floor-server.ts).
import type { BenchFestival } from './bench-festival.js';
import type { Opts } from './bench-options.js';
import type { FloorListening, FloorStats } from './floor-server.js';
import type { Sample } from './juror-worker.js';
import { forkWorker, pause, type Worker } from './proc.js';
import { afterWarmup, forkScreens, runSchedule, screenLatencies } from './schedule.js';
import type { ScreenReady } from './screen-worker.js';

export type Floors = {
  server: Worker;
  jurors: Worker[];
  url: string;
  pingSamples: Sample[];
  commitSamples: Sample[];
  /** The floor server's own timing of each durable commit. */
  commitMs: number[];
};

/** Starts the floor server and J floor jurors; measures the round trip and the commit floors. */
export async function measureFloors(
  o: Opts,
  dir: string,
  festival: BenchFestival,
  say: (s: string) => void,
): Promise<Floors> {
  const server = forkWorker('floor-server.js', 'floor server');
  server.send({ kind: 'start', dir });
  const { port } = await server.next<FloorListening>('listening', 10_000);
  const url = `http://127.0.0.1:${port}`;
  const jurors = Array.from({ length: o.jurorProcs }, (_, i) =>
    forkWorker('juror-worker.js', `floor juror ${i}`),
  );
  jurors.forEach((w, i) =>
    w.send({
      kind: 'start',
      mode: 'floor',
      url,
      criteria: festival.criteria,
      seed: 1,
      sockets: Math.floor(o.jurors / o.jurorProcs) + (i < o.jurors % o.jurorProcs ? 1 : 0),
    }),
  );
  await Promise.all(jurors.map((w) => w.next('ready', 30_000)));
  say(`floor: bare socket.io round trip, ${o.floorSeconds} s at ${o.rate}/s`);
  const pingSamples = await runSchedule(jurors, o.rate, o.floorSeconds, 'ping');
  say(`floor: socket.io + durable single-row commit, ${o.floorSeconds} s at ${o.rate}/s`);
  const commitSamples = await runSchedule(jurors, o.rate, o.floorSeconds, 'commit');
  server.send({ kind: 'stats' });
  const { commitMs } = await server.next<FloorStats>('stats', 10_000);
  return { server, jurors, url, pingSamples, commitSamples, commitMs };
}

/**
 * The screens' floor: the bare server broadcasts a payload of the full snapshot's size to
 * as many screens, at the same rate; then one of the median push's size (the same bytes
 * the screens were sent per sheet, a patch). Returns both latency lists.
 */
export async function measureBroadcastFloors(
  o: Opts,
  floors: Floors,
  fullBytes: number,
  pushBytes: number,
  say: (s: string) => void,
): Promise<{ fanFull: number[]; fanSame: number[] }> {
  if (o.screens === 0) return { fanFull: [], fanSame: [] };
  const floorScreens = forkScreens(o, floors.url, 'floor screen worker', true);
  await Promise.all(floorScreens.map((w) => w.next<ScreenReady>('ready', 180_000)));
  await pause(1000);
  say(
    `floor: bare broadcast of ${fullBytes} bytes to ${o.screens} screens, ${o.floorSeconds} s at ${o.rate}/s`,
  );
  const full = afterWarmup(
    await runSchedule(floors.jurors, o.rate, o.floorSeconds, 'fanout', {
      versionBase: 1,
      bytes: fullBytes,
    }),
  );
  const fanFull = (await screenLatencies(floorScreens, full)).lat;
  say(`floor: bare broadcast of ${pushBytes} bytes (the median push) to ${o.screens} screens`);
  const live = afterWarmup(
    await runSchedule(floors.jurors, o.rate, o.floorSeconds, 'fanout', {
      versionBase: 1_000_000,
      bytes: pushBytes,
    }),
  );
  const fanSame = (await screenLatencies(floorScreens, live)).lat;
  await Promise.all(floorScreens.map((w) => w.stop()));
  return { fanFull, fanSame };
}
