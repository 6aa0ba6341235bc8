// Handlers of the "live" feature (shared/contract/organizer/live.ts).
import { DomainError } from '../../../../shared/contract/errors.js';
import type { liveCalls } from '../../../../shared/contract/organizer/live.js';
import * as live from '../../services/live.js';
import { closeStage } from '../../services/stage-close.js';
import type { FeatureHandlers } from './context.js';

const notSetUp = (): never => {
  throw new DomainError('NOT_FOUND', ['no festival is set up yet']);
};

export const liveHandlers: FeatureHandlers<typeof liveCalls> = ({ venue, who, organizerView }) => ({
  'snapshot:get': () => organizerView() ?? notSetUp(),
  'panel:present': (input) => (live.present(venue, who, input), null),
  'panel:stage': (input) => (live.setPanelStage(venue, who, input), null),
  'entry:transition': (input) => (live.transitionEntry(venue, who, input), null),
  'timer:control': (input) => (live.controlTimer(venue, who, input), null),
  'release:set': (input) => (live.setRelease(venue, who, input), null),
  'tie:decide': (input) => (live.decideTie(venue, who, input), null),
  'stage:close': (input) => closeStage(venue, who, input),
});
