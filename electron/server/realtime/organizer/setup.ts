// Handlers of the "setup" feature (shared/contract/organizer/setup.ts).
import type { setupCalls } from '../../../../shared/contract/organizer/setup.js';
import { setLogo } from '../../services/logos.js';
import * as edit from '../../services/setup-edit.js';
import { exportSetup, importSetup } from '../../services/setup.js';
import type { FeatureHandlers } from './context.js';

export const setupHandlers: FeatureHandlers<typeof setupCalls> = ({ venue, who }) => ({
  'setup:import': (input) => importSetup(venue, who, input.setup, input.replace),
  'setup:export': () => exportSetup(venue),
  'festival:save': (input) => edit.saveFestival(venue, who, input),
  'stage:save': (input) => edit.saveStage(venue, who, input),
  'stage:delete': (input) => edit.deleteStage(venue, who, input),
  'category:save': (input) => edit.saveNamed(venue, who, 'category', input),
  'category:delete': (input) => edit.deleteNamed(venue, who, 'category', input),
  'panel:save': (input) => edit.saveNamed(venue, who, 'panel', input),
  'panel:delete': (input) => edit.deleteNamed(venue, who, 'panel', input),
  'category:reorder': (input) => edit.reorderNamed(venue, who, 'category', input),
  'panel:reorder': (input) => edit.reorderNamed(venue, who, 'panel', input),
  'logo:set': (input) => (setLogo(venue, who, input.slot, input.base64), null),
});
