// "Festival baru" from a running desk: the current festival is archived first (a copy in
// backups/ named "...-new-festival.db", listed on the backups screen and restorable like
// any backup, and the same copy in archive/ for the results archive), then emptied, and the desk starts a new one. Nothing is lost: the archive is
// compared with the live data table by table inside the very transaction that empties it,
// so a sheet arriving while the copy was written refuses the call and deletes nothing.
// The organizer confirms by typing the current festival's name.
import { DomainError } from '../../../shared/contract/errors.js';
import { refusalDetail } from '../../../shared/contract/refusal-details.js';
import { nameKey } from '../../../shared/roster-check.js';
import { join } from 'node:path';
import { deleteFestival } from '../db/setup-repo.js';
import { festivalTables } from '../db/schema-tables.js';
import { copyToArchive } from './archive.js';
import { backupDir, backupNow, type BackupInfo } from './backup.js';
import type { Venue } from './venue.js';

export async function startNewFestival(
  venue: Venue,
  dataDir: string,
  actor: string,
  input: { festivalName: string },
): Promise<BackupInfo> {
  const setup = venue.setup();
  if (!setup) throw new DomainError('NOT_FOUND', ['no festival to archive']);
  const name = setup.festival.name;
  if (nameKey(input.festivalName) !== nameKey(name))
    throw new DomainError('BAD_INPUT', [refusalDetail('festivalNameDiffers', { name })]);
  const archive = await backupNow(venue.db, dataDir, 'new-festival');
  const db = venue.db;
  db.prepare('ATTACH DATABASE ? AS archive').run(join(backupDir(dataDir), archive.file));
  try {
    venue.commit([{ kind: 'setup' }], () => {
      const count = (schema: string, table: string) =>
        (db.prepare(`SELECT COUNT(*) AS n FROM ${schema}."${table}"`).get() as { n: number }).n;
      const differs = festivalTables(db).filter((t) => count('main', t) !== count('archive', t));
      if (differs.length > 0)
        throw new DomainError('INVALID_SETUP', [
          `the festival changed while it was archived (${differs.join(', ')}); try again`,
        ]);
      deleteFestival(db);
      venue.repos.audit.add({
        at: venue.now(),
        actor,
        action: 'festival.new',
        target: archive.file,
        old: {
          name,
          entries: setup.entries.length,
          jurors: setup.jurors.length,
          sheets: count('archive', 'sheet_version'),
        },
      });
    });
  } finally {
    db.exec('DETACH DATABASE archive');
  }
  await copyToArchive(dataDir, setup.festival, join(backupDir(dataDir), archive.file));
  return archive;
}
