// The client's types, derived from the shared contract (shared/contract/events.ts): what each
// audience may call, what it is pushed, and the client's options and connection status.
// The client itself: socket-client.ts.
import type {
  Audience,
  InputOf,
  JurorAuth,
  JurorPushes,
  OrganizerAuth,
  OrganizerPushes,
  ReplyOf,
  ScreenAuth,
  ScreenPushes,
  VoterAuth,
  VoterPushes,
  VoterSnapshot,
  jurorCalls,
  organizerCalls,
  screenCalls,
  voterCalls,
} from '../../shared/contract/events.js';
import type { ErrorEnvelope, Result } from '../../shared/contract/errors.js';
import type { OrganizerPatch } from '../../shared/contract/organizer-patch.js';
import type { ScreenPatch } from '../../shared/contract/screen-patch.js';
import type { VenueInfo } from '../../shared/venue-follow.js';

type Spec = {
  juror: {
    calls: typeof jurorCalls;
    auth: JurorAuth;
    snapshot: Parameters<JurorPushes['snapshot']>[0];
    patch: never;
  };
  screen: {
    calls: typeof screenCalls;
    auth: ScreenAuth;
    snapshot: Parameters<ScreenPushes['snapshot']>[0];
    patch: ScreenPatch;
  };
  organizer: {
    calls: typeof organizerCalls;
    auth: OrganizerAuth;
    snapshot: Parameters<OrganizerPushes['snapshot']>[0];
    patch: OrganizerPatch;
  };
  /** Voters get no snapshot: `ballot:changed` tells the page to call ballot:get again. */
  voter: { calls: typeof voterCalls; auth: VoterAuth; snapshot: VoterSnapshot; patch: never };
};

/** Pushes other than snapshot and patch, per audience (the voter's ballot:changed). */
type OtherPushes = {
  juror: never;
  screen: never;
  organizer: never;
  voter: Exclude<keyof VoterPushes, 'snapshot'>;
};

export type CallsOf<A extends Audience> = Spec[A]['calls'];
export type CallName<A extends Audience> = keyof CallsOf<A> & string;
export type SnapshotOf<A extends Audience> = Spec[A]['snapshot'];
export type PatchOf<A extends Audience> = Spec[A]['patch'];
export type AuthOf<A extends Audience> = Spec[A]['auth'];

/** The call got no answer: never sent (offline) or no ack in time. The outcome is unknown. */
export type TransportFailure = { ok: false; code: 'OFFLINE' | 'TIMEOUT'; transport: true };
export type CallResult<R> = Result<R> | TransportFailure;

export type ConnectionState = 'connecting' | 'online' | 'offline' | 'refused';
/** refused: the server turned the handshake down (error holds its envelope); no auto-retry. */
export type ConnectionStatus = { state: ConnectionState; error: ErrorEnvelope | null };

export type Client<A extends Audience> = {
  call<K extends CallName<A>>(
    name: K,
    payload: InputOf<CallsOf<A>[K]>,
    options?: { timeoutMs?: number },
  ): Promise<CallResult<ReplyOf<CallsOf<A>[K]>>>;
  onSnapshot(listener: (snap: SnapshotOf<A>) => void): () => void;
  /** Screens and desks: a versioned patch of the view (screen-patch.ts, organizer-patch.ts). */
  onPatch(listener: (patch: PatchOf<A>) => void): () => void;
  /** A push without payload the page reacts to (voters: ballot:changed -> ask again). */
  onPush(name: OtherPushes[A], listener: () => void): () => void;
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
  status(): ConnectionStatus;
  /** The origin of the server followed now (it changes when the venue moved laptops). */
  server(): string;
  /** Try to connect again now (after a refusal, or to skip the back-off wait). */
  reconnect(): void;
  close(): void;
};

export type ClientOptions = {
  /** Server origin; default: the page's own origin. */
  baseUrl?: string;
  defaultTimeoutMs?: number;
  /**
   * How long the server may be unreachable before the page looks for the venue's other
   * laptop (venue-follow.ts). Default 4 s: longer than a Wi-Fi blink, far shorter than a
   * take-over.
   */
  failoverAfterMs?: number;
  /**
   * A reachable server that says it was replaced: look for the new primary (true, the
   * default: pads and screens), or stay and show its snapshot (the desk, whose banner
   * tells the organizer; a person decides where to go).
   */
  leaveReplaced?: boolean;
  /** Error codes after which a call's server is left for the venue's primary. */
  moveOn?: readonly string[];
  /**
   * Every venue a followed server names, and whether that server is the page's own origin
   * (it answers: a reload would load). The pages pass policyReload (policy-reload.ts) to
   * reload into a policy that allows a standby paired after they loaded.
   */
  onVenue?: (venue: VenueInfo, fromOwnOrigin: boolean) => void;
};
