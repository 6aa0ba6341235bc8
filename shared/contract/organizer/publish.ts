// Organizer feature "publish" (docs/CATALOGUE.md): jurors' comments released by the
// organizer, feedback sheets per entry, the innovation catalogue. Handlers:
// electron/server/realtime/organizer/publish.ts.
import { call } from '../call.js';
import type { CatalogueMade, CommentRow, MadeFile } from '../desk-views.js';
import * as ps from '../publish-schemas.js';

export const publishCalls = {
  'comments:list': call<CommentRow[]>()(ps.commentsListSchema),
  'comment:release': call<null>()(ps.commentReleaseSchema),
  'feedback:html': call<{ html: string; sheets: number }>()(ps.feedbackHtmlSchema),
  'feedback:export': call<MadeFile>()(ps.feedbackExportSchema),
  'catalogue:build': call<CatalogueMade>()(ps.catalogueSchema),
  'catalogue:print': call<{ html: string; provisional: boolean }>()(ps.catalogueSchema),
};
