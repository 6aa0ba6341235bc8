// What every organizer feature's handlers get: the venue, who is calling (as the audit log
// names the connection), the data folder (backups, exports) and the desk's whole view
// (`organizerView`: snapshot:get; the connection's next patch continues from it).
import type { CallMap } from '../../../../shared/contract/events.js';
import type { OrganizerWire } from '../../../../shared/contract/organizer-wire.js';
import type { Venue } from '../../services/venue.js';
import type { StandbyDesk } from '../../replication/desk.js';
import type { Handlers } from '../bind.js';

export type OrganizerContext = {
  venue: Venue;
  who: string;
  dataDir: string;
  organizerView: () => OrganizerWire | null;
  /** The hot standby's pairing and take-over (electron/server/replication/). */
  standby: StandbyDesk;
};

/** A feature's handlers: one adapter per call of its contract slice. */
export type FeatureHandlers<M extends CallMap> = (ctx: OrganizerContext) => Handlers<M>;
