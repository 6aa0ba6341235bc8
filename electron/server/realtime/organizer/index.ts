// The organizer's calls on the server: one handler module per feature of the contract
// (shared/contract/organizer/index.ts), each a set of one-line adapters onto services. The
// table below is typed against that list, so a feature without handlers (or handlers
// without a feature) does not compile. The hub binds the result to an authenticated
// organizer socket; parsing and the error envelope are bind.ts's job.
import type {
  OrganizerFeature,
  organizerCalls,
  organizerFeatures,
} from '../../../../shared/contract/events.js';
import type { Handlers } from '../bind.js';
import { archiveHandlers } from './archive.js';
import { backupHandlers } from './backup.js';
import type { FeatureHandlers, OrganizerContext } from './context.js';
import { liveHandlers } from './live.js';
import { packHandlers } from './pack.js';
import { publishHandlers } from './publish.js';
import { recordsHandlers } from './records.js';
import { resultsHandlers } from './results.js';
import { rosterHandlers } from './roster.js';
import { screensHandlers } from './screens.js';
import { standbyHandlers } from './standby.js';
import { setupHandlers } from './setup.js';
import { votingHandlers } from './voting.js';

const featureHandlers: {
  [F in OrganizerFeature]: FeatureHandlers<(typeof organizerFeatures)[F]>;
} = {
  live: liveHandlers,
  setup: setupHandlers,
  roster: rosterHandlers,
  records: recordsHandlers,
  screens: screensHandlers,
  results: resultsHandlers,
  backup: backupHandlers,
  publish: publishHandlers,
  pack: packHandlers,
  voting: votingHandlers,
  standby: standbyHandlers,
  archive: archiveHandlers,
};

/** Every feature's handlers for one organizer connection, as one map. */
export function organizerHandlers(ctx: OrganizerContext): Handlers<typeof organizerCalls> {
  const all = Object.values(featureHandlers).map((handlers) => handlers(ctx));
  // Each part is checked against its feature above; together they cover organizerCalls.
  return Object.assign({}, ...all) as Handlers<typeof organizerCalls>;
}
