// Setup editing over real sockets against a real SQLite file: validation errors, weights
// that must sum to 100, a frozen rubric refused and unlocked with an audited reason,
// entries/jurors edits and reorder, the all-or-nothing roster import with row numbers.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract/errors.js';
import type { StageEditInput } from '../../shared/contract/setup-schemas.js';
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
let db: Database.Database;
const stageId = 'presentasi';

beforeAll(async () => {
  t = await startTestServer();
  org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
  await org.waitFor(() => true);
  db = new Database(join(t.dataDir, 'panggung.db'), { readonly: true });
});

afterAll(async () => {
  db?.close();
  org?.close();
  await t?.stop();
  if (t) removeDir(t.dataDir);
});

const snap = () => {
  const s = org.latest();
  if (!s) throw new Error('no snapshot');
  return s;
};
const code = (res: Result<unknown>) => (res.ok ? 'ok' : res.code);
const details = (res: Result<unknown>) => (res.ok ? [] : (res.details ?? []));
const audit = (action: string) =>
  db.prepare('SELECT * FROM audit_log WHERE action = ? ORDER BY id DESC').all(action) as Array<{
    actor: string;
    old_json: string | null;
    new_json: string | null;
    reason: string | null;
    at: number;
  }>;
const stageInput = (s: OrganizerSnapshot, id: string): StageEditInput => {
  const { rubricFrozen: _f, ...stage } = s.stages.find((x) => x.id === id) ?? s.stages[0]!;
  return stage;
};

