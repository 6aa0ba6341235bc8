// Handlers of the "publish" feature (shared/contract/organizer/publish.ts).
import type { publishCalls } from '../../../../shared/contract/organizer/publish.js';
import { buildCatalogue, printCatalogue } from '../../services/catalogue.js';
import * as publish from '../../services/publish.js';
import type { FeatureHandlers } from './context.js';

export const publishHandlers: FeatureHandlers<typeof publishCalls> = ({ venue, who }) => ({
  'comments:list': (input) => publish.listComments(venue, input),
  'comment:release': (input) => publish.releaseComment(venue, who, input),
  'feedback:html': (input) => publish.feedbackHtml(venue, input),
  'feedback:export': (input) => publish.feedbackExport(venue, input),
  'catalogue:build': (input) => buildCatalogue(venue, who, input),
  'catalogue:print': (input) => printCatalogue(venue, input),
});
