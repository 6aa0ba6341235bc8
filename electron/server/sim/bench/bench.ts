// The benchmark: `npm run bench -- [--jurors 30] [--screens 300] [--rate 10] [--seconds 30]`.
// Starts the headless server as a child process on a fresh festival, then in separate
// forked processes J jurors and V screens, plays the festival at a steady submission rate
// and prints one table: acknowledgement and last-screen latency, the floors measured side
// by side (bare socket.io round trip, durable single-row commit), standings recomputation
// at 200 x 50 x 10, server memory per screen and cold start. Loopback only; every wait is
// bounded, and every child is killed on the way out, also on failure.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { io } from 'socket.io-client';
import { namespaces } from '../../../../shared/contract/events.js';
import type { ScreenWire } from '../../../../shared/contract/screen-wire.js';
import { benchStandings } from '../../../../shared/scoring/bench-fixture.js';
import { connectOrganizer } from '../organizer-bot.js';
import { prepareBenchFestival, type BenchFestival } from './bench-festival.js';
import type { FloorListening, FloorStats } from './floor-server.js';
import type { JurorResults, Sample } from './juror-worker.js';
import { installerWeight, installerWeightRows } from './installer-weight.js';
import { pageWeightReport } from './page-weight.js';
import { forkWorker, killChildren, packageRoot, pause, rssKiB, type Worker } from './proc.js';
import { key, startServer, stopChild, type Memory, type ServerChild } from './bench-server.js';
import type { ScreenCollected, ScreenReady } from './screen-worker.js';
import { formatTable, median, ms, percentile, sharedNow, verdict, type Row } from './stats.js';
import { votingBench } from './voting-bench.js';
import { wifiBudget } from './wifi-budget.js';

const usage = `Usage: npm run bench -- [options]
  --jurors N         simulated jurors (default 30), in panels of about ten
  --screens N        connected screens (default 300; try 1000)
  --rate N           sheet submissions per second, all jurors together (default 10)
  --seconds N        length of the measured run (default 30)
  --entries N        entries in the festival (default 67)
  --floor-seconds N  length of each floor measurement (default 15)
  --juror-procs N    juror processes (default 2)
  --screen-procs N   screen processes (default: one per 250 screens, at least 2)
  --full-parse       screens JSON-parse every snapshot (default: read the version only)
  --voters N         people's choice: phones voting after the festival run (default 1000; 0 = none)
  --vote-seconds N   the window the phones vote in (default 30), one vote per category
  --vote-categories N  categories open for voting (default 3)
  --cpu-prof DIR     write a V8 CPU profile of the server to DIR
  --dir DIR          where the temporary festival folder goes (default the OS temp folder)
  --keep             keep the temporary festival folder`;

type Opts = {
  jurors: number;
  screens: number;
  rate: number;
  seconds: number;
  entries: number;
  floorSeconds: number;
  jurorProcs: number;
  screenProcs: number;
  fullParse: boolean;
  voters: number;
  voteSeconds: number;
  voteCategories: number;
  cpuProf: string | null;
  dir: string;
  keep: boolean;
};

