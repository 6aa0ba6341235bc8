// 2: images the festival shows (logos on the welcome screen), kept in the festival file
// so a template or backup carries them. Shipped: never edit it.
import type { Migration } from './types.js';

export const assets: Migration = {
  id: 2,
  name: 'assets',
  up(db) {
    db.exec(`
  CREATE TABLE asset (
    name TEXT PRIMARY KEY, mime TEXT NOT NULL CHECK (mime IN ('image/png','image/jpeg','image/webp')),
    bytes BLOB NOT NULL, updated_at INTEGER NOT NULL
  ) STRICT;
  `);
  },
};
