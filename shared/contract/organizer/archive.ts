// Organizer feature "archive": past festivals (their data folders or database files in the
// data folder's archive/), opened read-only, side by side with their results; and keeping
// this festival there. Handlers: electron/server/realtime/organizer/archive.ts.
import { z } from 'zod';
import { call } from '../call.js';
import type { ArchivedFestival } from '../archive-views.js';
import * as s from '../schemas.js';
import type { ResultsExport } from '../views.js';

/** A file of the archive: "name.db" or "folder/panggung.db", nothing above archive/. */
export const archiveIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,119}(\/panggung\.db)?$/)
  .refine((id) => !id.includes('..'), 'no parent folders')
  .refine((id) => id.endsWith('.db'), 'a .db file');

export const archiveCalls = {
  'archive:list': call<ArchivedFestival[]>()(s.emptySchema),
  /** The full results document of one past festival, read from a copy of its file. */
  'archive:results': call<ResultsExport>()(z.object({ id: archiveIdSchema }).strict()),
  /** Copies this festival into archive/ (SQLite's backup API) and answers its summary. */
  'archive:save': call<ArchivedFestival>()(s.emptySchema),
};
