// The live protocol, declared once. Each audience has a socket.io namespace, a map of
// calls (client -> server, answered through the ack with a Result) and a map of pushes
// (server -> client). Server handlers and clients are both typed from these maps, so no
// event name is spelled twice. docs/PROTOCOL.md describes the same thing for people.
import type { z } from 'zod';
import type { ErrorEnvelope, Result } from './errors.js';
import type { ScreenPatch } from './screen-patch.js';
import type { ScreenWire } from './screen-wire.js';
import * as s from './schemas.js';
import * as ss from './setup-schemas.js';
import * as ds from './desk-schemas.js';
import * as ps from './publish-schemas.js';
import * as pk from './pack-schemas.js';
import type {
  AuditEntry,
  CatalogueMade,
  CommentRow,
  MadeFile,
  StageSheetRow,
} from './desk-views.js';
import type { EntryDetails } from '../model.js';
import type {
  BackupInfo,
  JurorSnapshot,
  OrganizerSnapshot,
  ResultsExport,
  SheetHistoryRow,
  SheetSaveReply,
} from './views.js';

export type Call<I extends z.ZodType, R> = { input: I; reply?: R };
const call =
  <R>() =>
  <I extends z.ZodType>(input: I): Call<I, R> => ({ input });

export { namespaces, type Audience } from './namespaces.js';

export const jurorCalls = {
  'sheet:save': call<SheetSaveReply>()(s.sheetSaveSchema),
  'snapshot:get': call<JurorSnapshot>()(s.emptySchema),
  /** The pad reports how many sheets wait in its outbox, for the organizer's juror slots. */
  'outbox:report': call<null>()(s.outboxReportSchema),
};

export const screenCalls = {
  'snapshot:get': call<ScreenWire>()(s.emptySchema),
  /** The screen reports what it really shows (mode, reveal place), for the organizer desk. */
  'screen:showing': call<null>()(s.screenShowingSchema),
};

export const organizerCalls = {
  'snapshot:get': call<OrganizerSnapshot>()(s.emptySchema),
  'setup:import': call<{ entries: number; jurors: number }>()(s.setupImportSchema),
  'setup:export': call<s.FestivalSetup>()(s.emptySchema),
  'panel:present': call<null>()(s.presentSchema),
  /** Moves a panel to another stage (e.g. from curation to the final); jurors follow. */
  'panel:stage': call<null>()(s.panelStageSchema),
  'entry:transition': call<null>()(s.transitionSchema),
  'timer:control': call<null>()(s.timerSchema),
  'sheet:correct': call<SheetSaveReply>()(s.correctSheetSchema),
  'sheet:history': call<SheetHistoryRow[]>()(s.sheetHistorySchema),
  'release:set': call<null>()(s.releaseSchema),
  'reveal:control': call<null>()(s.revealSchema),
  'screen:mode': call<null>()(s.screenModeSchema),
  /** The venue address the welcome screen's QR shows (a LAN address, never loopback). */
  'screens:address': call<null>()(s.publicAddressSchema),
  'tie:decide': call<null>()(s.tieDecisionSchema),
  /** Closes a stage not every entry reached: unpresented entries out, open ones locked. */
  'stage:close': call<{ locked: number; out: number }>()(s.stageCloseSchema),
  'juror:code': call<{ pin: string; token: string } | null>()(s.jurorCodeSchema),
  'results:get': call<ResultsExport>()(s.emptySchema),
  /** Gate for certificates and official exports: final, or provisional with a reason. */
  'results:official': call<{ provisional: boolean; unlocked: string[] }>()(s.officialResultsSchema),
  'logo:set': call<null>()(s.logoSetSchema),
  'backup:now': call<BackupInfo>()(s.emptySchema),
  'backup:list': call<BackupInfo[]>()(s.emptySchema),
  /** Restores a backup after saving a pre-restore copy; replies with that copy. */
  'backup:restore': call<BackupInfo>()(s.backupRestoreSchema),
  // Organizer desk part 2: the audit log page and the raw sheets behind the exports (read-only).
  'audit:list': call<{ rows: AuditEntry[]; more: boolean }>()(ds.auditListSchema),
  'sheets:list': call<StageSheetRow[]>()(ds.sheetsListSchema),
  // Setup editing, one item per call (organizer desk part 1; see setup-schemas.ts).
  'festival:save': call<null>()(ss.festivalDetailsSchema),
  'stage:save': call<{ frozen: boolean }>()(ss.stageSaveSchema),
  'stage:delete': call<null>()(ss.idOnlySchema),
  'category:save': call<{ id: string }>()(ss.namedSaveSchema),
  'category:delete': call<null>()(ss.idOnlySchema),
  'panel:save': call<{ id: string }>()(ss.namedSaveSchema),
  'panel:delete': call<null>()(ss.idOnlySchema),
  'category:reorder': call<null>()(ss.namedReorderSchema),
  'panel:reorder': call<null>()(ss.namedReorderSchema),
  'entry:save': call<{ id: string }>()(ss.entryEditSchema),
  /** An entry's optional details (ringkasan, problem, year, contact, link), for its edit form. */
  'entry:details': call<EntryDetails>()(ss.idOnlySchema),
  'entry:delete': call<null>()(ss.idOnlySchema),
  'entry:reorder': call<null>()(ss.entryReorderSchema),
  'juror:save': call<{ id: string }>()(ss.jurorEditSchema),
  'juror:delete': call<null>()(ss.idOnlySchema),
  // Publishing (docs/CATALOGUE.md): jurors' comments released by the organizer, feedback
  // sheets per entry, the innovation catalogue.
  'comments:list': call<CommentRow[]>()(ps.commentsListSchema),
  'comment:release': call<null>()(ps.commentReleaseSchema),
  'feedback:html': call<{ html: string; sheets: number }>()(ps.feedbackHtmlSchema),
  'feedback:export': call<MadeFile>()(ps.feedbackExportSchema),
  'catalogue:build': call<CatalogueMade>()(ps.catalogueSchema),
  /** The festival pack: structure and words for the next festival, no people, no scores. */
  'pack:export': call<pk.FestivalPack>()(pk.packExportSchema),
  'pack:import': call<{ stages: number; categories: number; panels: number; logos: number }>()(
    pk.packImportSchema,
  ),
  'catalogue:print': call<{ html: string; provisional: boolean }>()(ps.catalogueSchema),
  'roster:import': call<{ entries: number; jurors: number; categories: number; panels: number }>()(
    ss.rosterImportSchema,
  ),
};

