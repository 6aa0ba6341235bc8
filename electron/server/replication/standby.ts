// The standby's side: before the server opens its database, either resume from the copy
// already in the data folder (a restarted standby: the primary checks that its log still
// reaches back to this copy's last change and that the change is the same) or take a full
// copy; then the live follow. Changes are applied in order, each batch in one transaction,
// and confirmed to the primary once committed here; after a drop the follow resumes from
// the last applied sequence (this database's own change_log head). A gap or an error asks
// again from there; COPY_NEEDED (the primary pruned its log past this copy while it was
// away) makes the running standby take a fresh copy itself (./running-copy.ts), then
// follow on from it; when that fails the alarm says so and the copy is tried again (after
// a stall on a new connection at once, after a refusal with a growing delay). Any other
// refusal of the follow raises FOLLOW_REFUSED and asks again after the same growing delay
// (./follow-retry.ts). Copies come part by part with a bound on the wait for each
// (./copy-transfer.ts).
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { io, type Socket } from 'socket.io-client';
import { fail, type Result } from '../../../shared/contract/errors.js';
import {
  replicaProtocol,
  type ChangeRow,
  type FollowingStatus,
  type ResumeFrom,
} from '../../../shared/contract/replica.js';
import { changeAt, createApplier, headSeq } from '../db/change-log.js';
import { dbFileName, type Db } from '../db/connection.js';
import { schemaVersion, userVersion } from '../db/migrate.js';
import { changeLogTable } from '../db/schema-tables.js';
import type { Logger } from '../log.js';
import type { Venue } from '../services/venue.js';
import { CopyStalled, copyIdleMs, receiveCopy, startCopyTries } from './copy-transfer.js';
import { createFollowRetry, followRefused, type CopyRetryMs } from './follow-retry.js';
import { keptCopyPath, pruneKeptCopies } from './kept-copies.js';
import { runningCopy } from './running-copy.js';
import {
  noAnswer,
  refusalOf,
  refusedBy,
  StandbyFailed,
  StandbyRefused,
  unanswered,
  type ConnectError,
} from './standby-errors.js';

export type StandbyOf = {
  url: string;
  code: string;
  /**
   * The wait for the next part of a copy and for the answer to `replica:check`
   * (copy-transfer.ts: copyIdleMs; tests shorten it).
   */
  copyIdleMs?: number;
  /**
   * The waits before retrying a refused fresh copy or follow (follow-retry.ts; tests
   * shorten them).
   */
  copyRetryMs?: CopyRetryMs;
};

const connectReplica = (of: StandbyOf, base: string[], reconnect: boolean): Socket =>
  io(`${of.url.replace(/\/$/, '')}/replica`, {
    auth: { protocol: replicaProtocol, code: of.code, base, schema: schemaVersion },
    transports: ['websocket'],
    reconnection: reconnect,
    reconnectionDelay: 300,
    reconnectionDelayMax: 2000,
  });

/** Where this database stands in its primary's log (its own change_log head). */
const resumeFrom = (db: Db): ResumeFrom => {
  const after = headSeq(db);
  const at = after > 0 ? changeAt(db, after) : null;
  return at === null ? { after } : { after, at };
};

/** A short-lived replica connection (before the server opens its database). */
async function withReplica<T>(of: StandbyOf, use: (socket: Socket) => Promise<T>): Promise<T> {
  const socket = connectReplica(of, [], false);
  try {
    await new Promise<void>((resolve, reject) => {
      // A refusal carries the primary's envelope; without one the primary did not answer.
      socket.once('connect_error', (err: ConnectError) => {
        const refusal = refusalOf(err);
        reject(refusal ? new StandbyRefused(refusal) : unanswered(of.url, err));
      });
      socket.once('connect', () => resolve());
    });
    return await use(socket);
  } finally {
    socket.close();
  }
}

/** One question before the database opens; no answer within the idle bound is no primary. */
const askOnce = <T>(of: StandbyOf, name: string, payload: object): Promise<Result<T>> => {
  const waitMs = of.copyIdleMs ?? copyIdleMs;
  return withReplica(
    of,
    (socket) =>
      new Promise<Result<T>>((resolve, reject) =>
        socket
          .timeout(waitMs)
          .emit(name, payload, (err: Error | null, res: Result<T>) =>
            err ? reject(noAnswer(of.url, name, waitMs, !socket.connected)) : resolve(res),
          ),
      ),
  );
};

