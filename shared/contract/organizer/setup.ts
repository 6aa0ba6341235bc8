// Organizer feature "setup": the festival's structure as one file (import, export) and
// edited one item per call (see setup-schemas.ts), plus the logos. Handlers:
// electron/server/realtime/organizer/setup.ts.
import { call } from '../call.js';
import * as s from '../schemas.js';
import * as ss from '../setup-schemas.js';

export const setupCalls = {
  'setup:import': call<{ entries: number; jurors: number }>()(s.setupImportSchema),
  'setup:export': call<s.FestivalSetup>()(s.emptySchema),
  'festival:save': call<null>()(ss.festivalDetailsSchema),
  'stage:save': call<{ frozen: boolean }>()(ss.stageSaveSchema),
  'stage:delete': call<null>()(ss.idOnlySchema),
  'category:save': call<{ id: string }>()(ss.namedSaveSchema),
  'category:delete': call<null>()(ss.idOnlySchema),
  'panel:save': call<{ id: string }>()(ss.namedSaveSchema),
  'panel:delete': call<null>()(ss.idOnlySchema),
  'category:reorder': call<null>()(ss.namedReorderSchema),
  'panel:reorder': call<null>()(ss.namedReorderSchema),
  'logo:set': call<null>()(s.logoSetSchema),
};
