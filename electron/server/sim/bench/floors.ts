// The floors, measured in the same run with the same schedule shape as the festival: a bare
// socket.io round trip, the same plus one durable single-row commit, and later a bare
// broadcast to as many screens (floor-server.ts).
import type { BenchFestival } from './bench-festival.js';
import type { Opts } from './bench-options.js';
import type { FloorListening, FloorRelayListening, FloorStats } from './floor-server.js';
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
 * the screens were sent per sheet, a patch); then the median push again with the screens
 * split over two processes (the bare server and a relay it forks and tells over IPC), what
 * moving half the fan-out to a second process would at best give on this machine. Returns
 * the three latency lists.
 */
export async function measureBroadcastFloors(
  o: Opts,
  floors: Floors,
  fullBytes: number,
  pushBytes: number,
  say: (s: string) => void,
): Promise<{ fanFull: number[]; fanSame: number[]; fanSplit: number[] }> {
  if (o.screens === 0) return { fanFull: [], fanSame: [], fanSplit: [] };
  const broadcast = async (urls: string[], versionBase: number, bytes: number) => {
    const screens = forkScreens(o, urls, 'floor screen worker', true);
    await Promise.all(screens.map((w) => w.next<ScreenReady>('ready', 180_000)));
    await pause(1000);
    const sent = afterWarmup(
      await runSchedule(floors.jurors, o.rate, o.floorSeconds, 'fanout', { versionBase, bytes }),
    );
    const { lat } = await screenLatencies(screens, sent);
    await Promise.all(screens.map((w) => w.stop()));
    return lat;
  };
  say(
    `floor: bare broadcast of ${fullBytes} bytes to ${o.screens} screens, ${o.floorSeconds} s at ${o.rate}/s`,
  );
  const fanFull = await broadcast([floors.url], 1, fullBytes);
  say(`floor: bare broadcast of ${pushBytes} bytes (the median push) to ${o.screens} screens`);
  const fanSame = await broadcast([floors.url], 1_000_000, pushBytes);
  floors.server.send({ kind: 'relay' });
  const { port } = await floors.server.next<FloorRelayListening>('relay-listening', 10_000);
  say(`floor: the same broadcast split over two processes (${o.screenProcs} screen workers)`);
  const fanSplit = await broadcast([floors.url, `http://127.0.0.1:${port}`], 2_000_000, pushBytes);
  floors.server.send({ kind: 'relay-stop' });
  return { fanFull, fanSame, fanSplit };
}
