// A running standby whose primary keeps answering replica:follow with COPY_NEEDED and keeps
// refusing the fresh copy (its backup fails on a full disk, INTERNAL...) tries again after a
// delay that doubles up to a cap (replication/follow-retry.ts), not at once: each try is a
// full backup of the festival on the primary, and asking at once looped thousands of times
// a second. Its alarm says when it tries again; a reconnection asks at once and starts the
// delays over. A stand-in primary (test/helpers/fake-primary.ts) refuses; the standby is the
// real server on a real data folder.
import { performance } from 'node:perf_hooks';
import type { Socket } from 'socket.io';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  copyRetryDelay,
  copyRetryFirstMs,
  copyRetryMaxMs,
} from '../../electron/server/replication/follow-retry.js';
import type { VenueServer } from '../../electron/server/venue-server.js';
import { fail, ok } from '../../shared/contract/errors.js';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import { fakePrimary, seededStandby, type FakePrimary } from '../helpers/fake-primary.js';
import { connect, removeDir, tempDir, type Client } from '../helpers/server.js';
import { setAside } from '../helpers/standby-pair.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

/** The retry delays in these tests (the real ones: 2 s doubling up to 60 s). */
const retryMs = { first: 200, max: 800 };
/** The least time from a refused copy request to the next, after 1, 2, 3, 4 refusals. */
const schedule = [200, 400, 800, 800];
/** setTimeout may fire up to a millisecond before its delay on another clock. */
const timerSlackMs = 2;

type Refusing = {
  primary: FakePrimary;
  /** When each replica:copy request arrived (performance.now()). */
  at: number[];
  /** The standby's connection to it (the latest). */
  socket: () => Socket;
  standby: VenueServer;
  desk: Client<'organizer'>;
  dir: string;
};

/** A standby following a primary that answers COPY_NEEDED and refuses every copy. */
async function refusedStandby(): Promise<Refusing> {
  const at: number[] = [];
  let last: Socket | null = null;
  const primary = await fakePrimary({
    'replica:check': () => ok({ head: 0 }), // the standby resumes from its copy
    'replica:follow': () => fail('COPY_NEEDED', ['pruned: oldest 9']),
    'replica:copy': (_payload, socket) => {
      at.push(performance.now());
      last = socket;
      return fail('INTERNAL');
    },
  });
  const dir = tempDir();
  dirs.push(dir);
  const standby = await seededStandby(
    { url: primary.url, copyIdleMs: 1000, copyRetryMs: retryMs },
    dir,
  );
  const desk = await connect(standby.urls.local, 'organizer', { key: standby.organizerKey });
  return { primary, at, socket: () => last!, standby, desk, dir };
}

/** The failed-copy alarms, oldest first. */
const failures = (s: OrganizerSnapshot) =>
  s.alarms.filter((a) => a.code === 'COPY_NEEDED' && /gagal/.test(a.messages.id)).reverse();

/** When each failed-copy alarm says the standby tries again, in each language. */
const saysRetry = (s: OrganizerSnapshot) =>
  failures(s).map((a) => {
    const { id, en } = a.messages;
    return [/mencoba lagi dalam ([\d,]+) detik/.exec(id)?.[1], /again in ([\d.]+) s/.exec(en)?.[1]];
  });

const seconds = (ms: number) => [String(ms / 1000).replace('.', ','), String(ms / 1000)];

/** `n` copy requests have arrived (awaited, not slept for). */
const copyRequests = (r: Refusing, n: number) =>
  vi.waitFor(() => expect(r.at.length).toBeGreaterThanOrEqual(n), {
    timeout: 15_000,
    interval: 20,
  });

/** The time between each copy request and the next, from the `from`-th. */
const gaps = (at: number[], from = 0) => at.slice(from + 1).map((t, i) => t - at[from + i]!);

async function close(r: Refusing): Promise<void> {
  r.desk.close();
  await r.standby.close();
  await r.primary.close();
}

describe('a running standby whose primary refuses every fresh copy', () => {
  it('waits a doubling delay, up to a cap, before each next try, and says so', async () => {
    const r = await refusedStandby();
    await copyRequests(r, schedule.length + 1);
    // Each request after a refusal comes no sooner than the schedule allows (the old
    // standby asked again at once: thousands of requests in this window).
    const seen = gaps(r.at.slice(0, schedule.length + 1));
    seen.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(schedule[i]! - timerSlackMs));
    // The alarm after each refusal says the delay it waits, capped.
    const snap = await r.desk.waitFor((s) => failures(s).length >= schedule.length, 10_000);
    expect(saysRetry(snap).slice(0, schedule.length)).toEqual(schedule.map(seconds));
    expect(setAside(r.dir)).toEqual([]); // its copy stays where it was
    await close(r);
  }, 30_000);

  it('asks at once after a reconnection and starts the delays over', async () => {
    const r = await refusedStandby();
    // Three refusals: the standby waits the longest delay (800 ms) for its next try...
    await r.desk.waitFor((s) => failures(s).length >= 3, 10_000);
    expect(r.at).toHaveLength(3);
    // ...when the link drops (the connection closed under it, not a disconnect it would
    // not retry). The reconnection asks at once; the wait that was pending must not fire a
    // try of its own (it would come sooner than the new schedule allows).
    r.socket().conn.close();
    const after = 4;
    await copyRequests(r, 3 + after);
    const again = gaps(r.at.slice(0, 3 + after), 3);
    again.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(schedule[i]! - timerSlackMs));
    const snap = await r.desk.waitFor((s) => failures(s).length >= 3 + after, 10_000);
    expect(saysRetry(snap).slice(0, 3 + after)).toEqual(
      [...schedule.slice(0, 3), ...schedule.slice(0, after)].map(seconds),
    );
    await close(r);
  }, 30_000);

  it('doubles the real delay from the first to the cap, and no further', () => {
    const delays = Array.from({ length: 40 }, (_, i) => copyRetryDelay(i + 1));
    expect(delays[0]).toBe(copyRetryFirstMs);
    delays.slice(1).forEach((d, i) => expect(d).toBe(Math.min(2 * delays[i]!, copyRetryMaxMs)));
    expect(delays.at(-1)).toBe(copyRetryMaxMs);
  });
});
