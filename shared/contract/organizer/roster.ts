// Organizer feature "roster": entries and jurors, one at a time or imported from a sheet,
// and the jurors' login codes. Handlers: electron/server/realtime/organizer/roster.ts.
import { call } from '../call.js';
import type { EntryDetails } from '../../model.js';
import * as s from '../schemas.js';
import * as ss from '../setup-schemas.js';

export const rosterCalls = {
  'entry:save': call<{ id: string }>()(ss.entryEditSchema),
  /** An entry's optional details (ringkasan, problem, year, contact, link), for its edit form. */
  'entry:details': call<EntryDetails>()(ss.idOnlySchema),
  'entry:delete': call<null>()(ss.idOnlySchema),
  'entry:reorder': call<null>()(ss.entryReorderSchema),
  'juror:save': call<{ id: string }>()(ss.jurorEditSchema),
  'juror:delete': call<null>()(ss.idOnlySchema),
  'juror:code': call<{ pin: string; token: string } | null>()(s.jurorCodeSchema),
  'roster:import': call<{ entries: number; jurors: number; categories: number; panels: number }>()(
    ss.rosterImportSchema,
  ),
};
