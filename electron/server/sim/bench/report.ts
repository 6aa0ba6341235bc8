// The benchmark's printed result: the table (targets, figures, pass/miss) and the footer
// (machine, load, memory, losses), from every measurement of one run.
import { cpus, totalmem } from 'node:os';
import type { benchStandings } from '../../../../shared/scoring/bench-fixture.js';
import type { Opts } from './bench-options.js';
import type { Memory, ServerChild } from './bench-server.js';
import type { FestivalRun } from './festival-run.js';
import type { Floors } from './floors.js';
import { describePauses } from './pauses.js';
import { describePath } from './push-path.js';
import { afterWarmup, lat, warmupMs } from './schedule.js';
import { formatTable, median, ms, percentile, verdict, type Row } from './stats.js';
import { wifiBudget } from './wifi-budget.js';

type Standings = ReturnType<typeof benchStandings>;

export type BenchResults = {
  o: Opts;
  run: FestivalRun;
  floors: Floors;
  fanFull: number[];
  fanSame: number[];
  /** The same broadcast split over two processes. */
  fanSplit: number[];
  pushBytes: number;
  snapText: string;
  parseRuns: number[];
  starts: ServerChild[];
  mean: Standings;
  zscore: Standings;
  /** Rows of other parts (voting, page and installer weight), appended as given. */
  extraRows: Row[];
  load0: number[];
  load1: number[];
};

const latencyRows = (r: BenchResults): Row[] => {
  const { o, run, floors, fanFull, fanSame, fanSplit, pushBytes, snapText } = r;
  const ack = lat(run.measured);
  const screenLat = run.venueScreens.lat;
  const ping = lat(afterWarmup(floors.pingSamples));
  const pingCommit = lat(afterWarmup(floors.commitSamples));
  const floorP50 = percentile(pingCommit, 50);
  const floorP99 = percentile(pingCommit, 99);
  const ackP99 = percentile(ack, 99);
  const screenP99 = percentile(screenLat, 99);
  const screenTarget = o.screens <= 300 ? 25 : 50;
  const { connected, desk } = run;
  const commitMs = floors.commitMs;
  return [
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
      metric: `Bytes on the wire per screen per sheet, median (${run.venueScreens.bytes.length} pushes)`,
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
      metric: `Floor: the same broadcast split over two processes (IPC to the second), p50 / p99`,
      target: '',
      figure: `${ms(percentile(fanSplit, 50))} / ${ms(percentile(fanSplit, 99))} (${(percentile(fanSplit, 99) / percentile(fanSame, 99)).toFixed(2)}x one process, p99)`,
      verdict: '',
    },
    {
      metric: 'Ratio last screen / bare broadcast of the same bytes, p50 / p99',
      target: '<= 1.2x (p99)',
      figure: `${(percentile(screenLat, 50) / percentile(fanSame, 50)).toFixed(2)}x / ${(screenP99 / percentile(fanSame, 99)).toFixed(2)}x`,
      verdict: verdict(o.screens > 0 ? screenP99 <= 1.2 * percentile(fanSame, 99) : null),
    },
    {
      // Context for the row above: a sheet reaches the screens only after its durable
      // commit, which the bare broadcast does not make.
      metric: 'Ratio last screen p99 / (bare broadcast p99 + durable commit p99)',
      target: '',
      figure: `${(screenP99 / (percentile(fanSame, 99) + percentile(commitMs, 99))).toFixed(2)}x`,
      verdict: '',
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
  ];
};

const retained = (m: Memory | null) => (m ? m.heapUsed + m.external : NaN); // external includes array buffers

const capacityRows = (r: BenchResults): Row[] => {
  const { o, run, mean, zscore, starts } = r;
  const { connected, memory: m } = run;
  const perScreenKB =
    o.screens > 0 && connected > 0 ? ((m.rssScreens - m.rssBefore) * 1024) / connected / 1000 : NaN;
  const heapPerScreenKB =
    o.screens > 0 && connected > 0
      ? (retained(m.heapScreens) - retained(m.heapBefore)) / connected / 1000
      : NaN;
  const cold = starts.map((s) => s.coldStartMs);
  return [
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
  ];
};

const MiB = (x: number | undefined) => ((x ?? NaN) / 2 ** 20).toFixed(1);

/** Prints the table and its footer to stdout. */
export function printReport(r: BenchResults): void {
  const { o, run, floors, starts, snapText, parseRuns } = r;
  const rows: Row[] = [...latencyRows(r), ...capacityRows(r), ...r.extraRows];
  console.log(
    `\nPanggung benchmark — ${o.jurors} jurors, ${run.connected} screens, ${o.rate} sheets/s for ${o.seconds} s (first ${warmupMs / 1000} s not counted), loopback\n`,
  );
  console.log(formatTable(rows));
  const cpu = cpus();
  const m = run.memory;
  const failed = run.measured.filter((s) => s.code !== null);
  const { missing, disconnects } = run.venueScreens;
  console.log(`
Machine: ${cpu.length} cores, ${cpu[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}
Load average (1/5/15 min): before ${r.load0.map((x) => x.toFixed(2)).join(' ')}, after ${r.load1.map((x) => x.toFixed(2)).join(' ')}
Screen snapshot: ${snapText.length} bytes; JSON.parse on this machine ${ms(median(parseRuns), 3)} (screens ${o.fullParse ? 'parse every snapshot' : 'read the version only'})
Server RSS: ${m.rssBefore} KiB with jurors only, ${m.rssScreens} KiB with screens, ${m.rssAfter} KiB after the run; server ready message ${starts.map((s) => s.readyMs ?? '?').join('/')} ms
Server heap used after a full GC: ${MiB(m.heapBefore?.heapUsed)} MiB with jurors only, ${MiB(m.heapScreens?.heapUsed)} MiB with screens (external, array buffers included: ${MiB(m.heapScreens?.external)} MiB); V8 heap committed ${MiB(m.heapBefore?.heapTotal)} -> ${MiB(m.heapScreens?.heapTotal)} MiB
Server pauses during the festival run (${o.seconds + 1} s): ${describePauses(m.heapAfter?.pauses, o.seconds + 1)}
Server's path of a sheet (the measured sheets, first ${warmupMs / 1000} s not counted): ${describePath(run.path)}
Sheets refused or lost: ${failed.length}${failed.length ? ` (${[...new Set(failed.map((f) => f.code))].join(', ')})` : ''}; screen versions missing: ${missing}; screen disconnects: ${disconnects}
Scheduler lateness (send - due) p99: ${ms(
    percentile(
      run.measured.map((s) => s.sent - s.due),
      99,
    ),
  )}; commits measured by the floor server: ${floors.commitMs.length}`);
  if (o.cpuProf) console.log(`Server CPU profile written to ${o.cpuProf}`);
}
