// "Festival baru" from a running desk, on a real SQLite file over real sockets: confirmed by
// the festival's name, the festival is archived (a backup the desk lists), the archive holds
// every row including the sheets, the live data is emptied for a new festival, and the
// archive restores the old festival whole.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { festivalTables } from '../../electron/server/db/schema-tables.js';
import { backupDir } from '../../electron/server/services/backup.js';
import { blankSetup } from '../../renderer/panitia/blank-setup.js';
import { rubricPresets } from '../../shared/presets/rubrics.js';
import { scoreFestival } from '../helpers/score-festival.js';
import { connect, expectOk, startTestServer } from '../helpers/server.js';

const counts = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(
      festivalTables(db).map((t) => [
        t,
        (db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n,
      ]),
    );
  } finally {
    db.close();
  }
};

describe('festival:new', () => {
  it('archives the festival, empties it for a new one, and the archive restores it whole', async () => {
    const t = await startTestServer();
    const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    const snap = await org.waitFor((s) => s.entries.length > 0);
    const codes = snap.entries.slice(0, 2).map((e) => e.code);
    await scoreFestival(t.url, org, 'presentasi', {
      only: codes,
      organizerKey: t.server.organizerKey,
    });
    const liveResults = expectOk(await org.call('results:get', {}));
    const live = join(t.dataDir, 'panggung.db');
    const before = counts(live);
    expect(before.sheet_version).toBeGreaterThan(0);
    const juror = await connect(t.url, 'juror', { pin: snap.jurors[0]!.pin });
    await juror.waitFor(() => true);
    const revoked = new Promise<string>((resolve) =>
      juror.socket.on('revoked', (e: { code: string }) => resolve(e.code)),
    );

    // The wrong name: refused, nothing archived, nothing deleted.
    const wrong = await org.call('festival:new', { festivalName: 'Festival lain' });
    expect(wrong.ok ? 'ok' : wrong.code).toBe('BAD_INPUT');
    expect(wrong.ok ? [] : wrong.details).toEqual([
      `festivalName: type the festival's name "${snap.festival.name}" to confirm`,
    ]);
    expect(counts(live)).toEqual(before);
    expect(
      expectOk(await org.call('backup:list', {})).some((b) => b.reason === 'new-festival'),
    ).toBe(false);

    // The name typed as a person would (other case, spaces): archived, then emptied.
    const archive = expectOk(
      await org.call('festival:new', { festivalName: `  ${snap.festival.name.toUpperCase()} ` }),
    );
    expect(archive.reason).toBe('new-festival');
    expect(counts(join(backupDir(t.dataDir), archive.file))).toEqual(before);
    const emptied = counts(live);
    for (const [table, n] of Object.entries(emptied)) expect(n, table).toBe(0);
    const none = await org.call('snapshot:get', {});
    expect(none.ok ? 'ok' : none.code).toBe('NOT_FOUND');
    const listed = expectOk(await org.call('backup:list', {}));
    expect(listed.find((b) => b.file === archive.file)?.reason).toBe('new-festival');
    const audit = new Database(live, { readonly: true });
    const row = audit
      .prepare("SELECT target, old_json FROM audit_log WHERE action = 'festival.new'")
      .get() as { target: string; old_json: string };
    audit.close();
    expect(row.target).toBe(archive.file);
    expect(JSON.parse(row.old_json)).toMatchObject({
      name: snap.festival.name,
      entries: snap.entries.length,
      sheets: before.sheet_version,
    });
    // The results archive lists it, with the same winners the live desk had.
    const past = expectOk(await org.call('archive:list', {}));
    expect(past.map((a) => a.festival?.name)).toEqual([snap.festival.name]);
    const pastResults = expectOk(await org.call('archive:results', { id: past[0]!.id }));
    expect({ ...pastResults, generatedAt: 0 }).toEqual({ ...liveResults, generatedAt: 0 });
    // The juror's code went with the festival.
    expect(await revoked).toBe('REVOKED');
    juror.close();

    // A new festival starts in the emptied folder.
    const names = { stage: 'Presentasi', category: 'Umum', panel: 'Panel A' };
    const f = {
      name: 'Festival Inovasi 2027',
      venue: 'GOR',
      startDate: '2027-05-01',
      endDate: '2027-05-02',
      presetId: rubricPresets[0]!.id,
    };
    expectOk(await org.call('setup:import', { setup: blankSetup(f, names), replace: false }));
    await org.waitFor((s) => s.festival.name === f.name);

    // And the old one comes back whole from its archive.
    expectOk(await org.call('backup:restore', { file: archive.file, confirm: true }));
    const back = await org.waitFor((s) => s.festival.name === snap.festival.name);
    expect(back.entries.length).toBe(snap.entries.length);
    expect(counts(live)).toEqual(before);
    org.close();
  });
});
