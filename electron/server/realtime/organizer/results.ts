// Handlers of the "results" feature (shared/contract/organizer/results.ts).
import type { resultsCalls } from '../../../../shared/contract/organizer/results.js';
import { confirmOfficial } from '../../services/finality.js';
import { resultsExport } from '../../services/results.js';
import type { FeatureHandlers } from './context.js';

export const resultsHandlers: FeatureHandlers<typeof resultsCalls> = ({ venue, who }) => ({
  'results:get': () => resultsExport(venue),
  'results:official': (input) => confirmOfficial(venue, who, input),
});
