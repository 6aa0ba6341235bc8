// The organizer's calls, one slice per desk feature. This list is the one place a feature
// is added: the server's handler table (electron/server/realtime/organizer/index.ts) is
// typed to hold exactly one handler module per entry here, and organizerCalls is composed
// from it. A feature's slice and its handlers share the feature's file name.
import { composeCalls } from '../call.js';
import { archiveCalls } from './archive.js';
import { backupCalls } from './backup.js';
import { liveCalls } from './live.js';
import { packCalls } from './pack.js';
import { publishCalls } from './publish.js';
import { recordsCalls } from './records.js';
import { resultsCalls } from './results.js';
import { rosterCalls } from './roster.js';
import { screensCalls } from './screens.js';
import { standbyCalls } from './standby.js';
import { setupCalls } from './setup.js';
import { votingCalls } from './voting.js';

export const organizerFeatures = {
  live: liveCalls,
  setup: setupCalls,
  roster: rosterCalls,
  records: recordsCalls,
  screens: screensCalls,
  results: resultsCalls,
  backup: backupCalls,
  publish: publishCalls,
  pack: packCalls,
  voting: votingCalls,
  standby: standbyCalls,
  archive: archiveCalls,
};
export type OrganizerFeature = keyof typeof organizerFeatures;

export const organizerCalls = composeCalls(organizerFeatures);
