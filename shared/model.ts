// The festival model: plain data shared by the venue server, the pages and the scoring
// engine. Pure TypeScript: no Node, no DOM. Numbers that must be exact are integers:
//   - criterion scores and scale bounds are hundredths of a point ("X100": 7.5 -> 750);
//   - weights are basis points of a percent ("Bp": 30% -> 3000; a rubric sums to 10000);
//   - totals and aggregated scores are millionths of a point on 0-100 ("Micro": 82 -> 82_000_000).
// The rules these types serve are in docs/SCORING.md; the words in docs/GLOSSARY.md.

import type { ScreenMode } from './screen-modes.js';
import type { Aggregation } from './scoring/methods.js';

export type Id = string;

export type Festival = {
  id: Id;
  name: string;
  theme: string;
  venue: string;
  /** ISO dates (yyyy-mm-dd) of the first and last day. */
  startDate: string;
  endDate: string;
  organizerName: string;
  /** The Berita Acara's document number (Nomor), as the organizer writes it. */
  documentNumber: string;
  /** Who signs certificates and the minutes for the organizers, in signing order. */
  signatories: Signatory[];
};

/** A named signatory: role (e.g. "Ketua Panitia"), name, and NIP (civil-servant number; may be blank). */
export type Signatory = { role: string; name: string; nip: string };
/** Room on a certificate: the panel chair and this many organizer signatories side by side. */
export const maxSignatories = 2;

/** A scoring method's name: the registry in scoring/methods.ts lists them. */
export type { Aggregation };

/** One link of the tie-break chain. */
export type TieBreakRule =
  | { kind: 'criterion'; criterionId: Id }
  /** Compare the adjusted score (z-score) when the primary score was raw, or vice versa. */
  | { kind: 'other-score' };

export type LevelDescriptor = {
  /** Inclusive band on the criterion's scale, hundredths of a point. */
  fromX100: number;
  toX100: number;
  label: string;
};

export type Criterion = {
  id: Id;
  name: string;
  description: string;
  weightBp: number;
  minX100: number;
  maxX100: number;
  stepX100: number;
  levels: LevelDescriptor[];
};

export type StageRules = {
  aggregation: Aggregation;
  /** Juror totals spread wider than this (max - min) flag the entry for the head juror. */
  disagreementBandMicro: number;
  /** Empty chain = default: criteria by descending weight. */
  tieBreak: TieBreakRule[];
  /** Minimum sheets a juror needs before z-scores are applied to them (default 5). */
  zscoreMinSheets: number;
};

/** A new stage's rules (a fresh copy): imports, templates, the desk and the demo start here. */
export function defaultStageRules(): StageRules {
  return {
    aggregation: 'mean',
    disagreementBandMicro: 20_000_000,
    tieBreak: [],
    zscoreMinSheets: 5,
  };
}

/**
 * A written reason (reopening a lock, correcting a sheet, deciding a tie, unlocking a
 * rubric) has at least this many characters once trimmed: enough to mean something.
 */
export const minReasonLength = 3;

export function hasReason(text: string | null | undefined): boolean {
  return (text ?? '').trim().length >= minReasonLength;
}

export type Stage = {
  id: Id;
  name: string;
  order: number;
  /** Weight of this stage in the combined final score, basis points (0 = not combined). */
  finalWeightBp: number;
  rules: StageRules;
  criteria: Criterion[];
  presentationSec: number;
  qaSec: number;
  /** A rubric freezes once a sheet exists for the stage. */
  rubricFrozen: boolean;
};

export type Category = { id: Id; name: string; order: number };

export type Panel = { id: Id; name: string; order: number };

export type Entry = {
  id: Id;
  /** Running-order number within its panel (1-based). */
  order: number;
  /** The entry's public number/code, e.g. "OPD-07". */
  code: string;
  title: string;
  institution: string;
  categoryId: Id;
  panelId: Id;
  presenter: string;
};

