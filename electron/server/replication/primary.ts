// The primary's side of the hot standby: the '/replica' namespace a standby pairs on with
// the code, the full copy (SQLite's online backup), the live follow of the change log in
// order, and the acknowledgement gate: while a standby follows, a juror's sheet is
// acknowledged only once the standby confirmed it applied it. The wait is bounded: a
// standby that does not confirm in time is dropped (alarm) and the primary goes on alone.
import { timingSafeEqual } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Namespace, Server, Socket } from 'socket.io';
import { DomainError, fail } from '../../../shared/contract/errors.js';
import {
  copyPartBytes,
  replicaAuthSchema,
  replicaCalls,
  replicaProtocol,
  type StandbyStatus,
} from '../../../shared/contract/replica.js';
import {
  changeAt,
  changeLogKeepRows,
  changesAfter,
  headSeq,
  pruneChangeLog,
  resumeProblem,
} from '../db/change-log.js';
import { schemaVersion } from '../db/migrate.js';
import type { Logger } from '../log.js';
import { bindCalls } from '../realtime/bind.js';
import { createLoginGuard, organizerKeyLimits } from '../realtime/login-guard.js';
import { epochOf } from '../services/place.js';
import type { Venue } from '../services/venue.js';
import { pairCode, readRemembered, remember } from './pairing.js';

export type PrimaryOptions = {
  venue: Venue;
  dataDir: string;
  log: Logger;
  /** How long a sheet's acknowledgement waits for the standby (default 3 s). */
  confirmWithinMs?: number;
  /** Heartbeat to the standby, and the lag check (default 1 s). */
  heartbeatMs?: number;
  /**
   * Asked when the standby disconnects, before the acknowledgements waiting for it go out:
   * a standby that left because it took over makes this server REPLACED first.
   */
  onStandbyLost?: () => Promise<void>;
  /** Behind by more than this raises STANDBY_BEHIND (default 10 s). */
  behindAlarmMs?: number;
  /** Changes kept when no standby is attached (default changeLogKeepRows). */
  keepChangeRows?: number;
};

type Follower = { socket: Socket; base: string; sent: number; applied: number };

