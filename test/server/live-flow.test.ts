// The live flow end to end over real sockets: present, open, score, see it on the screen
// and the organizer desk, resend, lock, correct, reveal, export. The tests build on each
// other (one festival day, in order); the checks that need no day are in live-access.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import { demoDeskForFile, demoJuror, demoStage, demoValues } from '../helpers/demo-desk.js';
import {
  connect,
  expectOk,
  submissionId,
  type Client,
  type TestServer,
} from '../helpers/server.js';

let t: TestServer;
let org: Client<'organizer'>;
let snap0: OrganizerSnapshot;
demoDeskForFile((desk) => ({ t, org, snap0 } = desk));
// A new festival shows progress only; these tests release live scores on purpose.
beforeAll(async () => {
  expectOk(await org.call('release:set', { privacy: 'live' }));
});

const stageId = demoStage;
// IGA rubric, 1-10 step 0.5: 9, 7, 8, 6, 10 -> 0.3*90 + 0.25*70 + 0.15*80 + 0.2*60 + 0.1*100 = 78.5
const values = demoValues;
const juror = (id: string) => demoJuror(snap0, id);

describe('live flow', () => {
  it('a juror scores the presenting entry; the screen and the organizer see it; a resend stores nothing', async () => {
    const a1 = await connect(t.url, 'juror', { pin: juror('j-a1').pin });
    const screen = await connect(t.url, 'screen', { name: 'utama' });
    const first = await a1.waitFor(() => true);
    expect(first.juror.id).toBe('j-a1');
    expect(first.entries.every((e) => e.entry.panelId === 'panel-a')).toBe(true);

    expectOk(await org.call('panel:present', { panelId: 'panel-a', entryId: 'e001' }));
    const presenting = await a1.waitFor((s) => s.live.presentingEntryId === 'e001');
    expect(presenting.entries.find((e) => e.entry.id === 'e001')?.phase).toBe('presenting');

    // While presenting a draft is kept, a submission is refused: scoring is not open yet.
    expectOk(
      await a1.call('sheet:save', {
        submissionId: submissionId(),
        entryId: 'e001',
        stageId,
        status: 'draft',
        values: { kebaruan: 800 },
        comment: '',
      }),
    );
    const early = await a1.call('sheet:save', {
      submissionId: submissionId(),
      entryId: 'e001',
      stageId,
      status: 'submitted',
      values,
      comment: '',
    });
    expect(early.ok ? 'ok' : early.code).toBe('SCORING_CLOSED');

    expectOk(await org.call('entry:transition', { entryId: 'e001', stageId, action: 'open' }));
    const sid = submissionId();
    const reply = expectOk(
      await a1.call('sheet:save', {
        submissionId: sid,
        entryId: 'e001',
        stageId,
        status: 'submitted',
        values,
        comment: 'Bagus',
      }),
    );
    expect(reply).toMatchObject({
      duplicate: false,
      status: 'submitted',
      totalMicro: 78_500_000,
      version: 2,
    });

    const onScreen = await screen.waitFor(
      (s) =>
        s.leaderboard?.categories[0]?.rows.some(
          (r) => r.entry.id === 'e001' && r.scoreMicro !== null,
        ) ?? false,
    );
    expect(onScreen.leaderboard?.categories[0]?.rows[0]).toMatchObject({
      rank: 1,
      scoreMicro: 78_500_000,
    });
    expect(onScreen.panels.find((p) => p.panelId === 'panel-a')?.progress).toEqual({
      submitted: 1,
      expected: 4,
    });
    const seen = await org.waitFor((s) => s.progress[stageId]?.['e001']?.['j-a1'] === 'submitted');
    expect(seen.stages.find((s) => s.id === stageId)?.rubricFrozen).toBe(true);
    expect(seen.standings[stageId]?.overall[0]).toMatchObject({
      entryId: 'e001',
      rawMicro: 78_500_000,
      sheetCount: 1,
    });

    const again = expectOk(
      await a1.call('sheet:save', {
        submissionId: sid,
        entryId: 'e001',
        stageId,
        status: 'submitted',
        values,
        comment: 'Bagus',
      }),
    );
    expect(again).toMatchObject({ duplicate: true, version: 2, sheetId: reply.sheetId });
    const history = expectOk(
      await org.call('sheet:history', { jurorId: 'j-a1', entryId: 'e001', stageId }),
    );
    expect(history.map((h) => h.status)).toEqual(['draft', 'submitted']);

    const reused = await a1.call('sheet:save', {
      submissionId: sid,
      entryId: 'e002',
      stageId,
      status: 'draft',
      values: {},
      comment: '',
    });
    expect(reused.ok ? 'ok' : reused.code).toBe('SUBMISSION_REUSED');
    a1.close();
    screen.close();
  });

  it('refuses bad values with a clear code and stores nothing', async () => {
    const a3 = await connect(t.url, 'juror', { pin: juror('j-a3').pin });
    const before = expectOk(
      await org.call('sheet:history', { jurorId: 'j-a3', entryId: 'e001', stageId }),
    );
    const cases: Array<[Record<string, number | null>, string]> = [
      [{ ...values, kebaruan: 1100 }, 'SCORE_OUT_OF_RANGE'],
      [{ ...values, kebaruan: 925 }, 'SCORE_OFF_STEP'],
      [{ ...values, kebaruan: null }, 'INCOMPLETE_SHEET'],
      [{ ...values, bogus: 500 }, 'UNKNOWN_CRITERION'],
    ];
    for (const [v, code] of cases) {
      const res = await a3.call('sheet:save', {
        submissionId: submissionId(),
        entryId: 'e001',
        stageId,
        status: 'submitted',
        values: v,
        comment: '',
      });
      expect(res.ok ? 'ok' : res.code).toBe(code);
      if (!res.ok) expect(res.messages.en.length).toBeGreaterThan(5);
    }
    const junk = await a3.call('sheet:save', { nonsense: true } as never);
    expect(junk.ok ? 'ok' : junk.code).toBe('BAD_INPUT');
    expect(
      expectOk(await org.call('sheet:history', { jurorId: 'j-a3', entryId: 'e001', stageId })),
    ).toEqual(before);
    a3.close();
  });

  it('locks an entry: jurors are refused; the organizer corrects only with a reason, audited', async () => {
    const a4 = await connect(t.url, 'juror', { pin: juror('j-a4').pin });
    expectOk(
      await a4.call('sheet:save', {
        submissionId: submissionId(),
        entryId: 'e001',
        stageId,
        status: 'submitted',
        values,
        comment: '',
      }),
    );
    expectOk(
      await org.call('entry:transition', {
        entryId: 'e001',
        stageId,
        action: 'lock',
        reason: 'Uji: juri lain belum mengirim',
      }),
    );
    await a4.waitFor((s) => s.entries.find((e) => e.entry.id === 'e001')?.phase === 'locked');
    const refused = await a4.call('sheet:save', {
      submissionId: submissionId(),
      entryId: 'e001',
      stageId,
      status: 'submitted',
      values,
      comment: '',
    });
    expect(refused.ok ? 'ok' : refused.code).toBe('LOCKED');

    const noReason = await org.call('sheet:correct', {
      submissionId: submissionId(),
      jurorId: 'j-a4',
      entryId: 'e001',
      stageId,
      values,
      comment: '',
      reason: '',
    });
    expect(noReason.ok ? 'ok' : noReason.code).toBe('BAD_INPUT');
    const fixed = { ...values, kebaruan: 1000 };
    const corrected = expectOk(
      await org.call('sheet:correct', {
        submissionId: submissionId(),
        jurorId: 'j-a4',
        entryId: 'e001',
        stageId,
        values: fixed,
        comment: '',
        reason: 'Salah ketik juri, dikonfirmasi ketua juri',
      }),
    );
    expect(corrected.totalMicro).toBe(81_500_000);
    const history = expectOk(
      await org.call('sheet:history', { jurorId: 'j-a4', entryId: 'e001', stageId }),
    );
    expect(history.at(-1)).toMatchObject({
      author: 'organizer',
      reason: 'Salah ketik juri, dikonfirmasi ketua juri',
    });

    const reopenNoReason = await org.call('entry:transition', {
      entryId: 'e001',
      stageId,
      action: 'reopen',
    });
    expect(reopenNoReason.ok ? 'ok' : reopenNoReason.code).toBe('REASON_REQUIRED');
    a4.close();
  });

  it('screens receive no scores under privacy "progress" and no place above the revealed one', async () => {
    const screen = await connect(t.url, 'screen', { name: 'utama' });
    expectOk(await org.call('release:set', { privacy: 'progress' }));
    const hidden = await screen.waitFor((s) => s.privacy === 'progress');
    expect(hidden.leaderboard).toBeNull();
    expect(JSON.stringify(hidden)).not.toContain('scoreMicro');

    expectOk(
      await org.call('reveal:control', {
        action: 'start',
        categoryId: 'opd',
        places: 3,
        provisionalReason: 'Uji coba upacara',
      }),
    );
    const started = await screen.waitFor((s) => s.reveal !== null);
    expect(started.reveal?.rows).toEqual([]);
    expectOk(await org.call('reveal:control', { action: 'next' }));
    // The first step reveals the lowest place that exists (rank groups; see reveal.test.ts).
    const step = await screen.waitFor((s) => typeof s.reveal?.revealedPlace === 'number');
    const place = step.reveal!.revealedPlace!;
    expect(step.reveal!.rows.length).toBeGreaterThan(0);
    expect(step.reveal!.rows.every((r) => (r.rank ?? 0) >= place)).toBe(true);
    expectOk(await org.call('reveal:control', { action: 'end' }));
    expectOk(await org.call('release:set', { privacy: 'live' }));
    await screen.waitFor((s) => s.privacy === 'live' && s.leaderboard !== null);

    // A reveal under "live" privacy: the leaderboard (which holds every place) is withheld.
    expectOk(
      await org.call('reveal:control', {
        action: 'start',
        categoryId: null,
        places: 3,
        provisionalReason: 'Uji coba upacara',
      }),
    );
    const during = await screen.waitFor((s) => s.reveal !== null);
    expect(during.leaderboard).toBeNull();
    expect(JSON.stringify(during)).not.toContain('scoreMicro":7');
    expectOk(await org.call('reveal:control', { action: 'end' }));
    await screen.waitFor((s) => s.reveal === null && s.leaderboard !== null);
    screen.close();
  });

  it('runs the server-timed clock and exports results over HTTP with the organizer key only', async () => {
    expectOk(await org.call('timer:control', { panelId: 'panel-a', action: 'start-presentation' }));
    const s = await org.waitFor(
      (x) => x.live.find((l) => l.panelId === 'panel-a')?.timer.segment === 'presentation',
    );
    const timer = s.live.find((l) => l.panelId === 'panel-a')?.timer;
    expect(timer?.runningSince).not.toBeNull();
    expect(timer?.durationMs).toBe(7 * 60 * 1000);

    const denied = await fetch(`${t.url}/api/results`);
    expect(denied.status).toBe(401);
    const res = await fetch(`${t.url}/api/results`, {
      headers: { 'x-panggung-key': t.server.organizerKey },
    });
    const body = (await res.json()) as {
      ok: boolean;
      data: { stages: Array<{ standings: { overall: Array<{ entryId: string }> } }> };
    };
    expect(body.ok).toBe(true);
    expect(body.data.stages[0]?.standings.overall[0]?.entryId).toBe('e001');
    expect(JSON.stringify(body)).not.toMatch(/"pin"/);
  });

  it('every (re)connecting client gets a full snapshot at the current version', async () => {
    const v = (await org.waitFor(() => true)).version;
    const again = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    const fresh = await again.waitFor(() => true);
    expect(fresh.version).toBeGreaterThanOrEqual(v);
    expect(fresh.entries).toHaveLength(67);
    again.close();
  });
});
