// Organizer feature "pack": the festival pack, structure and words for the next festival
// (no people, no scores). Handlers: electron/server/realtime/organizer/pack.ts.
import { call } from '../call.js';
import * as pk from '../pack-schemas.js';

export const packCalls = {
  'pack:export': call<pk.FestivalPack>()(pk.packExportSchema),
  'pack:import': call<{ stages: number; categories: number; panels: number; logos: number }>()(
    pk.packImportSchema,
  ),
};
