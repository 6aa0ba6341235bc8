// Entries, jurors, categories and panels edited one at a time over real sockets against a
// real SQLite file: adds, edits, reorders, refusals with field paths, audited changes, and
// deletes refused while a sheet (test/helpers/demo-desk.ts draftFirstSheet) needs them.
import { describe, expect, it } from 'vitest';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import {
  auditForFile,
  demoDeskForFile,
  replyCode as code,
  replyDetails as details,
} from '../helpers/demo-desk.js';
import { expectOk, type Client } from '../helpers/server.js';

let org: Client<'organizer'>;
let snap: () => OrganizerSnapshot;
const { open, audit } = auditForFile();
// A sheet exists, as it does once a festival day has begun.
demoDeskForFile(
  (desk) => {
    ({ org, snap } = desk);
    open(desk.t.dataDir);
  },
  { firstSheet: true },
);

describe('setup editing: entries, jurors, categories and panels', () => {
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
});
