// What each audience receives. The server builds these; clients render them. Every
// snapshot carries a version (monotonic per server database) and the server clock.
import type {
  Category,
  Criterion,
  Entry,
  EntryPhase,
  Festival,
  Id,
  Juror,
  Panel,
  PanelLive,
  Release,
  ScreenMode,
  SheetStatus,
  SheetValues,
  SheetVersion,
  Stage,
} from '../model.js';
import type { CombinedRow, RankedRow, Standings, TieDecision } from '../scoring/types.js';
import type { DeskSheetVersion } from './desk-views.js';
import type { Audience } from './namespaces.js';
import type { FavouriteResults, OrganizerVoting, ScreenVoting } from './voting-views.js';
import type { FollowingStatus, StandbyStatus, VenueInfo } from './replica.js';

export type { FollowingStatus, StandbyStatus, VenueInfo, VenueRole } from './replica.js';

export type SnapshotMeta = {
  /** Increases with every committed change; a client ignores a snapshot older than its own. */
  version: number;
  /** Server clock (epoch ms) when the snapshot was built, for timers. */
  serverNow: number;
  /** True while the festival is a rehearsal copy (gladi). */
  rehearsal: boolean;
  /**
   * Epoch, role and addresses of the festival's laptops (hot standby, replica.ts). Versions
   * compare only within one epoch: a snapshot with a higher epoch replaces what a client holds.
   */
  venue: VenueInfo;
};

// ---- juror --------------------------------------------------------------------------------

/** The counted version of a juror's sheet: the latest one the juror submitted. */
export type SubmittedSheet = {
  version: number;
  values: SheetValues;
  comment: string;
  updatedAt: number;
  /** The receipt the pad shows: the submission id the server stored this version under. */
  submissionId: string;
  totalMicro: number | null;
};

/**
 * The juror's latest version (what the pad edits) and the counted one. A draft after a
 * submission is a pending edit: `pendingEdit` is true, `submitted` still counts.
 */
export type MySheet = {
  status: SheetStatus;
  version: number;
  values: SheetValues;
  comment: string;
  updatedAt: number;
  submissionId: string;
  /** The version that counts (null until the juror submits); never removed by a later draft. */
  submitted: SubmittedSheet | null;
  /** A draft saved after a submission, not sent: never counted (also not after a lock). */
  pendingEdit: boolean;
};

export type JurorEntryView = {
  entry: Entry;
  categoryName: string;
  phase: EntryPhase;
  mySheet: MySheet | null;
};

export type JurorSnapshot = SnapshotMeta & {
  festival: Pick<Festival, 'id' | 'name' | 'venue'>;
  /** token: the juror's own QR token, so a pad that joined by PIN can rejoin after a reload. */
  juror: Pick<Juror, 'id' | 'name' | 'isChair'> & { panelId: Id; panelName: string; token: string };
  stage: Stage;
  live: PanelLive;
  /** The juror's panel entries in running order, recused ones left out. */
  entries: JurorEntryView[];
  progress: { submitted: number; total: number };
};

export type SheetSaveReply = {
  submissionId: string;
  sheetId: Id;
  version: number;
  status: SheetStatus;
  /** True when this submission id had been stored before (a resend): nothing new was stored. */
  duplicate: boolean;
  totalMicro: number | null;
};

// ---- screen (audience) -------------------------------------------------------------------

export type PublicEntry = Pick<
  Entry,
  'id' | 'code' | 'title' | 'institution' | 'presenter' | 'order'
> & {
  categoryName: string;
  panelName: string;
};

export type PublicRow = {
  rank: number | null;
  tied: boolean;
  entry: PublicEntry;
  /** null under privacy "progress"/"hidden" (never sent) or when not scored yet. */
  scoreMicro: number | null;
};

export type ScreenPanel = {
  panelId: Id;
  panelName: string;
  live: PanelLive;
  presenting: PublicEntry | null;
  /** Jurors who submitted for the presenting entry, of those expected. No scores. */
  progress: { submitted: number; expected: number } | null;
};

/** A logo slot (1-4) and the URL to fetch it from the venue server (versioned). */
export type LogoRef = { slot: number; url: string };

