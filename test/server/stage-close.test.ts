// A stage that not every entry reached can be closed as a whole (issue #19): entries never
// presented are marked "out" (not ranked, not blocking finality), open ones are locked,
// and the result is final. Over the real protocol.
import { describe, expect, it } from 'vitest';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import { demoDeskForFile, demoStage, demoValues, replyCode } from '../helpers/demo-desk.js';
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
const stageId = demoStage;
const values = demoValues;
const code = replyCode;

describe('closing a stage as a whole', () => {
  it('marks entries never presented as out, locks the rest, and the results are final', async () => {
    const jurorId = 'j-a1';
    const finalists = snap0.entries
      .filter((e) => snap0.progress[stageId]?.[e.id]?.[jurorId] === 'not-scored')
      .slice(0, 3);
    const pad = await connect(t.url, 'juror', {
      pin: snap0.jurors.find((j) => j.id === jurorId)?.pin ?? '',
    });
    for (const [i, e] of finalists.entries()) {
      expectOk(await org.call('panel:present', { panelId: 'panel-a', entryId: e.id }));
      expectOk(await org.call('entry:transition', { entryId: e.id, stageId, action: 'open' }));
      expectOk(
        await pad.call('sheet:save', {
          submissionId: submissionId(),
          entryId: e.id,
          stageId,
          status: 'submitted',
          values: { ...values, penyajian: 1000 - 100 * i },
          comment: '',
        }),
      );
    }
    pad.close();
    expectOk(await org.call('release:set', { privacy: 'live' }));
    const screen = await connect(t.url, 'screen', { name: 'utama' });

    // Another entry is on stage: the whole call is refused, nothing changes.
    const onStage = snap0.entries.find((e) => e.panelId === 'panel-a' && !finalists.includes(e))!;
    expectOk(await org.call('panel:present', { panelId: 'panel-a', entryId: onStage.id }));
    await org.waitFor((s) => s.phases[stageId]?.[onStage.id] === 'presenting');
    const refused = await org.call('stage:close', { stageId, reason: 'Babak final selesai' });
    expect(code(refused)).toBe('BAD_TRANSITION');
    if (!refused.ok) expect(refused.details?.[0]).toContain(onStage.code);
    expect(code(await org.call('stage:close', { stageId, reason: '' } as never))).toBe('BAD_INPUT');
    expect(expectOk(await org.call('snapshot:get', {})).phases[stageId]?.[finalists[0]!.id]).toBe(
      'scoring',
    );
    expectOk(
      await org.call('entry:transition', { entryId: onStage.id, stageId, action: 'requeue' }),
    );

    const reply = expectOk(
      await org.call('stage:close', { stageId, reason: 'Babak final selesai' }),
    );
    expect(reply).toEqual({ locked: 3, out: snap0.entries.length - 3 });
    const closed = await org.waitFor((s) =>
      s.entries.every((e) => ['locked', 'out'].includes(s.phases[stageId]?.[e.id] ?? '')),
    );
    for (const e of finalists) expect(closed.phases[stageId]?.[e.id]).toBe('locked');
    // Only the entries in the stage are ranked; the others are marked out, not unscored rows.
    const ranked = closed.standings[stageId]?.overall ?? [];
    expect(ranked.map((r) => r.entryId).sort()).toEqual(finalists.map((e) => e.id).sort());
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3]);
    const board = await screen.waitFor(
      (s) => s.leaderboard !== null && s.leaderboard.provisional === false,
    );
    expect(board.leaderboard?.categories[0]?.rows).toHaveLength(3);
    // Final: certificates need no provisional reason.
    const official = expectOk(
      await org.call('results:official', { stageId, categoryId: null, purpose: 'certificates' }),
    );
    expect(official).toMatchObject({ provisional: false, unlocked: [] });
    const audit = expectOk(await org.call('audit:list', { action: 'stage.close' }));
    expect(audit.rows[0]).toMatchObject({ target: stageId, reason: 'Babak final selesai' });
    expect((audit.rows[0]?.new as { out: string[] }).out).toHaveLength(snap0.entries.length - 3);

    // An entry marked out by mistake comes back by presenting it: the stage is open again.
    const back = snap0.entries.find((e) => e.panelId === 'panel-a' && !finalists.includes(e))!;
    expectOk(await org.call('panel:present', { panelId: 'panel-a', entryId: back.id }));
    const reopened = await org.waitFor(
      (s) => s.standings[stageId]?.overall.some((r) => r.entryId === back.id) ?? false,
    );
    expect(reopened.phases[stageId]?.[back.id]).toBe('presenting');
    await screen.waitFor((s) => s.leaderboard?.provisional === true);
    screen.close();
  });
});
