// The one way a page talks to the venue server: a socket.io connection per audience, typed
// from the shared contract (shared/contract/events.ts). Calls resolve with the server's
// Result envelope, or with a transport failure when the call never got an answer; they
// never throw. A call made while offline fails at once instead of being buffered: the
// juror outbox, not socket.io's send buffer, decides what is re-sent and when.
// When the server is gone for a while the client looks for the venue's other laptop
// (hot standby) and follows the one that is primary now: the rules are venue-follow.ts.
import { io, type Socket } from 'socket.io-client';
import { namespaces } from '../../shared/contract/namespaces.js';
import type { Audience, ReplyOf } from '../../shared/contract/events.js';
import type { ErrorEnvelope, Result } from '../../shared/contract/errors.js';
import type {
  AuthOf,
  CallsOf,
  Client,
  ClientOptions,
  ConnectionStatus,
  PatchOf,
  SnapshotOf,
} from './socket-types.js';
import {
  candidates,
  judge,
  learn,
  unknownVenue,
  type KnownVenue,
  type VenueInfo,
} from './venue-follow.js';

export type {
  AuthOf,
  CallName,
  CallResult,
  CallsOf,
  Client,
  ClientOptions,
  ConnectionState,
  ConnectionStatus,
  PatchOf,
  SnapshotOf,
  TransportFailure,
} from './socket-types.js';

export function isErrorEnvelope(value: unknown): value is ErrorEnvelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.ok === false && typeof v.code === 'string' && typeof v.message === 'string';
}

const PROBE_TIMEOUT_MS = 3000;
const ROUND_PAUSE_MS = 1500;

type VenueCarrier = { venue?: VenueInfo };

function pageOrigin(): string {
  return typeof location === 'undefined' ? '' : location.origin;
}