describe('setup editing', () => {
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

  it('adds, edits, reorders and deletes entries; refuses a duplicate code and a taken running order', async () => {
    const s = snap();
    const panelB = s.entries
      .filter((e) => e.panelId === 'panel-b')
      .sort((a, b) => a.order - b.order);
    const { id } = expectOk(
      await org.call('entry:save', {
        code: 'NEW-01',
        title: 'Inovasi Baru',
        institution: 'Dinas Baru',
        categoryId: 'opd',
        panelId: 'panel-b',
      }),
    );
    const added = await org.waitFor((x) => x.entries.some((e) => e.id === id));
    expect(added.entries.find((e) => e.id === id)?.order).toBe((panelB.at(-1)?.order ?? 0) + 1);
    expect(
      code(
        await org.call('entry:save', {
          code: 'new-01',
          title: 'Lain',
          institution: 'X',
          categoryId: 'opd',
          panelId: 'panel-b',
        }),
      ),
    ).toBe('INVALID_SETUP');
    const taken = await org.call('entry:save', {
      id,
      code: 'NEW-01',
      title: 'Inovasi Baru',
      institution: 'Dinas Baru',
      categoryId: 'opd',
      panelId: 'panel-b',
      order: panelB[0]!.order,
    });
    expect(details(taken).join()).toMatch(/order: running order/);
    expect(
      code(
        await org.call('entry:save', {
          code: '',
          title: 'x',
          institution: 'x',
          categoryId: 'opd',
          panelId: 'panel-b',
        }),
      ),
    ).toBe('BAD_INPUT');

    const ids = [id, ...panelB.map((e) => e.id)];
    expectOk(await org.call('entry:reorder', { panelId: 'panel-b', entryIds: ids }));
    const reordered = await org.waitFor((x) => x.entries.find((e) => e.id === id)?.order === 1);
    expect(
      reordered.entries
        .filter((e) => e.panelId === 'panel-b')
        .sort((a, b) => a.order - b.order)
        .map((e) => e.id),
    ).toEqual(ids);
    expect(
      code(await org.call('entry:reorder', { panelId: 'panel-b', entryIds: ids.slice(1) })),
    ).toBe('BAD_INPUT');

    expectOk(
      await org.call('juror:save', {
        id: 'j-b3',
        name: 'Dr. Yusuf Effendi',
        panelId: 'panel-b',
        conflictEntryIds: [id],
      }),
    );
    await org.waitFor(
      (x) => x.jurors.find((j) => j.id === 'j-b3')?.conflictEntryIds.includes(id) ?? false,
    );
    expectOk(await org.call('entry:delete', { id }));
    const deleted = await org.waitFor((x) => !x.entries.some((e) => e.id === id));
    expect(deleted.jurors.find((j) => j.id === 'j-b3')?.conflictEntryIds).toEqual([]);
    expect(code(await org.call('entry:delete', { id: 'e001' }))).toBe('INVALID_SETUP'); // has a sheet
  });

  it('adds a juror with fresh codes, edits chair and conflicts, deletes one without sheets', async () => {
    const { id } = expectOk(
      await org.call('juror:save', {
        name: 'Drs. Juri Baru',
        panelId: 'panel-a',
        isChair: false,
        conflictInstitutions: ['Dinas Kesehatan'],
      }),
    );
    const added = await org.waitFor((x) => x.jurors.some((j) => j.id === id));
    const j = added.jurors.find((x) => x.id === id)!;
    expect(j.pin).toMatch(/^\d{9}$/);
    expect(j.token.length).toBeGreaterThan(20);
    expectOk(
      await org.call('juror:save', {
        id,
        name: 'Drs. Juri Baru',
        panelId: 'panel-b',
        isChair: true,
        conflictInstitutions: [],
      }),
    );
    const edited = await org.waitFor((x) => x.jurors.find((y) => y.id === id)?.isChair === true);
    expect(edited.jurors.find((y) => y.id === id)).toMatchObject({
      panelId: 'panel-b',
      pin: j.pin,
      conflictInstitutions: [],
    });
    expect(audit('juror.add')[0]?.new_json).not.toContain(j.pin);
    expect(code(await org.call('juror:save', { name: 'X', panelId: 'nope' }))).toBe(
      'INVALID_SETUP',
    );
    expectOk(await org.call('juror:delete', { id }));
    await org.waitFor((x) => !x.jurors.some((y) => y.id === id));
    expect(code(await org.call('juror:delete', { id: 'j-a1' }))).toBe('INVALID_SETUP');
  });

  it('categories and panels: add, rename, refuse deleting one in use, delete an empty one', async () => {
    const { id } = expectOk(await org.call('category:save', { name: 'Desa Wisata' }));
    expect(id).toBe('desa-wisata');
    expect(code(await org.call('category:save', { name: 'desa  wisata' }))).toBe('INVALID_SETUP');
    expectOk(await org.call('category:save', { id, name: 'Desa Wisata & Budaya' }));
    await org.waitFor((x) => x.categories.some((c) => c.name === 'Desa Wisata & Budaya'));
    expect(code(await org.call('category:delete', { id: 'opd' }))).toBe('INVALID_SETUP');
    expectOk(await org.call('category:delete', { id }));
    const ids = (await org.waitFor((x) => !x.categories.some((c) => c.id === id))).categories.map(
      (c) => c.id,
    );
    expectOk(await org.call('category:reorder', { ids: [...ids].reverse() }));
    await org.waitFor((x) => x.categories[0]?.id === ids.at(-1));
    expect(code(await org.call('category:reorder', { ids: ids.slice(1) }))).toBe('BAD_INPUT');
    const panel = expectOk(await org.call('panel:save', { name: 'Panel C' }));
    const withPanel = await org.waitFor((x) => x.panels.some((p) => p.id === panel.id));
    expect(withPanel.live.some((l) => l.panelId === panel.id)).toBe(true);
    expectOk(await org.call('panel:delete', { id: panel.id }));
    await org.waitFor((x) => !x.panels.some((p) => p.id === panel.id));
  });

  it('imports entries and jurors all or nothing: a bad row refuses the whole file with its row number', async () => {
    const before = snap();
    const bad = await org.call('roster:import', {
      entries: [
        {
          row: 2,
          code: 'IMP-1',
          title: 'A',
          institution: 'X',
          category: 'Sekolah',
          panel: 'panel-a',
        },
        {
          row: 3,
          code: 'IMP-1',
          title: 'B',
          institution: 'Y',
          category: 'Sekolah',
          panel: 'panel-a',
        },
        {
          row: 4,
          code: 'IMP-3',
          title: 'C',
          institution: 'Z',
          category: 'Pariwisata',
          panel: 'panel-a',
        },
      ],
    });
    expect(code(bad)).toBe('INVALID_SETUP');
    expect(details(bad)).toEqual([
      'entries row 3, code: code IMP-1 is also used in row 2',
      'entries row 4, category: unknown category "Pariwisata"',
    ]);
    expect(snap().version).toBe(before.version);

    const reply = expectOk(
      await org.call('roster:import', {
        createMissing: true,
        entries: [
          {
            row: 2,
            code: 'IMP-1',
            title: 'A',
            institution: 'X',
            category: 'Sekolah',
            panel: 'Panel C',
          },
          {
            row: 3,
            code: 'IMP-2',
            title: 'B',
            institution: 'Y',
            category: 'Pariwisata',
            panel: 'Panel C',
          },
        ],
        jurors: [
          {
            row: 2,
            name: 'Juri Impor',
            panel: 'Panel C',
            isChair: true,
            conflicts: ['IMP-2', 'Dinas Pariwisata'],
          },
        ],
      }),
    );
    expect(reply).toEqual({ entries: 2, jurors: 1, categories: 1, panels: 1 });
    const after = await org.waitFor((x) => x.entries.some((e) => e.code === 'IMP-2'));
    const imp2 = after.entries.find((e) => e.code === 'IMP-2')!;
    expect(after.panels.find((p) => p.id === imp2.panelId)?.name).toBe('Panel C');
    expect(
      after.entries
        .filter((e) => e.panelId === imp2.panelId)
        .map((e) => e.order)
        .sort(),
    ).toEqual([1, 2]);
    expect(after.jurors.find((j) => j.name === 'Juri Impor')).toMatchObject({
      conflictEntryIds: [imp2.id],
      conflictInstitutions: ['Dinas Pariwisata'],
      isChair: true,
    });
    expect(
      code(
        await org.call('roster:import', {
          mode: 'replace',
          entries: [
            {
              row: 2,
              code: 'Z',
              title: 'Z',
              institution: 'Z',
              category: 'Sekolah',
              panel: 'Panel C',
            },
          ],
        }),
      ),
    ).toBe('INVALID_SETUP');
  });
});

