// The venue's state behind the services: the database, its repositories, and in-memory
// caches that are rebuilt from the database at start and kept in step after each commit.
// Every write goes through commit(): one transaction, the revision bumped inside it, and
// listeners told once the commit is on the disk (db/durability.ts: a push follows the sync
// of the commit that caused it).
import type { Alarm } from '../../../shared/contract/views.js';
import type { Entry, EntryPhase, PanelLive, SheetVersion } from '../../../shared/model.js';
import type { Standings } from '../../../shared/scoring/types.js';
import { createStandingsCache } from '../../../shared/scoring/index.js';
import type { Db } from '../db/connection.js';
import { createDurability, type Durability } from '../db/durability.js';
import { tracePush } from '../push-trace.js';
import { createAuditRepo, createMetaRepo } from '../db/audit-repo.js';
import { createEntryDetailRepo } from '../db/entry-detail-repo.js';
import { createLiveRepo } from '../db/live-repo.js';
import { createSheetRepo } from '../db/sheet-repo.js';
import { createVotingRepo } from '../db/voting-repo.js';
import { loadSetup, type SetupState } from '../db/setup-repo.js';
import { alarmsKept, type AlarmStore } from './alarm-store.js';
import { assertWritable, createPlace, placeKey } from './place.js';

/** What a commit changed, so the broadcaster only rebuilds what it must. */
export type Change =
  | { kind: 'sheet'; jurorId: string; stageId: string; entryId: string }
  | { kind: 'live'; panelId: string | null; locked?: boolean }
  | { kind: 'screens' }
  | { kind: 'setup' }
  /** People's choice: a vote (ballot false), or an opening, closing or setting (ballot true). */
  | { kind: 'voting'; ballot: boolean }
  /**
   * Where the venue lives changed (a standby paired or its address changed, this server
   * took over or learned it was replaced): no commit, but every client's `venue` is stale.
   */
  | { kind: 'venue' };

/** An alarm's text in both languages: the desk shows the organizer's. */
export type AlarmText = Alarm['messages'];

/** A storage failure's alarm: the system's own error text under a line in each language. */
const storageFailed = (err: unknown): AlarmText => ({
  id: `Penyimpanan gagal: ${(err as Error).message}`,
  en: `Storage failed: ${(err as Error).message}`,
});

const storageCodes = /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN|CORRUPT|NOTADB|PROTOCOL)/;
export function isStorageError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && storageCodes.test(code);
}

const sheetKey = (jurorId: string, entryId: string) => `${jurorId}\u0000${entryId}`;

