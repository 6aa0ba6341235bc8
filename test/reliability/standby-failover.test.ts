// The hot standby's fault test: primary and standby as child processes, juror pads (with
// outboxes: idempotent submission ids, unacknowledged sheets resent) and screens connected
// to the primary, the primary SIGKILLed at a seeded random moment during a scoring burst.
// A person then takes over on the standby's desk; pads and screens find it by the
// addresses their snapshots carried and pads resend their outboxes. Every sheet either
// laptop acknowledged is on the standby exactly once, every client ends on the standby's
// state, and the old primary, restarted on its folder, refuses writes with REPLACED.
// PANGGUNG_SOAK=1 runs 20 seeds instead of 3.
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { dbFileName } from '../../electron/server/db/connection.js';
import type { SheetSaveInput } from '../../shared/contract/schemas.js';
import { hydrateScreen } from '../../shared/contract/screen-wire.js';
import {
  freePort,
  killAllChildren,
  killHard,
  prng,
  startChild,
  stopChild,
} from '../helpers/child-server.js';
import { connect, expectOk, removeDir, submissionId, tempDir } from '../helpers/server.js';
import { venueBot, type VenueBot } from '../helpers/venue-bot.js';

const key = 'standby-failover-organizer-key';
afterAll(killAllChildren);

// PANGGUNG_SEED=n replays one run.
const replay = Number(process.env.PANGGUNG_SEED) || 0;
const seeds = replay
  ? [replay]
  : Array.from({ length: process.env.PANGGUNG_SOAK === '1' ? 20 : 3 }, (_, i) => 20261202 + i);
const runs = seeds.length;
const screenNames = ['utama', 'lobi'];

describe('the primary is killed mid-burst and a person takes over on the standby', () => {
  it(
    `loses no acknowledged sheet, duplicates none, and every client follows (${runs} seeded runs)`,
    { timeout: runs * 120_000 },
    async () => {
      const totals = { sent: 0, byPrimary: 0, byStandby: 0, lost: 0, duplicated: 0, moveMs: 0 };
      for (const seed of seeds) {
        const r = await failoverRun(seed).catch((err: Error) => {
          throw new Error(`seed ${seed}, ${step}: ${err.message}`);
        });
        totals.sent += r.sent;
        totals.byPrimary += r.byPrimary;
        totals.byStandby += r.byStandby;
        totals.lost += r.lost;
        totals.duplicated += r.duplicated;
        totals.moveMs = Math.max(totals.moveMs, r.moveMs);
      }
      console.log(
        `[reliability] standby: ${runs} runs, ${totals.sent} sheets sent, ${totals.byPrimary} acknowledged by the primary before the kill, ${totals.byStandby} by the standby after the take-over, ${totals.lost} lost, ${totals.duplicated} duplicated; slowest move (take-over to every pad and screen on the new primary) ${totals.moveMs.toFixed(0)} ms`,
      );
      expect(totals.lost).toBe(0);
      expect(totals.duplicated).toBe(0);
      expect(totals.byPrimary).toBeGreaterThan(0);
      expect(totals.byStandby).toBeGreaterThan(0);
    },
  );
});

type RunResult = {
  sent: number;
  byPrimary: number;
  byStandby: number;
  /** Acknowledged sheets (by either laptop) not on the standby at the end, or not once. */
  lost: number;
  /** Extra stored copies of a submission. */
  duplicated: number;
  moveMs: number;
};

/** What the run is doing, for the failure message (with the seed that replays it). */
let step = '';
const mark = (s: string) => {
  step = s;
  if (process.env.PANGGUNG_DEBUG) console.log(new Date().toISOString(), s);
};

type Pad = { bot: VenueBot<'juror'>; outbox: Map<string, SheetSaveInput> };

