// Old festival files for migration tests: a database brought up to a given version by the
// real runner, seeded with raw SQL in that version's own shape (the app's repositories
// speak only the latest schema), and a dump of every row of every table to compare.
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../../../electron/server/db/migrate.js';
import { tablesInDependencyOrder } from '../../../electron/server/db/schema-tables.js';
import { removeDir, tempDir } from '../../helpers/server.js';

export type Dump = Record<string, unknown[]>;

/** A festival file at schema `version`, foreign keys on like the app opens it. */
export function databaseAt(version: number, dir = tempDir()): Database.Database {
  const db = new Database(join(dir, 'panggung.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db, version);
  return db;
}

/** Closes a database from databaseAt and removes its folder. */
export function discard(db: Database.Database): void {
  db.close();
  removeDir(dirname(db.name));
}

/** Every row of every table, in primary-key order, to compare before and after. */
export function dump(db: Database.Database): Dump {
  const out: Dump = {};
  for (const t of tablesInDependencyOrder(db))
    out[t] = db.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).all();
  return out;
}

export function rowCount(d: Dump): number {
  return Object.values(d).reduce((n, rows) => n + rows.length, 0);
}

const levels = JSON.stringify([
  { fromX100: 100, toX100: 400, label: 'Kurang' },
  { fromX100: 401, toX100: 700, label: 'Cukup' },
  { fromX100: 701, toX100: 1000, label: 'Sangat baik' },
]);

/**
 * A small festival scored part-way, in the version-1 shape (which versions 2 and 3 keep):
 * two stages with criteria, two panels, four entries, four jurors, submitted sheets with a
 * correction, live state, a tie decision and audit rows.
 */
export function seedVersion1Festival(db: Database.Database): void {
  const t0 = 1_790_000_000_000;
  db.transaction(() => {
    db.exec(`
      INSERT INTO meta VALUES ('revision', '57'), ('organizer_key', 'kunci-panitia-lama');
      INSERT INTO festival VALUES ('f1', 'Lomba Inovasi Kota Lama 2025', 'Melayani lebih dekat',
        'Gedung Serbaguna Kota', '2026-11-27', '2026-11-28', 'Bappeda Kota');
      INSERT INTO stage VALUES
        ('presentasi', 'Presentasi', 1, 6000, 'trimmed', 15000000,
         '[{"kind":"criterion","criterionId":"kebaruan"}]', 5, 420, 180, 1),
        ('final', 'Final', 2, 4000, 'zscore', 10000000, '[]', 3, 600, 300, 0);
      INSERT INTO category VALUES ('opd', 'Perangkat Daerah', 1), ('desa', 'Desa', 2);
      INSERT INTO panel VALUES ('panel-a', 'Panel A', 1), ('panel-b', 'Panel B', 2);
    `);
    const criterion = db.prepare('INSERT INTO criterion VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const rubric: Array<[string, string, number]> = [
      ['presentasi', 'kebaruan', 4000],
      ['presentasi', 'kemanfaatan', 3500],
      ['presentasi', 'penyajian', 2500],
      ['final', 'dampak', 6000],
      ['final', 'keberlanjutan', 4000],
    ];
    rubric.forEach(([stage, id, w], i) =>
      criterion.run(stage, id, i, id.toUpperCase(), `Uraian ${id}`, w, 100, 1000, 50, levels),
    );
    const entry = db.prepare('INSERT INTO entry VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    entry.run(
      'e1',
      1,
      'OPD-01',
      'Antrean Puskesmas Daring',
      'Dinas Kesehatan',
      'opd',
      'panel-a',
      'Rina',
    );
    entry.run(
      'e2',
      2,
      'OPD-02',
      'Sampah Jadi Rupiah',
      'Dinas Lingkungan Hidup',
      'opd',
      'panel-a',
      'Budi',
    );
    entry.run('e3', 1, 'DS-01', 'Lumbung Pangan Desa', 'Desa Sukamaju', 'desa', 'panel-b', 'Sari');
    entry.run(
      'e4',
      2,
      'DS-02',
      'Air Bersih Gravitasi',
      'Desa Mekarsari',
      'desa',
      'panel-b',
      'Agus',
    );
    const juror = db.prepare('INSERT INTO juror VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    juror.run('j-a1', 'Dr. Hasan', 'panel-a', 1, '[]', '[]', '111111', 'tok-a1', 0);
    juror.run(
      'j-a2',
      'Ir. Wulan',
      'panel-a',
      0,
      '["Dinas Kesehatan"]',
      '[]',
      '222222',
      'tok-a2',
      0,
    );
    juror.run('j-b1', 'Prof. Made', 'panel-b', 1, '[]', '["e4"]', '333333', 'tok-b1', 0);
    juror.run('j-b2', 'Dra. Lestari', 'panel-b', 0, '[]', '[]', '444444', 'tok-b2', 1);
    const version = db.prepare(
      'INSERT INTO sheet_version VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const value = db.prepare('INSERT INTO sheet_value VALUES (?, ?, ?)');
    const current = db.prepare(
      'INSERT INTO sheet VALUES (?, ?, ?, ?) ON CONFLICT (juror_id, entry_id, stage_id) DO UPDATE SET current_version_id = excluded.current_version_id',
    );
    let n = 0;
    const sheet = (
      jurorId: string,
      entryId: string,
      values: [number | null, number | null, number | null],
      author: 'juror' | 'organizer' = 'juror',
      reason: string | null = null,
    ) => {
      n++;
      const id = `sv-${n}`;
      const prior = db
        .prepare(
          "SELECT COUNT(*) AS c FROM sheet_version WHERE juror_id = ? AND entry_id = ? AND stage_id = 'presentasi'",
        )
        .get(jurorId, entryId) as { c: number };
      version.run(
        id,
        `sub-${n}`,
        jurorId,
        entryId,
        'presentasi',
        prior.c + 1,
        'submitted',
        `catatan ${n}`,
        t0 + n * 1000,
        author,
        reason,
      );
      ['kebaruan', 'kemanfaatan', 'penyajian'].forEach((c, i) =>
        value.run(id, c, values[i] ?? null),
      );
      current.run(jurorId, entryId, 'presentasi', id);
    };
    sheet('j-a1', 'e1', [850, 800, 750]);
    sheet('j-a1', 'e2', [700, 650, 900]);
    sheet('j-a2', 'e2', [600, 700, 800]);
    sheet('j-a2', 'e2', [650, 700, 800], 'organizer', 'Salah ketik nilai kebaruan');
    sheet('j-b1', 'e3', [900, 800, 850]);
    const state = db.prepare('INSERT INTO entry_state VALUES (?, ?, ?, ?)');
    state.run('e1', 'presentasi', 'locked', t0 + 9000);
    state.run('e2', 'presentasi', 'closed', t0 + 9500);
    state.run('e3', 'presentasi', 'scoring', t0 + 9700);
    db.prepare('INSERT INTO panel_live VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      'panel-a',
      'presentasi',
      'e2',
      'qa',
      t0 + 10_000,
      12_000,
      180_000,
    );
    db.prepare('INSERT INTO panel_live VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      'panel-b',
      'presentasi',
      null,
      'idle',
      null,
      0,
      420_000,
    );
    db.prepare('INSERT INTO release_state VALUES (1, ?, ?, ?, ?)').run(
      'progress',
      'presentasi',
      null,
      'Istirahat 15 menit',
    );
    db.prepare('INSERT INTO screen VALUES (?, ?, ?)').run('utama', 'presenting', 'panel-a');
    db.prepare('INSERT INTO screen VALUES (?, ?, ?)').run('lobi', 'leaderboard', null);
    db.prepare(
      'INSERT INTO tie_decision (stage_id, category_id, entry_ids_json, decided_by, reason, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run('presentasi', 'opd', '["e1","e2"]', 'Ketua juri', 'Dampak lebih luas', t0 + 11_000);
    const audit = db.prepare(
      'INSERT INTO audit_log (at, actor, action, target, old_json, new_json, reason) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    audit.run(t0, 'panitia', 'setup.import', 'f1', null, '{"entries":4}', null);
    audit.run(
      t0 + 4000,
      'panitia',
      'sheet.correct',
      'j-a2/e2',
      '{"kebaruan":600}',
      '{"kebaruan":650}',
      'Salah ketik nilai kebaruan',
    );
  })();
}

/** The version-2 addition: a logo, as the desk stores it. */
export function seedVersion2Assets(db: Database.Database): void {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  db.prepare('INSERT INTO asset VALUES (?, ?, ?, ?)').run(
    'logo-1',
    'image/png',
    png,
    1_790_000_000_000,
  );
}
