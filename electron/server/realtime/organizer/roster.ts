// Handlers of the "roster" feature (shared/contract/organizer/roster.ts).
import type { rosterCalls } from '../../../../shared/contract/organizer/roster.js';
import * as live from '../../services/live.js';
import * as roster from '../../services/roster-edit.js';
import { importRoster } from '../../services/roster-import.js';
import type { FeatureHandlers } from './context.js';

export const rosterHandlers: FeatureHandlers<typeof rosterCalls> = ({ venue, who }) => ({
  'entry:save': (input) => roster.saveEntry(venue, who, input),
  'entry:details': (input) => roster.entryDetails(venue, input),
  'entry:delete': (input) => roster.deleteEntry(venue, who, input),
  'entry:reorder': (input) => roster.reorderEntries(venue, who, input),
  'juror:save': (input) => roster.saveJuror(venue, who, input),
  'juror:delete': (input) => roster.deleteJuror(venue, who, input),
  'juror:code': (input) => live.jurorCode(venue, who, input),
  'roster:import': (input) => importRoster(venue, who, input),
});