export function createClient<A extends Audience>(
  audience: A,
  auth: AuthOf<A>,
  options: ClientOptions = {},
): Client<A> {
  const snapshotListeners = new Set<(snap: SnapshotOf<A>) => void>();
  const patchListeners = new Set<(patch: PatchOf<A>) => void>();
  const statusListeners = new Set<(status: ConnectionStatus) => void>();
  const pushListeners = new Map<string, Set<() => void>>();
  const failoverAfterMs = options.failoverAfterMs ?? 4000;
  const leaveReplaced = options.leaveReplaced ?? true;
  // REPLACED: this laptop no longer takes writes, the venue moved to the other one.
  const moveOn = new Set(options.moveOn ?? (leaveReplaced ? ['REPLACED'] : []));
  let status: ConnectionStatus = { state: 'connecting', error: null };
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let lostTimer: ReturnType<typeof setTimeout> | undefined;
  let known: KnownVenue = unknownVenue;
  /** The server followed now: an origin, or '' for the page's own. */
  let base = options.baseUrl ?? '';
  let socket: Socket | null = null;
  let search: Search | null = null;
  let closed = false;

  const setStatus = (next: ConnectionStatus) => {
    status = next;
    for (const l of statusListeners) l(next);
  };
  const deliver = (snap: SnapshotOf<A>) => {
    for (const l of snapshotListeners) l(snap);
  };

  const open = (origin: string, probing: boolean): Socket =>
    io(origin + namespaces[audience], {
      auth,
      // WebSocket first (a LAN has no proxies to dodge); long-polling only if it fails.
      transports: ['websocket', 'polling'],
      tryAllTransports: true,
      // A probe gets one try; the server followed is retried by socket.io with back-off.
      reconnection: !probing,
      reconnectionDelay: 500,
      reconnectionDelayMax: 4000,
      randomizationFactor: 0.3,
      timeout: probing ? PROBE_TIMEOUT_MS : 8000,
      forceNew: true,
    });

  /** The server is unreachable: after failoverAfterMs, look for the venue elsewhere. */
  const lost = () => {
    if (lostTimer !== undefined || search || closed) return;
    // Only a venue with a standby has anywhere else to go.
    if (known.addresses.length < 2) return;
    lostTimer = setTimeout(() => {
      lostTimer = undefined;
      if (status.state !== 'online') startSearch();
    }, failoverAfterMs);
  };

  /** Follows `s` from now on (the first socket, or a probe that found the primary). */
  const follow = (s: Socket, origin: string) => {
    socket = s;
    base = origin;
    s.on('connect', () => {
      clearTimeout(lostTimer);
      lostTimer = undefined;
      setStatus({ state: 'online', error: null });
    });
    s.on('connect_error', (err: Error & { data?: unknown }) => {
      // A middleware refusal carries the envelope in err.data; socket.io does not retry those.
      if (isErrorEnvelope(err.data)) setStatus({ state: 'refused', error: err.data });
      else {
        setStatus({ state: 'offline', error: null });
        lost();
      }
    });
    s.on('disconnect', (reason) => {
      setStatus({ state: 'offline', error: null });
      lost();
      // The server closed this socket on purpose (e.g. code revoked): socket.io will not come
      // back by itself. Try once more after a pause; a refusal then lands in connect_error.
      if (reason === 'io server disconnect') retryTimer = setTimeout(() => s.connect(), 1500);
    });
    s.on('snapshot', (snap: SnapshotOf<A> & VenueCarrier) => {
      if (snap.venue && leaveReplaced && judge(known, snap.venue, false) === 'replaced')
        return startSearch();
      if (snap.venue) {
        known = learn(known, snap.venue);
        options.onVenue?.(snap.venue, base === '');
      }
      deliver(snap);
    });
    s.on('patch', (patch: PatchOf<A>) => {
      for (const l of patchListeners) l(patch);
    });
    // Other pushes (the voter's ballot:changed), whichever server is followed now.
    s.onAny((event: string) => {
      for (const l of pushListeners.get(event) ?? []) l();
    });
  };

  type Search = { probe: Socket | null; timer: ReturnType<typeof setTimeout> | undefined };

  /** Tries every known address in turn until one is the venue's primary (venue-follow.ts). */
  const startSearch = () => {
    if (search || closed) return;
    clearTimeout(retryTimer);
    clearTimeout(lostTimer);
    lostTimer = undefined;
    socket?.removeAllListeners();
    socket?.disconnect();
    socket = null;
    setStatus({ state: 'offline', error: null });
    const s: Search = { probe: null, timer: undefined };
    search = s;
    const round = () => tryAt(candidates(known, base, pageOrigin()), 0);
    const tryAt = (list: string[], i: number) => {
      if (search !== s) return;
      const origin = list[i];
      if (origin === undefined) {
        s.timer = setTimeout(round, ROUND_PAUSE_MS);
        return;
      }
      const probe = open(origin, true);
      s.probe = probe;
      const next = () => {
        if (s.probe !== probe) return;
        clearTimeout(s.timer);
        probe.removeAllListeners();
        probe.disconnect();
        s.probe = null;
        tryAt(list, i + 1);
      };
      s.timer = setTimeout(next, PROBE_TIMEOUT_MS * 2);
      probe.on('connect_error', next);
      probe.on('disconnect', next);
      probe.on('snapshot', (snap: SnapshotOf<A> & VenueCarrier) => {
        if (!snap.venue || judge(known, snap.venue, true) !== 'follow') return next();
        clearTimeout(s.timer);
        probe.removeAllListeners();
        search = null;
        probe.io.reconnection(true);
        known = learn(known, snap.venue);
        follow(probe, origin === pageOrigin() ? '' : origin);
        options.onVenue?.(snap.venue, base === '');
        setStatus({ state: 'online', error: null });
        deliver(snap);
      });
    };
    round();
  };

  const stopSearch = () => {
    if (!search) return;
    clearTimeout(search.timer);
    search.probe?.removeAllListeners();
    search.probe?.disconnect();
    search = null;
  };

  follow(open(base, false), base);

  return {
    call(name, payload, callOptions) {
      const s = socket;
      if (!s?.connected) return Promise.resolve({ ok: false, code: 'OFFLINE', transport: true });
      const timeoutMs = callOptions?.timeoutMs ?? options.defaultTimeoutMs ?? 10_000;
      return new Promise((resolve) => {
        s.timeout(timeoutMs).emit(name, payload, (err: Error | null, res: unknown) => {
          if (err) resolve({ ok: false, code: 'TIMEOUT', transport: true });
          // The server always answers with the envelope; anything else is a server bug.
          else if (isErrorEnvelope(res)) {
            resolve(res);
            // E.g. this laptop was replaced by the standby: go and find the venue's primary.
            if (moveOn.has(res.code) && s === socket) startSearch();
          } else if (
            typeof res === 'object' &&
            res !== null &&
            (res as { ok?: unknown }).ok === true
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
    onPush(name, listener) {
      const event: string = name;
      const set = pushListeners.get(event) ?? new Set<() => void>();
      pushListeners.set(event, set);
      set.add(listener);
      return () => void set.delete(listener);
    },
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    status: () => status,
    server: () => (base === '' ? pageOrigin() : base),
    reconnect() {
      clearTimeout(retryTimer);
      if (search) {
        // Skip the pause between rounds.
        stopSearch();
        startSearch();
        return;
      }
      if (!socket || socket.connected) return;
      setStatus({ state: 'connecting', error: null });
      socket.connect();
    },
    close() {
      closed = true;
      clearTimeout(retryTimer);
      clearTimeout(lostTimer);
      stopSearch();
      snapshotListeners.clear();
      patchListeners.clear();
      statusListeners.clear();
      pushListeners.clear();
      socket?.removeAllListeners();
      socket?.disconnect();
    },
  };
}

/**
 * Snapshots carry a monotonic version; an older one (a late packet) must not win. Versions
 * compare within one epoch only: a snapshot of a newer epoch (the standby took over)
 * replaces whatever the page holds.
 */
export function isNewerSnapshot(
  current: { version: number; venue?: { epoch: number } } | null,
  next: { version: number; venue?: { epoch: number } },
): boolean {
  if (current === null) return true;
  const was = current.venue?.epoch ?? 0;
  const now = next.venue?.epoch ?? 0;
  if (was !== now) return now > was;
  return next.version >= current.version;
}
