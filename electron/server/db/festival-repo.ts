// The festival row and its signatories: read whole, written whole (an import inserts, a
// desk edit updates). Callers run the writes inside a transaction.
import type { Festival, Signatory } from '../../../shared/model.js';
import type { Db } from './connection.js';

type FestivalRow = {
  id: string;
  name: string;
  theme: string;
  venue: string;
  start_date: string;
  end_date: string;
  organizer_name: string;
  document_number: string;
};

export function readFestival(db: Db): Festival | null {
  const f = db.prepare('SELECT * FROM festival LIMIT 1').get() as FestivalRow | undefined;
  if (!f) return null;
  const signatories = db
    .prepare('SELECT role, name, nip FROM signatory WHERE festival_id = ? ORDER BY position')
    .all(f.id) as Signatory[];
  return {
    id: f.id,
    name: f.name,
    theme: f.theme,
    venue: f.venue,
    startDate: f.start_date,
    endDate: f.end_date,
    organizerName: f.organizer_name,
    documentNumber: f.document_number,
    signatories,
  };
}

/** Inserts the festival (a new one) or updates it (same id), then replaces its signatories. */
export function writeFestival(db: Db, f: Festival, mode: 'insert' | 'update'): void {
  const values = [f.name, f.theme, f.venue, f.startDate, f.endDate, f.organizerName];
  if (mode === 'insert')
    db.prepare(
      `INSERT INTO festival (name, theme, venue, start_date, end_date, organizer_name, document_number, id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...values, f.documentNumber, f.id);
  else
    db.prepare(
      `UPDATE festival SET name = ?, theme = ?, venue = ?, start_date = ?, end_date = ?,
         organizer_name = ?, document_number = ? WHERE id = ?`,
    ).run(...values, f.documentNumber, f.id);
  db.prepare('DELETE FROM signatory WHERE festival_id = ?').run(f.id);
  const insert = db.prepare('INSERT INTO signatory VALUES (?, ?, ?, ?, ?)');
  f.signatories.forEach((s, i) => insert.run(f.id, i + 1, s.role, s.name, s.nip));
}
