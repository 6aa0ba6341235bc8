// The moments of truth over the protocol: the lock asks for a reason when sheets are
// missing, the reveal refuses unlocked results unless confirmed (and says SEMENTARA), walks
// rank groups (ties together, no empty place), puts its screens into the reveal and puts
// them back, and the desk learns what a screen really shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FestivalSetup } from '../../shared/contract/schemas.js';
import type { ScreenSnapshot } from '../../shared/contract/views.js';
import { demoFestival } from '../../electron/server/demo/demo-festival.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  submissionId,
  type Client,
  type TestServer,
} from '../helpers/server.js';

const stageId = 'presentasi';
let t: TestServer;
let org: Client<'organizer'>;
let setup: FestivalSetup;
let opd: string[] = [];
let health = '';

/** Four OPD entries and one health entry on panel A; two jurors without conflicts. */
function smallFestival(): FestivalSetup {
  const s = demoFestival();
  const four = s.entries.filter((e) => e.categoryId === 'opd').slice(0, 4);
  const one = s.entries.filter((e) => e.categoryId === 'kesehatan').slice(0, 1);
  s.entries = [...four, ...one];
  s.jurors = s.jurors
    .filter((j) => j.id === 'j-a1' || j.id === 'j-a3')
    .map((j) => ({ ...j, conflictInstitutions: [], conflictEntryIds: [] }));
  return s;
}

const values = (x100: number) =>
  Object.fromEntries(setup.stages[0]!.criteria.map((c) => [c.id, x100]));

async function submit(pin: string, entryId: string, x100: number): Promise<void> {
  const juror = await connect(t.url, 'juror', { pin });
  try {
    expectOk(
      await juror.call('sheet:save', {
        submissionId: submissionId(),
        entryId,
        stageId,
        status: 'submitted',
        values: values(x100),
      }),
    );
  } finally {
    juror.close();
  }
}

const transition = (entryId: string, action: 'open' | 'lock', reason?: string) =>
  org.call('entry:transition', { entryId, stageId, action, ...(reason ? { reason } : {}) });

beforeAll(async () => {
  setup = smallFestival();
  t = await startTestServer({ seedDemo: false });
  org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
  expectOk(await org.call('setup:import', { setup, replace: false }));
  const snap = await org.waitFor((s) => s.jurors.length === 2);
  opd = setup.entries.filter((e) => e.categoryId === 'opd').map((e) => e.id);
  health = setup.entries.find((e) => e.categoryId === 'kesehatan')!.id;
  for (const e of setup.entries) expectOk(await transition(e.id, 'open'));
  // Totals 90, 90, 80, 70 from both jurors: ranks 1, 1, 3, 4.
  const scores = [900, 900, 800, 700];
  for (const j of snap.jurors)
    for (const [i, id] of opd.entries()) await submit(j.pin, id, scores[i]!);
  await submit(snap.jurors.find((j) => j.id === 'j-a1')!.pin, health, 850);
});

afterAll(async () => {
  org?.close();
  await t?.stop();
  if (t) removeDir(t.dataDir);
});

describe('a new festival', () => {
  it('shows progress only until the organizer releases live scores', async () => {
    const fresh = await startTestServer({ seedDemo: false });
    try {
      const o = await connect(fresh.url, 'organizer', { key: fresh.server.organizerKey });
      expectOk(await o.call('setup:import', { setup: smallFestival(), replace: false }));
      expect((await o.waitFor((s) => s.entries.length > 0)).release.privacy).toBe('progress');
      const screen = await connect(fresh.url, 'screen', { name: 'utama' });
      const seen = await screen.waitFor(() => true);
      expect(seen.privacy).toBe('progress');
      expect(seen.leaderboard).toBeNull();
      screen.close();
      o.close();
    } finally {
      await fresh.stop();
      removeDir(fresh.dataDir);
    }
  });
});

describe('locking an entry with sheets missing', () => {
  it('is refused without a reason, naming the jurors still missing; nothing changes', async () => {
    const res = await transition(health, 'lock');
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.code).toBe('MISSING_SHEETS');
    expect(res.details?.join(' ')).toContain('Ir. Bambang Haryanto');
    expect(res.details?.join(' ')).not.toContain('Suhartono');
    expect((await org.waitFor(() => true)).phases[stageId]?.[health]).toBe('scoring');
  });

  it('locks with a written reason, and the audit log keeps the reason and who was missing', async () => {
    expectOk(await transition(health, 'lock', 'Juri sakit, disetujui ketua panitia'));
    await org.waitFor((s) => s.phases[stageId]?.[health] === 'locked');
    const audit = expectOk(await org.call('audit:list', { limit: 20 }));
    const row = audit.rows.find((r) => r.action === 'entry.lock' && r.target.endsWith(health));
    expect(row?.reason).toMatch(/^Juri sakit, disetujui ketua panitia — .*Ir\. Bambang Haryanto$/);
    expect(row?.new).toBe('locked');
  });

  it('locks a complete entry without asking', async () => {
    expect(expectOk(await transition(opd[3]!, 'lock'))).toBeNull();
    const locked = await org.waitFor((s) => s.phases[stageId]?.[opd[3]!] === 'locked');
    expect(locked.phases[stageId]?.[opd[3]!]).toBe('locked');
  });
});

