// What may rewrite a ranking, over the real protocol (issue #19): a head-juror decision only
// settles a real tie of the current ranking; the aggregation method, the tie-break chain
// and the z-score minimum change after a sheet exists only with a written reason, audited.
import { describe, expect, it } from 'vitest';
import type { OrganizerWire } from '../../shared/contract/organizer-wire.js';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import type { Stage } from '../../shared/model.js';
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
/** The overall rows, of a followed view or a snapshot:get (wire form: the same rows). */
const overall = (s: OrganizerSnapshot | OrganizerWire) => s.standings[stageId]?.overall ?? [];

describe('tie decisions', () => {
  it('are accepted only for entries that share one rank, all of them', async () => {
    // Three panel A entries the first juror scores (not recused).
    const jurorId = 'j-a1';
    const mine = snap0.entries.filter(
      (e) => snap0.progress[stageId]?.[e.id]?.[jurorId] === 'not-scored',
    );
    const [a, b, c] = mine;
    if (!a || !b || !c) throw new Error('need three entries');
    const pad = await connect(t.url, 'juror', {
      pin: snap0.jurors.find((j) => j.id === jurorId)?.pin ?? '',
    });
    for (const [e, v] of [
      [a, values],
      [b, values],
      [c, { ...values, penyajian: 500 }],
    ] as const) {
      expectOk(await org.call('panel:present', { panelId: 'panel-a', entryId: e.id }));
      expectOk(await org.call('entry:transition', { entryId: e.id, stageId, action: 'open' }));
      expectOk(
        await pad.call('sheet:save', {
          submissionId: submissionId(),
          entryId: e.id,
          stageId,
          status: 'submitted',
          values: v,
          comment: '',
        }),
      );
    }
    pad.close();
    const scored = await org.waitFor((s) => overall(s).filter((r) => r.rank !== null).length === 3);
    const ranks = Object.fromEntries(overall(scored).map((r) => [r.entryId, [r.rank, r.tied]]));
    expect(ranks[a.id]).toEqual([1, true]);
    expect(ranks[b.id]).toEqual([1, true]);
    expect(ranks[c.id]).toEqual([3, false]);

    const decide = (entryIds: string[], categoryId: string | null = null) =>
      org.call('tie:decide', {
        stageId,
        categoryId,
        entryIds,
        decidedBy: 'Ketua juri',
        reason: 'Dampak lebih luas',
      });
    // Not tied, part of a tie plus another, unscored: refused, nothing recorded.
    const notTied = await decide([a.id, c.id]);
    expect(code(notTied)).toBe('NOT_TIED');
    if (!notTied.ok) expect(notTied.details?.join(' ')).toContain(`${c.code}: rank 3, not tied`);
    expect(code(await decide([a.id, b.id, c.id]))).toBe('NOT_TIED');
    const unscored = snap0.entries.find((e) => ![a, b, c].includes(e))!;
    expect(code(await decide([a.id, unscored.id]))).toBe('NOT_TIED');
    expect(code(await decide([a.id, b.id], 'no-such-category'))).toBe('NOT_FOUND');
    const none = expectOk(await org.call('snapshot:get', {}));
    expect(none.tieDecisions).toEqual([]);

    // The real tie: recorded, and it orders the two.
    expectOk(await decide([b.id, a.id]));
    const decided = await org.waitFor((s) => s.tieDecisions.length === 1);
    const rows = overall(decided);
    expect(rows.find((r) => r.entryId === b.id)).toMatchObject({
      rank: 1,
      decidedBy: 'head-juror',
    });
    expect(rows.find((r) => r.entryId === a.id)).toMatchObject({ rank: 2, tied: false });
    // A decision can be revised: the tie is judged before any decision.
    expectOk(await decide([a.id, b.id]));
    const revised = await org.waitFor((s) => s.tieDecisions.length === 2);
    expect(overall(revised).find((r) => r.entryId === a.id)?.rank).toBe(1);
  });
});

describe('ranking rules after a sheet exists', () => {
  const stageInput = (s: OrganizerSnapshot): Omit<Stage, 'rubricFrozen'> => {
    const { rubricFrozen: _f, ...rest } = s.stages.find((x) => x.id === stageId)!;
    return rest;
  };

  it('change only with a written reason, audited with the old and new rules', async () => {
    const s = await org.waitFor(
      (x) => x.stages.find((st) => st.id === stageId)?.rubricFrozen === true,
    );
    const stage = stageInput(s);
    const before = overall(s).map((r) => [r.entryId, r.rank]);
    for (const rules of [
      { ...stage.rules, aggregation: 'trimmed' as const },
      { ...stage.rules, tieBreak: [{ kind: 'other-score' as const }] },
      { ...stage.rules, zscoreMinSheets: stage.rules.zscoreMinSheets + 1 },
    ]) {
      const res = await org.call('stage:save', { stage: { ...stage, rules } });
      expect(code(res)).toBe('RULES_FROZEN');
      if (!res.ok) expect(res.messages.en).toContain('reason');
    }
    const unchanged = expectOk(await org.call('snapshot:get', {}));
    expect(unchanged.stages.find((x) => x.id === stageId)?.rules).toEqual(stage.rules);
    expect(overall(unchanged).map((r) => [r.entryId, r.rank])).toEqual(before);
    // The disagreement band does not rank: no reason needed.
    const band = { ...stage.rules, disagreementBandMicro: 15_000_000 };
    expectOk(await org.call('stage:save', { stage: { ...stage, rules: band } }));

    const reason = 'Dewan juri sepakat memakai skor-z karena dua ruang';
    const zscore = { ...band, aggregation: 'zscore' as const };
    expect(
      expectOk(
        await org.call('stage:save', { stage: { ...stage, rules: zscore }, unlockReason: reason }),
      ),
    ).toEqual({ frozen: true });
    await org.waitFor(
      (x) => x.stages.find((st) => st.id === stageId)?.rules.aggregation === 'zscore',
    );
    const audit = expectOk(await org.call('audit:list', { action: 'rules.change' }));
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({
      target: stageId,
      reason,
      old: { aggregation: 'mean' },
      new: { aggregation: 'zscore' },
    });
  });
});
