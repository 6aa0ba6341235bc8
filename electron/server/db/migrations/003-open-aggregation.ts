// 3: the stage's aggregation method is an open registry (shared/scoring/methods.ts): a
// method is added by one registry entry, so a SQL CHECK listing the methods would need a
// table rebuild for every new one. The CHECK goes; every write is validated at the edge by
// the registry's zod enum (shared/contract/setup-parts.ts).
// Rebuilding `stage` is what a naive DROP would get wrong: criterion rows cascade on delete.
import { rebuildTable } from './rebuild.js';
import type { Migration } from './types.js';

export const openAggregation: Migration = {
  id: 3,
  name: 'open-aggregation',
  up(db) {
    rebuildTable(
      db,
      'stage',
      `CREATE TABLE {table} (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, ord INTEGER NOT NULL, final_weight_bp INTEGER NOT NULL,
        aggregation TEXT NOT NULL,
        disagreement_band_micro INTEGER NOT NULL, tie_break_json TEXT NOT NULL, zscore_min_sheets INTEGER NOT NULL,
        presentation_sec INTEGER NOT NULL, qa_sec INTEGER NOT NULL, rubric_frozen INTEGER NOT NULL DEFAULT 0
      ) STRICT`,
    );
  },
};
