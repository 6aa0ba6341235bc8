// Live state: entry phases per stage, each panel's now-presenting entry and timer, what
// screens may show (release), each named screen's mode, and head-juror tie decisions.
import type {
  EntryPhase,
  PanelLive,
  Release,
  Reveal,
  ScreenMode,
  TimerSegment,
} from '../../../shared/model.js';
import type { TieDecision } from '../../../shared/scoring/types.js';
import type { Db } from './connection.js';

type PhaseRow = { entry_id: string; stage_id: string; phase: EntryPhase; updated_at: number };
type LiveRow = {
  panel_id: string;
  stage_id: string;
  presenting_entry_id: string | null;
  timer_segment: TimerSegment;
  timer_running_since: number | null;
  timer_elapsed_ms: number;
  timer_duration_ms: number;
};
type ReleaseRow = {
  privacy: Release['privacy'];
  stage_id: string | null;
  reveal_json: string | null;
  message: string;
};
type ScreenRow = { name: string; mode: ScreenMode; panel_id: string | null };
type TieRow = {
  stage_id: string;
  category_id: string | null;
  entry_ids_json: string;
  decided_by: string;
  reason: string;
};

/** A stored reveal; one saved by an older version lacks the later fields. */
function parseReveal(json: string): Reveal {
  const r = JSON.parse(json) as Partial<Reveal> & Pick<Reveal, 'categoryId' | 'places'>;
  return {
    categoryId: r.categoryId,
    places: r.places,
    revealedPlace: r.revealedPlace ?? null,
    startedAt: r.startedAt ?? 0,
    provisional: r.provisional ?? false,
    screens: r.screens ?? [],
  };
}

export function createLiveRepo(db: Db) {
  const setPhaseStmt = db.prepare(
    'INSERT INTO entry_state VALUES (?, ?, ?, ?) ON CONFLICT (entry_id, stage_id) DO UPDATE SET phase = excluded.phase, updated_at = excluded.updated_at',
  );
  const upsertLive = db.prepare(
    `INSERT INTO panel_live VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (panel_id) DO UPDATE SET
       stage_id = excluded.stage_id, presenting_entry_id = excluded.presenting_entry_id, timer_segment = excluded.timer_segment,
       timer_running_since = excluded.timer_running_since, timer_elapsed_ms = excluded.timer_elapsed_ms,
       timer_duration_ms = excluded.timer_duration_ms`,
  );
  // Read at every push (screens, pads, desk): compiled once, not at each read.
  const allPhases = db.prepare('SELECT * FROM entry_state');
  const allLives = db.prepare('SELECT * FROM panel_live');
  const releaseRow = db.prepare('SELECT * FROM release_state WHERE id = 1');
  const allScreens = db.prepare('SELECT * FROM screen ORDER BY name');
  const allTies = db.prepare('SELECT * FROM tie_decision ORDER BY id');
  return {
    phases(): PhaseRow[] {
      return allPhases.all() as PhaseRow[];
    },
    setPhase(entryId: string, stageId: string, phase: EntryPhase, at: number): void {
      setPhaseStmt.run(entryId, stageId, phase, at);
    },
    lives(): PanelLive[] {
      return (allLives.all() as LiveRow[]).map((r) => ({
        panelId: r.panel_id,
        stageId: r.stage_id,
        presentingEntryId: r.presenting_entry_id,
        timer: {
          segment: r.timer_segment,
          runningSince: r.timer_running_since,
          elapsedMs: r.timer_elapsed_ms,
          durationMs: r.timer_duration_ms,
        },
      }));
    },
    saveLive(l: PanelLive): void {
      upsertLive.run(
        l.panelId,
        l.stageId,
        l.presentingEntryId,
        l.timer.segment,
        l.timer.runningSince,
        l.timer.elapsedMs,
        l.timer.durationMs,
      );
    },
    release(): Release {
      const r = releaseRow.get() as ReleaseRow | undefined;
      // No row yet: screens show progress only until the organizer releases scores.
      if (!r) return { privacy: 'progress', stageId: null, reveal: null, message: '' };
      return {
        privacy: r.privacy,
        stageId: r.stage_id,
        reveal: r.reveal_json ? parseReveal(r.reveal_json) : null,
        message: r.message,
      };
    },
    saveRelease(r: Release): void {
      db.prepare(
        'INSERT INTO release_state VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET privacy = excluded.privacy, stage_id = excluded.stage_id, reveal_json = excluded.reveal_json, message = excluded.message',
      ).run(r.privacy, r.stageId, r.reveal ? JSON.stringify(r.reveal) : null, r.message);
    },
    screens(): Array<{ name: string; mode: ScreenMode; panelId: string | null }> {
      return (allScreens.all() as ScreenRow[]).map((s) => ({
        name: s.name,
        mode: s.mode,
        panelId: s.panel_id,
      }));
    },
    saveScreen(name: string, mode: ScreenMode, panelId: string | null): void {
      db.prepare(
        'INSERT INTO screen VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET mode = excluded.mode, panel_id = excluded.panel_id',
      ).run(name, mode, panelId);
    },
    tieDecisions(): TieDecision[] {
      return (allTies.all() as TieRow[]).map((t) => ({
        stageId: t.stage_id,
        categoryId: t.category_id,
        entryIds: JSON.parse(t.entry_ids_json) as string[],
        decidedBy: t.decided_by,
        reason: t.reason,
      }));
    },
    addTieDecision(t: TieDecision, at: number): void {
      db.prepare(
        'INSERT INTO tie_decision (stage_id, category_id, entry_ids_json, decided_by, reason, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(t.stageId, t.categoryId, JSON.stringify(t.entryIds), t.decidedBy, t.reason, at);
    },
  };
}
