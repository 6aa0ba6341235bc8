// The benchmark: `npm run bench -- [--jurors 30] [--screens 300] [--rate 10] [--seconds 30]`.
// Starts the headless server as a child process on a fresh festival, then in separate
// forked processes J jurors and V screens, plays the festival at a steady submission rate
// and prints one table: acknowledgement and last-screen latency, the floors measured side
// by side (bare socket.io round trip, durable single-row commit), standings recomputation
// at 200 x 50 x 10, server memory per screen and cold start. Loopback only; every wait is
// bounded, and every child is killed on the way out, also on failure.
//
// The parts: bench-options.ts (the command line), floors.ts (the floors), festival-run.ts
// (the venue run and its memory probe), schedule.ts (the open-loop schedule and the
// screens' latencies), report.ts (the table).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { benchStandings } from '../../../../shared/scoring/bench-fixture.js';
import { prepareBenchFestival, type BenchFestival } from './bench-festival.js';
import { parseOptions, usage, type Opts } from './bench-options.js';
import { startServer, stopChild, type ServerChild } from './bench-server.js';
import { runFestival, snapshotProbe } from './festival-run.js';
import { measureBroadcastFloors, measureFloors } from './floors.js';
import { installerWeight, installerWeightRows } from './installer-weight.js';
import { pageWeightReport } from './page-weight.js';
import { killChildren, packageRoot } from './proc.js';
import { printReport } from './report.js';
import { afterWarmup, lat } from './schedule.js';
import { median, percentile, type Row } from './stats.js';
import { standbyBench } from './standby-bench.js';
import { votingBench } from './voting-bench.js';

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
  say(`cold starts ${starts.map((s) => `${s.coldStartMs.toFixed(0)} ms`).join(', ')}`);
  // What a phone downloads (first load of each page, compressed) and what the installer
  // carries, from the same server, before the load starts.
  const weightRows = [
    ...(await pageWeightReport(server.url)),
    ...installerWeightRows(installerWeight(packageRoot)),
  ];

  // Floors first, with the same schedule shape: J sockets in the same number of processes.
  const floors = await measureFloors(o, dir, festival, say);

  // The festival: organizer desk, jurors, then screens (memory measured around the screens).
  const run = await runFestival(o, server, festival, say);
  // People's choice with the screens still connected (after the sheets, so it does not
  // disturb their figures).
  let votingRows: Row[] = [];
  if (o.voters > 0) {
    say(`voting: ${o.voters} phones over ${o.voteSeconds} s`);
    votingRows = await votingBench({
      url: server.url,
      org: run.org,
      phones: o.voters,
      categories: o.voteCategories,
      windowSeconds: o.voteSeconds,
      floorP99: percentile(lat(afterWarmup(floors.commitSamples)), 99),
      say,
    });
  }
  const { snapText, parseRuns } = await snapshotProbe(server.url);
  // Hot standby last: its take-over kills this server. run.workers: the jurors' first.
  const standbyRows =
    o.standbySeconds > 0
      ? await standbyBench({
          primary: server,
          org: run.org,
          dir,
          festival,
          rate: o.rate,
          seconds: o.standbySeconds,
          jurors: run.workers.slice(0, o.jurorProcs),
          say,
        })
      : [];
  run.org.close();
  await Promise.all(run.workers.map((w) => w.stop()));
  await stopChild(server.child);

  const pushBytes = Math.max(32, Math.round(median(run.venueScreens.bytes)) || snapText.length);
  const { fanFull, fanSame, fanSplit } = await measureBroadcastFloors(
    o,
    floors,
    snapText.length,
    pushBytes,
    say,
  );
  await Promise.all([...floors.jurors, floors.server].map((w) => w.stop()));
  const load1 = loadavg();

  // Standings recomputation at scale, with the children gone.
  say('standings: 200 entries x 50 jurors x 10 criteria');
  const now = () => performance.now();
  const mean = benchStandings(now, { aggregation: 'mean', runs: 41 });
  const zscore = benchStandings(now, { aggregation: 'zscore', runs: 41 });

  printReport({
    o,
    run,
    floors,
    fanFull,
    fanSame,
    fanSplit,
    pushBytes,
    snapText,
    parseRuns,
    starts,
    mean,
    zscore,
    extraRows: [...votingRows, ...standbyRows, ...weightRows],
    load0,
    load1,
  });
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
