// The hot standby, wired: on a primary, the '/replica' namespace a standby follows and the
// acknowledgement gate; on a standby, the follower; on both, the watch that tells a
// primary it was replaced. See shared/contract/replica.ts and docs/RELIABILITY.md.
import type { Server } from 'socket.io';
import { DomainError } from '../../../shared/contract/errors.js';
import { installChangeLog } from '../db/change-log.js';
import type { Logger } from '../log.js';
import { epochOf } from '../services/place.js';
import type { Venue } from '../services/venue.js';
import type { StandbyDesk } from './desk.js';
import { groupCode, pairCode, readRemembered, remember } from './pairing.js';
import { servePrimary, type PrimaryReplication } from './primary.js';
import { follow, type Follower, type StandbyOf } from './standby.js';
import { takeOver } from './takeover.js';

export type ReplicationOptions = {
  venue: Venue;
  dataDir: string;
  log: Logger;
  standbyOf?: StandbyOf;
  confirmWithinMs?: number;
  keepChangeRows?: number;
};

type Health = { venue?: { epoch?: number; role?: string } };

/** Asks another laptop which epoch and role it has (GET /api/health), bounded. */
export async function peerVenue(base: string, timeoutMs = 1500): Promise<Health['venue'] | null> {
  try {
    const res = await fetch(`${base.replace(/\/$/, '')}/api/health`, {
      signal: AbortSignal.timeout(timeoutMs),
    });
    return ((await res.json()) as Health).venue ?? null;
  } catch {
    return null;
  }
}

export function createReplication(opts: ReplicationOptions) {
  const { venue, dataDir, log } = opts;
  let primary: PrimaryReplication | null = null;
  let follower: Follower | null = null;
  let watch: NodeJS.Timeout | null = null;
  /** The server stopped: its database may be closed, so nothing more is read or written. */
  let closed = false;
  if (opts.standbyOf) {
    venue.place.role = 'standby';
    venue.place.peer = opts.standbyOf.url;
    remember(dataDir, { primary: opts.standbyOf.url });
  } else installChangeLog(venue.db);

  /** A primary whose other laptop is primary in a newer epoch stops writing (REPLACED). */
  async function checkReplaced(): Promise<void> {
    const peer = venue.place.peer ?? readRemembered(dataDir).standby;
    if (venue.place.role !== 'primary' || venue.place.replaced || !peer) return;
    if (primary?.following()) return;
    const other = await peerVenue(peer);
    // The server may have stopped while the other laptop answered (its database closed).
    if (closed) return;
    if (other?.role === 'primary' && (other.epoch ?? 0) > epochOf(venue.repos.meta)) {
      venue.place.replaced = true;
      venue.place.peer = peer;
      log.warn('replaced by the standby', { peer, epoch: other.epoch });
      venue.raiseAlarm('REPLACED', {
        id: `Laptop cadangan (${peer}) sudah mengambil alih (epoch ${other.epoch}): laptop ini tidak menyimpan apa pun lagi.`,
        en: `The standby (${peer}) took over (epoch ${other.epoch}): this laptop stores nothing any more.`,
      });
    }
  }

  const desk: StandbyDesk = {
    pairing() {
      if (venue.place.role !== 'primary')
        throw new DomainError('STANDBY', ['a standby cannot pair another standby']);
      return { code: groupCode(pairCode(dataDir)), url: venue.place.self };
    },
    takeover: (who) =>
      takeOver(venue, who, () => {
        follower?.stop();
        follower = null;
        installChangeLog(venue.db);
      }),
  };

  return {
    desk,
    /** A sheet's acknowledgement: the standby has it, and this server was not replaced. */
    async confirmed(): Promise<void> {
      await primary?.confirmed();
      if (venue.place.replaced) throw new DomainError('REPLACED');
    },
    /** Before the server listens: a primary learns whether its standby took over. */
    checkReplaced,
    /** Once the server listens (its own address known). */
    start(io: Server): void {
      primary = servePrimary(io, {
        venue,
        dataDir,
        log,
        onStandbyLost: checkReplaced,
        ...(opts.confirmWithinMs ? { confirmWithinMs: opts.confirmWithinMs } : {}),
        ...(opts.keepChangeRows ? { keepChangeRows: opts.keepChangeRows } : {}),
      });
      if (opts.standbyOf) follower = follow(venue, opts.standbyOf, venue.place.self, dataDir, log);
      watch = setInterval(
        () =>
          void checkReplaced().catch((err: unknown) =>
            log.error('replaced check failed', {
              err: err instanceof Error ? err.message : String(err),
            }),
          ),
        2000,
      );
      watch.unref();
    },
    close(): void {
      closed = true;
      if (watch) clearInterval(watch);
      follower?.stop();
      primary?.close();
    },
  };
}
export type Replication = ReturnType<typeof createReplication>;
