// 1: the festival, its live state, sheets and the audit log. Shipped: never edit it.
import type { Migration } from './types.js';

export const festival: Migration = {
  id: 1,
  name: 'festival',
  up(db) {
    db.exec(`
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

  CREATE TABLE festival (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, theme TEXT NOT NULL, venue TEXT NOT NULL,
    start_date TEXT NOT NULL, end_date TEXT NOT NULL, organizer_name TEXT NOT NULL
  ) STRICT;

  CREATE TABLE stage (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, ord INTEGER NOT NULL, final_weight_bp INTEGER NOT NULL,
    aggregation TEXT NOT NULL CHECK (aggregation IN ('mean','trimmed','zscore')),
    disagreement_band_micro INTEGER NOT NULL, tie_break_json TEXT NOT NULL, zscore_min_sheets INTEGER NOT NULL,
    presentation_sec INTEGER NOT NULL, qa_sec INTEGER NOT NULL, rubric_frozen INTEGER NOT NULL DEFAULT 0
  ) STRICT;

  CREATE TABLE criterion (
    stage_id TEXT NOT NULL REFERENCES stage(id) ON DELETE CASCADE, id TEXT NOT NULL, ord INTEGER NOT NULL,
    name TEXT NOT NULL, description TEXT NOT NULL, weight_bp INTEGER NOT NULL,
    min_x100 INTEGER NOT NULL, max_x100 INTEGER NOT NULL, step_x100 INTEGER NOT NULL, levels_json TEXT NOT NULL,
    PRIMARY KEY (stage_id, id)
  ) STRICT;

  CREATE TABLE category (id TEXT PRIMARY KEY, name TEXT NOT NULL, ord INTEGER NOT NULL) STRICT;
  CREATE TABLE panel (id TEXT PRIMARY KEY, name TEXT NOT NULL, ord INTEGER NOT NULL) STRICT;

  CREATE TABLE entry (
    id TEXT PRIMARY KEY, ord INTEGER NOT NULL, code TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
    institution TEXT NOT NULL, category_id TEXT NOT NULL REFERENCES category(id),
    panel_id TEXT NOT NULL REFERENCES panel(id), presenter TEXT NOT NULL,
    UNIQUE (panel_id, ord)
  ) STRICT;

  CREATE TABLE juror (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, panel_id TEXT NOT NULL REFERENCES panel(id),
    is_chair INTEGER NOT NULL, conflict_institutions_json TEXT NOT NULL, conflict_entry_ids_json TEXT NOT NULL,
    pin TEXT NOT NULL UNIQUE, token TEXT NOT NULL UNIQUE, revoked INTEGER NOT NULL DEFAULT 0
  ) STRICT;

  -- Append-only: one row per version of a juror's sheet; sheet points at the current one.
  CREATE TABLE sheet_version (
    id TEXT PRIMARY KEY, submission_id TEXT NOT NULL UNIQUE,
    juror_id TEXT NOT NULL REFERENCES juror(id), entry_id TEXT NOT NULL REFERENCES entry(id),
    stage_id TEXT NOT NULL REFERENCES stage(id), version INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft','submitted')), comment TEXT NOT NULL,
    created_at INTEGER NOT NULL, author TEXT NOT NULL CHECK (author IN ('juror','organizer')), reason TEXT,
    UNIQUE (juror_id, entry_id, stage_id, version)
  ) STRICT;
  CREATE TABLE sheet_value (
    sheet_version_id TEXT NOT NULL REFERENCES sheet_version(id), criterion_id TEXT NOT NULL,
    value_x100 INTEGER, PRIMARY KEY (sheet_version_id, criterion_id)
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE sheet (
    juror_id TEXT NOT NULL REFERENCES juror(id), entry_id TEXT NOT NULL REFERENCES entry(id),
    stage_id TEXT NOT NULL REFERENCES stage(id), current_version_id TEXT NOT NULL REFERENCES sheet_version(id),
    PRIMARY KEY (juror_id, entry_id, stage_id)
  ) STRICT;
  CREATE INDEX sheet_by_stage ON sheet(stage_id);

  CREATE TABLE entry_state (
    entry_id TEXT NOT NULL REFERENCES entry(id), stage_id TEXT NOT NULL REFERENCES stage(id),
    phase TEXT NOT NULL CHECK (phase IN ('queued','presenting','scoring','closed','locked')),
    updated_at INTEGER NOT NULL, PRIMARY KEY (entry_id, stage_id)
  ) STRICT;

  CREATE TABLE panel_live (
    panel_id TEXT PRIMARY KEY REFERENCES panel(id), stage_id TEXT NOT NULL REFERENCES stage(id),
    presenting_entry_id TEXT REFERENCES entry(id),
    timer_segment TEXT NOT NULL, timer_running_since INTEGER, timer_elapsed_ms INTEGER NOT NULL,
    timer_duration_ms INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE release_state (
    id INTEGER PRIMARY KEY CHECK (id = 1), privacy TEXT NOT NULL CHECK (privacy IN ('live','progress','hidden')),
    stage_id TEXT REFERENCES stage(id), reveal_json TEXT, message TEXT NOT NULL
  ) STRICT;

  CREATE TABLE screen (name TEXT PRIMARY KEY, mode TEXT NOT NULL, panel_id TEXT REFERENCES panel(id)) STRICT;

  CREATE TABLE tie_decision (
    id INTEGER PRIMARY KEY, stage_id TEXT NOT NULL REFERENCES stage(id), category_id TEXT,
    entry_ids_json TEXT NOT NULL, decided_by TEXT NOT NULL, reason TEXT NOT NULL, created_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY, at INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
    target TEXT NOT NULL, old_json TEXT, new_json TEXT, reason TEXT
  ) STRICT;
  `);
  },
};