function parseOptions(): Opts | null {
  const { values: v } = parseArgs({
    options: {
      jurors: { type: 'string', default: '30' },
      screens: { type: 'string', default: '300' },
      rate: { type: 'string', default: '10' },
      seconds: { type: 'string', default: '30' },
      entries: { type: 'string', default: '67' },
      'floor-seconds': { type: 'string', default: '15' },
      'juror-procs': { type: 'string', default: '2' },
      'screen-procs': { type: 'string', default: '0' },
      'full-parse': { type: 'boolean', default: false },
      voters: { type: 'string', default: '1000' },
      'vote-seconds': { type: 'string', default: '30' },
      'vote-categories': { type: 'string', default: '3' },
      'cpu-prof': { type: 'string' },
      dir: { type: 'string', default: tmpdir() },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (v.help) return null;
  const int = (s: string, min: number, max: number, name: string) => {
    const n = Number(s);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new Error(`--${name} must be an integer in ${min}..${max}`);
    return n;
  };
  const screens = int(v.screens, 0, 5000, 'screens');
  return {
    jurors: int(v.jurors, 1, 500, 'jurors'),
    screens,
    rate: int(v.rate, 1, 200, 'rate'),
    seconds: int(v.seconds, 3, 600, 'seconds'),
    entries: int(v.entries, 1, 5000, 'entries'),
    floorSeconds: int(v['floor-seconds'], 2, 120, 'floor-seconds'),
    jurorProcs: int(v['juror-procs'], 1, 16, 'juror-procs'),
    screenProcs:
      Number(v['screen-procs']) > 0
        ? int(v['screen-procs'], 1, 32, 'screen-procs')
        : Math.max(2, Math.ceil(screens / 250)),
    fullParse: v['full-parse'],
    voters: int(v.voters, 0, 5000, 'voters'),
    voteSeconds: int(v['vote-seconds'], 1, 300, 'vote-seconds'),
    voteCategories: int(v['vote-categories'], 1, 4, 'vote-categories'),
    cpuProf: v['cpu-prof'] ? resolve(v['cpu-prof']) : null,
    dir: resolve(v.dir),
    keep: v.keep,
  };
}

// ---- the venue server child -------------------------------------------------------------

// ---- juror runs (venue and floor) ---------------------------------------------------------

/** Runs the same open-loop schedule on every juror worker; returns all samples. */
async function runSchedule(
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

const lat = (xs: Sample[]) => xs.filter((s) => s.code === null).map((s) => s.acked - s.sent);
const warmupMs = 2000;
/** Drops the first warmupMs of a schedule. */
const afterWarmup = (xs: Sample[]) => {
  const t0 = Math.min(...xs.map((s) => s.due));
  return xs.filter((s) => s.due >= t0 + warmupMs);
};

/** For each sample's version: when the last screen had it, minus when it was sent. */
async function screenLatencies(
  screenWorkers: Worker[],
  samples: Sample[],
): Promise<{ lat: number[]; missing: number; disconnects: number; bytes: number[] }> {
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

function forkScreens(o: Opts, url: string, label: string, bare = false): Worker[] {
  const workers = Array.from({ length: o.screens > 0 ? o.screenProcs : 0 }, (_, i) =>
    forkWorker('screen-worker.js', `${label} ${i}`),
  );
  workers.forEach((w, i) =>
    w.send({
      kind: 'start',
      url,
      names: ['utama', 'lobi', 'panggung', 'streaming'],
      light: !o.fullParse,
      batch: 25,
      bare,
      count: Math.floor(o.screens / o.screenProcs) + (i < o.screens % o.screenProcs ? 1 : 0),
    }),
  );
  return workers;
}

async function main(): Promise<number> {
  let opts: Opts | null;
  try {
    opts = parseOptions();
  } catch (err) {
    console.error(`${(err as Error).message}\n${usage}`);
    return 2;
  }
  if (!opts) {
    console.log(usage);
    return 0;
  }
  const o = opts;
  const load0 = loadavg();
  const say = (s: string) =>
    console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}`);
  const dir = mkdtempSync(join(o.dir, 'panggung-bench-'));
  const dataDir = join(dir, 'data');
  say(
    `festival folder ${dataDir}: ${o.jurors} jurors, ${o.entries} entries; ${o.screens} screens in ${o.screenProcs} processes`,
  );
  const festival: BenchFestival = prepareBenchFestival(dataDir, o.jurors, o.entries);

  // Cold start: three plain starts on the prepared festival. The run's server then starts
  // with the memory probe preloaded (and the CPU profiler when asked).
  const starts: ServerChild[] = [];
  for (let i = 0; i < 3; i++) {
    const s = await startServer(dataDir);
    starts.push(s);
    await stopChild(s.child);
  }
  const server = await startServer(dataDir, { cpuProf: o.cpuProf, probe: true });
  if (!server.child.pid) throw new Error('no server');
  const serverPid = server.child.pid;
  say(`cold starts ${starts.map((s) => `${s.coldStartMs.toFixed(0)} ms`).join(', ')}`);
  // What a phone downloads (first load of each page, compressed) and what the installer
  // carries, from the same server, before the load starts.
  const weightRows = [
    ...(await pageWeightReport(server.url)),
    ...installerWeightRows(installerWeight(packageRoot)),
  ];

  // Floors first, with the same schedule shape: J sockets in the same number of processes.
  const floor = forkWorker('floor-server.js', 'floor server');
  floor.send({ kind: 'start', dir });
  const { port: floorPort } = await floor.next<FloorListening>('listening', 10_000);
  const floorJurors = Array.from({ length: o.jurorProcs }, (_, i) =>
    forkWorker('juror-worker.js', `floor juror ${i}`),
  );
  floorJurors.forEach((w, i) =>
    w.send({
      kind: 'start',
      mode: 'floor',
      url: `http://127.0.0.1:${floorPort}`,
      criteria: festival.criteria,
      seed: 1,
      sockets: Math.floor(o.jurors / o.jurorProcs) + (i < o.jurors % o.jurorProcs ? 1 : 0),
    }),
  );
  await Promise.all(floorJurors.map((w) => w.next('ready', 30_000)));
  say(`floor: bare socket.io round trip, ${o.floorSeconds} s at ${o.rate}/s`);
  const pingSamples = await runSchedule(floorJurors, o.rate, o.floorSeconds, 'ping');
  say(`floor: socket.io + durable single-row commit, ${o.floorSeconds} s at ${o.rate}/s`);
  const commitSamples = await runSchedule(floorJurors, o.rate, o.floorSeconds, 'commit');
  floor.send({ kind: 'stats' });
  const { commitMs } = await floor.next<FloorStats>('stats', 10_000);

  // The festival: organizer desk, jurors, then screens (memory measured around the screens).
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
  const measured = afterWarmup(samples);
  const venueScreens = await screenLatencies(screenWorkers, measured);
  // People's choice with the screens still connected (after the sheets, so it does not
  // disturb their figures).
  let votingRows: Row[] = [];
  if (o.voters > 0) {
    say(`voting: ${o.voters} phones over ${o.voteSeconds} s`);
    votingRows = await votingBench({
      url: server.url,
      org,
      phones: o.voters,
      categories: o.voteCategories,
      windowSeconds: o.voteSeconds,
      floorP99: percentile(lat(afterWarmup(commitSamples)), 99),
      say,
    });
  }

  // One full screen snapshot: its size and what a screen pays to parse it.
  const probe = io(`${server.url}${namespaces.screen}`, {
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

  org.close();
  await Promise.all([...jurorWorkers, ...screenWorkers].map((w) => w.stop()));
  await stopChild(server.child);

  // The screens' floor: the bare server broadcasts a payload of the full snapshot's size to
  // as many screens, at the same rate; then one of the median push's size (the same bytes
  // the screens were sent per sheet, a patch).
  const pushBytes = Math.max(32, Math.round(median(venueScreens.bytes)) || snapText.length);
  let fanFull: number[] = [];
  let fanSame: number[] = [];
  if (o.screens > 0) {
    const floorScreens = forkScreens(
      o,
      `http://127.0.0.1:${floorPort}`,
      'floor screen worker',
      true,
    );
    await Promise.all(floorScreens.map((w) => w.next<ScreenReady>('ready', 180_000)));
    await pause(1000);
    say(
      `floor: bare broadcast of ${snapText.length} bytes to ${o.screens} screens, ${o.floorSeconds} s at ${o.rate}/s`,
    );
    const full = afterWarmup(
      await runSchedule(floorJurors, o.rate, o.floorSeconds, 'fanout', {
        versionBase: 1,
        bytes: snapText.length,
      }),
    );
    fanFull = (await screenLatencies(floorScreens, full)).lat;
    say(`floor: bare broadcast of ${pushBytes} bytes (the median push) to ${o.screens} screens`);
    const live = afterWarmup(
      await runSchedule(floorJurors, o.rate, o.floorSeconds, 'fanout', {
        versionBase: 1_000_000,
        bytes: pushBytes,
      }),
    );
    fanSame = (await screenLatencies(floorScreens, live)).lat;
    await Promise.all(floorScreens.map((w) => w.stop()));
  }
  await Promise.all([...floorJurors, floor].map((w) => w.stop()));
  const load1 = loadavg();

  // Standings recomputation at scale, with the children gone.
  say('standings: 200 entries x 50 jurors x 10 criteria');
  const now = () => performance.now();
  const mean = benchStandings(now, { aggregation: 'mean', runs: 41 });
  const zscore = benchStandings(now, { aggregation: 'zscore', runs: 41 });

  // ---- the table --------------------------------------------------------------------------
  const failed = measured.filter((s) => s.code !== null);
  const ack = lat(measured);
  const screenLat = venueScreens.lat;
  const { missing, disconnects } = venueScreens;
  const ping = lat(afterWarmup(pingSamples));
  const pingCommit = lat(afterWarmup(commitSamples));
  const floorP50 = percentile(pingCommit, 50);
  const floorP99 = percentile(pingCommit, 99);
  const ackP99 = percentile(ack, 99);
  const screenP99 = percentile(screenLat, 99);
  const screenTarget = o.screens <= 300 ? 25 : 50;
  const perScreenKB =
    o.screens > 0 && connected > 0 ? ((rssScreens - rssBefore) * 1024) / connected / 1000 : NaN;
  const retained = (m: Memory | null) => (m ? m.heapUsed + m.external : NaN); // external includes array buffers
  const heapPerScreenKB =
    o.screens > 0 && connected > 0
      ? (retained(heapScreens) - retained(heapBefore)) / connected / 1000
      : NaN;
  const cold = starts.map((s) => s.coldStartMs);
  const rows: Row[] = [
    {
      metric: `Submit -> ack p50 (${ack.length} sheets)`,
      target: '',
      figure: ms(percentile(ack, 50)),
      verdict: '',
    },
    {
      metric: 'Submit -> ack p99',
      target: `<= 2x floor p99 (${ms(2 * floorP99)})`,
      figure: `${ms(ackP99)} (${(ackP99 / floorP99).toFixed(2)}x)`,
      verdict: verdict(ackP99 <= 2 * floorP99),
    },
    {
      metric: `Submit -> last of ${connected} screens p50`,
      target: '',
      figure: ms(percentile(screenLat, 50)),
      verdict: '',
    },
    {
      metric: `Submit -> last of ${connected} screens p99`,
      target: `<= ${screenTarget} ms`,
      figure: ms(screenP99),
      verdict: verdict(o.screens > 0 ? screenP99 <= screenTarget : null),
    },
    {
      metric: `Bytes on the wire per screen per sheet, median (${venueScreens.bytes.length} pushes)`,
      target: '<= 1000 B',
      figure: `${pushBytes} B (full snapshot ${snapText.length} B)`,
      verdict: verdict(o.screens > 0 ? pushBytes <= 1000 : null),
    },
    ...wifiBudget(pushBytes),
    {
      metric: `Organizer desk: bytes per push, median (${desk.patches.length} patches, ${desk.full.length} whole)`,
      target: '',
      figure: `${Math.round(median(desk.patches))} B (whole view ${Math.max(0, ...desk.full)} B)`,
      verdict: '',
    },
    {
      metric: `Floor: bare broadcast of ${pushBytes} B (the median push) to ${connected} screens, p50 / p99`,
      target: '',
      figure: `${ms(percentile(fanSame, 50))} / ${ms(percentile(fanSame, 99))}`,
      verdict: '',
    },
    {
      metric: 'Ratio last screen / bare broadcast of the same bytes, p50 / p99',
      target: '<= 1.2x (p99)',
      figure: `${(percentile(screenLat, 50) / percentile(fanSame, 50)).toFixed(2)}x / ${(screenP99 / percentile(fanSame, 99)).toFixed(2)}x`,
      verdict: verdict(o.screens > 0 ? screenP99 <= 1.2 * percentile(fanSame, 99) : null),
    },
    {
      metric: `Floor: bare broadcast of the full ${snapText.length} B snapshot, p50 / p99`,
      target: '',
      figure: `${ms(percentile(fanFull, 50))} / ${ms(percentile(fanFull, 99))}`,
      verdict: '',
    },
    {
      metric: 'Floor: bare socket.io emit-with-ack p50 / p99',
      target: '',
      figure: `${ms(percentile(ping, 50))} / ${ms(percentile(ping, 99))}`,
      verdict: '',
    },
    {
      metric: 'Floor: durable single-row commit p50 / p99',
      target: '',
      figure: `${ms(percentile(commitMs, 50))} / ${ms(percentile(commitMs, 99))}`,
      verdict: '',
    },
    {
      metric: 'Floor: socket.io + durable commit p50 / p99',
      target: '',
      figure: `${ms(floorP50)} / ${ms(floorP99)}`,
      verdict: '',
    },
    {
      metric: 'Ratio ack / floor, p50 / p99',
      target: '<= 2x (p99)',
      figure: `${(percentile(ack, 50) / floorP50).toFixed(2)}x / ${(ackP99 / floorP99).toFixed(2)}x`,
      verdict: verdict(ackP99 <= 2 * floorP99),
    },
    {
      metric: 'Ratio ack p99 / (round trip p99 + commit p99)',
      target: '',
      figure: `${(ackP99 / (percentile(ping, 99) + percentile(commitMs, 99))).toFixed(2)}x`,
      verdict: '',
    },
    { metric: 'Standings 200x50x10 mean: full', target: '', figure: ms(mean.fullMs), verdict: '' },
    {
      metric: 'Standings 200x50x10 mean: after one sheet (median / worst)',
      target: '<= 5 ms',
      figure: `${ms(mean.incrementalMs)} / ${ms(mean.incrementalMaxMs)}`,
      verdict: verdict(mean.incrementalMs <= 5),
    },
    {
      metric: 'Standings 200x50x10 z-score: full',
      target: '',
      figure: ms(zscore.fullMs),
      verdict: '',
    },
    {
      metric: 'Standings 200x50x10 z-score: after one sheet (median / worst)',
      target: '<= 5 ms',
      figure: `${ms(zscore.incrementalMs)} / ${ms(zscore.incrementalMaxMs)}`,
      verdict: verdict(zscore.incrementalMs <= 5),
    },
    {
      metric: `Server memory per screen (RSS delta / ${connected}, after a full GC)`,
      target: '<= 50 KB',
      figure: `${perScreenKB.toFixed(1)} KB`,
      verdict: verdict(o.screens > 0 ? perScreenKB <= 50 : null),
    },
    {
      metric: 'Server memory per screen (heap + external retained, after a full GC)',
      target: '<= 50 KB',
      figure: `${heapPerScreenKB.toFixed(1)} KB`,
      verdict: verdict(
        o.screens > 0 && Number.isFinite(heapPerScreenKB) ? heapPerScreenKB <= 50 : null,
      ),
    },
    {
      metric: 'Cold start to first accepted connection (median of 3)',
      target: '< 1500 ms',
      figure: `${ms(median(cold), 0)} (${cold.map((c) => c.toFixed(0)).join(', ')})`,
      verdict: verdict(median(cold) < 1500),
    },
    ...votingRows,
    ...weightRows,
  ];
  console.log(
    `\nPanggung benchmark — ${o.jurors} jurors, ${connected} screens, ${o.rate} sheets/s for ${o.seconds} s (first ${warmupMs / 1000} s not counted), loopback\n`,
  );
  console.log(formatTable(rows));
  const cpu = cpus();
  console.log(`
Machine: ${cpu.length} cores, ${cpu[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}
Load average (1/5/15 min): before ${load0.map((x) => x.toFixed(2)).join(' ')}, after ${load1.map((x) => x.toFixed(2)).join(' ')}
Screen snapshot: ${snapText.length} bytes; JSON.parse on this machine ${ms(median(parseRuns), 3)} (screens ${o.fullParse ? 'parse every snapshot' : 'read the version only'})
Server RSS: ${rssBefore} KiB with jurors only, ${rssScreens} KiB with screens, ${rssAfter} KiB after the run; server ready message ${starts.map((s) => s.readyMs ?? '?').join('/')} ms
Server heap used after a full GC: ${((heapBefore?.heapUsed ?? NaN) / 2 ** 20).toFixed(1)} MiB with jurors only, ${((heapScreens?.heapUsed ?? NaN) / 2 ** 20).toFixed(1)} MiB with screens (external, array buffers included: ${((heapScreens?.external ?? NaN) / 2 ** 20).toFixed(1)} MiB); V8 heap committed ${((heapBefore?.heapTotal ?? NaN) / 2 ** 20).toFixed(1)} -> ${((heapScreens?.heapTotal ?? NaN) / 2 ** 20).toFixed(1)} MiB
Sheets refused or lost: ${failed.length}${failed.length ? ` (${[...new Set(failed.map((f) => f.code))].join(', ')})` : ''}; screen versions missing: ${missing}; screen disconnects: ${disconnects}
Scheduler lateness (send - due) p99: ${ms(
    percentile(
      measured.map((s) => s.sent - s.due),
      99,
    ),
  )}; commits measured by the floor server: ${commitMs.length}`);
  if (o.cpuProf) console.log(`Server CPU profile written to ${o.cpuProf}`);
  if (!o.keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`Festival folder kept: ${dir}`);
  return 0;
}

const watchdog = setTimeout(() => {
  console.error('bench: the run took too long; killing every child');
  killChildren();
  process.exit(3);
}, 20 * 60_000);
watchdog.unref();
for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.once(sig, () => {
    killChildren();
    process.exit(130);
  });

main().then(
  (code) => {
    killChildren();
    process.exit(code);
  },
  (err: unknown) => {
    console.error(`bench failed: ${err instanceof Error ? err.message : String(err)}`);
    killChildren();
    process.exit(1);
  },
);
