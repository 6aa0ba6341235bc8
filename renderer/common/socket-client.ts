// The one way a page talks to the venue server: a socket.io connection per audience, typed
// from the shared contract (shared/contract/events.ts). Calls resolve with the server's
// Result envelope, or with a transport failure when the call never got an answer; they
// never throw. A call made while offline fails at once instead of being buffered: the
// juror outbox, not socket.io's send buffer, decides what is re-sent and when.
import { io, type Socket } from 'socket.io-client';
import { namespaces } from '../../shared/contract/namespaces.js';
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
  jurorCalls,
  organizerCalls,
  screenCalls,
} from '../../shared/contract/events.js';
import type { ErrorEnvelope, Result } from '../../shared/contract/errors.js';
import type { ScreenPatch } from '../../shared/contract/screen-patch.js';

type Spec = {
  juror: {
    calls: typeof jurorCalls;
    auth: JurorAuth;
    snapshot: Parameters<JurorPushes['snapshot']>[0];
  };
  screen: {
    calls: typeof screenCalls;
    auth: ScreenAuth;
    snapshot: Parameters<ScreenPushes['snapshot']>[0];
  };
  organizer: {
    calls: typeof organizerCalls;
    auth: OrganizerAuth;
    snapshot: Parameters<OrganizerPushes['snapshot']>[0];
  };
};

export type CallsOf<A extends Audience> = Spec[A]['calls'];
export type CallName<A extends Audience> = keyof CallsOf<A> & string;
export type SnapshotOf<A extends Audience> = Spec[A]['snapshot'];
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
  /** Screens only: a versioned patch of the view (screen-patch.ts). */
  onPatch(listener: (patch: ScreenPatch) => void): () => void;
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
  status(): ConnectionStatus;
  /** Try to connect again now (after a refusal, or to skip the back-off wait). */
  reconnect(): void;
  close(): void;
};

export type ClientOptions = {
  /** Server origin; default: the page's own origin. */
  baseUrl?: string;
  defaultTimeoutMs?: number;
};

export function isErrorEnvelope(value: unknown): value is ErrorEnvelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.ok === false && typeof v.code === 'string' && typeof v.message === 'string';
}

export function createClient<A extends Audience>(
  audience: A,
  auth: AuthOf<A>,
  options: ClientOptions = {},
): Client<A> {
  const url = (options.baseUrl ?? '') + namespaces[audience];
  const socket: Socket = io(url, {
    auth,
    // WebSocket first (a LAN has no proxies to dodge); long-polling only if it fails.
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 4000,
    randomizationFactor: 0.3,
    timeout: 8000,
  });
  const snapshotListeners = new Set<(snap: SnapshotOf<A>) => void>();
  const patchListeners = new Set<(patch: ScreenPatch) => void>();
  const statusListeners = new Set<(status: ConnectionStatus) => void>();
  let status: ConnectionStatus = { state: 'connecting', error: null };
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const setStatus = (next: ConnectionStatus) => {
    status = next;
    for (const l of statusListeners) l(next);
  };

  socket.on('connect', () => setStatus({ state: 'online', error: null }));
  socket.on('connect_error', (err: Error & { data?: unknown }) => {
    // A middleware refusal carries the envelope in err.data; socket.io does not retry those.
    if (isErrorEnvelope(err.data)) setStatus({ state: 'refused', error: err.data });
    else setStatus({ state: 'offline', error: null });
  });
  socket.on('disconnect', (reason) => {
    setStatus({ state: 'offline', error: null });
    // The server closed this socket on purpose (e.g. code revoked): socket.io will not come
    // back by itself. Try once more after a pause; a refusal then lands in connect_error.
    if (reason === 'io server disconnect') retryTimer = setTimeout(() => socket.connect(), 1500);
  });
  socket.on('snapshot', (snap: SnapshotOf<A>) => {
    for (const l of snapshotListeners) l(snap);
  });
  socket.on('patch', (patch: ScreenPatch) => {
    for (const l of patchListeners) l(patch);
  });

  return {
    call(name, payload, callOptions) {
      if (!socket.connected)
        return Promise.resolve({ ok: false, code: 'OFFLINE', transport: true });
      const timeoutMs = callOptions?.timeoutMs ?? options.defaultTimeoutMs ?? 10_000;
      return new Promise((resolve) => {
        socket.timeout(timeoutMs).emit(name, payload, (err: Error | null, res: unknown) => {
          if (err) resolve({ ok: false, code: 'TIMEOUT', transport: true });
          // The server always answers with the envelope; anything else is a server bug.
          else if (
            isErrorEnvelope(res) ||
            (typeof res === 'object' && res !== null && (res as { ok?: unknown }).ok === true)
          )
            resolve(res as Result<ReplyOf<CallsOf<A>[typeof name]>>);
          else resolve({ ok: false, code: 'TIMEOUT', transport: true });
        });
      });
    },
    onSnapshot(listener) {
      snapshotListeners.add(listener);
      return () => snapshotListeners.delete(listener);
    },
    onPatch(listener) {
      patchListeners.add(listener);
      return () => patchListeners.delete(listener);
    },
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    status: () => status,
    reconnect() {
      clearTimeout(retryTimer);
      if (socket.connected) return;
      setStatus({ state: 'connecting', error: null });
      socket.connect();
    },
    close() {
      clearTimeout(retryTimer);
      snapshotListeners.clear();
      patchListeners.clear();
      statusListeners.clear();
      socket.removeAllListeners();
      socket.disconnect();
    },
  };
}

/** Snapshots carry a monotonic version; an older one (a late packet) must not win. */
export function isNewerSnapshot(
  current: { version: number } | null,
  next: { version: number },
): boolean {
  return current === null || next.version >= current.version;
}
