// Handlers of the "screens" feature (shared/contract/organizer/screens.ts).
import type { screensCalls } from '../../../../shared/contract/organizer/screens.js';
import { setPublicAddress } from '../../services/addresses.js';
import * as live from '../../services/live.js';
import { controlReveal } from '../../services/reveal.js';
import type { FeatureHandlers } from './context.js';

export const screensHandlers: FeatureHandlers<typeof screensCalls> = ({ venue, who }) => ({
  'reveal:control': (input) => (controlReveal(venue, who, input), null),
  'screen:mode': (input) => (live.setScreenMode(venue, who, input), null),
  'screens:address': (input) => (setPublicAddress(venue, who, input.base), null),
});