export type ScreenSnapshot = SnapshotMeta & {
  festival: Pick<Festival, 'name' | 'theme' | 'venue' | 'startDate' | 'endDate'> & {
    logos: LogoRef[];
  };
  /** The mode of this screen's name (a screen knows its own name; one snapshot serves a group). */
  screen: { mode: ScreenMode; panelId: Id | null };
  privacy: Release['privacy'];
  message: string;
  /** The venue address phones use (welcome QR), e.g. http://192.168.1.10:4321; null = unknown. */
  joinBase: string | null;
  panels: ScreenPanel[];
  /** Absent unless privacy is "live". Provisional until every listed entry is locked. */
  leaderboard: {
    stageId: Id;
    stageName: string;
    provisional: boolean;
    categories: Array<{ categoryId: Id | null; name: string; rows: PublicRow[] }>;
  } | null;
  /** Only places >= revealedPlace are ever present (a tied group arrives together). */
  reveal: {
    categoryId: Id | null;
    categoryName: string;
    places: number;
    revealedPlace: number | null;
    /** Identifies this reveal; the screen reports what it shows against it (screen:showing). */
    startedAt: number;
    /** Entries were not locked when the organizer started it: shown as SEMENTARA. */
    provisional: boolean;
    rows: PublicRow[];
  } | null;
  /** People's choice, shaped by its display setting (voting-views.ts); null = nothing to show. */
  voting: ScreenVoting | null;
};

// ---- organizer ---------------------------------------------------------------------------

/**
 * One cell of the organizer's progress grid (entry x juror), defined once. Before a lock:
 * not-scored, draft (only drafts: nothing counts), submitted, pending-edit (submitted and
 * counted, with a newer draft not sent). After a lock: locked (a counted sheet, frozen),
 * pending-edit (counted, the unsent draft left out), missing (no submitted sheet: nothing
 * counts for this juror). Recused shows first, in any phase.
 */
export const progressCells = [
  'not-scored',
  'draft',
  'submitted',
  'pending-edit',
  'locked',
  'missing',
  'recused',
] as const;
export type ProgressCell = (typeof progressCells)[number];

export type ConnectedClient = {
  kind: Audience;
  id: string;
  name: string;
  address: string;
  connectedAt: number;
  lastSeen: number;
  online: boolean;
  /** Reported by juror pads: sheets waiting in their outbox. */
  outbox: number;
  /** Screens only. */
  mode?: ScreenMode;
  /** Screens only: what the screen reported it has on view (screen:showing). */
  showing?: ScreenShowing;
  /** Screens only: connections showing this screen name (the desk sees one line per name). */
  count?: number;
};

/** Where the venue server answers: loopback, the LAN addresses, and the one for phones. */
export type VenueAddresses = { local: string; lan: string[]; publicBase: string | null };

/** A screen's report of what it really shows; reveal = the reveal on view, if any. */
export type ScreenShowing = {
  mode: ScreenMode;
  reveal: { startedAt: number; place: number | null } | null;
};

export type OrganizerJuror = Juror & { pin: string; token: string; revoked: boolean };

/** Something the organizer must see now, in both languages (the desk shows the reader's). */
export type Alarm = { code: string; messages: { id: string; en: string }; at: number };

export type OrganizerSnapshot = SnapshotMeta & {
  /**
   * The number of this view of the desk on this server run (pushes and snapshot:get count
   * up from 1; 0 when built outside the hub). An organizer patch applies onto exactly the
   * view numbered its `base` (organizer-patch.ts).
   */
  view: number;
  festival: Festival;
  logos: LogoRef[];
  stages: Stage[];
  categories: Category[];
  panels: Panel[];
  entries: Entry[];
  jurors: OrganizerJuror[];
  /** phases[stageId][entryId] */
  phases: Record<Id, Record<Id, EntryPhase>>;
  live: PanelLive[];
  release: Release;
  /** The server's addresses and the one chosen for the audience (screens:address). */
  addresses: VenueAddresses;
  /** Stages whose live scores have been on screens (now or earlier): the reveal panel warns. */
  publicStages: Id[];
  /** progress[stageId][entryId][jurorId] */
  progress: Record<Id, Record<Id, Record<Id, ProgressCell>>>;
  standings: Record<Id, Standings>;
  combined: CombinedRow[] | null;
  tieDecisions: TieDecision[];
  clients: ConnectedClient[];
  screens: Array<{ name: string; mode: ScreenMode; panelId: Id | null; online: boolean }>;
  /** Newest first (the newest twenty). */
  alarms: Alarm[];
  /** People's choice: settings, tickets, every group's turnout and tally (never standings). */
  voting: OrganizerVoting;
  /** On a primary: its paired standby and how far behind it is (null: none paired). */
  standby: StandbyStatus | null;
  /** On a standby: the primary it copies (null on a primary). */
  following: FollowingStatus | null;
};

/** One version of a sheet; `counted`: the latest submitted one (drafts after it are pending edits). */
export type SheetHistoryRow = DeskSheetVersion & Pick<SheetVersion, 'reason'>;

export type BackupInfo = { file: string; bytes: number; createdAt: number; reason: string };

export type ResultsExport = {
  festival: Festival;
  generatedAt: number;
  stages: Array<{ stage: Stage; standings: Standings }>;
  combined: CombinedRow[] | null;
  categories: Category[];
  entries: Entry[];
  jurors: Juror[];
  /** People's choice, its own section (null while no vote and no ticket exists). */
  favourites: FavouriteResults | null;
};

export type { Criterion, RankedRow };
