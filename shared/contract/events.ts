// The live protocol, declared once. Each audience has a socket.io namespace, a map of
// calls (client -> server, answered through the ack with a Result) and a map of pushes
// (server -> client). Server handlers and clients are both typed from these maps, so no
// event name is spelled twice. docs/PROTOCOL.md describes the same thing for people.
import { call } from './call.js';
import type { ErrorEnvelope } from './errors.js';
import type { OrganizerPatch } from './organizer-patch.js';
import type { OrganizerWire } from './organizer-wire.js';
import type { ScreenPatch } from './screen-patch.js';
import type { ScreenWire } from './screen-wire.js';
import * as s from './schemas.js';
import type { JurorSnapshot, SheetSaveReply } from './views.js';
import type { VoterPushes } from './voter-calls.js';

export type { Call, CallMap, InputOf, ParsedOf, ReplyOf } from './call.js';

export { namespaces, type Audience } from './namespaces.js';
export { voterCalls, type VoterAuth, type VoterPushes, type VoterSnapshot } from './voter-calls.js';

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

/** The organizer's calls, composed from its feature slices (organizer/index.ts). */
export { organizerCalls, organizerFeatures, type OrganizerFeature } from './organizer/index.js';

/**
 * Server -> client pushes. Jurors get full snapshots; screens and organizer desks get a full
 * snapshot on connect and after a gap, and versioned patches in between (screen-patch.ts,
 * organizer-patch.ts). A change of `venue` (a standby paired, a take-over; maybe with no
 * commit) reaches every audience at once as a full snapshot, never as a patch.
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
/** Desks get the wire form too; followOrganizer() (organizer-patch.ts) hydrates it. */
export type OrganizerPushes = {
  snapshot: (snap: OrganizerWire) => void;
  /** The change from the view the desk holds (`view` numbers); on a gap, call snapshot:get. */
  patch: (patch: OrganizerPatch) => void;
};

/** The push names per audience at run time (the protocol document test reads them). */
export const pushNames = {
  juror: ['snapshot', 'revoked'],
  screen: ['snapshot', 'patch'],
  organizer: ['snapshot', 'patch'],
  voter: ['snapshot', 'ballot:changed'],
} as const satisfies {
  juror: ReadonlyArray<keyof JurorPushes>;
  screen: ReadonlyArray<keyof ScreenPushes>;
  organizer: ReadonlyArray<keyof OrganizerPushes>;
  voter: ReadonlyArray<keyof VoterPushes>;
};

/** Handshake auth per audience (socket.io `auth` option). */
export type JurorAuth = ({ pin: string } | { token: string }) & { device?: string };
export type ScreenAuth = { name?: string };
export type OrganizerAuth = { key: string };
