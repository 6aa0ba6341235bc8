// The festival run against the venue server: the organizer desk, J jurors, V screens (the
// server's memory read around the screens' arrival), the open-loop schedule of sheets, and
// one full screen snapshot's size and parse cost.
import { io } from 'socket.io-client';
import { namespaces } from '../../../../shared/contract/events.js';
import type { ScreenWire } from '../../../../shared/contract/screen-wire.js';
import { connectOrganizer } from '../organizer-bot.js';
import type { BenchFestival } from './bench-festival.js';
import type { Opts } from './bench-options.js';
import { key, type Memory, type ServerChild } from './bench-server.js';
import type { Sample } from './juror-worker.js';
import { forkWorker, pause, rssKiB, type Worker } from './proc.js';
import {
  afterWarmup,
  forkScreens,
  warmupMs,
  runSchedule,
  screenLatencies,
  type ScreenLatencies,
} from './schedule.js';
import type { ScreenReady } from './screen-worker.js';
import { pathSince, type SheetPath } from './push-path.js';

/** The server's memory with jurors only, with the screens connected, and after the run. */
export type MemoryProbe = {
  heapBefore: Memory | null;
  rssBefore: number;
  heapScreens: Memory | null;
  rssScreens: number;
  rssAfter: number;
  /** Probed after the run: its pauses cover the festival run (and the second after it). */
  heapAfter: Memory | null;
};

export type FestivalRun = {
  org: Awaited<ReturnType<typeof connectOrganizer>>;
  workers: Worker[];
  /** Every sample after the warm-up. */
  measured: Sample[];
  /** The server's path of the sheets after the warm-up (push-path.ts); none without the probe. */
  path: SheetPath | undefined;
  venueScreens: ScreenLatencies;
  connected: number;
  memory: MemoryProbe;
  /** Sizes of the organizer desk's pushes. */
  desk: { patches: number[]; full: number[] };
};

export async function runFestival(
  o: Opts,
  server: ServerChild,
  festival: BenchFestival,
  say: (s: string) => void,
): Promise<FestivalRun> {
  const serverPid = server.child.pid;
  if (!serverPid) throw new Error('no server');
  const desk = { patches: [] as number[], full: [] as number[] };
  const org = await connectOrganizer(server.url, key, (event, bytes) =>
    (event === 'patch' ? desk.patches : desk.full).push(bytes),
  );
  const jurorWorkers = Array.from({ length: o.jurorProcs }, (_, i) =>
    forkWorker('juror-worker.js', `juror worker ${i}`),
  );
  jurorWorkers.forEach((w, i) =>
    w.send({
      kind: 'start',
      mode: 'venue',
      url: server.url,
      stageId: festival.stageId,
      criteria: festival.criteria,
      seed: 1,
      jurors: festival.jurors
        .filter((_, j) => j % o.jurorProcs === i)
        .map((j) => ({ pin: j.pin, entries: j.entries })),
    }),
  );
  await Promise.all(jurorWorkers.map((w) => w.next('ready', 60_000)));
  await pause(1500);
  const heapBefore = await server.memory();
  const rssBefore = rssKiB(serverPid);
  const screenWorkers = forkScreens(o, server.url, 'screen worker');
  const ready = await Promise.all(screenWorkers.map((w) => w.next<ScreenReady>('ready', 180_000)));
  const connected = ready.reduce((n, r) => n + r.connected, 0);
  await pause(3000);
  const heapScreens = await server.memory();
  const rssScreens = rssKiB(serverPid);
  say(
    `${connected} screens connected (${ready.reduce((n, r) => n + r.failed, 0)} failed); server RSS ${rssBefore} -> ${rssScreens} KiB`,
  );

  say(`festival: ${o.seconds} s at ${o.rate} sheets/s`);
  const samples = await runSchedule(jurorWorkers, o.rate, o.seconds);
  await pause(1000);
  const rssAfter = rssKiB(serverPid);
  const heapAfter = await server.memory();
  const measured = afterWarmup(samples);
  // The server's path of the same sheets: the warm-up left out as for every figure.
  const path = pathSince(heapAfter?.path, Math.min(...samples.map((s) => s.due)) + warmupMs);
  const venueScreens = await screenLatencies(screenWorkers, measured);
  return {
    org,
    workers: [...jurorWorkers, ...screenWorkers],
    measured,
    path,
    venueScreens,
    connected,
    memory: { heapBefore, rssBefore, heapScreens, rssScreens, rssAfter, heapAfter },
    desk,
  };
}

/** One full screen snapshot: its text and what a screen pays to parse it (50 runs). */
export async function snapshotProbe(
  url: string,
): Promise<{ snapText: string; parseRuns: number[] }> {
  const probe = io(`${url}${namespaces.screen}`, {
    auth: { name: 'utama' },
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  const snapText = await new Promise<string>((res) =>
    probe.once('snapshot', (s: ScreenWire) => res(JSON.stringify(s))),
  );
  probe.close();
  const parseRuns = Array.from({ length: 50 }, () => {
    const a = performance.now();
    JSON.parse(snapText);
    return performance.now() - a;
  });
  return { snapText, parseRuns };
}
