// An entry's optional details (ringkasan, problem solved, year started, contact, link) over
// real sockets against a real SQLite file: saved with the entry, kept when an edit leaves
// them out, refused whole when bad, imported from spreadsheet rows, carried by a template,
// and gone with their entry.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract/errors.js';
import type { EntryEditInput } from '../../shared/contract/setup-schemas.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  type Client,
  type TestServer,
} from '../helpers/server.js';

let t: TestServer;
let org: Client<'organizer'>;
let db: Database.Database;

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
const details = (res: Result<unknown>) => (res.ok ? [] : (res.details ?? []));
const rowOf = (entryId: string) =>
  db.prepare('SELECT * FROM entry_detail WHERE entry_id = ?').get(entryId) as
    Record<string, unknown> | undefined;
const editOf = (code: string): EntryEditInput => {
  const e = snap().entries.find((x) => x.code === code);
  if (!e) throw new Error(`no entry ${code}`);
  const { order: _o, ...rest } = e;
  return rest;
};

const full = {
  summary: 'Warga mengurus surat kependudukan dari rumah lewat WhatsApp.',
  problem: 'Antrean panjang di kantor kecamatan.',
  yearStarted: 2021,
  contact: 'Sri Wahyuni, 0812-3456-7890',
  link: 'https://dukcapil.trenggalekkab.go.id/sidukun',
};

describe('entry details', () => {
  it('saves details with an entry edit, reads them back, and audits old and new', async () => {
    const input = editOf('OPD-01');
    expectOk(await org.call('entry:save', { ...input, details: full }));
    expect(expectOk(await org.call('entry:details', { id: input.id! }))).toEqual(full);
    expect(rowOf(input.id!)).toMatchObject({ year_started: 2021, contact: full.contact });
    const audit = db
      .prepare("SELECT new_json FROM audit_log WHERE action = 'entry.update' ORDER BY id DESC")
      .get() as { new_json: string };
    expect(JSON.parse(audit.new_json).details).toEqual(full);
  });

  it('keeps the stored details when an edit leaves them out; empties remove the row', async () => {
    const input = editOf('OPD-01');
    expectOk(await org.call('entry:save', { ...input, title: 'Si Dukun 2.0' }));
    expect(expectOk(await org.call('entry:details', { id: input.id! }))).toEqual(full);
    expectOk(
      await org.call('entry:save', {
        ...input,
        details: { summary: '', problem: '', yearStarted: null, contact: '', link: '' },
      }),
    );
    expect(rowOf(input.id!)).toBeUndefined();
    expect(expectOk(await org.call('entry:details', { id: input.id! }))).toEqual({
      summary: '',
      problem: '',
      yearStarted: null,
      contact: '',
      link: '',
    });
  });

  it('refuses a bad year or an over-long summary whole, naming the field; nothing changes', async () => {
    const input = editOf('OPD-02');
    const stored = rowOf(input.id!);
    const revision = () =>
      (db.prepare("SELECT value FROM meta WHERE key = 'revision'").get() as { value: string })
        .value;
    const before = revision();
    const badYear = await org.call('entry:save', {
      ...input,
      title: 'Changed title',
      details: { ...full, yearStarted: 1066 },
    });
    expect(badYear.ok).toBe(false);
    expect(details(badYear).join('\n')).toMatch(/details\.yearStarted/);
    const long = await org.call('entry:save', {
      ...input,
      details: { ...full, summary: 'x'.repeat(2001) },
    });
    expect(details(long).join('\n')).toMatch(/details\.summary/);
    expect(rowOf(input.id!)).toEqual(stored);
    expect(snap().entries.find((e) => e.id === input.id)?.title).toBe(input.title);
    expect(revision()).toBe(before);
    const unknown = await org.call('entry:details', { id: 'no-such-entry' });
    expect(unknown.ok ? 'ok' : unknown.code).toBe('NOT_FOUND');
  });

  it('imports details from spreadsheet rows; a bad year refuses the file with its row number', async () => {
    const row = {
      code: 'OPD-90',
      title: 'Kampung Digital',
      institution: 'Dinas Komunikasi dan Informatika',
      category: 'opd',
      panel: 'panel-a',
    };
    const bad = await org.call('roster:import', {
      entries: [
        { row: 2, ...row, summary: 'Ringkasan' },
        { row: 3, ...row, code: 'OPD-91', yearStarted: 99_999 },
      ],
    });
    expect(bad.ok).toBe(false);
    expect(details(bad).join('\n')).toMatch(/yearStarted/);
    expect(snap().entries.some((e) => e.code === 'OPD-90')).toBe(false);
    expectOk(
      await org.call('roster:import', {
        entries: [{ row: 2, ...row, summary: 'Wi-Fi gratis di balai desa.', yearStarted: 2019 }],
      }),
    );
    const added = (
      await org.waitFor((s) => s.entries.some((e) => e.code === 'OPD-90'))
    ).entries.find((e) => e.code === 'OPD-90')!;
    expect(expectOk(await org.call('entry:details', { id: added.id }))).toEqual({
      summary: 'Wi-Fi gratis di balai desa.',
      problem: '',
      yearStarted: 2019,
      contact: '',
      link: '',
    });
  });

  it('travels in the setup export and a setup import; leaves with its entry', async () => {
    const input = editOf('OPD-03');
    expectOk(await org.call('entry:save', { ...input, details: full }));
    const exported = expectOk(await org.call('setup:export', {}));
    expect(exported.entries.find((e) => e.code === 'OPD-03')?.details).toEqual(full);
    const opd4 = snap().entries.find((e) => e.code === 'OPD-04')!;
    expect(exported.entries.find((e) => e.code === 'OPD-04')?.details).toEqual(
      expectOk(await org.call('entry:details', { id: opd4.id })),
    );
    // An entry without details exports without the field.
    expectOk(
      await org.call('entry:save', {
        ...editOf('OPD-05'),
        details: { summary: '', problem: '', yearStarted: null, contact: '', link: '' },
      }),
    );
    const again = expectOk(await org.call('setup:export', {}));
    expect(again.entries.find((e) => e.code === 'OPD-05')).not.toHaveProperty('details');

    const other = await startTestServer({ seedDemo: false });
    try {
      const org2 = await connect(other.url, 'organizer', { key: other.server.organizerKey });
      expectOk(await org2.call('setup:import', { setup: exported, replace: false }));
      const s2 = await org2.waitFor((s) => s.entries.length === exported.entries.length);
      const copy = s2.entries.find((e) => e.code === 'OPD-03')!;
      expect(expectOk(await org2.call('entry:details', { id: copy.id }))).toEqual(full);
      org2.close();
    } finally {
      await other.stop();
      removeDir(other.dataDir);
    }

    const added = snap().entries.find((e) => e.code === 'OPD-90')!;
    expectOk(await org.call('entry:save', { ...editOf('OPD-90'), details: full }));
    expect(rowOf(added.id)).toBeDefined();
    expectOk(await org.call('entry:delete', { id: added.id }));
    expect(rowOf(added.id)).toBeUndefined();
  });
});