export function createVenue(
  db: Db,
  now: () => number = Date.now,
  durability: Durability = createDurability({ file: db.name }),
  /** Where alarms outlive a restart (the venue server's data folder); none: memory only. */
  alarmStore?: AlarmStore,
) {
  const sheets = createSheetRepo(db);
  const live = createLiveRepo(db);
  const audit = createAuditRepo(db);
  const meta = createMetaRepo(db);
  const details = createEntryDetailRepo(db);
  const voting = createVotingRepo(db);
  const listeners = new Set<(changes: Change[]) => void>();
  const alarms: Alarm[] = alarmStore?.load() ?? [];
  const place = createPlace();
  let placeHeard = placeKey(place);

  let setup: SetupState | null = null;
  let revision = 0;
  /** stageId -> (juror,entry) -> current (latest) sheet version, a draft or submitted */
  let current = new Map<string, Map<string, SheetVersion>>();
  /** stageId -> (juror,entry) -> counted version: the latest submitted one */
  let counted = new Map<string, Map<string, SheetVersion>>();
  let phases = new Map<string, EntryPhase>();
  const standingsCache = new Map<string, Standings>();
  // Reuses per-sheet totals and unchanged entries, so one new sheet costs little to rank.
  const engine = createStandingsCache();

  function reload(): void {
    setup = loadSetup(db);
    revision = Number(meta.get('revision') ?? '0');
    current = new Map();
    counted = new Map();
    const byKey = (versions: SheetVersion[]) =>
      new Map(versions.map((s) => [sheetKey(s.jurorId, s.entryId), s]));
    for (const stage of setup?.stages ?? []) {
      current.set(stage.id, byKey(sheets.currentOfStage(stage.id)));
      counted.set(stage.id, byKey(sheets.submittedOfStage(stage.id)));
    }
    phases = new Map(live.phases().map((p) => [`${p.stage_id}\u0000${p.entry_id}`, p.phase]));
    standingsCache.clear();
    engine.clear();
  }
  reload();

  /**
   * Tells every listener `changes` once every commit so far is on the disk (in order: each
   * tell waits for at least the syncs the one before it waited for), and a `venue` change
   * when the place moved since they last heard. The replication code changes the place and
   * then notifies (touch, an alarm, the take-over's commit; its heartbeat touches every
   * second), so clients learn a new address without waiting for a commit.
   */
  function tell(changes: Change[]): void {
    const upTo = revision;
    durability.durable().then(
      () => {
        tracePush('durable', upTo);
        told(changes);
      },
      (err: unknown) => {
        // The disk refused the sync: the commits' replies were refused (a pad keeps its
        // sheet and sends it again); the organizer must see it, so listeners still hear.
        noteAlarm('STORAGE_FAILED', storageFailed(err));
        told(changes);
      },
    );
  }
  function told(changes: Change[]): void {
    const now = placeKey(place);
    const all: Change[] = now === placeHeard ? changes : [...changes, { kind: 'venue' }];
    placeHeard = now;
    for (const l of listeners) l(all);
  }

  function commit<T>(changes: Change[], work: () => T): T {
    // A standby, or a primary of an older epoch, stores nothing (REPLACED / STANDBY).
    assertWritable(place);
    let nextRevision = revision;
    let result: T;
    try {
      result = db.transaction(() => {
        const r = work();
        nextRevision = meta.bumpRevision();
        return r;
      })();
      durability.committed();
    } catch (err) {
      // The transaction rolled back: caches touched inside work() are resynchronised.
      if (isStorageError(err)) raiseAlarm('STORAGE_FAILED', storageFailed(err));
      try {
        reload();
      } catch {
        // Storage that cannot even be read is already an alarm; the original error stands.
      }
      throw err;
    }
    revision = nextRevision;
    for (const c of changes) if (c.kind === 'sheet' || c.kind === 'setup') invalidate(c);
    tell(changes);
    return result;
  }

  /** Something the organizer must see now (a full disk, a failed backup). */
  function raiseAlarm(code: string, messages: AlarmText): void {
    noteAlarm(code, messages);
    tell([]);
  }
  function noteAlarm(code: string, messages: AlarmText): void {
    alarms.unshift({ code, messages, at: now() });
    alarms.length = Math.min(alarms.length, alarmsKept);
    alarmStore?.save(alarms);
  }

  function invalidate(c: Change): void {
    if (c.kind === 'setup') {
      reload();
      return;
    }
    if (c.kind === 'sheet') standingsCache.delete(c.stageId);
  }

  const venue = {
    db,
    place,
    repos: { sheets, live, audit, meta, details, voting },
    now,
    commit,
    reload,
    onCommit(listener: (changes: Change[]) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    raiseAlarm,
    /**
     * Resolves once everything committed so far is on the disk (one shared fsync): what a
     * reply or a message to a client waits for when it says or shows what was stored.
     */
    durable: (): Promise<void> => durability.durable(),
    /** A client's call: what it commits, and when that is on the disk (durability.ts). */
    call: <T>(fn: () => T) => durability.call(fn),
    /** In a call: its own commits so far are on the disk (others' made meanwhile aside). */
    ownDurable: (): Promise<void> => durability.ownDurable(),
    /** Tell listeners something shown changed without a commit (standby status, lag). */
    touch(): void {
      tell([]);
    },
    /**
     * A standby applies the primary's changes (one transaction, outside commit(): they
     * carry the primary's revision); caches reload and listeners hear once per batch.
     */
    applyReplicated(work: () => void, refresh: boolean): void {
      db.transaction(work)();
      durability.committed();
      if (refresh) {
        reload();
        tell([{ kind: 'setup' }]);
      }
    },
    alarms(): Alarm[] {
      return alarms;
    },
    get revision(): number {
      return revision;
    },
    setup(): SetupState | null {
      return setup;
    },
    requireSetup(): SetupState {
      if (!setup) throw new Error('no festival is set up');
      return setup;
    },
    entry(entryId: string): Entry | undefined {
      return setup?.entries.find((e) => e.id === entryId);
    },
    phase(stageId: string, entryId: string): EntryPhase {
      return phases.get(`${stageId}\u0000${entryId}`) ?? 'queued';
    },
    /** Record a phase change (inside commit). */
    setPhase(stageId: string, entryId: string, phase: EntryPhase): void {
      // Entering or leaving "out" changes which entries the stage ranks.
      const before = phases.get(`${stageId}\u0000${entryId}`) ?? 'queued';
      if (before === 'out' || phase === 'out') standingsCache.delete(stageId);
      live.setPhase(entryId, stageId, phase, now());
      phases.set(`${stageId}\u0000${entryId}`, phase);
    },
    /** The latest version of a sheet (what the juror's pad edits): may be a pending draft. */
    currentSheet(stageId: string, jurorId: string, entryId: string): SheetVersion | undefined {
      return current.get(stageId)?.get(sheetKey(jurorId, entryId));
    },
    /** The version that counts: the latest submitted one (a later draft never replaces it). */
    countedSheet(stageId: string, jurorId: string, entryId: string): SheetVersion | undefined {
      return counted.get(stageId)?.get(sheetKey(jurorId, entryId));
    },
    /** Counted versions of a stage's sheets: what the scoring engine ranks. */
    sheetsOfStage(stageId: string): SheetVersion[] {
      return [...(counted.get(stageId)?.values() ?? [])];
    },
    /** Keep the caches in step with an appended version (inside commit). */
    rememberSheet(v: SheetVersion): void {
      const remember = (maps: Map<string, Map<string, SheetVersion>>) => {
        let m = maps.get(v.stageId);
        if (!m) maps.set(v.stageId, (m = new Map()));
        m.set(sheetKey(v.jurorId, v.entryId), v);
      };
      remember(current);
      if (v.status === 'submitted') remember(counted);
    },
    lives(): PanelLive[] {
      return live.lives();
    },
    standings(stageId: string): Standings | null {
      const s = setup;
      const stage = s?.stages.find((x) => x.id === stageId);
      if (!s || !stage) return null;
      let cached = standingsCache.get(stageId);
      if (!cached) {
        cached = engine.compute({
          stage,
          // An entry out of the stage (did not advance) is not ranked in it.
          entries: s.entries.filter((e) => venue.phase(stageId, e.id) !== 'out'),
          jurors: s.jurors,
          categories: s.categories,
          sheets: venue.sheetsOfStage(stageId),
          tieDecisions: live.tieDecisions().filter((t) => t.stageId === stageId),
        });
        standingsCache.set(stageId, cached);
      }
      return cached;
    },
  };
  return venue;
}

export type Venue = ReturnType<typeof createVenue>;
