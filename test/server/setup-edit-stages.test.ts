// Festival and stage editing over real sockets against a real SQLite file: validation
// errors, weights that must sum to 100, stages added, edited and deleted, a frozen rubric
// refused and unlocked with an audited reason.
import { describe, expect, it } from 'vitest';
import type { StageEditInput } from '../../shared/contract/setup-schemas.js';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import {
  auditForFile,
  demoDeskForFile,
  demoStage as stageId,
  replyCode as code,
  replyDetails as details,
} from '../helpers/demo-desk.js';
import {
  connect,
  expectOk,
  submissionId,
  type Client,
  type TestServer,
} from '../helpers/server.js';

let t: TestServer;
let org: Client<'organizer'>;
const { open, audit } = auditForFile();
let snap: () => OrganizerSnapshot;
demoDeskForFile((desk) => {
  ({ t, org, snap } = desk);
  open(t.dataDir);
});

const stageInput = (s: OrganizerSnapshot, id: string): StageEditInput => {
  const { rubricFrozen: _f, ...stage } = s.stages.find((x) => x.id === id) ?? s.stages[0]!;
  return stage;
};

describe('setup editing: festival and stages', () => {
  it('saves festival details in one commit, audited with old and new; refuses an end before the start', async () => {
    const before = snap();
    const bad = await org.call('festival:save', {
      name: 'X',
      startDate: '2026-05-10',
      endDate: '2026-05-01',
    });
    expect(code(bad)).toBe('BAD_INPUT');
    expect(details(bad).join()).toMatch(/endDate/);
    const { id: _id, ...fields } = before.festival;
    expectOk(await org.call('festival:save', { ...fields, name: 'Festival Inovasi Uji' }));
    const after = await org.waitFor((s) => s.festival.name === 'Festival Inovasi Uji');
    expect(after.festival.venue).toBe(before.festival.venue);
    const row = audit('festival.update')[0];
    expect(row?.actor).toMatch(/^organizer@/);
    expect(JSON.parse(row?.old_json ?? '{}').name).toBe(before.festival.name);
    expect(JSON.parse(row?.new_json ?? '{}').name).toBe('Festival Inovasi Uji');
  });

  it('refuses a rubric whose weights do not sum to 100, and bad scales, with field paths', async () => {
    const s = snap();
    const stage = stageInput(s, stageId);
    const off = {
      ...stage,
      criteria: stage.criteria.map((c, i) => (i === 0 ? { ...c, weightBp: c.weightBp - 500 } : c)),
    };
    const res = await org.call('stage:save', { stage: off });
    expect(code(res)).toBe('BAD_INPUT');
    expect(details(res).join()).toMatch(/criteria: weights sum to 95%/);
    const scale = {
      ...stage,
      criteria: stage.criteria.map((c, i) => (i === 1 ? { ...c, stepX100: 400 } : c)),
    };
    expect(details(await org.call('stage:save', { stage: scale })).join()).toMatch(
      /criteria\.1\.stepX100/,
    );
    expect(snap().version).toBe(s.version);
  });

  it('adds and edits a stage with a preset-like rubric; a new stage can be deleted', async () => {
    const v = snap().version;
    const kurasi: StageEditInput = {
      id: 'kurasi',
      name: 'Kurasi',
      order: 0,
      finalWeightBp: 0,
      rules: {
        aggregation: 'trimmed',
        disagreementBandMicro: 20_000_000,
        tieBreak: [],
        zscoreMinSheets: 5,
      },
      criteria: [
        {
          id: 'a',
          name: 'Kebaruan',
          weightBp: 6000,
          minX100: 0,
          maxX100: 10_000,
          stepX100: 100,
          levels: [],
        },
        {
          id: 'b',
          name: 'Manfaat',
          weightBp: 4000,
          minX100: 0,
          maxX100: 10_000,
          stepX100: 100,
          levels: [{ fromX100: 0, toX100: 5000, label: 'Kurang' }],
        },
      ],
    };
    expect(expectOk(await org.call('stage:save', { stage: kurasi }))).toEqual({ frozen: false });
    const added = await org.waitFor(
      (x) => x.version > v && x.stages.some((y) => y.id === 'kurasi'),
    );
    expect(added.stages.map((x) => x.id)).toContain('kurasi');
    expect(added.stages.find((x) => x.id === 'kurasi')?.criteria[1]?.levels[0]?.label).toBe(
      'Kurang',
    );
    expectOk(await org.call('stage:delete', { id: 'kurasi' }));
    const gone = await org.waitFor((s) => !s.stages.some((x) => x.id === 'kurasi'));
    expect(gone.stages).toHaveLength(1);
    expect(code(await org.call('stage:delete', { id: stageId }))).toBe('INVALID_SETUP');
  });

  it('freezes the rubric once a sheet exists: a change is refused, then made with an audited unlock reason', async () => {
    expectOk(await org.call('panel:present', { panelId: 'panel-a', entryId: 'e001' }));
    const a1 = await connect(t.url, 'juror', {
      pin: snap().jurors.find((j) => j.id === 'j-a1')!.pin,
    });
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
    a1.close();
    // The snapshot's stage.rubricFrozen is read at setup load; a sheet shows in progress at once.
    const frozen = await org.waitFor((s) => s.progress[stageId]?.['e001']?.['j-a1'] === 'draft');
    const stage = stageInput(frozen, stageId);
    const renamed = {
      ...stage,
      criteria: stage.criteria.map((c, i) => (i === 0 ? { ...c, name: 'Kebaruan (novelty)' } : c)),
    };
    const refused = await org.call('stage:save', { stage: renamed });
    expect(code(refused)).toBe('RUBRIC_FROZEN');
    expect(code(await org.call('stage:save', { stage: renamed, unlockReason: 'x' }))).toBe(
      'BAD_INPUT',
    );
    // A change outside the rubric (the timers) needs no unlock.
    expectOk(await org.call('stage:save', { stage: { ...stage, qaSec: 600 } }));
    expect(
      expectOk(
        await org.call('stage:save', {
          stage: { ...renamed, qaSec: 600 },
          unlockReason: 'Typo in the criterion name, agreed with the head juror',
        }),
      ),
    ).toEqual({ frozen: true });
    const after = await org.waitFor(
      (s) => s.stages.find((x) => x.id === stageId)?.criteria[0]?.name === 'Kebaruan (novelty)',
    );
    expect(after.stages.find((x) => x.id === stageId)?.rubricFrozen).toBe(true); // reloaded with the edit
    const unlock = audit('rubric.unlock')[0];
    expect(unlock?.reason).toBe('Typo in the criterion name, agreed with the head juror');
    expect(JSON.parse(unlock?.old_json ?? '[]')[0].name).toBe('Kebaruan');
    expect(JSON.parse(unlock?.new_json ?? '[]')[0].name).toBe('Kebaruan (novelty)');
  });
});
