// Handlers of the "standby" feature (shared/contract/organizer/standby.ts), onto the
// replication service (electron/server/replication/).
import type { standbyCalls } from '../../../../shared/contract/organizer/standby.js';
import type { FeatureHandlers } from './context.js';

export const standbyHandlers: FeatureHandlers<typeof standbyCalls> = ({ standby, who }) => ({
  'standby:pairing': () => standby.pairing(),
  'standby:takeover': () => standby.takeover(who),
});
