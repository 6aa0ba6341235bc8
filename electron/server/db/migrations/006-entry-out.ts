// 6: an entry can be "out" of a stage: closed out with the stage without being presented
// (it did not advance to this round). The phase CHECK mirrors `entryPhases` in
// shared/model.ts, so entry_state is rebuilt with the longer list.
import { rebuildTable } from './rebuild.js';
import type { Migration } from './types.js';

export const entryOut: Migration = {
  id: 6,
  name: 'entry-out',
  up(db) {
    rebuildTable(
      db,
      'entry_state',
      `CREATE TABLE {table} (
        entry_id TEXT NOT NULL REFERENCES entry(id), stage_id TEXT NOT NULL REFERENCES stage(id),
        phase TEXT NOT NULL CHECK (phase IN ('queued','presenting','scoring','closed','locked','out')),
        updated_at INTEGER NOT NULL, PRIMARY KEY (entry_id, stage_id)
      ) STRICT`,
    );
  },
};
