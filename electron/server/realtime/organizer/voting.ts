// Handlers of the "voting" feature (shared/contract/organizer/voting.ts): people's choice.
import { DomainError } from '../../../../shared/contract/errors.js';
import type { votingCalls } from '../../../../shared/contract/organizer/voting.js';
import type { FeatureHandlers } from './context.js';

const notYet = (): never => {
  throw new DomainError('NOT_FOUND', ["people's choice is not built yet"]);
};

export const votingHandlers: FeatureHandlers<typeof votingCalls> = () => ({
  'voting:settings': notYet,
  'voting:open': notYet,
  'voting:tally': notYet,
  'tickets:make': notYet,
  'tickets:list': notYet,
  'ticket:void': notYet,
  'favourite:reveal': notYet,
});
