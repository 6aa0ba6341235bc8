// Hot standby (docs/RELIABILITY.md, "Laptop cadangan"): what the primary and its standby
// say to each other on the '/replica' namespace, and the venue facts every snapshot
// carries so pads, screens and the desk know where to go when the primary dies.
// The standby is a read-only copy that follows the primary's change log in order; a
// person promotes it ('standby:takeover'), which starts a new epoch. No election.
import { z } from 'zod';
import { call, type Call } from './call.js';

/** A server is the primary (accepts writes in its epoch) or a standby (read-only). */
export const venueRoles = ['primary', 'standby'] as const;
export type VenueRole = (typeof venueRoles)[number];

/**
 * Where the festival lives, in every snapshot (juror, screen, organizer) and in
 * GET /api/health. `addresses`: the primary's LAN base URL first, then the standby's.
 * A client that loses its server tries the addresses and stays with the one whose role
 * is 'primary' with the highest epoch. `replaced`: this server learned of a higher epoch
 * elsewhere and refuses every write with REPLACED.
 */
export type VenueInfo = {
  epoch: number;
  role: VenueRole;
  addresses: string[];
  replaced: boolean;
};

/** On the primary's organizer snapshot: its standby, or null when none ever paired. */
export type StandbyStatus = {
  connected: boolean;
  /** The standby's base URL (as it announced itself). */
  address: string;
  /** Committed changes the standby has not confirmed yet. */
  behindChanges: number;
  /** Age of the oldest change the standby has not confirmed (0 when caught up). */
  behindSeconds: number;
};

/**
 * Seconds behind from which a standby counts as lagging: the primary raises STANDBY_BEHIND
 * and its desk shows the alarm (a juror's sheet waits for the standby's confirmation).
 */
export const standbyBehindAlarmSeconds = 10;

/** On a standby's organizer snapshot: the primary it follows. */
export type FollowingStatus = {
  primary: string;
  connected: boolean;
  /**
   * Connected and the primary sends its changes: false once it refused this standby's
   * `replica:follow` on this connection (alarm FOLLOW_REFUSED, or COPY_NEEDED: a fresh copy
   * under way or failed) until it accepts; `behindChanges` then counts only what this standby
   * last heard of. True while the first answer on a connection is awaited.
   */
  streaming: boolean;
  behindChanges: number;
  /** The sequence number of the last change applied here. */
  appliedSeq: number;
};

// ---- the replica connection (standby -> primary) --------------------------------------

/** Pairing codes: 12 characters from an unambiguous alphabet, shown in groups of four. */
export const pairCodeSchema = z
  .string()
  .max(40)
  .transform((s) => s.replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().regex(/^[A-HJ-NP-Z2-9]{12}$/));

/**
 * The version of this replica protocol (the calls and pushes below), sent in the standby's
 * auth as `protocol` and checked by the primary before anything else: a standby and a
 * primary of different Panggung versions may share a schema and still not understand each
 * other, and the mismatch is refused (REPLICA_VERSION) instead of failing midway. Bump it
 * with every change to the calls, their inputs or answers.
 * 1 (no `protocol` sent): `replica:copy` answered the whole image in one message.
 * 2: the copy comes by parts (`replica:copy` answers the size, `replica:copy-part`).
 */
export const replicaProtocol = 2;

/** Handshake auth of '/replica': protocol, pairing code, the standby's addresses, schema. */
export const replicaAuthSchema = z
  .object({
    protocol: z.number().int().min(1),
    code: pairCodeSchema,
    base: z.array(z.string().url().max(200)).max(8),
    schema: z.number().int().min(1),
  })
  .strict();
export type ReplicaAuth = z.input<typeof replicaAuthSchema>;

/** What a logged row change did (change_log.op). */
export const changeOps = ['insert', 'update', 'delete'] as const;
export type ChangeOp = (typeof changeOps)[number];

/** One committed row change, in commit order (the primary's change_log). */
export type ChangeRow = {
  seq: number;
  /** Commit time on the primary (epoch ms). */
  at: number;
  table: string;
  op: ChangeOp;
  /** The row's key before the change (update, delete): rowid or primary-key columns. */
  key: string | null;
  /** The row after the change (insert, update), as JSON; blobs as {"$blob": hex}. */
  row: string | null;
};

/** The full copy, made with SQLite's online backup; `seq` = the last change it holds. */
export type ReplicaCopy = { image: Uint8Array; seq: number; epoch: number };

/**
 * The copy travels in parts of at most this many bytes, each asked for by the standby
 * (`replica:copy-part`): the connection's heartbeats pass between parts (a whole database
 * in one message blocks them, and the connection is dropped as dead after 10 s however
 * fast the bytes flow), and the standby sees progress part by part, so a stalled link is
 * told from a slow one (replication/copy-transfer.ts).
 */
export const copyPartBytes = 64 * 1024;

/** What `replica:copy` answers: the copy's size and facts; its bytes come by parts. */
export type ReplicaCopyHead = { bytes: number; seq: number; epoch: number };

/**
 * Where a standby stands: every change up to `after` applied, the last one committed on the
 * primary at `at` (its change_log row; absent when `after` is 0). The primary resumes from
 * there only if its own change `after` has that time and its log still reaches back to it;
 * otherwise it answers COPY_NEEDED (details: "pruned: oldest N" or "diverged").
 */
const resumeFromSchema = z
  .object({ after: z.number().int().min(0), at: z.number().int().min(0).optional() })
  .strict();
export type ResumeFrom = z.infer<typeof resumeFromSchema>;

export const replicaCalls = {
  /** Makes the full copy and holds it for this connection until its last part is asked. */
  'replica:copy': call<ReplicaCopyHead>()(z.object({}).strict()),
  /** Up to copyPartBytes of the held copy from `offset` (the bytes received so far). */
  'replica:copy-part': call<{ data: Uint8Array }>()(
    z.object({ offset: z.number().int().min(0) }).strict(),
  ),
  /** Start (or resume) the live follow after `after`; replies with the primary's head. */
  'replica:follow': call<{ head: number }>()(resumeFromSchema),
  /** May a standby resume from there (no side effect; asked at the standby's restart)? */
  'replica:check': call<{ head: number }>()(resumeFromSchema),
  /** The standby applied (committed) every change up to `seq`. */
  'replica:applied': call<null>()(z.object({ seq: z.number().int().min(0) }).strict()),
} satisfies Record<string, Call<z.ZodType, unknown>>;

export type ReplicaPushes = {
  /** The next changes in order (`rows` may be empty: a heartbeat with the head). */
  changes: (batch: { head: number; rows: ChangeRow[] }) => void;
};
export const replicaPushNames = ['changes'] as const satisfies ReadonlyArray<keyof ReplicaPushes>;
