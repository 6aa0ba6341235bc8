// The bench's hot-standby lines (docs/RELIABILITY.md, "Laptop cadangan"). On the bench's
// primary, after its festival run: the same juror schedule once more without a standby,
// then a standby child process pairs (code from the desk), copies and follows while the
// schedule runs again. Measured: replication lag per change (the change's commit time on
// the primary, change_log.at, against the moment the standby's own database file first
// holds that sequence number, read by polling it every pollMs), and what the standby adds
// to submit -> ack (a sheet waits for the standby's confirmation). Then the take-over: the
// primary is SIGKILLed, "Ambil alih" is called on the standby's desk at once (a person
// takes longer: add their time), and every juror pad (failover-pad.ts: pages' rules and
// timing) must have its sheet acknowledged by the standby, stored there exactly once.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { standbyBehindAlarmSeconds } from '../../../../shared/contract/replica.js';
import { dbFileName } from '../../db/connection.js';
import { changeLogTable } from '../../db/schema-tables.js';
import { connectOrganizer, type OrganizerLink } from '../organizer-bot.js';
import { jurorProfile, makeSubmissionId, scoreSheet } from '../scoring-model.js';
import type { BenchFestival } from './bench-festival.js';
import { key, startServer, stopChild, type ServerChild } from './bench-server.js';
import { failoverPad, padFailoverAfterMs, type FailoverPad } from './failover-pad.js';
import type { Worker } from './proc.js';
import { afterWarmup, lat, runSchedule } from './schedule.js';
import { ms, percentile, sharedNow, verdict, type Row } from './stats.js';

export type StandbyBenchOptions = {
  primary: ServerChild;
  /** The primary's desk. */
  org: OrganizerLink;
  /** The bench's folder: the standby's data goes in a folder of its own there. */
  dir: string;
  festival: BenchFestival;
  rate: number;
  seconds: number;
  /** The bench's juror workers (stopped before the take-over: its pads are the same jurors). */
  jurors: Worker[];
  say: (line: string) => void;
};

const pollMs = 2;
/** The promise: "another takes over in a minute". */
const failoverTargetS = 60;

const p50p99 = (xs: number[]) => `${ms(percentile(xs, 50))} / ${ms(percentile(xs, 99))}`;
const maxSeq = (db: Database.Database) =>
  (db.prepare(`SELECT COALESCE(MAX(seq), 0) AS s FROM ${changeLogTable}`).get() as { s: number }).s;

/** Notes when each sequence number first shows in the standby's file. */
function watchApplied(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const seenAt = new Map<number, number>();
  let last = maxSeq(db);
  const timer = setInterval(() => {
    const head = maxSeq(db);
    // The change log's `at` is the primary's wall clock (epoch ms, read at its commit), so
    // the wall clock here, read now (sharedNow is a monotonic clock with its own zero).
    const now = Date.now();
    for (let s = last + 1; s <= head; s++) seenAt.set(s, now);
    last = Math.max(last, head);
  }, pollMs);
  return {
    head: () => last,
    stop(): Map<number, number> {
      clearInterval(timer);
      db.close();
      return seenAt;
    },
  };
}

