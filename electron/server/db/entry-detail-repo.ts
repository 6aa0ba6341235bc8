// An entry's optional details (model.ts EntryDetails), kept beside the entry rather than
// in it: the organizer snapshot pushed many times a second carries entries, not their
// prose. An entry without a row has empty details; saving empty details removes the row.
import type { EntryDetails, Id } from '../../../shared/model.js';
import type { Db } from './connection.js';

type DetailRow = {
  entry_id: string;
  summary: string;
  problem: string;
  year_started: number | null;
  contact: string;
  link: string;
};

export const emptyDetails = (): EntryDetails => ({
  summary: '',
  problem: '',
  yearStarted: null,
  contact: '',
  link: '',
});

export const hasDetails = (d: EntryDetails): boolean =>
  d.summary !== '' ||
  d.problem !== '' ||
  d.yearStarted !== null ||
  d.contact !== '' ||
  d.link !== '';

const toDetails = (r: DetailRow): EntryDetails => ({
  summary: r.summary,
  problem: r.problem,
  yearStarted: r.year_started,
  contact: r.contact,
  link: r.link,
});

export function createEntryDetailRepo(db: Db) {
  return {
    get(entryId: Id): EntryDetails {
      const r = db.prepare('SELECT * FROM entry_detail WHERE entry_id = ?').get(entryId) as
        DetailRow | undefined;
      return r ? toDetails(r) : emptyDetails();
    },

    /** Every entry's details that are not empty, by entry id. */
    all(): Map<Id, EntryDetails> {
      const rows = db.prepare('SELECT * FROM entry_detail').all() as DetailRow[];
      return new Map(rows.map((r) => [r.entry_id, toDetails(r)]));
    },

    /** Replaces an entry's details (the caller runs it inside a commit). */
    save(entryId: Id, d: EntryDetails): void {
      db.prepare('DELETE FROM entry_detail WHERE entry_id = ?').run(entryId);
      if (hasDetails(d))
        db.prepare('INSERT INTO entry_detail VALUES (?, ?, ?, ?, ?, ?)').run(
          entryId,
          d.summary,
          d.problem,
          d.yearStarted,
          d.contact,
          d.link,
        );
    },
  };
}
