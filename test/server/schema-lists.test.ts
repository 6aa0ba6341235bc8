// Every CHECK (column IN (...)) of the live schema is the list shared/ defines for it, so
// changing a closed list without a rebuild migration fails here (docs/MIGRATIONS.md), and a
// new CHECK must name the list it mirrors. Open registries (scoring methods, screen modes)
// have no CHECK: the edge validates them.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/server/db/connection.js';
import { logoMimes } from '../../electron/server/services/logos.js';
import { entryPhases, privacies, sheetAuthors, sheetStatuses } from '../../shared/model.js';
import { aggregationNames } from '../../shared/scoring/methods.js';
import { changeOps } from '../../shared/contract/replica.js';
import { tallyDisplays, votingModes, votingScopes } from '../../shared/voting.js';
import { removeDir, tempDir } from '../helpers/server.js';

const lists: Record<string, readonly string[]> = {
  'sheet_version.status': sheetStatuses,
  'sheet_version.author': sheetAuthors,
  'entry_state.phase': entryPhases,
  'release_state.privacy': privacies,
  'asset.mime': logoMimes,
  'voting_settings.mode': votingModes,
  'voting_settings.scope': votingScopes,
  'voting_settings.display': tallyDisplays,
  'change_log.op': changeOps,
};

/** "col IN ('a','b')" constraints of each table, from its CREATE statement. */
function inChecks(sql: string): Array<[string, string[]]> {
  return [...sql.matchAll(/CHECK\s*\(\s*(\w+)\s+IN\s*\(([^)]*)\)\s*\)/gi)].map((m) => [
    m[1]!,
    [...m[2]!.matchAll(/'([^']*)'/g)].map((v) => v[1]!),
  ]);
}

describe('the schema and the lists in shared/', () => {
  it('checks each listed column with exactly its list, and nothing else by hand', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    const tables = db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'")
      .all() as Array<{ name: string; sql: string }>;
    const found: Record<string, string[]> = {};
    for (const t of tables)
      for (const [col, values] of inChecks(t.sql)) found[`${t.name}.${col}`] = values;
    expect(Object.keys(found).sort()).toEqual(Object.keys(lists).sort());
    for (const [column, list] of Object.entries(lists))
      expect(found[column], column).toEqual([...list]);
    // The open registry is not frozen into the table.
    const stage = tables.find((t) => t.name === 'stage')!.sql;
    for (const name of aggregationNames) expect(stage).not.toContain(`'${name}'`);
    db.close();
    removeDir(dir);
  });
});
