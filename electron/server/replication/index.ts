// The hot standby, wired: on a primary, the '/replica' namespace a standby follows and the
// acknowledgement gate; on a standby, the follower. See shared/contract/replica.ts.
import { DomainError } from '../../../shared/contract/errors.js';
import type { Logger } from '../log.js';
import type { Venue } from '../services/venue.js';
import type { StandbyDesk } from './desk.js';
import { groupCode, pairCode } from './pairing.js';
import { takeOver } from './takeover.js';

export type ReplicationOptions = { venue: Venue; dataDir: string; log: Logger };

export function createReplication(opts: ReplicationOptions) {
  const { venue, dataDir } = opts;
  const desk: StandbyDesk = {
    pairing() {
      if (venue.place.role !== 'primary')
        throw new DomainError('STANDBY', ['a standby cannot pair another standby']);
      return { code: groupCode(pairCode(dataDir)), url: venue.place.self };
    },
    takeover: (who) => takeOver(venue, who, () => undefined),
  };
  return { desk };
}
export type Replication = ReturnType<typeof createReplication>;
