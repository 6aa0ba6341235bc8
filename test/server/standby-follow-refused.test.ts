// A running standby whose primary refuses replica:follow for a reason other than
// COPY_NEEDED (INTERNAL: a bug or a storage error there; RATE_LIMITED; BAD_INPUT) is
// connected and follows nothing. It must say so (alarm FOLLOW_REFUSED with the primary's
// code and reason in both languages; its status not in step) and ask again after the
// growing delay of a refused copy (replication/follow-retry.ts: copyRetryDelay), then follow once the primary accepts. The old standby ignored the
// refusal: one ask, no alarm, "0 changes behind". A stand-in primary
// (test/helpers/fake-primary.ts) refuses; the standby is the real server on a real folder.
import { performance } from 'node:perf_hooks';
import type { Socket } from 'socket.io';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { VenueServer } from '../../electron/server/venue-server.js';
import { fail, ok } from '../../shared/contract/errors.js';
import type { ChangeRow } from '../../shared/contract/replica.js';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import { fakePrimary, seededStandby, type FakePrimary } from '../helpers/fake-primary.js';
import { connect, removeDir, tempDir, type Client } from '../helpers/server.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

/** The retry delays in this test (the real ones: 2 s doubling up to 60 s). */
const retryMs = { first: 200, max: 800 };
/** The least time from a refused follow to the next ask, after 1, 2, 3, 4 refusals. */
const schedule = [200, 400, 800, 800];
/** setTimeout may fire up to a millisecond before its delay on another clock. */
const timerSlackMs = 2;

const refusedAlarms = (s: OrganizerSnapshot) =>
  s.alarms.filter((a) => a.code === 'FOLLOW_REFUSED').reverse();

type Refusing = {
  primary: FakePrimary;
  /** When each replica:follow arrived (performance.now()). */
  at: number[];
  /** The standby's last applied change as its latest follow said. */
  after: () => number;
  /** The standby's connection to it (the latest). */
  socket: () => Socket;
  standby: VenueServer;
  desk: Client<'organizer'>;
};

/**
 * A standby following a primary that refuses `refusals` follows with INTERNAL, then accepts
 * and sends the next change, as a real primary does (or, `change` false, sends nothing: no
 * change and no heartbeat, so nothing but the answer itself tells the standby it is in step).
 */
async function refusingStandby(
  refusals: number,
  { change = true, retry = retryMs }: { change?: boolean; retry?: typeof retryMs } = {},
): Promise<Refusing> {
  const at: number[] = [];
  let after = -1;
  let last: Socket | null = null;
  const primary = await fakePrimary({
    'replica:check': () => ok({ head: 0 }), // the standby resumes from its copy
    'replica:follow': (payload, socket) => {
      at.push(performance.now());
      after = (payload as { after: number }).after;
      last = socket;
      if (at.length <= refusals) return fail('INTERNAL', ['disk I/O error']);
      if (!change) return ok({ head: after });
      const row: ChangeRow = {
        seq: after + 1,
        at: Date.now(),
        table: 'meta',
        op: 'insert',
        key: null,
        row: JSON.stringify({ rowid: 999_999, key: 'follow-refused', value: 'in step' }),
      };
      setImmediate(() => socket.emit('changes', { head: after + 1, rows: [row] }));
      return ok({ head: after + 1 });
    },
  });
  const dir = tempDir();
  dirs.push(dir);
  const standby = await seededStandby(
    { url: primary.url, copyIdleMs: 1000, copyRetryMs: retry },
    dir,
  );
  const desk = await connect(standby.urls.local, 'organizer', { key: standby.organizerKey });
  return { primary, at, after: () => after, socket: () => last!, standby, desk };
}

/** `n` follows have been asked (awaited, not slept for). */
const follows = (r: Refusing, n: number) =>
  vi.waitFor(() => expect(r.at.length).toBeGreaterThanOrEqual(n), {
    timeout: 15_000,
    interval: 20,
  });

/** The time between each follow and the next, from the `from`-th. */
const gaps = (at: number[], from = 0) => at.slice(from + 1).map((t, i) => t - at[from + i]!);

