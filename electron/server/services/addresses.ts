// The venue's addresses: where the server answers (loopback and the LAN addresses, known
// once it listens) and the one the audience's phones should use, chosen by the organizer
// (the welcome screen's QR). A projector window on the organizer's laptop opens the
// screen on loopback; its QR must still point at an address phones can reach.
import type { VenueAddresses } from '../../../shared/contract/views.js';
import type { Venue } from './venue.js';

export type ServerAddresses = { local: string; lan: string[] };

const key = 'public_base';

export function venueAddresses(venue: Venue, server: ServerAddresses): VenueAddresses {
  return {
    local: server.local,
    lan: [...server.lan],
    publicBase: venue.repos.meta.get(key) || null,
  };
}

/** The chosen address, else the first LAN address; null when the server has none. */
export function joinBase(venue: Venue, server: ServerAddresses): string | null {
  return venue.repos.meta.get(key) || server.lan[0] || null;
}

export function setPublicAddress(venue: Venue, actor: string, base: string | null): void {
  const before = venue.repos.meta.get(key) || null;
  venue.commit([{ kind: 'screens' }], () => {
    venue.repos.meta.set(key, base ?? '');
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: 'screens.address',
      target: 'screens',
      old: before,
      new: base,
    });
  });
}
