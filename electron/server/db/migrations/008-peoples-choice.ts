// 8: people's choice (favorit penonton), kept apart from every jury table. One settings
// row (mode, scope, what screens show, the favourite's reveal on screens), the groups
// opened for voting (a category id, or '' for the festival-wide vote), the ballot tickets
// (random codes, voidable), and the votes: one per ticket (or phone) per group, each with
// the client's vote id (a resend is recognised) and the receipt shown to the voter. The
// tally is counted from these rows; no counter is stored. The CHECK lists mirror
// votingModes, votingScopes and tallyDisplays in shared/voting.ts. Shipped: never edit it.
import type { Migration } from './types.js';

export const peoplesChoice: Migration = {
  id: 8,
  name: 'peoples-choice',
  up(db) {
    db.exec(`
  CREATE TABLE voting_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    mode TEXT NOT NULL CHECK (mode IN ('ticket','phone')),
    scope TEXT NOT NULL CHECK (scope IN ('category','festival')),
    display TEXT NOT NULL CHECK (display IN ('hidden','turnout','tally')),
    reveal_json TEXT,
    updated_at INTEGER NOT NULL
  ) STRICT;
  CREATE TABLE voting_group (
    group_key TEXT PRIMARY KEY,
    open INTEGER NOT NULL CHECK (open = 0 OR open = 1),
    changed_at INTEGER NOT NULL
  ) STRICT;
  CREATE TABLE ballot_ticket (
    serial INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    voided_at INTEGER,
    void_reason TEXT
  ) STRICT;
  CREATE TABLE vote (
    id INTEGER PRIMARY KEY,
    vote_id TEXT NOT NULL UNIQUE,
    ticket_code TEXT REFERENCES ballot_ticket(code),
    phone_id TEXT,
    group_key TEXT NOT NULL,
    entry_id TEXT NOT NULL REFERENCES entry(id),
    receipt TEXT NOT NULL UNIQUE,
    cast_at INTEGER NOT NULL,
    CHECK ((ticket_code IS NULL) <> (phone_id IS NULL)),
    UNIQUE (ticket_code, group_key),
    UNIQUE (phone_id, group_key)
  ) STRICT;
  CREATE INDEX vote_group ON vote (group_key, entry_id);
  `);
  },
};
