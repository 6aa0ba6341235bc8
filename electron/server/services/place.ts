// Where this server stands in the hot standby pair (shared/contract/replica.ts): its role,
// the festival's epoch (kept in meta, so a copy carries it), its own address and the other
// laptop's. The venue refuses every write unless this server is the primary of the newest
// epoch it knows of. The replication modules fill in the live status for the desk.
import { DomainError } from '../../../shared/contract/errors.js';
import type {
  FollowingStatus,
  StandbyStatus,
  VenueInfo,
  VenueRole,
} from '../../../shared/contract/replica.js';

export type Place = {
  role: VenueRole;
  /** A higher epoch exists elsewhere: every write is refused with REPLACED. */
  replaced: boolean;
  /** This server's base URL as clients reach it (its first LAN address, else loopback). */
  self: string;
  /** The other laptop's base URL: the standby (on a primary) or the primary (on a standby). */
  peer: string | null;
  standby: () => StandbyStatus | null;
  following: () => FollowingStatus | null;
};

export const epochKey = 'epoch';

export function createPlace(): Place {
  return {
    role: 'primary',
    replaced: false,
    self: '',
    peer: null,
    standby: () => null,
    following: () => null,
  };
}

/** Throws the refusal a write gets on a server that must not write. */
export function assertWritable(place: Place): void {
  if (place.replaced) throw new DomainError('REPLACED');
  if (place.role === 'standby') throw new DomainError('STANDBY');
}

export function epochOf(meta: { get(key: string): string | null | undefined }): number {
  const n = Number(meta.get(epochKey) ?? '1');
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/**
 * What of the place shows in `venue` besides the epoch (which only a commit changes): when
 * it differs from the last one listeners heard, they hear a `venue` change (venue.ts).
 */
export function placeKey(place: Place): string {
  return JSON.stringify([place.role, place.replaced, place.self, place.peer]);
}

export function venueInfo(
  place: Place,
  meta: { get(key: string): string | null | undefined },
): VenueInfo {
  const primary = place.role === 'primary' ? place.self : place.peer;
  const standby = place.role === 'primary' ? place.peer : place.self;
  return {
    epoch: epochOf(meta),
    role: place.role,
    replaced: place.replaced,
    addresses: [primary, standby].filter((a): a is string => !!a),
  };
}