export async function standbyBench(o: StandbyBenchOptions): Promise<Row[]> {
  o.say(`standby: ${o.seconds} s at the bench's rate without a standby`);
  const run = async () => lat(afterWarmup(await runSchedule(o.jurors, o.rate, o.seconds)));
  const without = await run();

  const pairing = await o.org.call('standby:pairing', {});
  const standbyDir = join(o.dir, 'standby');
  const standby = await startServer(standbyDir, {
    args: ['--standby-of', o.primary.url, '--pair', pairing.code],
  });
  const caughtUp = await o.org.waitFor(
    (s) => s.standby?.connected === true && s.standby.behindChanges === 0,
    30_000,
  );
  if (!caughtUp) throw new Error('the standby did not catch up within 30 s');
  o.say(`standby: copied and following in ${standby.coldStartMs.toFixed(0)} ms; ${o.seconds} s`);

  const watch = watchApplied(join(standbyDir, dbFileName));
  const from = watch.head();
  const withStandby = await run();
  const caught = await o.org.waitFor((s) => s.standby?.behindChanges === 0, 10_000);
  const seenAt = watch.stop();
  // The primary prunes what the standby confirmed: the commit times are read from the
  // standby's copy of the log (each row keeps the primary's change_log.at).
  const standbyDb = new Database(join(standbyDir, dbFileName), { readonly: true });
  const logged = standbyDb
    .prepare(`SELECT seq, at FROM ${changeLogTable} WHERE seq > ? ORDER BY seq`)
    .all(from) as Array<{ seq: number; at: number }>;
  standbyDb.close();
  const lag = logged.flatMap((r) => {
    const at = seenAt.get(r.seq);
    return at === undefined ? [] : [at - r.at];
  });
  // Rows the poll did not see before the standby caught up (none when it did).
  const unseen = logged.length - lag.length + (caught ? 0 : 1);

  // The take-over, with one pad per juror on the primary and the standby's desk open.
  await Promise.all(o.jurors.map((w) => w.stop()));
  const pads: FailoverPad[] = [];
  const sOrg = await connectOrganizer(standby.url, key);
  let failover: Row[];
  try {
    for (const j of o.festival.jurors) pads.push(await failoverPad(o.primary.url, j.pin));
    if (!pads.every((p) => p.known().addresses.includes(standby.url)))
      throw new Error("a pad does not know the standby's address");
    await sOrg.waitFor(() => true, 10_000);
    o.say('standby: SIGKILL the primary, take over, every pad resends');
    const killedAt = sharedNow();
    o.primary.child.kill('SIGKILL');
    const ids = o.festival.jurors.map((j, i) => {
      const submissionId = makeSubmissionId(`failover-${j.id}`, i);
      const entryId = j.entries[0] ?? '';
      pads[i]!.send({
        submissionId,
        entryId,
        stageId: o.festival.stageId,
        status: 'submitted',
        comment: '',
        values: scoreSheet(o.festival.criteria, 7, j.id, entryId, jurorProfile(7, j.id)),
      });
      return submissionId;
    });
    await sOrg.call('standby:takeover', { confirm: true });
    const tookOverMs = sharedNow() - killedAt;
    const got = await Promise.all(pads.map((p, i) => p.acked(ids[i]!, 90_000)));
    const perPad = got.map((a) => a.at - killedAt);
    const onStandby = got.filter((a) => a.server === standby.url).length;
    const file = new Database(join(standbyDir, dbFileName), { readonly: true });
    const count = file.prepare('SELECT COUNT(*) AS n FROM sheet_version WHERE submission_id = ?');
    const once = ids.filter((id) => (count.get(id) as { n: number }).n === 1).length;
    file.close();
    const lastS = Math.max(...perPad) / 1000;
    failover = [
      {
        metric: 'Take-over: SIGKILL of the primary -> "Ambil alih" answered on the standby',
        target: '',
        figure: ms(tookOverMs),
        verdict: '',
      },
      {
        metric: `Take-over: SIGKILL -> each of ${pads.length} pads' sheet acknowledged by the standby, p50 / last (pads wait ${padFailoverAfterMs / 1000} s before looking)`,
        target: `<= ${failoverTargetS} s (last)`,
        figure: `${(percentile(perPad, 50) / 1000).toFixed(2)} s / ${lastS.toFixed(2)} s (${onStandby} by the standby, ${once} stored exactly once)`,
        verdict: verdict(
          lastS <= failoverTargetS && onStandby === pads.length && once === pads.length,
        ),
      },
    ];
  } finally {
    pads.forEach((p) => p.close());
    sOrg.close();
    await stopChild(standby.child);
  }

  const lagP99 = percentile(lag, 99);
  const extraP99 = percentile(withStandby, 99) - percentile(without, 99);
  return [
    {
      metric: `Standby: paired, full copy and caught up (child process, cold)`,
      target: '',
      figure: ms(standby.coldStartMs, 0),
      verdict: '',
    },
    {
      metric: `Standby: replication lag, commit on the primary -> in the standby's file, p50 / p99 (${lag.length} changes, polled every ${pollMs} ms)`,
      target: `< ${standbyBehindAlarmSeconds} s (the alarm)`,
      figure: `${p50p99(lag)}${unseen ? ' (the standby did not catch up in 10 s)' : ''}`,
      verdict: verdict(unseen === 0 && lagP99 < standbyBehindAlarmSeconds * 1000),
    },
    {
      metric: `Submit -> ack p50 / p99 without a standby (${without.length} sheets)`,
      target: '',
      figure: p50p99(without),
      verdict: '',
    },
    {
      metric: `Submit -> ack p50 / p99 with the standby attached (${withStandby.length} sheets)`,
      target: '',
      figure: `${p50p99(withStandby)} (p99 ${extraP99 >= 0 ? '+' : ''}${ms(extraP99)})`,
      verdict: '',
    },
    ...failover,
  ];
}
