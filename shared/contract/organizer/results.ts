// Organizer feature "results": the standings export and the gate for official results.
// Handlers: electron/server/realtime/organizer/results.ts.
import { call } from '../call.js';
import * as s from '../schemas.js';
import type { ResultsExport } from '../views.js';

export const resultsCalls = {
  'results:get': call<ResultsExport>()(s.emptySchema),
  /** Gate for certificates and official exports: final, or provisional with a reason. */
  'results:official': call<{ provisional: boolean; unlocked: string[] }>()(s.officialResultsSchema),
};