describe('certificates and official exports', () => {
  it('are refused while entries are unlocked, naming them; a reason confirms (audited)', async () => {
    for (const purpose of ['certificates', 'export'] as const) {
      const res = await org.call('results:official', { stageId, categoryId: 'opd', purpose });
      expect(res.ok).toBe(false);
      if (res.ok) return;
      expect(res.code).toBe('PROVISIONAL');
      expect(res.details?.join('\n')).toContain(setup.entries.find((e) => e.id === opd[0])!.code);
    }
    const ok = expectOk(
      await org.call('results:official', {
        stageId,
        categoryId: 'opd',
        purpose: 'certificates',
        provisionalReason: 'Sertifikat sementara untuk gladi',
      }),
    );
    expect(ok.provisional).toBe(true);
    expect(ok.unlocked).toHaveLength(3);
    const audit = expectOk(await org.call('audit:list', { action: 'results.' }));
    expect(audit.rows[0]?.action).toBe('results.certificates.provisional');
    expect(audit.rows[0]?.reason).toBe('Sertifikat sementara untuk gladi');
    // A category whose entries are all locked needs no reason.
    const health = expectOk(
      await org.call('results:official', { stageId, categoryId: 'kesehatan', purpose: 'export' }),
    );
    expect(health).toEqual({ provisional: false, unlocked: [] });
    const unknown = await org.call('results:official', {
      stageId,
      categoryId: 'nope',
      purpose: 'export',
    });
    expect(unknown.ok ? 'ok' : unknown.code).toBe('NOT_FOUND');
  });
});

