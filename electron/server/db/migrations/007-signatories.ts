// 7: the festival's paperwork fields: the Berita Acara's document number (Nomor) and the
// signatories the organizer names for certificates and minutes (role, name, NIP), in the
// order they sign. A festival file from before keeps every row: no number, no signatories
// (its certificates keep the panel chair and the organizer's name).
import type { Migration } from './types.js';

export const signatories: Migration = {
  id: 7,
  name: 'signatories',
  up(db) {
    db.exec(`
      ALTER TABLE festival ADD COLUMN document_number TEXT NOT NULL DEFAULT '';
      CREATE TABLE signatory (
        festival_id TEXT NOT NULL REFERENCES festival(id),
        position INTEGER NOT NULL CHECK (position >= 1),
        role TEXT NOT NULL, name TEXT NOT NULL, nip TEXT NOT NULL,
        PRIMARY KEY (festival_id, position)
      ) STRICT;
    `);
  },
};
