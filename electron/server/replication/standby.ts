// The standby's side: the full copy before the server opens its database, then the live
// follow. Changes are applied in order, each batch in one transaction, and confirmed to
// the primary once committed here; after a drop the follow resumes from the last applied
// sequence (this database's own change_log head). A gap or an error asks again from there.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type { Result } from '../../../shared/contract/errors.js';
import type { ChangeRow, FollowingStatus, ReplicaCopy } from '../../../shared/contract/replica.js';
import { createApplier, headSeq } from '../db/change-log.js';
import { dbFileName } from '../db/connection.js';
import { schemaVersion } from '../db/migrate.js';
import type { Logger } from '../log.js';
import type { Venue } from '../services/venue.js';

export type StandbyOf = { url: string; code: string };

const connectReplica = (of: StandbyOf, base: string[], reconnect: boolean): Socket =>
  io(`${of.url.replace(/\/$/, '')}/replica`, {
    auth: { code: of.code, base, schema: schemaVersion },
    transports: ['websocket'],
    reconnection: reconnect,
    reconnectionDelay: 300,
    reconnectionDelayMax: 2000,
  });

/** Copies the primary's database into dataDir (an older file there is moved aside). */
export async function fetchCopy(of: StandbyOf, dataDir: string, log: Logger): Promise<number> {
  const socket = connectReplica(of, [], false);
  try {
    const copy = await new Promise<ReplicaCopy>((resolve, reject) => {
      socket.once('connect_error', (err: Error & { data?: { message?: string } }) =>
        reject(new Error(`primary refused the standby: ${err.data?.message ?? err.message}`)),
      );
      socket.once('connect', () => {
        socket
          .timeout(120_000)
          .emit('replica:copy', {}, (err: Error | null, res: Result<ReplicaCopy>) => {
            if (err) return reject(err);
            if (!res.ok) return reject(new Error(res.message));
            resolve(res.data);
          });
      });
    });
    const file = join(dataDir, dbFileName);
    if (existsSync(file)) renameSync(file, `${file}.before-standby-${Date.now()}`);
    for (const s of ['-wal', '-shm']) rmSync(file + s, { force: true });
    writeFileSync(file, copy.image, { mode: 0o600 });
    log.info('standby copy received', { bytes: copy.image.byteLength, seq: copy.seq });
    return copy.seq;
  } finally {
    socket.close();
  }
}

/** Follows the primary until stopped (take-over). */
export function follow(venue: Venue, of: StandbyOf, self: string, log: Logger) {
  venue.db.pragma('foreign_keys = OFF');
  const apply = createApplier(venue.db);
  let applied = headSeq(venue.db);
  let head = applied;
  let connected = false;
  let lostRaised = false;
  let refreshTimer: NodeJS.Timeout | null = null;
  const socket = connectReplica(of, self ? [self] : [], true);

  const ask = () => socket.emit('replica:follow', { after: applied }, () => undefined);
  socket.on('connect', () => {
    connected = true;
    lostRaised = false;
    log.info('following the primary', { url: of.url, after: applied });
    ask();
    venue.touch();
  });
  const lost = () => {
    connected = false;
    if (!lostRaised) {
      lostRaised = true;
      venue.raiseAlarm(
        'PRIMARY_LOST',
        `Laptop utama tidak terjangkau (${of.url}). Jika mati, ambil alih di laptop ini. / The primary is unreachable (${of.url}). If it is gone, take over on this laptop.`,
      );
    }
  };
  socket.on('disconnect', lost);
  socket.on('connect_error', lost);
  socket.on('changes', (batch: { head: number; rows: ChangeRow[] }) => {
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
      socket.emit('replica:applied', { seq: applied }, () => undefined);
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
    behindChanges: Math.max(0, head - applied),
    appliedSeq: applied,
  });
  venue.place.following = status;

  return {
    status,
    stop(): void {
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
