// Two stages (curation 40% + presentation 60%): a panel moves from one stage to the next,
// its jurors follow, and the combined ranking weighs both.
import { describe, expect, it } from 'vitest';
import { demoFestival } from '../../electron/server/demo/demo-festival.js';
import { connect, expectOk, removeDir, startTestServer, submissionId } from '../helpers/server.js';

const all = (stage: { criteria: Array<{ id: string }> }, v: number) =>
  Object.fromEntries(stage.criteria.map((c) => [c.id, v]));

describe('multi-stage festival', () => {
  it('moves a panel to the next stage and combines the stages by weight', async () => {
    const setup = demoFestival();
    const presentation = setup.stages[0]!;
    presentation.order = 2;
    presentation.finalWeightBp = 6000;
    setup.stages.push({
      ...structuredClone(presentation),
      id: 'kurasi',
      name: 'Kurasi',
      order: 1,
      finalWeightBp: 4000,
    });
    const t = await startTestServer({ seedDemo: false });
    const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    expectOk(await org.call('setup:import', { setup, replace: false }));
    const snap = await org.waitFor((s) => s.stages.length === 2);
    const juror = snap.jurors.find((j) => j.id === 'j-a1')!;
    const pad = await connect(t.url, 'juror', { pin: juror.pin });
    expect((await pad.waitFor(() => true)).stage.id).toBe('kurasi');

    expectOk(
      await org.call('entry:transition', { entryId: 'e001', stageId: 'kurasi', action: 'open' }),
    );
    expectOk(
      await pad.call('sheet:save', {
        submissionId: submissionId(),
        entryId: 'e001',
        stageId: 'kurasi',
        status: 'submitted',
        values: all(presentation, 500),
        comment: '',
      }),
    );
    expectOk(await org.call('panel:present', { panelId: 'panel-a', entryId: 'e002' }));

    expectOk(await org.call('panel:stage', { panelId: 'panel-a', stageId: 'presentasi' }));
    const moved = await pad.waitFor((s) => s.stage.id === 'presentasi');
    expect(moved.live.presentingEntryId).toBeNull();
    const after = await org.waitFor(
      (s) => s.live.find((l) => l.panelId === 'panel-a')?.stageId === 'presentasi',
    );
    // The entry that was on stage in curation stays open there for its sheets.
    expect(after.phases['kurasi']?.['e002']).toBe('scoring');
    const bad = await org.call('panel:stage', { panelId: 'panel-a', stageId: 'nope' });
    expect(bad.ok ? 'ok' : bad.code).toBe('NOT_FOUND');

    expectOk(
      await org.call('entry:transition', {
        entryId: 'e001',
        stageId: 'presentasi',
        action: 'open',
      }),
    );
    expectOk(
      await pad.call('sheet:save', {
        submissionId: submissionId(),
        entryId: 'e001',
        stageId: 'presentasi',
        status: 'submitted',
        values: all(presentation, 1000),
        comment: '',
      }),
    );
    const combined = await org.waitFor(
      (s) => s.combined?.some((r) => r.entryId === 'e001' && r.combinedMicro !== null) ?? false,
    );
    const row = combined.combined?.find((r) => r.entryId === 'e001');
    // Curation 50 (5/10 everywhere) x 40% + presentation 100 x 60% = 80.
    expect(row).toMatchObject({ combinedMicro: 80_000_000, rank: 1 });
    expect(row?.stageMicro).toEqual({ kurasi: 50_000_000, presentasi: 100_000_000 });
    pad.close();
    org.close();
    await t.stop();
    removeDir(t.dataDir);
  });
});
