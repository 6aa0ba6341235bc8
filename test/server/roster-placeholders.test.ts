// The placeholders "Buat festival" creates ("Umum", "Panel A") do not linger once the
// organizers' spreadsheet brings its own categories and panels: real server, real SQLite
// file, real sockets. A category a used festival keeps empty on purpose stays.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { EntryRow } from '../../shared/contract/setup-schemas.js';
import { blankSetup } from '../../renderer/panitia/blank-setup.js';
import { rubricPresets } from '../../shared/presets/rubrics.js';
import { connect, expectOk, startTestServer } from '../helpers/server.js';

const names = { stage: 'Presentasi', category: 'Umum', panel: 'Panel A' };
const festival = {
  name: 'Festival Inovasi Uji',
  venue: 'GOR',
  startDate: '2026-05-01',
  endDate: '2026-05-02',
  presetId: rubricPresets[0]!.id,
};
const row = (n: number, category: string, panel: string): EntryRow =>
  ({
    row: n,
    code: `K-${n}`,
    title: `Inovasi ${n}`,
    institution: 'Dinas',
    category,
    panel,
  }) as EntryRow;

async function freshFestival() {
  const t = await startTestServer({ seedDemo: false });
  const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
  expectOk(await org.call('setup:import', { setup: blankSetup(festival, names), replace: false }));
  await org.waitFor((s) => s.categories.length === 1);
  const db = new Database(join(t.dataDir, 'panggung.db'), { readonly: true });
  onTestFinished(() => {
    db.close();
    org.close();
  });
  const tableNames = (table: 'category' | 'panel') =>
    (db.prepare(`SELECT name FROM ${table} ORDER BY ord`).all() as Array<{ name: string }>).map(
      (r) => r.name,
    );
  return { org, tableNames };
}

describe('roster import and the new festival placeholders', () => {
  it('removes the empty default category and panel when the file brings its own', async () => {
    const { org, tableNames } = await freshFestival();
    expect(tableNames('category')).toEqual(['Umum']);
    const reply = expectOk(
      await org.call('roster:import', {
        createMissing: true,
        entries: [row(2, 'Perangkat Daerah', 'Ruang 1'), row(3, 'Sekolah', 'Ruang 2')],
      }),
    );
    expect(reply.categories).toBe(2);
    const snap = await org.waitFor((s) => s.entries.length === 2);
    expect(snap.categories.map((c) => c.name)).toEqual(['Perangkat Daerah', 'Sekolah']);
    expect(snap.panels.map((p) => p.name)).toEqual(['Ruang 1', 'Ruang 2']);
    expect(tableNames('category')).toEqual(['Perangkat Daerah', 'Sekolah']);
    expect(tableNames('panel')).toEqual(['Ruang 1', 'Ruang 2']);
    // Every panel left still has its live row: the desk can present on each.
    expect(snap.live.map((l) => l.panelId).sort()).toEqual(snap.panels.map((p) => p.id).sort());
  });

  it('keeps the default when the file uses it, and an empty category once entries exist', async () => {
    const { org, tableNames } = await freshFestival();
    expectOk(
      await org.call('roster:import', {
        createMissing: true,
        entries: [row(2, 'Umum', 'Panel A'), row(3, 'Sekolah', 'Panel A')],
      }),
    );
    await org.waitFor((s) => s.entries.length === 2);
    expect(tableNames('category')).toEqual(['Umum', 'Sekolah']);
    // A festival with entries: an empty category made by hand is the organizer's choice.
    expectOk(await org.call('category:save', { name: 'Kesehatan' }));
    expectOk(
      await org.call('roster:import', {
        createMissing: true,
        entries: [row(4, 'Desa', 'Panel A')],
      }),
    );
    await org.waitFor((s) => s.entries.length === 3);
    expect(tableNames('category')).toEqual(['Umum', 'Sekolah', 'Kesehatan', 'Desa']);
  });

  it('a file refused for a bad row removes nothing', async () => {
    const { org, tableNames } = await freshFestival();
    const bad = await org.call('roster:import', {
      createMissing: true,
      entries: [row(2, 'Sekolah', 'Ruang 1'), { ...row(3, 'Sekolah', 'Ruang 1'), code: 'K-2' }],
    });
    expect(bad.ok).toBe(false);
    expect(tableNames('category')).toEqual(['Umum']);
    expect(tableNames('panel')).toEqual(['Panel A']);
  });
});
