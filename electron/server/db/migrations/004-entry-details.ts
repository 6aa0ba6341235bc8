// 4: an entry's optional details (ringkasan, problem solved, year started, contact, link),
// one row per entry that has any, beside the entry (the organizer snapshot carries entries,
// not their prose); gone with its entry. Shipped: never edit it.
import type { Migration } from './types.js';

export const entryDetails: Migration = {
  id: 4,
  name: 'entry-details',
  up(db) {
    db.exec(`
  CREATE TABLE entry_detail (
    entry_id TEXT PRIMARY KEY REFERENCES entry(id) ON DELETE CASCADE,
    summary TEXT NOT NULL, problem TEXT NOT NULL,
    year_started INTEGER CHECK (year_started IS NULL OR year_started BETWEEN 1900 AND 2100),
    contact TEXT NOT NULL, link TEXT NOT NULL
  ) STRICT;
  `);
  },
};