/** The wait each FOLLOW_REFUSED alarm names (English half, seconds). */
const saysWait = (s: OrganizerSnapshot) =>
  refusedAlarms(s).map((a) => /tries again in ([\d.]+) s/.exec(a.messages.en)?.[1]);
const seconds = (ms: number) => String(ms / 1000);

/** The standby applied the primary's next change and says it is streaming. */
const inStep = (r: Refusing) =>
  r.desk.waitFor(
    (s) => s.following?.streaming === true && s.following.appliedSeq === r.after() + 1,
    10_000,
  );

async function close(r: Refusing): Promise<void> {
  r.desk.close();
  await r.standby.close();
  await r.primary.close();
}

describe('a running standby whose primary refuses to follow', () => {
  it('raises FOLLOW_REFUSED, asks again on the growing delay, and follows once accepted', async () => {
    const r = await refusingStandby(schedule.length);
    // Refused: the desk shows the alarm in both languages, with the primary's code and
    // reason and the wait, and the status does not claim the standby is in step.
    const first = await r.desk.waitFor((s) => refusedAlarms(s).length >= 1, 10_000);
    const { id, en } = refusedAlarms(first)[0]!.messages;
    expect(id).toContain('INTERNAL: Terjadi kesalahan di server.');
    expect(id).toContain('disk I/O error');
    expect(id).toContain('mencoba lagi dalam 0,2 detik');
    expect(en).toContain('INTERNAL: Something went wrong on the server.');
    expect(en).toContain('disk I/O error');
    expect(en).toContain('tries again in 0.2 s');
    expect(first.following).toMatchObject({ connected: true, streaming: false });

    // Asked again no sooner than the schedule allows (never at once), until accepted.
    await follows(r, schedule.length + 1);
    gaps(r.at).forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(schedule[i]! - timerSlackMs));
    const refused = await r.desk.waitFor((s) => refusedAlarms(s).length >= schedule.length, 10_000);
    expect(saysWait(refused)).toEqual(schedule.map(seconds));

    // Accepted: the standby follows again and applies the primary's next change.
    const following = await inStep(r);
    expect(following.following).toMatchObject({ connected: true, behindChanges: 0 });
    expect(refusedAlarms(following)).toHaveLength(schedule.length);
    await close(r);
  }, 30_000);

  it('tells its desk at once when the primary accepts again, with no change to bring', async () => {
    // The next ask waits well beyond the desk's push interval (organizerEveryMs, 250 ms),
    // so the desk hears the refusal before the primary accepts.
    const r = await refusingStandby(1, { change: false, retry: { first: 2000, max: 2000 } });
    await r.desk.waitFor(
      (s) => refusedAlarms(s).length === 1 && s.following?.streaming === false,
      10_000,
    );
    // The accepted follow alone must reach the desk: the banner "not receiving changes" and
    // the take-over dialog's warning go away without waiting for a change or a heartbeat.
    const snap = await r.desk.waitFor((s) => s.following?.streaming === true, 10_000);
    expect(snap.following).toMatchObject({ connected: true, behindChanges: 0 });
    expect(r.at).toHaveLength(2);
    await close(r);
  }, 30_000);

  it('asks at once after a reconnection and starts the delays over', async () => {
    const r = await refusingStandby(3 + 2);
    // Three refusals: the standby waits the longest delay (800 ms) for its next ask...
    await r.desk.waitFor((s) => refusedAlarms(s).length >= 3, 10_000);
    expect(r.at).toHaveLength(3);
    // ...when the link drops. The reconnection asks at once; the pending wait must not
    // fire an ask of its own (it would come sooner than the new schedule allows).
    r.socket().conn.close();
    await follows(r, 3 + 3);
    gaps(r.at, 3).forEach((gap, i) =>
      expect(gap).toBeGreaterThanOrEqual(schedule[i]! - timerSlackMs),
    );
    const snap = await inStep(r);
    expect(saysWait(snap)).toEqual([...schedule.slice(0, 3), ...schedule.slice(0, 2)].map(seconds));
    await close(r);
  }, 30_000);
});