export function servePrimary(io: Server, opts: PrimaryOptions) {
  const { venue, dataDir, log } = opts;
  const confirmWithinMs = opts.confirmWithinMs ?? 3000;
  const behindAlarmMs = opts.behindAlarmMs ?? 10_000;
  const guard = createLoginGuard(organizerKeyLimits);
  const ns: Namespace = io.of('/replica');
  let follower: Follower | null = null;
  let lastKnown: string | null = readRemembered(dataDir).standby ?? null;
  let waiters: Array<{ seq: number; done: () => void }> = [];
  /** The standby just went away: whether it took over is being asked (onStandbyLost). */
  let asking: Promise<void> | null = null;
  let behindRaised = false;

  const release = (all: boolean) => {
    const applied = follower?.applied ?? Infinity;
    const still = [];
    for (const w of waiters)
      if (all || w.seq <= applied) w.done();
      else still.push(w);
    waiters = still;
  };

  ns.use((socket, next) => {
    const address = socket.handshake.address || 'unknown';
    type Refusal = 'UNAUTHORIZED' | 'THROTTLED' | 'BAD_INPUT' | 'STANDBY' | 'REPLICA_VERSION';
    const refuse = (code: Refusal, d?: string[]) => {
      const err = new Error(code) as Error & { data: unknown };
      err.data = fail(code, d);
      next(err);
    };
    // Before anything else: a standby of another Panggung version may not even read the
    // same auth (an older one sends no `protocol`), and what follows would fail midway.
    const theirs: unknown = (socket.handshake.auth as { protocol?: unknown } | undefined)?.protocol;
    if (theirs !== replicaProtocol) {
      const said = typeof theirs === 'number' ? String(theirs) : 'none (1: an older Panggung)';
      log.warn('standby of another replica protocol refused', { address, theirs: said });
      return refuse('REPLICA_VERSION', [
        `standby replica protocol ${said}, this primary has ${replicaProtocol}`,
      ]);
    }
    const now = venue.now();
    if (!guard.check(address, now).allowed) return refuse('THROTTLED');
    const auth = replicaAuthSchema.safeParse(socket.handshake.auth);
    const expected = Buffer.from(pairCode(dataDir));
    const given = Buffer.from(auth.success ? auth.data.code : '');
    if (!auth.success || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      guard.fail(address, now);
      return refuse('UNAUTHORIZED');
    }
    if (auth.data.schema !== schemaVersion)
      return refuse('BAD_INPUT', [`schema ${auth.data.schema}, this primary has ${schemaVersion}`]);
    if (venue.place.role !== 'primary' || venue.place.replaced) return refuse('STANDBY');
    socket.data = { base: auth.data.base[0] ?? '' };
    next();
  });

  /** The log reaches back to the standby's last change, and it is ours: else COPY_NEEDED. */
  const resumable = (after: number, at?: number): { head: number } => {
    const problem = resumeProblem(venue.db, after, at);
    if (problem) throw new DomainError('COPY_NEEDED', [problem]);
    return { head: headSeq(venue.db) };
  };

  const send = (f: Follower) => {
    for (;;) {
      const rows = changesAfter(venue.db, f.sent);
      if (rows.length === 0) return;
      f.sent = rows[rows.length - 1]!.seq;
      f.socket.emit('changes', { head: headSeq(venue.db), rows });
    }
  };

  /** The whole database now (SQLite's online backup), with its last change and epoch. */
  async function makeCopy(): Promise<{ image: Buffer; seq: number; epoch: number }> {
    const file = join(dataDir, `.standby-copy-${process.pid}-${Date.now()}.db`);
    try {
      await venue.db.backup(file);
      const image = readFileSync(file);
      const { default: Database } = await import('better-sqlite3');
      const copy = new Database(file, { readonly: true });
      const seq = headSeq(copy);
      const epoch = epochOf({
        get: (k) =>
          (
            copy.prepare('SELECT value FROM meta WHERE key = ?').get(k) as
              { value: string } | undefined
          )?.value ?? null,
      });
      copy.close();
      log.info('standby copy made', { bytes: image.length, seq });
      return { image, seq, epoch };
    } finally {
      for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
    }
  }

  ns.on('connection', (socket) => {
    const base = (socket.data as { base: string }).base;
    /** The copy this connection is taking, held until its last part is asked (or it leaves). */
    let held: Buffer | null = null;
    bindCalls(
      socket,
      replicaCalls,
      {
        'replica:copy': async () => {
          held = null;
          const { image, seq, epoch } = await makeCopy();
          held = image;
          return { bytes: image.length, seq, epoch };
        },
        'replica:copy-part': ({ offset }) => {
          if (!held || offset > held.length)
            throw new DomainError('BAD_INPUT', [
              'no copy is held at that offset: ask replica:copy',
            ]);
          const data = held.subarray(offset, offset + copyPartBytes);
          if (offset + data.length >= held.length) held = null; // the last part: let it go
          return { data };
        },
        'replica:check': (input) => resumable(input.after, input.at),
        'replica:follow': (input) => {
          const { head } = resumable(input.after, input.at);
          if (follower && follower.socket !== socket) follower.socket.disconnect(true);
          follower = { socket, base, sent: input.after, applied: input.after };
          behindRaised = false;
          if (base && base !== lastKnown) {
            lastKnown = base;
            remember(dataDir, { standby: base });
          }
          venue.place.peer = base || venue.place.peer;
          log.info('standby following', { base, after: input.after, head });
          send(follower);
          venue.touch();
          return { head };
        },
        'replica:applied': (input) => {
          if (follower?.socket === socket && input.seq > follower.applied) {
            follower.applied = Math.min(input.seq, follower.sent);
            release(false);
          }
          return null;
        },
      },
      {
        log,
        who: `standby@${base}`,
        rateLimit: { perSec: 1000, burst: 2000 },
        // A copy or a resume point is answered once what it holds is on this disk: every
        // commit so far, not only the call's own (it commits nothing).
        call: (fn) => ({ value: fn(), settled: venue.durable }),
      },
    );
    socket.on('disconnect', () => {
      if (follower?.socket !== socket) return;
      follower = null;
      const orphaned = waiters;
      waiters = [];
      const asked: Promise<void> = (opts.onStandbyLost?.() ?? Promise.resolve())
        .catch(() => undefined)
        .finally(() => {
          if (asking === asked) asking = null;
          orphaned.forEach((w) => w.done());
        });
      asking = asked;
      venue.raiseAlarm('STANDBY_LOST', {
        id: `Laptop cadangan terputus (${base}): festival lanjut tanpa cadangan.`,
        en: `The standby laptop disconnected (${base}): the festival goes on without it.`,
      });
    });
  });

  const unsubscribe = venue.onCommit(() => {
    if (follower) send(follower);
  });

  // The log is pruned on every heartbeat: what the attached standby confirmed (its last
  // applied change stays: it resumes from there after a drop), or, with none attached,
  // all but the newest keepChangeRows. On a standby this bounds its own (applied) log.
  const keepRows = Math.max(1, opts.keepChangeRows ?? changeLogKeepRows);
  const prune = () => {
    const before = follower ? follower.applied : headSeq(venue.db) - keepRows + 1;
    pruneChangeLog(venue.db, before);
  };

  const heartbeat = setInterval(() => {
    prune();
    const f = follower;
    if (!f) return;
    f.socket.emit('changes', { head: headSeq(venue.db), rows: [] });
    const lagMs = behindMs(f);
    if (lagMs > behindAlarmMs && !behindRaised) {
      behindRaised = true;
      venue.raiseAlarm('STANDBY_BEHIND', {
        id: `Laptop cadangan tertinggal ${Math.round(lagMs / 1000)} detik.`,
        en: `The standby is ${Math.round(lagMs / 1000)} s behind.`,
      });
    } else if (lagMs === 0) behindRaised = false;
    venue.touch();
  }, opts.heartbeatMs ?? 1000);
  heartbeat.unref();

  function behindMs(f: Follower): number {
    const at = changeAt(venue.db, f.applied + 1);
    return at === null ? 0 : Math.max(0, venue.now() - at);
  }

  function status(): StandbyStatus | null {
    const f = follower;
    if (!f)
      return lastKnown
        ? { connected: false, address: lastKnown, behindChanges: 0, behindSeconds: 0 }
        : null;
    return {
      connected: true,
      address: f.base,
      behindChanges: Math.max(0, headSeq(venue.db) - f.applied),
      behindSeconds: Math.round(behindMs(f) / 100) / 10,
    };
  }
  venue.place.standby = status;

  return {
    /**
     * Resolves once the standby (if one follows) applied everything committed so far, or
     * after the bound: then the standby is dropped with an alarm and this server goes on.
     */
    confirmed(): Promise<void> {
      const f = follower;
      // Lost a moment ago: an acknowledgement waits to learn whether it took over.
      if (!f) return asking ?? Promise.resolve();
      const seq = headSeq(venue.db);
      if (f.applied >= seq) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          if (follower !== f) return;
          log.warn('standby did not confirm in time: dropped', { seq, applied: f.applied });
          f.socket.disconnect(true);
        }, confirmWithinMs);
        waiters.push({
          seq,
          done: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
    /** Is a standby following now (for tests and the bench). */
    following(): boolean {
      return follower !== null;
    },
    close(): void {
      clearInterval(heartbeat);
      unsubscribe();
      release(true);
    },
  };
}
export type PrimaryReplication = ReturnType<typeof servePrimary>;
