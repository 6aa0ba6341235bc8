// The roster import (entries and jurors from a spreadsheet) over real sockets against a
// real SQLite file: all or nothing, a bad row refuses the whole file with its row number;
// replace mode refused once sheets exist, and in a festival without sheets it replaces the
// entries and the jurors.
import { describe, expect, it } from 'vitest';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import {
  demoDeskForFile,
  replyCode as code,
  replyDetails as details,
} from '../helpers/demo-desk.js';
import { connect, expectOk, removeDir, startTestServer, type Client } from '../helpers/server.js';

let org: Client<'organizer'>;
let snap: () => OrganizerSnapshot;
// A sheet exists, as it does once a festival day has begun.
demoDeskForFile((desk) => ({ org, snap } = desk), { firstSheet: true });

describe('roster import', () => {
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
