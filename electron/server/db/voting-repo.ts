// People's choice storage (migration 7): settings, groups open for voting, ballot tickets
// and votes. A group's key is its category id, or '' for the festival-wide vote. The tally
// is always counted from the vote rows (votes of voided tickets left out); nothing here
// keeps a counter. Writes run inside the venue's commit.
import type { FavouriteRevealState } from '../../../shared/contract/voting-views.js';
import {
  defaultVotingSettings,
  type TallyDisplay,
  type VotingMode,
  type VotingScope,
  type VotingSettings,
} from '../../../shared/voting.js';
import type { ScreenSetting } from '../../../shared/model.js';
import type { Db } from './connection.js';

/** The favourite's reveal as stored: also each screen's mode before, to put it back. */
export type StoredReveal = FavouriteRevealState & { restore: ScreenSetting[] };
export type StoredVotingSettings = VotingSettings & { reveal: StoredReveal | null };

export type StoredVote = {
  voteId: string;
  ticketCode: string | null;
  phoneId: string | null;
  groupKey: string;
  entryId: string;
  receipt: string;
  castAt: number;
};
export type StoredTicket = {
  serial: number;
  code: string;
  createdAt: number;
  voidedAt: number | null;
  voidReason: string | null;
};
/** Who votes: a ticket code or a phone id. */
export type Voter = { ticketCode: string } | { phoneId: string };

type SettingsRow = {
  mode: VotingMode;
  scope: VotingScope;
  display: TallyDisplay;
  reveal_json: string | null;
};
type VoteRow = {
  vote_id: string;
  ticket_code: string | null;
  phone_id: string | null;
  group_key: string;
  entry_id: string;
  receipt: string;
  cast_at: number;
};
type TicketRow = {
  serial: number;
  code: string;
  created_at: number;
  voided_at: number | null;
  void_reason: string | null;
};

const toVote = (r: VoteRow): StoredVote => ({
  voteId: r.vote_id,
  ticketCode: r.ticket_code,
  phoneId: r.phone_id,
  groupKey: r.group_key,
  entryId: r.entry_id,
  receipt: r.receipt,
  castAt: r.cast_at,
});
const toTicket = (r: TicketRow): StoredTicket => ({
  serial: r.serial,
  code: r.code,
  createdAt: r.created_at,
  voidedAt: r.voided_at,
  voidReason: r.void_reason,
});

/** Counted votes: a vote whose ticket was voided stays stored but is left out. */
const counted = 'LEFT JOIN ballot_ticket t ON t.code = v.ticket_code WHERE t.voided_at IS NULL';

