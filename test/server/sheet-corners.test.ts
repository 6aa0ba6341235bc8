// Corners of a juror's sheet over the real protocol (issue #19): a draft after a submission
// is a pending edit that never removes the counted sheet, also through a lock; a missing
// sheet stays visible as missing after a lock; a reused submission id with other content
// is refused; every stored version carries its submission id (history, sheets:list, pad).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  submissionId,
  type Client,
  type TestServer,
} from '../helpers/server.js';

let t: TestServer;
let org: Client<'organizer'>;
let snap0: OrganizerSnapshot;

const stageId = 'presentasi';
// IGA rubric, 1-10 step 0.5: 0.3*90 + 0.25*70 + 0.15*80 + 0.2*60 + 0.1*100 = 78.5
const values = {
  kebaruan: 900,
  kemanfaatan: 700,
  kewenangan: 800,
  replikasi: 600,
  penyajian: 1000,
};
const total = 78_500_000;

beforeAll(async () => {
  t = await startTestServer();
  org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
  snap0 = await org.waitFor(() => true);
});
afterAll(async () => {
  org.close();
  await t.stop();
  removeDir(t.dataDir);
});

const pin = (id: string) => snap0.jurors.find((j) => j.id === id)?.pin ?? '';

/** Panel A jurors expected on an entry (not recused), from the desk's own grid. */
function expectedOn(s: OrganizerSnapshot, entryId: string): string[] {
  const row = s.progress[stageId]?.[entryId] ?? {};
  return Object.keys(row).filter((j) => row[j] !== 'recused');
}

async function open(entryId: string) {
  expectOk(await org.call('panel:present', { panelId: 'panel-a', entryId }));
  expectOk(await org.call('entry:transition', { entryId, stageId, action: 'open' }));
}

const row = (s: OrganizerSnapshot, entryId: string) =>
  s.standings[stageId]?.overall.find((r) => r.entryId === entryId);

