// A running standby's fresh copy over a bad link (replication/copy-transfer.ts): a link
// that stalls in the middle of the transfer is given up on within the idle bound and the
// copy starts again on a new connection; a slow link that keeps moving is not given up
// on, however long the whole copy takes. Two real servers, a real TCP relay between them
// (test/helpers/cut-link.ts) that cuts, stalls and slows the bytes.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { dbFileName } from '../../electron/server/db/connection.js';
import { copyPartBytes } from '../../shared/contract/replica.js';
import { allRows } from '../helpers/db-rows.js';
import { cutLink, type CutLink } from '../helpers/cut-link.js';
import { connect, removeDir, tempDir, type Client } from '../helpers/server.js';
import {
  caughtUp,
  copiesNoted,
  logHead,
  primaryScoring,
  prunedPast,
  score,
  startStandby,
  stored,
  until,
  type CopyMade,
  type Primary,
} from '../helpers/standby-pair.js';
import type { VenueServer } from '../../electron/server/venue-server.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

/** The standby's idle bound in these tests (the real one is copy-transfer.ts: copyIdleMs). */
const idleMs = 1500;

type Scene = {
  p: Primary;
  link: CutLink;
  dir: string;
  standby: VenueServer;
  desk: Client<'organizer'>;
  made: CopyMade[];
  missed: string;
};

/**
 * A standby following through the link; the link is cut, the primary scores alone and
 * prunes past the standby (so only a fresh copy helps), `meanwhile` runs on the primary.
 */
async function standbyThatNeedsACopy(meanwhile: (p: Primary) => void): Promise<Scene> {
  const { log, made } = copiesNoted();
  const p = await primaryScoring(dirs, { keepChangeRows: 1, log });
  const link = await cutLink(p.t.url);
  const dir = tempDir();
  dirs.push(dir);
  const standby = await startStandby(p, dir, link.url, { copyIdleMs: idleMs });
  await score(p);
  await caughtUp(p, standby);
  const desk = await connect(standby.urls.local, 'organizer', { key: standby.organizerKey });
  const here = logHead(dir);
  await link.cut();
  await p.org.waitFor((s) => s.standby?.connected === false, 10_000);
  const missed = await score(p);
  meanwhile(p);
  await prunedPast(p, here.after);
  made.length = 0; // the copy the standby started from
  return { p, link, dir, standby, desk, made, missed };
}

/** Until the standby installed the fresh copy and follows the primary's head again. */
async function refreshed(s: Scene, withinMs: number): Promise<void> {
  const head = logHead(s.p.t.dataDir).after;
  await s.desk.waitFor(
    (snap) =>
      snap.alarms.some((a) => a.code === 'COPY_REFRESHED') &&
      snap.following?.connected === true &&
      snap.following.appliedSeq >= head,
    withinMs,
  );
  expect(stored(s.dir, s.missed)).toBe(1);
  expect(allRows(s.dir)).toEqual(allRows(s.p.t.dataDir));
}

async function end(s: Scene): Promise<void> {
  s.desk.close();
  await s.standby.close();
  await s.link.close();
  s.p.juror.close();
  s.p.org.close();
  await s.p.t.stop();
}

/** Makes the primary's database larger by `bytes` (a festival with more in it). */
const grow = (bytes: number) => (p: Primary) => {
  const db = new Database(join(p.t.dataDir, dbFileName));
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('test-ballast', 'x'.repeat(bytes));
  db.close();
};

describe("a running standby's fresh copy over a bad link", () => {
  it('gives up on a stalled transfer within the idle bound and starts again, quietly', async () => {
    const s = await standbyThatNeedsACopy(grow(8 * copyPartBytes));
    // Slow enough that the copy is still on its way when the link stalls.
    s.link.throttle(copyPartBytes);
    await s.link.mend();
    await until('the first copy', () => s.made.length >= 1, 20_000);
    const alarms = (snap: { alarms: Array<{ code: string }> }, code: string) =>
      snap.alarms.filter((a) => a.code === code).length;
    // The cut above raised PRIMARY_LOST once; the standby's own drop to retry must not.
    const lostBefore = alarms(await s.desk.waitFor(() => true), 'PRIMARY_LOST');
    s.link.stall(); // the open connections go silent; new ones flow, at full speed
    s.link.throttle(null);
    const stalledAt = Date.now();
    // The retry (the primary asked for a second copy) starts within the idle bound, plus
    // the time to connect again and be answered COPY_NEEDED; the connection's own
    // heartbeat alone would take 10 s.
    await until('a second copy after the stall', () => s.made.length >= 2, idleMs + 3000);
    expect(s.made[1]!.at - stalledAt).toBeLessThan(idleMs + 3000);
    await refreshed(s, 20_000);
    // Refreshed: the retry is over and connected; its drop raised no alarm of a lost
    // primary (nor of a stall: one stall that the retry cured is nothing to act on).
    const after = await s.desk.waitFor(() => true);
    expect(alarms(after, 'PRIMARY_LOST')).toBe(lostBefore);
    expect(alarms(after, 'COPY_STALLED')).toBe(0);
    await end(s);
  }, 60_000);

  it('raises COPY_STALLED, not PRIMARY_LOST, when the retry stalls too', async () => {
    const s = await standbyThatNeedsACopy(grow(8 * copyPartBytes));
    s.link.throttle(copyPartBytes); // every copy slow, so each is on its way when stalled
    await s.link.mend();
    await until('the first copy', () => s.made.length >= 1, 20_000);
    const lost = (snap: { alarms: Array<{ code: string }> }) =>
      snap.alarms.filter((a) => a.code === 'PRIMARY_LOST').length;
    const lostBefore = lost(await s.desk.waitFor(() => true));
    s.link.stall();
    await until('the retried copy', () => s.made.length >= 2, idleMs + 3000);
    s.link.stall(); // the retry's connection goes silent too
    const seen = await s.desk.waitFor(
      (snap) => snap.alarms.some((a) => a.code === 'COPY_STALLED'),
      idleMs + 3000,
    );
    const stalled = seen.alarms.find((a) => a.code === 'COPY_STALLED')!.messages;
    expect(stalled.id).toContain('macet 2 kali berturut-turut');
    expect(stalled.en).toContain('2 times in a row');
    expect(lost(seen)).toBe(lostBefore);
    s.link.throttle(null); // the link recovers: the standby, still trying, gets its copy
    await refreshed(s, 20_000);
    expect(lost(await s.desk.waitFor(() => true))).toBe(lostBefore);
    await end(s);
  }, 60_000);

  it('does not give up on a slow transfer that keeps moving, however long it takes', async () => {
    const s = await standbyThatNeedsACopy(grow(30 * copyPartBytes));
    // One part about every 0.4 s (well inside the idle bound, even when a busy machine
    // delays one by a second), the whole copy far beyond it and beyond the connection's
    // 10 s heartbeat.
    const rate = Math.round(copyPartBytes / 0.4);
    s.link.throttle(rate);
    await s.link.mend();
    await until('the copy', () => s.made.length >= 1, 20_000);
    const startedAt = Date.now();
    const slowest = (s.made[0]!.bytes / rate) * 1000;
    expect(slowest).toBeGreaterThan(Math.max(4 * idleMs, 10_000));
    await refreshed(s, slowest + 20_000);
    expect(Date.now() - startedAt).toBeGreaterThan(4 * idleMs);
    expect(s.made).toHaveLength(1); // one copy, never abandoned
    await end(s);
  }, 90_000);
});