describe('the reveal', () => {
  it('refuses a category with unlocked entries, naming them, and changes nothing', async () => {
    const before = await org.waitFor(() => true);
    const res = await org.call('reveal:control', { action: 'start', categoryId: 'opd', places: 3 });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.code).toBe('PROVISIONAL');
    const named = res.details?.join('\n') ?? '';
    for (const id of opd.slice(0, 3))
      expect(named).toContain(setup.entries.find((e) => e.id === id)!.code);
    // The locked one is not named.
    expect(named).not.toContain(setup.entries.find((e) => e.id === opd[3])!.code);
    const after = await org.waitFor(() => true);
    expect(after.release.reveal).toBeNull();
    expect(after.screens).toEqual(before.screens);
  });

  it('runs provisionally when confirmed with a reason: audited, SEMENTARA on the screen', async () => {
    const screen = await connect(t.url, 'screen', { name: 'utama' });
    try {
      expectOk(
        await org.call('reveal:control', {
          action: 'start',
          categoryId: 'opd',
          places: 3,
          provisionalReason: 'Gladi upacara sebelum penguncian',
        }),
      );
      const s = await screen.waitFor((x) => x.reveal !== null);
      expect(s.screen.mode).toBe('reveal');
      expect(s.reveal?.provisional).toBe(true);
      const audit = expectOk(await org.call('audit:list', { limit: 5 }));
      expect(audit.rows.find((r) => r.action === 'reveal.start')?.reason).toBe(
        'Gladi upacara sebelum penguncian',
      );
      expectOk(await org.call('reveal:control', { action: 'end' }));
      // The main screen goes back to what it showed before (the default, a leaderboard).
      const back = await screen.waitFor((x) => x.reveal === null);
      expect(back.screen.mode).toBe('leaderboard');
    } finally {
      screen.close();
    }
  });

  it('walks rank groups: place 3, then the tied place 1 together; never an empty place 2', async () => {
    for (const id of opd.slice(0, 3)) expectOk(await transition(id, 'lock'));
    expectOk(await org.call('screen:mode', { screen: 'samping', mode: 'welcome' }));
    const main = await connect(t.url, 'screen', { name: 'utama' });
    const side = await connect(t.url, 'screen', { name: 'samping' });
    const seen: ScreenSnapshot[] = [];
    // Every view the screen held: snapshots and the patches applied to them (the client
    // helper applies a patch before this listener runs).
    for (const event of ['snapshot', 'patch'])
      main.socket.on(event, () => {
        const s = main.latest();
        if (s) seen.push(s);
      });
    try {
      expectOk(
        await org.call('reveal:control', {
          action: 'start',
          categoryId: 'opd',
          places: 3,
          screens: ['utama', 'samping'],
        }),
      );
      const started = await main.waitFor((s) => s.reveal !== null);
      expect(started.reveal?.provisional).toBe(false);
      expect(started.reveal?.rows).toEqual([]);
      await side.waitFor((s) => s.screen.mode === 'reveal' && s.reveal !== null);

      expectOk(await org.call('reveal:control', { action: 'next' }));
      const third = await main.waitFor((s) => s.reveal?.revealedPlace === 3);
      expect(third.reveal?.rows.map((r) => r.entry.id)).toEqual([opd[2]]);

      expectOk(await org.call('reveal:control', { action: 'next' }));
      const first = await main.waitFor((s) => s.reveal?.revealedPlace === 1);
      const winners = first.reveal?.rows.filter((r) => r.rank === 1) ?? [];
      expect(winners.map((r) => r.entry.id).sort()).toEqual([opd[0], opd[1]].sort());
      expect(winners.every((r) => r.tied)).toBe(true);
      // A further "next" has nowhere to go; "back" returns to place 3, not to a place 2.
      expectOk(await org.call('reveal:control', { action: 'next' }));
      const stays = await main.waitFor((s) => s.version > first.version);
      expect(stays.reveal?.revealedPlace).toBe(1);
      expectOk(await org.call('reveal:control', { action: 'back' }));
      await main.waitFor((s) => s.reveal?.revealedPlace === 3);

      // Every snapshot the screen received: no place 2 step, nothing above the revealed place.
      for (const s of seen) {
        expect(s.reveal?.revealedPlace).not.toBe(2);
        for (const r of s.reveal?.rows ?? [])
          expect(r.rank).toBeGreaterThanOrEqual(s.reveal!.revealedPlace ?? Infinity);
      }
      expect(seen.some((s) => s.reveal?.revealedPlace === 1)).toBe(true);
    } finally {
      main.close();
      side.close();
    }
  });

  it("tells the desk what a screen really shows, and ends by restoring each screen's mode", async () => {
    const main = await connect(t.url, 'screen', { name: 'utama' });
    try {
      const snap = await main.waitFor((s) => s.reveal !== null);
      expectOk(
        await main.call('screen:showing', {
          mode: 'reveal',
          reveal: { startedAt: snap.reveal!.startedAt, place: 3 },
        }),
      );
      const desk = await org.waitFor((s) =>
        s.clients.some((c) => c.kind === 'screen' && c.showing?.reveal?.place === 3),
      );
      expect(desk.release.reveal?.startedAt).toBe(snap.reveal!.startedAt);
      const bad = await main.call('screen:showing', {
        mode: 'reveal',
        reveal: { startedAt: 1, place: 99 },
      });
      expect(bad.ok).toBe(false);

      expectOk(await org.call('reveal:control', { action: 'end' }));
      const after = await org.waitFor((s) => s.release.reveal === null);
      const modes = Object.fromEntries(after.screens.map((s) => [s.name, s.mode]));
      expect(modes.utama).toBe('leaderboard');
      expect(modes.samping).toBe('welcome');
    } finally {
      main.close();
    }
  });
});

describe('the audience address (welcome screen QR)', () => {
  it('is the LAN address the organizer chose, sent to screens; anything but http(s)://host:port is refused', async () => {
    const before = await org.waitFor(() => true);
    // The test server listens on loopback only: no LAN address, nothing chosen yet.
    expect(before.addresses).toMatchObject({ lan: [], publicBase: null });
    const screen = await connect(t.url, 'screen', { name: 'utama' });
    try {
      expect((await screen.waitFor(() => true)).joinBase).toBeNull();
      expectOk(await org.call('screens:address', { base: 'http://192.168.1.20:4321' }));
      await screen.waitFor((s) => s.joinBase === 'http://192.168.1.20:4321');
      await org.waitFor((s) => s.addresses.publicBase === 'http://192.168.1.20:4321');
      const bad = await org.call('screens:address', { base: 'javascript:alert(1)' });
      expect(bad.ok ? 'ok' : bad.code).toBe('BAD_INPUT');
      const audit = expectOk(await org.call('audit:list', { action: 'screens.address' }));
      expect(audit.rows).toHaveLength(1);
    } finally {
      screen.close();
    }
  });
});