/**
 * The copy a standby starts from: the one already in dataDir when its primary can serve
 * every change after it (a restarted standby resumes), else a fresh full copy.
 */
export async function prepareStandby(of: StandbyOf, dataDir: string, log: Logger): Promise<void> {
  const here = localCopy(dataDir);
  if (here) {
    const res = await askOnce<{ head: number }>(of, 'replica:check', here);
    if (res.ok) {
      log.info('standby resumes from its copy', { after: here.after, head: res.data.head });
      return;
    }
    if (res.code !== 'COPY_NEEDED') throw new StandbyRefused(res);
    log.warn('standby copy cannot resume: taking a fresh copy', { why: res.details });
  }
  await fetchCopy(of, dataDir, log);
}

/** The copy in dataDir, if it is one this version can follow with (same schema). */
function localCopy(dataDir: string): ResumeFrom | null {
  const file = join(dataDir, dbFileName);
  if (!existsSync(file)) return null;
  let db: Db | null = null;
  try {
    db = new Database(file, { fileMustExist: true });
    const hasLog = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
      .get(changeLogTable);
    return hasLog && userVersion(db) === schemaVersion ? resumeFrom(db) : null;
  } catch {
    return null; // unreadable: a fresh copy replaces it (the file is moved aside, not deleted)
  } finally {
    db?.close();
  }
}

/** The copy at start, each stalled try retried on a new connection (startCopyTries). */
async function copyWithRetries(of: StandbyOf, log: Logger) {
  for (let tries = 1; ; tries++) {
    try {
      return await withReplica(of, (socket) => receiveCopy(socket, of.copyIdleMs));
    } catch (err) {
      if (!(err instanceof CopyStalled)) throw err;
      if (tries >= startCopyTries)
        throw new StandbyFailed(
          fail('COPY_STALLED', [`stalled ${tries} times in a row`, err.message]),
        );
      log.warn('the copy stalled at start: trying again on a new connection', {
        tries,
        of: startCopyTries,
      });
    }
  }
}

/** Copies the primary's database into dataDir (an older file there is moved aside). */
export async function fetchCopy(of: StandbyOf, dataDir: string, log: Logger): Promise<number> {
  const copy = await copyWithRetries(of, log);
  const file = join(dataDir, dbFileName);
  if (existsSync(file)) renameSync(file, keptCopyPath(dataDir, Date.now()));
  for (const s of ['-wal', '-shm']) rmSync(file + s, { force: true });
  writeFileSync(file, copy.image, { mode: 0o600 });
  const removed = pruneKeptCopies(dataDir);
  log.info('standby copy received', { bytes: copy.image.byteLength, seq: copy.seq, removed });
  return copy.seq;
}