/**
 * Server -> client pushes. Jurors and organizers get full snapshots; screens get a full
 * snapshot on connect and after a gap, and versioned patches in between (screen-patch.ts).
 */
export type JurorPushes = {
  snapshot: (snap: JurorSnapshot) => void;
  /** The juror's code was revoked or re-issued: the server disconnects right after. */
  revoked: (reason: ErrorEnvelope) => void;
};
/** Screens get the compact wire form; hydrateScreen() (screen-wire.ts) gives the snapshot. */
export type ScreenPushes = {
  snapshot: (snap: ScreenWire) => void;
  /** The change from the version the screen holds; on a gap, call snapshot:get. */
  patch: (patch: ScreenPatch) => void;
};
export type OrganizerPushes = { snapshot: (snap: OrganizerSnapshot) => void };

/** The push names per audience at run time (the protocol document test reads them). */
export const pushNames = {
  juror: ['snapshot', 'revoked'],
  screen: ['snapshot', 'patch'],
  organizer: ['snapshot'],
} as const satisfies {
  juror: ReadonlyArray<keyof JurorPushes>;
  screen: ReadonlyArray<keyof ScreenPushes>;
  organizer: ReadonlyArray<keyof OrganizerPushes>;
};

export type CallMap = Record<string, Call<z.ZodType, unknown>>;
export type InputOf<C> = C extends Call<infer I, unknown> ? z.input<I> : never;
export type ParsedOf<C> = C extends Call<infer I, unknown> ? z.output<I> : never;
export type ReplyOf<C> = C extends Call<z.ZodType, infer R> ? R : never;

/** socket.io's ClientToServerEvents as the server sees them: payloads are unknown until parsed. */
export type ServerSideCalls<M extends CallMap> = {
  [K in keyof M]: (payload: unknown, ack?: (res: Result<ReplyOf<M[K]>>) => void) => void;
};
/** The same events as a client sends them: typed payloads. */
export type ClientSideCalls<M extends CallMap> = {
  [K in keyof M]: (payload: InputOf<M[K]>, ack: (res: Result<ReplyOf<M[K]>>) => void) => void;
};

/** Handshake auth per audience (socket.io `auth` option). */
export type JurorAuth = ({ pin: string } | { token: string }) & { device?: string };
export type ScreenAuth = { name?: string };
export type OrganizerAuth = { key: string };
