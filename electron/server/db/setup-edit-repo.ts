// Targeted writes for editing a festival's setup one item at a time (setup-repo.ts reads
// the whole setup and writes it whole on import). Callers run these inside venue.commit
// and have checked the edit first; the SQL here only does what it is told.
import type { Category, Entry, Festival, Juror, Panel } from '../../../shared/model.js';
import type { StageEdit } from '../../../shared/contract/setup-schemas.js';
import type { Db } from './connection.js';
import { writeFestival } from './festival-repo.js';
import type { JurorCodes } from './setup-repo.js';
import { insertCriteria, insertStageSql, stageValues } from './stage-rows.js';

export type NamedTable = 'category' | 'panel';

export function createSetupEditRepo(db: Db) {
  const count = (sql: string, ...args: unknown[]) =>
    (db.prepare(sql).get(...args) as { n: number }).n;

  function replaceCriteria(stage: StageEdit): void {
    db.prepare('DELETE FROM criterion WHERE stage_id = ?').run(stage.id);
    insertCriteria(db, stage.id, stage.criteria);
  }

  return {
    sheetsOfEntry: (entryId: string) =>
      count('SELECT COUNT(*) AS n FROM sheet_version WHERE entry_id = ?', entryId),
    sheetsOfJuror: (jurorId: string) =>
      count('SELECT COUNT(*) AS n FROM sheet_version WHERE juror_id = ?', jurorId),
    sheetsTotal: () => count('SELECT COUNT(*) AS n FROM sheet_version'),
    tieDecisionsOfStage: (stageId: string) =>
      count('SELECT COUNT(*) AS n FROM tie_decision WHERE stage_id = ?', stageId),

    updateFestival(f: Festival): void {
      writeFestival(db, f, 'update');
    },

    /** Inserts or updates a stage and replaces its criteria; the freeze flag is left as it is. */
    upsertStage(s: StageEdit): void {
      db.prepare(
        `${insertStageSql}
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, ord = excluded.ord, final_weight_bp = excluded.final_weight_bp,
           aggregation = excluded.aggregation, disagreement_band_micro = excluded.disagreement_band_micro,
           tie_break_json = excluded.tie_break_json, zscore_min_sheets = excluded.zscore_min_sheets,
           presentation_sec = excluded.presentation_sec, qa_sec = excluded.qa_sec`,
      ).run(...stageValues(s));
      replaceCriteria(s);
    },

    /** Removes a stage without sheets; live rows and the release move to `fallbackId`. */
    deleteStage(stageId: string, fallbackId: string): void {
      db.prepare(
        'UPDATE panel_live SET stage_id = ?, presenting_entry_id = NULL WHERE stage_id = ?',
      ).run(fallbackId, stageId);
      db.prepare('UPDATE release_state SET stage_id = ? WHERE stage_id = ?').run(
        fallbackId,
        stageId,
      );
      db.prepare('DELETE FROM entry_state WHERE stage_id = ?').run(stageId);
      db.prepare('DELETE FROM criterion WHERE stage_id = ?').run(stageId);
      db.prepare('DELETE FROM stage WHERE id = ?').run(stageId);
    },

    upsertNamed(table: NamedTable, item: Category | Panel): void {
      db.prepare(
        `INSERT INTO ${table} VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, ord = excluded.ord`,
      ).run(item.id, item.name, item.order);
    },

    deleteNamed(table: NamedTable, id: string): void {
      if (table === 'panel') {
        db.prepare('DELETE FROM panel_live WHERE panel_id = ?').run(id);
        db.prepare('UPDATE screen SET panel_id = NULL WHERE panel_id = ?').run(id);
      }
      db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
    },

    upsertEntry(e: Entry): void {
      db.prepare(
        `INSERT INTO entry VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET ord = excluded.ord, code = excluded.code, title = excluded.title,
           institution = excluded.institution, category_id = excluded.category_id, panel_id = excluded.panel_id,
           presenter = excluded.presenter`,
      ).run(e.id, e.order, e.code, e.title, e.institution, e.categoryId, e.panelId, e.presenter);
    },

    /** Removes an entry without sheets, with its phases and any "now presenting" pointer. */
    deleteEntry(entryId: string): void {
      db.prepare(
        'UPDATE panel_live SET presenting_entry_id = NULL WHERE presenting_entry_id = ?',
      ).run(entryId);
      db.prepare('DELETE FROM entry_state WHERE entry_id = ?').run(entryId);
      db.prepare('DELETE FROM entry WHERE id = ?').run(entryId);
    },

    /** Sets running orders 1..n in the given order (two passes: (panel, ord) is unique). */
    setEntryOrders(entryIds: readonly string[]): void {
      const set = db.prepare('UPDATE entry SET ord = ? WHERE id = ?');
      entryIds.forEach((id, i) => set.run(-(i + 1), id));
      entryIds.forEach((id, i) => set.run(i + 1, id));
    },

    /** Inserts a juror with fresh codes, or updates one (codes untouched) when codes is null. */
    upsertJuror(j: Juror, codes: JurorCodes | null): void {
      const inst = JSON.stringify(j.conflictInstitutions);
      const ents = JSON.stringify(j.conflictEntryIds);
      if (codes)
        db.prepare('INSERT INTO juror VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)').run(
          j.id,
          j.name,
          j.panelId,
          j.isChair ? 1 : 0,
          inst,
          ents,
          codes.pin,
          codes.token,
        );
      else
        db.prepare(
          'UPDATE juror SET name = ?, panel_id = ?, is_chair = ?, conflict_institutions_json = ?, conflict_entry_ids_json = ? WHERE id = ?',
        ).run(j.name, j.panelId, j.isChair ? 1 : 0, inst, ents, j.id);
    },

    deleteJuror(jurorId: string): void {
      db.prepare('DELETE FROM juror WHERE id = ?').run(jurorId);
    },
  };
}