/** Follows the primary until stopped (take-over). */
export function follow(venue: Venue, of: StandbyOf, self: string, dataDir: string, log: Logger) {
  venue.db.pragma('foreign_keys = OFF');
  const apply = createApplier(venue.db);
  let applied = headSeq(venue.db);
  let head = applied;
  let connected = false;
  /**
   * The primary's last answer to replica:follow on this connection refused it (COPY_NEEDED
   * included: a fresh copy is under way or failed): no changes come. Not refused while the
   * first answer is awaited, so a reconnection does not flash "not receiving" on the desk.
   */
  let refused = false;
  /** A replica:follow awaits its answer (a retry never asks a second time meanwhile). */
  let pending = false;
  let lostRaised = false;
  /**
   * This standby dropped its own connection to retry a stalled copy: that drop is not a
   * lost primary (PRIMARY_LOST would suggest taking over). Cleared on the next connect; if
   * the reconnection fails, the primary is unreachable after all and PRIMARY_LOST goes up.
   */
  let retrying = false;
  let stopped = false;
  let refreshTimer: NodeJS.Timeout | null = null;
  const socket = connectReplica(of, self ? [self] : [], true);

  /** After a failed copy or a refused follow, one try waits (follow-retry.ts). */
  const retry = createFollowRetry(() => {
    if (connected && !stopped && !pending && !copy.busy) ask();
  }, of.copyRetryMs);
  const ask = () => {
    if (copy.busy) return;
    retry.cancel(); // any ask supersedes a waiting try: that never fires a second one
    pending = true;
    socket.emit('replica:follow', resumeFrom(venue.db), (res: Result<{ head: number }>) => {
      pending = false;
      const was = refused;
      refused = !res.ok;
      if (stopped) return;
      if (res.ok) {
        head = Math.max(head, res.data.head);
        retry.reset();
        if (was) venue.touch(); // the desk's "not receiving" goes at once
        return;
      }
      if (copy.busy) return;
      if (res.code !== 'COPY_NEEDED') return followRefused(res, { venue, log, retry, connected });
      // The primary pruned its log past this copy while it was away: only a fresh copy helps.
      log.warn('the primary cannot serve this copy any more: taking a fresh copy', {
        why: res.details,
      });
      void copy.take();
    });
  };
  const copy = runningCopy({
    venue,
    socket,
    dataDir,
    log,
    idleMs: of.copyIdleMs,
    retry,
    stopped: () => stopped,
    connected: () => connected,
    installed: () => {
      applied = head = headSeq(venue.db);
    },
    ask,
    reconnect: () => {
      retrying = true;
      socket.disconnect().connect();
    },
  });
  socket.on('connect', () => {
    connected = true;
    lostRaised = false;
    retrying = false;
    pending = refused = false; // an answer sent on the old connection never comes
    retry.reset(); // asks at once, the waits start over
    log.info('following the primary', { url: of.url, after: applied });
    ask();
    venue.touch();
  });
  const lost = (why: 'disconnect' | 'connect_error') => {
    connected = refused = false;
    retry.cancel(); // the connect handler asks at once
    if (retrying && why === 'disconnect') return; // our own drop: the reconnection follows
    retrying = false;
    if (!lostRaised) {
      lostRaised = true;
      venue.raiseAlarm('PRIMARY_LOST', {
        id: `Laptop utama tidak terjangkau (${of.url}). Jika mati, ambil alih di laptop ini.`,
        en: `The primary is unreachable (${of.url}). If it is gone, take over on this laptop.`,
      });
    }
  };
  socket.on('disconnect', () => lost('disconnect'));
  socket.on('connect_error', (err: ConnectError) => {
    // The primary answered and refused: it is there, so not PRIMARY_LOST. The client does
    // not retry a refusal by itself; another Panggung version needs a person anyway.
    if (err.data?.code === 'REPLICA_VERSION') {
      connected = false;
      log.error('the primary refused this standby', { why: refusedBy(err) });
      venue.raiseAlarm('REPLICA_VERSION', { id: refusedBy(err, 'id'), en: refusedBy(err, 'en') });
      return;
    }
    lost('connect_error');
  });
  socket.on('changes', (batch: { head: number; rows: ChangeRow[] }) => {
    if (copy.busy) return;
    head = Math.max(head, batch.head);
    const rows = batch.rows.filter((r) => r.seq > applied);
    if (rows.length > 0) {
      if (rows[0]!.seq !== applied + 1) {
        log.warn('gap in the change stream: asking again', { applied, got: rows[0]!.seq });
        ask();
        return;
      }
      try {
        venue.applyReplicated(() => rows.forEach(apply), false);
      } catch (err) {
        log.error('applying a change failed: asking again', { err: String(err) });
        ask();
        return;
      }
      applied = rows[rows.length - 1]!.seq;
      // Confirmed once on this laptop's disk too: the primary's ack to a juror waits for it.
      const seq = applied;
      venue.durable().then(
        () => socket.emit('replica:applied', { seq }, () => undefined),
        (err: unknown) => log.error('the standby could not sync its disk', { err: String(err) }),
      );
      // Caches and pushes at most every 200 ms: confirming is what the primary waits for.
      refreshTimer ??= setTimeout(() => {
        refreshTimer = null;
        venue.applyReplicated(() => undefined, true);
      }, 200);
    } else venue.touch();
  });

  const status = (): FollowingStatus => ({
    primary: of.url,
    connected,
    streaming: connected && !refused,
    behindChanges: Math.max(0, head - applied),
    appliedSeq: applied,
  });
  venue.place.following = status;

  return {
    status,
    stop(): void {
      stopped = true;
      retry.cancel();
      socket.close();
      if (refreshTimer) clearTimeout(refreshTimer);
      refreshTimer = null;
      venue.place.following = () => null;
      venue.db.pragma('foreign_keys = ON');
      venue.applyReplicated(() => undefined, true);
    },
  };
}
export type Follower = ReturnType<typeof follow>;
