// "Ambil alih": the standby becomes the primary of a new epoch. A person decides this on
// the standby's desk (the primary is gone); nothing here elects anyone. The new epoch is
// written in this database (and so in any later standby's copy); a server of an older
// epoch that learns of it refuses writes with REPLACED.
import { DomainError } from '../../../shared/contract/errors.js';
import { epochKey, epochOf } from '../services/place.js';
import type { Venue } from '../services/venue.js';

/** `stopFollowing` ends the live follow and readies this database to log its own changes. */
export function takeOver(venue: Venue, who: string, stopFollowing: () => void): { epoch: number } {
  if (venue.place.role !== 'standby' || venue.place.replaced)
    throw new DomainError('FORBIDDEN', ['only a standby can take over']);
  stopFollowing();
  const before = epochOf(venue.repos.meta);
  const epoch = before + 1;
  venue.place.role = 'primary';
  const oldPrimary = venue.place.peer;
  venue.commit([{ kind: 'setup' }], () => {
    venue.repos.meta.set(epochKey, String(epoch));
    venue.repos.audit.add({
      at: venue.now(),
      actor: who,
      action: 'standby.takeover',
      target: 'venue',
      old: { epoch: before, primary: oldPrimary },
      new: { epoch },
    });
  });
  return { epoch };
}
