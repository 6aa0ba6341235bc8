// 9: the change log a hot standby follows (electron/server/replication/). One row per
// inserted, updated or deleted row of any table, written in the same transaction by
// triggers generated from the schema at start (db/change-log.ts), so a change is in the
// log exactly when it committed. seq orders them; the standby applies them in that order.
import type { Migration } from './types.js';

export const changeLog: Migration = {
  id: 9,
  name: 'change-log',
  up(db) {
    db.exec(`CREATE TABLE change_log (
      seq INTEGER PRIMARY KEY,
      at INTEGER NOT NULL,
      tbl TEXT NOT NULL,
      op TEXT NOT NULL CHECK (op IN ('insert','update','delete')),
      key_json TEXT,
      row_json TEXT
    ) STRICT`);
  },
};