/**
 * What an entry tells beyond its title, all optional (empty string / null = not given):
 * for the jurors' reading, the catalogue and the next regency that wants to replicate it.
 */
export type EntryDetails = {
  /** Ringkasan: a short description. */
  summary: string;
  /** The problem the innovation solves. */
  problem: string;
  /** Year the innovation started, or null. */
  yearStarted: number | null;
  /** Contact person (name, office or phone, as the organizer publishes it). */
  contact: string;
  /** A web link or a document name. */
  link: string;
};

export type Juror = {
  id: Id;
  name: string;
  panelId: Id;
  isChair: boolean;
  /** Institutions the juror is recused from (exact, case-insensitive match on Entry.institution). */
  conflictInstitutions: string[];
  /** Entries the juror is recused from. */
  conflictEntryIds: Id[];
};

export const sheetStatuses = ['draft', 'submitted'] as const;
export type SheetStatus = (typeof sheetStatuses)[number];

/** Who wrote a sheet version: the juror on their pad, or the organizer correcting it. */
export const sheetAuthors = ['juror', 'organizer'] as const;
export type SheetAuthor = (typeof sheetAuthors)[number];

/** Per-criterion values in hundredths of a point; null = not scored (never zero). */
export type SheetValues = Record<Id, number | null>;

/** One version of one juror's sheet for one entry in one stage. Versions are append-only. */
export type SheetVersion = {
  id: Id;
  submissionId: string;
  jurorId: Id;
  entryId: Id;
  stageId: Id;
  version: number;
  status: SheetStatus;
  values: SheetValues;
  comment: string;
  /** Server time of the commit, epoch ms. */
  createdAt: number;
  author: SheetAuthor;
  reason: string | null;
};

/**
 * Stored phase of an entry in a stage. "complete" is derived, see scoring/state.ts. "out":
 * not in this stage (closed with the stage without being presented: it did not advance).
 */
export const entryPhases = ['queued', 'presenting', 'scoring', 'closed', 'locked', 'out'] as const;
export type EntryPhase = (typeof entryPhases)[number];

export const timerSegments = ['idle', 'presentation', 'qa', 'done'] as const;
export type TimerSegment = (typeof timerSegments)[number];

/** Server-timed presentation clock: clients compute remaining time from serverNow. */
export type PanelTimer = {
  segment: TimerSegment;
  /** Epoch ms (server clock) when the running segment started; null when paused or idle. */
  runningSince: number | null;
  /** Milliseconds already elapsed in this segment before runningSince. */
  elapsedMs: number;
  durationMs: number;
};

export type PanelLive = {
  panelId: Id;
  stageId: Id;
  presentingEntryId: Id | null;
  timer: PanelTimer;
};

/** What audiences may see of the standings: everything, only progress, or nothing. */
export const privacies = ['live', 'progress', 'hidden'] as const;
export type Privacy = (typeof privacies)[number];

/** A projector screen's mode: the registry is shared/screen-modes.ts. */
export type { ScreenMode };

/** What the organizer released to audiences. Screens never receive more than this allows. */
export type Release = {
  privacy: Privacy;
  /** Stage whose standings screens show. */
  stageId: Id | null;
  reveal: Reveal | null;
  message: string;
};

/** A screen's mode before a reveal took it over (restored when the reveal ends). */
export type ScreenSetting = { name: string; mode: ScreenMode; panelId: Id | null };

/** The reveal ceremony in progress: places N up to 1 of one category, by rank group. */
export type Reveal = {
  /** null = overall. */
  categoryId: Id | null;
  /** The best place revealed so far (null = none yet); always an existing rank group. */
  revealedPlace: number | null;
  places: number;
  /** Server time the reveal started: screens report what they show against it. */
  startedAt: number;
  /** Started with entries not locked (confirmed with a reason): screens say SEMENTARA. */
  provisional: boolean;
  /** The screens put into the reveal, with the mode each had before. */
  screens: ScreenSetting[];
};
