// The results archive: past festivals kept in DATA/archive/ (a festival's data folder
// copied in as archive/<folder>/panggung.db, or a database or backup file archive/<name>.db),
// listed side by side with how they were scored and who won. A past festival is read from a
// private copy in the system's temp folder, brought up to this app's schema there: the
// archived file is only ever read, so a folder on a write-protected stick works too and
// nothing in the archive changes. This module never writes into an archived festival.
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ArchivedFestival, ArchivedStage } from '../../../shared/contract/archive-views.js';
import { DomainError } from '../../../shared/contract/errors.js';
import { archiveIdSchema } from '../../../shared/contract/organizer/archive.js';
import type { ResultsExport } from '../../../shared/contract/views.js';
import { dbFileName } from '../db/connection.js';
import { privateDir, privateFiles } from '../db/file-modes.js';
import { migrate, schemaVersion, userVersion } from '../db/migrate.js';
import { resultsExport } from './results.js';
import { createVenue, type Venue } from './venue.js';

const shownPlaces = 3;

export function archiveDir(dataDir: string): string {
  return join(dataDir, 'archive');
}

/** Every festival file in archive/: "name.db" files and "folder/panggung.db". */
function archiveIds(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => {
      if (d.isFile() && d.name.endsWith('.db')) return [d.name];
      if (d.isDirectory() && existsSync(join(dir, d.name, dbFileName)))
        return [`${d.name}/${dbFileName}`];
      return [];
    })
    .filter((id) => archiveIdSchema.safeParse(id).success)
    .sort();
}

/**
 * Runs `read` on a private, migrated copy of an archived database (with its WAL, so the
 * last acknowledged writes of a festival that was not shut down cleanly are there too).
 */
function withCopy<T>(path: string, read: (db: Database.Database, version: number) => T): T {
  const tmp = mkdtempSync(join(tmpdir(), 'panggung-archive-'));
  try {
    const copy = join(tmp, dbFileName);
    copyFileSync(path, copy);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
    const db = new Database(copy, { fileMustExist: true });
    try {
      if (db.pragma('quick_check', { simple: true }) !== 'ok') throw new Refused('damaged');
      const version = userVersion(db);
      if (version > schemaVersion)
        throw new Refused(`from a newer Panggung (schema ${version}, this app ${schemaVersion})`);
      migrate(db);
      return read(db, version);
    } finally {
      db.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

class Refused extends Error {}

function summary(venue: Venue): Omit<ArchivedFestival, 'id' | 'bytes' | 'modifiedAt'> {
  const results = resultsExport(venue);
  const setup = venue.requireSetup();
  const byId = new Map(setup.entries.map((e) => [e.id, e]));
  const stages = results.stages.map(({ stage, standings }): ArchivedStage => {
    const phases = setup.entries.map((e) => venue.phase(stage.id, e.id));
    return {
      id: stage.id,
      name: stage.name,
      aggregation: stage.rules.aggregation,
      criteria: stage.criteria.map((c) => ({ name: c.name, weightBp: c.weightBp })),
      entries: phases.filter((p) => p !== 'out').length,
      locked: phases.filter((p) => p === 'locked').length,
      winners: setup.categories.map((c) => ({
        category: c.name,
        places: (standings.byCategory[c.id] ?? []).flatMap((r) => {
          const e = byId.get(r.entryId);
          if (!e || r.rank === null || r.rank > shownPlaces) return [];
          return [
            {
              rank: r.rank,
              tied: r.tied,
              code: e.code,
              title: e.title,
              institution: e.institution,
              scoreMicro: r.scoreMicro,
            },
          ];
        }),
      })),
    };
  });
  return {
    festival: setup.festival,
    schemaVersion: null,
    entries: setup.entries.length,
    stages,
    refused: null,
  };
}

const cache = new Map<string, { key: string; value: ArchivedFestival }>();

function describe(dir: string, id: string): ArchivedFestival {
  const path = join(dir, id);
  const st = statSync(path);
  const key = `${st.size}:${st.mtimeMs}:${existsSync(`${path}-wal`) ? statSync(`${path}-wal`).mtimeMs : 0}`;
  const hit = cache.get(path);
  if (hit?.key === key) return hit.value;
  const base = { id, bytes: st.size, modifiedAt: st.mtimeMs };
  let value: ArchivedFestival;
  try {
    value = withCopy(path, (db, version) => {
      const venue = createVenue(db);
      if (!venue.setup()) throw new Refused('holds no festival');
      return { ...base, ...summary(venue), schemaVersion: version };
    });
  } catch (err) {
    const why = err instanceof Refused ? err.message : `unreadable: ${(err as Error).message}`;
    value = { ...base, festival: null, schemaVersion: null, entries: 0, stages: [], refused: why };
  }
  cache.set(path, { key, value });
  return value;
}

/** The past festivals in archive/, newest festival first (unreadable files last). */
export function listArchive(dataDir: string): ArchivedFestival[] {
  const dir = archiveDir(dataDir);
  return archiveIds(dir)
    .map((id) => describe(dir, id))
    .sort(
      (a, b) =>
        Number(a.festival === null) - Number(b.festival === null) ||
        (b.festival?.endDate ?? '').localeCompare(a.festival?.endDate ?? '') ||
        a.id.localeCompare(b.id),
    );
}

export function archiveResults(dataDir: string, id: string): ResultsExport {
  const dir = archiveDir(dataDir);
  if (!archiveIds(dir).includes(id)) throw new DomainError('NOT_FOUND', [`archive ${id}`]);
  try {
    return withCopy(join(dir, id), (db) => {
      const venue = createVenue(db);
      if (!venue.setup()) throw new Refused('holds no festival');
      return resultsExport(venue);
    });
  } catch (err) {
    if (err instanceof Refused)
      throw new DomainError('BAD_INPUT', [`archive ${id}: ${err.message}`]);
    throw err;
  }
}

/** Keeps this festival in archive/ as "<name>-<last day>.db" (a consistent online copy). */
export async function saveToArchive(venue: Venue, dataDir: string): Promise<ArchivedFestival> {
  return intoArchive(dataDir, venue.requireSetup().festival, (tmp) => venue.db.backup(tmp));
}

/** Keeps a finished copy of a festival (e.g. the one "Festival baru" made) in archive/ too. */
export function copyToArchive(
  dataDir: string,
  festival: { name: string; endDate: string },
  file: string,
): Promise<ArchivedFestival> {
  return intoArchive(dataDir, festival, (tmp) => copyFileSync(file, tmp));
}

async function intoArchive(
  dataDir: string,
  f: { name: string; endDate: string },
  write: (tmp: string) => unknown,
): Promise<ArchivedFestival> {
  const dir = archiveDir(dataDir);
  privateDir(dir);
  const stem = `${slug(f.name)}-${f.endDate}`;
  let id = `${stem}.db`;
  for (let n = 2; existsSync(join(dir, id)); n++) id = `${stem}-${n}.db`;
  const tmp = join(dir, `${id}.partial`);
  await write(tmp);
  privateFiles(tmp);
  renameSync(tmp, join(dir, id));
  return describe(dir, id);
}

const slug = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .slice(0, 60) || 'festival';
