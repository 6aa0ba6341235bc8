// Handlers of the "pack" feature (shared/contract/organizer/pack.ts).
import type { packCalls } from '../../../../shared/contract/organizer/pack.js';
import { exportPack, importPack } from '../../services/pack.js';
import type { FeatureHandlers } from './context.js';

export const packHandlers: FeatureHandlers<typeof packCalls> = ({ venue, who }) => ({
  'pack:export': (input) => exportPack(venue, input),
  'pack:import': (input) => importPack(venue, who, input),
});