export function createVotingRepo(db: Db) {
  const byVoteId = db.prepare('SELECT * FROM vote WHERE vote_id = ?');
  const byTicketGroup = db.prepare('SELECT * FROM vote WHERE ticket_code = ? AND group_key = ?');
  const byPhoneGroup = db.prepare('SELECT * FROM vote WHERE phone_id = ? AND group_key = ?');
  const ticketByCode = db.prepare('SELECT * FROM ballot_ticket WHERE code = ?');
  const insertVote = db.prepare(
    'INSERT INTO vote (vote_id, ticket_code, phone_id, group_key, entry_id, receipt, cast_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const tally = db.prepare(
    `SELECT v.group_key AS groupKey, v.entry_id AS entryId, COUNT(*) AS votes FROM vote v ${counted} GROUP BY v.group_key, v.entry_id`,
  );
  const voidedVotes = db.prepare(
    'SELECT v.group_key AS groupKey, COUNT(*) AS votes FROM vote v JOIN ballot_ticket t ON t.code = v.ticket_code WHERE t.voided_at IS NOT NULL GROUP BY v.group_key',
  );

  return {
    settings(): StoredVotingSettings {
      const row = db.prepare('SELECT * FROM voting_settings WHERE id = 1').get() as
        SettingsRow | undefined;
      if (!row) return { ...defaultVotingSettings, reveal: null };
      return {
        mode: row.mode,
        scope: row.scope,
        display: row.display,
        reveal: row.reveal_json ? (JSON.parse(row.reveal_json) as StoredReveal) : null,
      };
    },
    saveSettings(s: StoredVotingSettings, at: number): void {
      db.prepare(
        `INSERT INTO voting_settings VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET
         mode = excluded.mode, scope = excluded.scope, display = excluded.display,
         reveal_json = excluded.reveal_json, updated_at = excluded.updated_at`,
      ).run(s.mode, s.scope, s.display, s.reveal ? JSON.stringify(s.reveal) : null, at);
    },
    /** Group keys open for voting now. */
    openGroups(): Set<string> {
      const rows = db.prepare('SELECT group_key FROM voting_group WHERE open = 1').all() as Array<{
        group_key: string;
      }>;
      return new Set(rows.map((r) => r.group_key));
    },
    setOpen(groupKey: string, open: boolean, at: number): void {
      db.prepare(
        `INSERT INTO voting_group VALUES (?, ?, ?) ON CONFLICT (group_key) DO UPDATE SET
         open = excluded.open, changed_at = excluded.changed_at`,
      ).run(groupKey, open ? 1 : 0, at);
    },
    /** Was any group ever opened (screens show nothing of a vote that never started)? */
    everOpened(): boolean {
      return db.prepare('SELECT 1 FROM voting_group LIMIT 1').get() !== undefined;
    },
    voteCount(): number {
      return (db.prepare('SELECT COUNT(*) AS n FROM vote').get() as { n: number }).n;
    },
    voteById(voteId: string): StoredVote | undefined {
      const r = byVoteId.get(voteId) as VoteRow | undefined;
      return r && toVote(r);
    },
    voteOf(voter: Voter, groupKey: string): StoredVote | undefined {
      const r = (
        'ticketCode' in voter
          ? byTicketGroup.get(voter.ticketCode, groupKey)
          : byPhoneGroup.get(voter.phoneId, groupKey)
      ) as VoteRow | undefined;
      return r && toVote(r);
    },
    votesOf(voter: Voter): StoredVote[] {
      const rows = (
        'ticketCode' in voter
          ? db.prepare('SELECT * FROM vote WHERE ticket_code = ?').all(voter.ticketCode)
          : db.prepare('SELECT * FROM vote WHERE phone_id = ?').all(voter.phoneId)
      ) as VoteRow[];
      return rows.map(toVote);
    },
    /** Votes stored for an entry (counted or not): such an entry cannot be deleted. */
    votesForEntry(entryId: string): number {
      return (
        db.prepare('SELECT COUNT(*) AS n FROM vote WHERE entry_id = ?').get(entryId) as {
          n: number;
        }
      ).n;
    },
    receiptTaken(receipt: string): boolean {
      return db.prepare('SELECT 1 FROM vote WHERE receipt = ?').get(receipt) !== undefined;
    },
    addVote(v: StoredVote): void {
      insertVote.run(v.voteId, v.ticketCode, v.phoneId, v.groupKey, v.entryId, v.receipt, v.castAt);
    },
    /** Counted votes per group and entry, from the stored votes. */
    tally(): Array<{ groupKey: string; entryId: string; votes: number }> {
      return tally.all() as Array<{ groupKey: string; entryId: string; votes: number }>;
    },
    /** Stored votes per group whose ticket was voided afterwards (not counted). */
    voidedVotes(): Map<string, number> {
      const rows = voidedVotes.all() as Array<{ groupKey: string; votes: number }>;
      return new Map(rows.map((r) => [r.groupKey, r.votes]));
    },
    ticket(code: string): StoredTicket | undefined {
      const r = ticketByCode.get(code) as TicketRow | undefined;
      return r && toTicket(r);
    },
    ticketCounts(): { issued: number; voided: number } {
      return db
        .prepare('SELECT COUNT(*) AS issued, COUNT(voided_at) AS voided FROM ballot_ticket')
        .get() as { issued: number; voided: number };
    },
    tickets(from: number, count: number): StoredTicket[] {
      return (
        db
          .prepare('SELECT * FROM ballot_ticket WHERE serial >= ? ORDER BY serial LIMIT ?')
          .all(from, count) as TicketRow[]
      ).map(toTicket);
    },
    addTicket(serial: number, code: string, at: number): void {
      db.prepare('INSERT INTO ballot_ticket VALUES (?, ?, ?, NULL, NULL)').run(serial, code, at);
    },
    voidTicket(code: string, reason: string, at: number): void {
      db.prepare('UPDATE ballot_ticket SET voided_at = ?, void_reason = ? WHERE code = ?').run(
        at,
        reason,
        code,
      );
    },
  };
}
export type VotingRepo = ReturnType<typeof createVotingRepo>;