async function failoverRun(seed: number): Promise<RunResult> {
  const rnd = prng(mixSeed(seed));
  const deadline = Date.now() + 100_000;
  const primaryDir = tempDir('panggung-primary-');
  const standbyDir = tempDir('panggung-standby-');
  const port = await freePort();
  mark('start the primary');
  const primary = await startChild(primaryDir, { key, port });
  const org = await connect(primary.url, 'organizer', { key });
  const snap = await org.waitFor(() => true);
  const open = [
    ...snap.entries.filter((e) => e.panelId === 'panel-a').slice(0, 8),
    ...snap.entries.filter((e) => e.panelId === 'panel-b').slice(0, 8),
  ];
  for (const e of open)
    expectOk(
      await org.call('entry:transition', { entryId: e.id, stageId: 'presentasi', action: 'open' }),
    );
  // Pairing as the desk does it: the code from 'standby:pairing', typed on the other laptop.
  mark('pair the standby');
  const pairing = expectOk(await org.call('standby:pairing', {}));
  const standby = await startChild(standbyDir, {
    key,
    standbyOf: { url: primary.url, code: pairing.code },
    startWithinMs: 60_000,
  });
  await org.waitFor((s) => s.standby?.connected === true, 30_000);
  org.close();
  // The standby's own desk, where a person will press "Ambil alih".
  mark('the standby desk');
  const desk = await connect(standby.url, 'organizer', { key });
  const before = await desk.waitFor((s) => s.following?.connected === true, 30_000);

  mark('clients');
  const pads: Pad[] = [];
  for (const j of snap.jurors)
    pads.push({
      bot: await venueBot(primary.url, 'juror', { pin: j.pin }, () => deadline),
      outbox: new Map(),
    });
  const screens: VenueBot<'screen'>[] = [];
  for (const name of screenNames)
    screens.push(await venueBot(primary.url, 'screen', { name }, () => deadline));
  // Paired before the clients opened: every one of them knows both laptops.
  for (const c of [...pads.map((p) => p.bot), ...screens])
    expect(c.known().addresses).toEqual([primary.url, standby.url]);

  // The burst: every pad keeps four sheets in flight; a sheet leaves the outbox only when
  // a server acknowledged it. The primary dies once a seeded number were acknowledged.
  const sent = new Map<string, { input: SheetSaveInput; pad: Pad }>();
  const ackedBy = new Map<string, 'primary' | 'standby'>();
  const criteria = snap.stages[0]?.criteria ?? [];
  const killAfter = 15 + Math.floor(rnd() * 120);
  let killed = false;
  let onKill = () => undefined as void;
  const killing = new Promise<void>((r) => (onKill = r));
  const sheet = (entryId: string): SheetSaveInput => ({
    submissionId: submissionId(),
    entryId,
    stageId: 'presentasi',
    status: 'submitted',
    values: Object.fromEntries(
      criteria.map((c) => [
        c.id,
        c.minX100 + c.stepX100 * Math.floor(rnd() * ((c.maxX100 - c.minX100) / c.stepX100 + 1)),
      ]),
    ),
    comment: '',
  });
  mark('burst');
  const burst = pads.map(async (pad) => {
    const mine = pad.bot
      .client()!
      .latest()!
      .entries.filter((e) => e.phase === 'scoring');
    while (!killed && mine.length > 0 && Date.now() < deadline) {
      const inFlight = Array.from({ length: 4 }, async () => {
        const input = sheet(mine[Math.floor(rnd() * mine.length)]!.entry.id);
        sent.set(input.submissionId, { input, pad });
        pad.outbox.set(input.submissionId, input);
        const res = await pad.bot.call('sheet:save', input);
        // No answer, or too fast for the server: it stays in the outbox.
        if (res === null || (!res.ok && res.code === 'RATE_LIMITED')) return res;
        expectOk(res); // the bot follows only the primary until the kill
        ackedBy.set(input.submissionId, 'primary');
        pad.outbox.delete(input.submissionId);
        return res;
      });
      const answers = await Promise.all(inFlight);
      // Connection lost: wait until the pad follows a server again (or the kill).
      if (!killed && answers.includes(null))
        await Promise.race([killing, pad.bot.settled(() => true, 30_000).catch(() => undefined)]);
      if (answers.some((r) => r?.ok === false)) await resendPeriod();
    }
  });
  let shown = 0;
  while (ackedBy.size < killAfter) {
    if (process.env.PANGGUNG_DEBUG && Date.now() - shown > 2000) {
      shown = Date.now();
      console.log(
        new Date().toISOString(),
        `${ackedBy.size}/${killAfter} acknowledged, ${sent.size} sent`,
      );
    }
    if (Date.now() > deadline) throw new Error(`only ${ackedBy.size} of ${killAfter} acknowledged`);
    await new Promise((r) => setTimeout(r, 5));
  }
  killed = true;
  onKill();
  await killHard(primary);
  await Promise.all(burst);
  const byPrimary = ackedBy.size;
  expect(sent.size).toBeGreaterThan(byPrimary); // some were in flight at the kill

  // A person sees that the primary is gone and takes over.
  mark('take over');
  await desk
    .waitFor((s) => s.following?.connected === false, 30_000)
    .catch((err: Error) => {
      throw new Error(
        `${err.message}: ${JSON.stringify({ f: desk.latest()?.following, a: desk.latest()?.alarms })}`,
      );
    });
  const taken = expectOk(await desk.call('standby:takeover', { confirm: true }));
  expect(taken.epoch).toBe(before.venue.epoch + 1);
  const movedFrom = performance.now();
  // Acknowledged by the primary means the standby had it: before any resend.
  mark('acknowledged by the primary, on the standby');
  const lost = new Set<string>();
  for (const [sid, n] of storedCounts(standbyDir, [...ackedBy.keys()])) if (n !== 1) lost.add(sid);

  // Pads and screens find the new primary by themselves; pads resend their outboxes.
  const onNew = (s: { venue: { epoch: number; role: string } }) =>
    s.venue.epoch === taken.epoch && s.venue.role === 'primary';
  mark('clients move and resend');
  let moveMs = 0;
  await Promise.all([
    ...pads.map(async (pad) => {
      await pad.bot.settled(onNew, 60_000);
      moveMs = Math.max(moveMs, performance.now() - movedFrom);
      for (let attempt = 0; pad.outbox.size > 0; attempt++) {
        if (attempt >= 20) throw new Error(`${pad.outbox.size} sheets still in an outbox`);
        await pad.bot.settled(onNew, 30_000);
        for (const [sid, input] of pad.outbox) {
          const res = await pad.bot.call('sheet:save', input);
          if (res === null) break;
          if (!res.ok && res.code === 'RATE_LIMITED') {
            await resendPeriod();
            break;
          }
          expectOk(res);
          if (!ackedBy.has(sid)) ackedBy.set(sid, 'standby');
          pad.outbox.delete(sid);
        }
      }
    }),
    ...screens.map(async (s) => {
      await s.settled(onNew, 60_000);
      moveMs = Math.max(moveMs, performance.now() - movedFrom);
    }),
  ]);
  const byStandby = ackedBy.size - byPrimary;
  mark('duplicate resends');
  // A pad that missed an acknowledgement resends the sheet: the standby knows it already.
  for (const [sid, { input, pad }] of sent)
    if (ackedBy.get(sid) === 'primary' && rnd() < 0.25) {
      let again = await pad.bot.call('sheet:save', input);
      for (let i = 0; i < 20 && again?.ok === false && again.code === 'RATE_LIMITED'; i++) {
        await resendPeriod();
        again = await pad.bot.call('sheet:save', input);
      }
      expect(again && expectOk(again).duplicate, sid).toBe(true);
    }

  // Every client ends on the state the standby serves now (a pad is pushed only what
  // concerns it, so its view, not its version number, is compared).
  mark('pad views');
  for (const p of pads) {
    expect(p.bot.origin()).toBe(standby.url);
    const now = expectOk(await p.bot.client()!.call('snapshot:get', {}));
    await p.bot.settled((s) => sameView(s, now) && onNew(s), 30_000);
  }
  mark('screen views');
  for (const s of screens) {
    expect(s.origin()).toBe(standby.url);
    const now = hydrateScreen(expectOk(await s.client()!.call('snapshot:get', {})));
    await s.settled((held) => sameView(held, now) && onNew(held), 30_000);
  }
  mark('desk view');
  const revision = await health(standby.url).then((h) => h.revision);
  await desk.waitFor((s) => s.version === revision && onNew(s), 30_000);

  // The old primary comes back on its folder and port: nobody tells it, it asks its
  // standby's address, learns of the newer epoch and refuses every write.
  mark('old primary restarted');
  const again = await startChild(primaryDir, { key, port });
  expect((await health(again.url)).venue).toMatchObject({ replaced: true, role: 'primary' });
  const oldDesk = await connect(again.url, 'organizer', { key });
  expect((await oldDesk.waitFor(() => true)).venue.replaced).toBe(true);
  const refused = await oldDesk.call('release:set', { privacy: 'hidden' });
  expect(refused.ok ? null : refused.code).toBe('REPLACED');
  const oldPad = await connect(again.url, 'juror', { pin: snap.jurors[0]!.pin });
  const write = await oldPad.call('sheet:save', sheet(open[0]!.id));
  expect(write.ok ? null : write.code).toBe('REPLACED');
  oldPad.close();
  oldDesk.close();
  expect(await stopChild(again)).toBe(0);

  desk.close();
  for (const c of [...pads.map((p) => p.bot), ...screens]) c.close();
  expect(await stopChild(standby)).toBe(0);
  mark('final counts');
  const final = storedCounts(standbyDir, [...sent.keys()]);
  for (const [sid, n] of final) if (ackedBy.has(sid) && n !== 1) lost.add(sid);
  expect([...final.values()].filter((n) => n === 0)).toEqual([]); // every outbox drained
  const db = new Database(join(standbyDir, dbFileName), { readonly: true });
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  const rows = db
    .prepare('SELECT COUNT(*) AS n, COUNT(DISTINCT submission_id) AS d FROM sheet_version')
    .get() as { n: number; d: number };
  db.close();
  removeDir(primaryDir);
  removeDir(standbyDir);
  const duplicated = rows.n - rows.d;
  return { sent: sent.size, byPrimary, byStandby, lost: lost.size, duplicated, moveMs };
}

/** Neighbouring seeds start the PRNG far apart (its first draws would be nearly equal). */
function mixSeed(n: number): number {
  let h = Math.imul(n ^ (n >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A pad's outbox goes again after this long when the server asked it to slow down. */
const resendPeriod = () => new Promise((r) => setTimeout(r, 300));

const sameView = (a: object, b: object) =>
  isDeepStrictEqual({ ...a, version: 0, serverNow: 0 }, { ...b, version: 0, serverNow: 0 });

/** How many stored versions each submission id has in a server's database file. */
function storedCounts(dataDir: string, ids: string[]): Map<string, number> {
  const db = new Database(join(dataDir, dbFileName), { readonly: true });
  try {
    const count = db.prepare('SELECT COUNT(*) AS n FROM sheet_version WHERE submission_id = ?');
    return new Map(ids.map((sid) => [sid, (count.get(sid) as { n: number }).n]));
  } finally {
    db.close();
  }
}

type Health = { revision: number; venue: { epoch: number; role: string; replaced: boolean } };

async function health(url: string): Promise<Health> {
  const res = await fetch(`${url}/api/health`);
  return (await res.json()) as Health;
}