describe('a draft after a submission', () => {
  it('is a pending edit: never counted, shown to the juror and the desk, kept through a lock', async () => {
    const entryId = 'e003';
    await open(entryId);
    const [first, second, third] = expectedOn(snap0, entryId);
    if (!first || !second || !third) throw new Error('need three expected jurors');
    const pad = await connect(t.url, 'juror', { pin: pin(first) });
    const sid = submissionId();
    expectOk(
      await pad.call('sheet:save', {
        submissionId: sid,
        entryId,
        stageId,
        status: 'submitted',
        values,
        comment: 'Bagus',
      }),
    );
    await org.waitFor((s) => row(s, entryId)?.sheetCount === 1);

    // The juror opens the sheet again, changes one value and leaves it as a draft.
    const draftId = submissionId();
    const draft = expectOk(
      await pad.call('sheet:save', {
        submissionId: draftId,
        entryId,
        stageId,
        status: 'draft',
        values: { ...values, kebaruan: 100 },
        comment: 'Bagus',
      }),
    );
    expect(draft).toMatchObject({ status: 'draft', version: 2, duplicate: false });
    const desk = await org.waitFor(
      (s) => s.progress[stageId]?.[entryId]?.[first] === 'pending-edit',
    );
    // The submitted score still counts.
    expect(row(desk, entryId)).toMatchObject({ sheetCount: 1, rawMicro: total });
    expect(row(desk, entryId)?.missingJurorIds).not.toContain(first);
    const mine = await pad.waitFor(
      (s) => s.entries.find((e) => e.entry.id === entryId)?.mySheet?.version === 2,
    );
    const sheet = mine.entries.find((e) => e.entry.id === entryId)?.mySheet;
    expect(sheet).toMatchObject({
      status: 'draft',
      pendingEdit: true,
      submissionId: draftId,
      submitted: { version: 1, submissionId: sid, totalMicro: total, values },
    });
    expect(mine.progress.submitted).toBe(1);

    // Another juror only drafts, a third never opens the sheet: both missing at the lock.
    const pad2 = await connect(t.url, 'juror', { pin: pin(second) });
    expectOk(
      await pad2.call('sheet:save', {
        submissionId: submissionId(),
        entryId,
        stageId,
        status: 'draft',
        values: { kebaruan: 500 },
        comment: '',
      }),
    );
    await org.waitFor((s) => s.progress[stageId]?.[entryId]?.[second] === 'draft');
    expect(desk.progress[stageId]?.[entryId]?.[third]).toBe('not-scored');

    // A lock freezes the counted sheet; the pending edit is left out, not counted.
    expectOk(
      await org.call('entry:transition', { entryId, stageId, action: 'lock', reason: 'tes' }),
    );
    const locked = await org.waitFor((s) => s.phases[stageId]?.[entryId] === 'locked');
    expect(locked.progress[stageId]?.[entryId]?.[first]).toBe('pending-edit');
    expect(locked.progress[stageId]?.[entryId]?.[second]).toBe('missing');
    expect(locked.progress[stageId]?.[entryId]?.[third]).toBe('missing');
    expect(row(locked, entryId)).toMatchObject({ sheetCount: 1, rawMicro: total });
    const late = await pad.call('sheet:save', {
      submissionId: submissionId(),
      entryId,
      stageId,
      status: 'draft',
      values,
      comment: '',
    });
    expect(late.ok ? 'ok' : late.code).toBe('LOCKED');

    // Every version carries its submission id; the counted one is marked.
    const history = expectOk(await org.call('sheet:history', { jurorId: first, entryId, stageId }));
    expect(history.map((h) => [h.submissionId, h.status, h.counted])).toEqual([
      [sid, 'submitted', true],
      [draftId, 'draft', false],
    ]);
    const listed = expectOk(await org.call('sheets:list', { stageId }));
    const ofEntry = listed.filter((r) => r.entryId === entryId && r.jurorId === first);
    expect(ofEntry.map((r) => [r.submissionId, r.counted, r.version])).toEqual([
      [sid, true, 1],
      [draftId, false, 2],
    ]);

    // A reopening lets the juror submit the edit: then it counts.
    expectOk(
      await org.call('entry:transition', { entryId, stageId, action: 'reopen', reason: 'revisi' }),
    );
    const revised = { ...values, kebaruan: 100 }; // 78.5 - 0.3 * 80 = 54.5
    expectOk(
      await pad.call('sheet:save', {
        submissionId: submissionId(),
        entryId,
        stageId,
        status: 'submitted',
        values: revised,
        comment: 'Bagus',
      }),
    );
    const after = await org.waitFor((s) => row(s, entryId)?.rawMicro === 54_500_000);
    expect(after.progress[stageId]?.[entryId]?.[first]).toBe('submitted');
    pad.close();
    pad2.close();
  });

  it('a draft saved back to the submitted content is no pending edit', async () => {
    const entryId = 'e004';
    await open(entryId);
    const [jurorId] = expectedOn(snap0, entryId);
    const pad = await connect(t.url, 'juror', { pin: pin(jurorId ?? '') });
    const save = (status: 'draft' | 'submitted', v: Record<string, number | null>) =>
      pad.call('sheet:save', {
        submissionId: submissionId(),
        entryId,
        stageId,
        status,
        values: v,
        comment: '',
      });
    expectOk(await save('submitted', values));
    expectOk(await save('draft', { ...values, penyajian: 500 }));
    await org.waitFor((s) => s.progress[stageId]?.[entryId]?.[jurorId ?? ''] === 'pending-edit');
    expectOk(await save('draft', values));
    await org.waitFor((s) => s.progress[stageId]?.[entryId]?.[jurorId ?? ''] === 'submitted');
    const mine = await pad.waitFor(
      (s) => s.entries.find((e) => e.entry.id === entryId)?.mySheet?.version === 3,
    );
    expect(mine.entries.find((e) => e.entry.id === entryId)?.mySheet?.pendingEdit).toBe(false);
    pad.close();
  });
});

describe('a reused submission id', () => {
  it('with the same content answers duplicate; with other content is refused and stores nothing', async () => {
    const entryId = 'e005';
    await open(entryId);
    const [jurorId] = expectedOn(snap0, entryId);
    const pad = await connect(t.url, 'juror', { pin: pin(jurorId ?? '') });
    const sid = submissionId();
    const send = (over: Record<string, unknown>) =>
      pad.call('sheet:save', {
        submissionId: sid,
        entryId,
        stageId,
        status: 'submitted',
        values,
        comment: 'ok',
        ...over,
      });
    const first = expectOk(await send({}));
    expect(expectOk(await send({}))).toEqual({ ...first, duplicate: true });
    // Absent criteria and null are the same content.
    expect(expectOk(await send({ comment: ' ok ' })).duplicate).toBe(true);
    for (const over of [
      { values: { ...values, kebaruan: 1000 } },
      { comment: 'other' },
      { status: 'draft' },
    ]) {
      const res = await send(over);
      expect(res.ok ? 'ok' : res.code).toBe('SUBMISSION_REUSED');
      if (!res.ok) expect(res.details?.[0]).toContain(sid);
    }
    // The organizer cannot reuse a juror's id for a correction either.
    const correction = await org.call('sheet:correct', {
      submissionId: sid,
      jurorId: jurorId ?? '',
      entryId,
      stageId,
      values,
      comment: 'ok',
      reason: 'salah ketik',
    });
    expect(correction.ok ? 'ok' : correction.code).toBe('SUBMISSION_REUSED');
    const history = expectOk(
      await org.call('sheet:history', { jurorId: jurorId ?? '', entryId, stageId }),
    );
    expect(history.map((h) => [h.submissionId, h.values.kebaruan, h.comment])).toEqual([
      [sid, 900, 'ok'],
    ]);
    pad.close();
  });
});
