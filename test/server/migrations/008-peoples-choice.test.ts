// Migration 8 adds people's choice (settings, groups, ballot tickets, votes) to a scored
// version-7 festival: every row survives, the new tables start empty, and their rules
// hold: one vote per ticket (or phone) per group, votes refer to real entries and tickets.
import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../../electron/server/db/migrate.js';
import {
  databaseAt,
  discard,
  dump,
  rowCount,
  seedVersion1Festival,
  seedVersion2Assets,
} from './fixtures.js';

describe("migration 8 (people's choice)", () => {
  it('adds empty voting tables to a scored festival, keeping every row', () => {
    // The version-1 festival seeded in its own shape, then brought to version 7.
    const db = databaseAt(6);
    seedVersion1Festival(db);
    seedVersion2Assets(db);
    migrate(db, 7);
    const before = dump(db);
    expect(migrate(db, 8)).toEqual([8]);
    expect(userVersion(db)).toBe(8);
    const { voting_settings, voting_group, ballot_ticket, vote, ...kept } = dump(db);
    for (const added of [voting_settings, voting_group, ballot_ticket, vote])
      expect(added).toEqual([]);
    expect(kept).toEqual(before);
    expect(rowCount(kept)).toBe(rowCount(before));
    expect(db.pragma('foreign_key_check')).toEqual([]);
    discard(db);
  });

  it('holds one vote per ticket or phone per group, on real entries and tickets', () => {
    const db = databaseAt(6);
    seedVersion1Festival(db);
    migrate(db, 8);
    const entry = (db.prepare('SELECT id, category_id FROM entry LIMIT 1').get() ?? {}) as {
      id: string;
      category_id: string;
    };
    expect(entry.id).toBeTruthy();
    db.prepare('INSERT INTO ballot_ticket VALUES (1, ?, 1, NULL, NULL)').run('ABCDEFGHJK');
    const vote = db.prepare(
      'INSERT INTO vote (vote_id, ticket_code, phone_id, group_key, entry_id, receipt, cast_at) VALUES (?, ?, ?, ?, ?, ?, 1)',
    );
    vote.run('v-00000001', 'ABCDEFGHJK', null, entry.category_id, entry.id, 'RCPT0001');
    // Another group with the same ticket is a vote of its own.
    vote.run('v-00000002', 'ABCDEFGHJK', null, '', entry.id, 'RCPT0002');
    expect(() =>
      vote.run('v-00000003', 'ABCDEFGHJK', null, entry.category_id, entry.id, 'RCPT0003'),
    ).toThrow(/UNIQUE/);
    expect(() => vote.run('v-00000001', null, 'phone-0000000001', '', entry.id, 'R4')).toThrow(
      /UNIQUE/,
    );
    vote.run('v-00000004', null, 'phone-0000000001', '', entry.id, 'RCPT0004');
    expect(() => vote.run('v-00000005', null, 'phone-0000000001', '', entry.id, 'R5')).toThrow(
      /UNIQUE/,
    );
    expect(() => vote.run('v-00000006', 'NOSUCHCODE', null, '', entry.id, 'R6')).toThrow(
      /FOREIGN KEY/,
    );
    expect(() => vote.run('v-00000007', null, 'phone-2', '', 'no-entry', 'R7')).toThrow(
      /FOREIGN KEY/,
    );
    // Exactly one of ticket and phone.
    expect(() => vote.run('v-00000008', null, null, '', entry.id, 'R8')).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare("INSERT INTO voting_settings VALUES (1, 'paper', 'category', 'hidden', NULL, 1)")
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare("INSERT INTO voting_settings VALUES (2, 'ticket', 'category', 'hidden', NULL, 1)")
        .run(),
    ).toThrow(/CHECK/);
    expect(db.prepare('SELECT COUNT(*) AS n FROM vote').get()).toEqual({ n: 3 });
    discard(db);
  });
});
