// Which venue server a page (or the benchmark's pad) follows, as pure rules (no socket, no
// timer): tested in test/renderer. Every snapshot names the venue's servers (the primary's
// LAN address first, then the standby's), the festival's epoch (raised by every take-over)
// and the server's role. A page remembers the highest epoch it has seen and the addresses;
// when its server is gone it tries the others and settles on one in role primary with that
// epoch or a higher one. It never follows a server with a lower epoch: that laptop was
// replaced. What this does not do: elect anything. Only the organizer's "Ambil alih" makes
// a standby primary; pages just find out which one is.

import type { VenueInfo } from './contract/replica.js';

/** The `venue` part of every snapshot (shared/contract/replica.ts). */
export type { VenueInfo };

/** What a page knows about the venue: the highest epoch seen and every address heard of. */
export type KnownVenue = { epoch: number; addresses: string[] };

export const unknownVenue: KnownVenue = { epoch: 0, addresses: [] };

/** An address as a comparable origin ("http://10.0.0.2:4321"), or null when it is not one. */
export function originOf(address: string): string | null {
  try {
    const u = new URL(address);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** Knowledge after a snapshot from a server we follow: the epoch only grows. */
export function learn(known: KnownVenue, venue: VenueInfo): KnownVenue {
  const fresh = venue.addresses.flatMap((a) => {
    const o = originOf(a);
    return o === null ? [] : [o];
  });
  // The newest list comes first (it says which is primary now); older addresses stay at
  // the end: a laptop that was replaced may still be the only one a page can reach.
  const addresses = [...new Set([...fresh, ...known.addresses])];
  return { epoch: Math.max(known.epoch, venue.epoch), addresses };
}

export type Verdict =
  /** Follow this server: show its snapshot, send to it. */
  | 'follow'
  /** It says it was replaced, or its epoch is below one this page has seen: look elsewhere. */
  | 'replaced'
  /** A standby while the page is looking for the primary: keep looking. */
  | 'not-primary';

/**
 * May the page follow the server that sent `venue`? `searching` is true while the page is
 * looking for a new server (its own is gone): then only a primary will do. A page that is
 * not searching stays with its server in either role (the standby's own desk and screens
 * show the standby), unless the epoch went backwards.
 */
export function judge(known: KnownVenue, venue: VenueInfo, searching: boolean): Verdict {
  if (venue.replaced || venue.epoch < known.epoch) return 'replaced';
  if (searching && venue.role !== 'primary') return 'not-primary';
  return 'follow';
}

/**
 * The order to try servers in when the current one is gone: the others first, in the
 * venue's order (the one named first is the primary), the current one last (it may only
 * have blinked). `current` is an origin, or '' for the page's own origin.
 */
export function candidates(known: KnownVenue, current: string, pageOrigin: string): string[] {
  const here = current === '' ? pageOrigin : current;
  const others = known.addresses.filter((a) => a !== here);
  return [...others, here];
}