describe('roster import in replace mode (no sheets yet)', () => {
  it('replaces the entries and the jurors; conflicts with removed entries go with them', async () => {
    const fresh = await startTestServer();
    const o = await connect(fresh.url, 'organizer', { key: fresh.server.organizerKey });
    try {
      const before = await o.waitFor(() => true);
      expect(before.entries.length).toBe(67);
      expectOk(
        await o.call('juror:save', {
          id: 'j-a3',
          name: 'Ir. Bambang Haryanto',
          panelId: 'panel-a',
          conflictEntryIds: ['e001'],
        }),
      );
      const reply = expectOk(
        await o.call('roster:import', {
          mode: 'replace',
          entries: [
            {
              row: 2,
              code: 'R-1',
              title: 'Satu',
              institution: 'Dinas A',
              category: 'Sekolah',
              panel: 'Panel A — Panggung Utama',
              order: 5,
            },
            {
              row: 3,
              code: 'R-2',
              title: 'Dua',
              institution: 'Dinas B',
              category: 'opd',
              panel: 'panel-a',
            },
          ],
        }),
      );
      expect(reply).toMatchObject({ entries: 2, jurors: 0 });
      const after = await o.waitFor((s) => s.entries.length === 2);
      expect(after.entries.map((e) => [e.code, e.order])).toEqual([
        ['R-1', 5],
        ['R-2', 6],
      ]);
      expect(after.jurors).toHaveLength(before.jurors.length);
      expect(after.jurors.find((j) => j.id === 'j-a3')?.conflictEntryIds).toEqual([]);
      expectOk(
        await o.call('roster:import', {
          mode: 'replace',
          jurors: [{ row: 2, name: 'Juri Tunggal', panel: 'panel-b' }],
        }),
      );
      const jurors = await o.waitFor((s) => s.jurors.length === 1);
      expect(jurors.jurors[0]).toMatchObject({ name: 'Juri Tunggal', panelId: 'panel-b' });
      expect(jurors.entries).toHaveLength(2);
    } finally {
      o.close();
      await fresh.stop();
      removeDir(fresh.dataDir);
    }
  });
});
