// The socket.io side of the venue: four namespaces (juror, screen, organizer, voter), each a
// thin adapter over the services. After every commit the hub pushes fresh snapshots to
// exactly the clients whose view changed; pushes are coalesced per event-loop turn.
import { mainScreen } from '../../../shared/screen-modes.js';
import type { Server as HttpServer } from 'node:http';
import { Server, type Namespace, type Socket } from 'socket.io';
import { fail } from '../../../shared/contract/errors.js';
import {
  jurorCalls,
  namespaces,
  organizerCalls,
  screenCalls,
} from '../../../shared/contract/events.js';
import type { ConnectedClient } from '../../../shared/contract/views.js';
import { DomainError } from '../../../shared/contract/errors.js';
import type { Logger } from '../log.js';
import { saveJurorSheet } from '../services/sheets.js';
import type { Change, Venue } from '../services/venue.js';
import { jurorSnapshot, organizerSnapshot } from '../services/views.js';
import { venuePeers, type Gate } from '../http/gate.js';
import { addressOf, createAuth, type LiveSession, type SocketData } from './auth.js';
import { bindCalls } from './bind.js';
import type { StandbyDesk } from '../replication/desk.js';
import type { GuardLimits } from './login-guard.js';
import { createLoginWatch } from './login-watch.js';
import { createRefusals } from './refusals.js';
import { organizerHandlers } from './organizer/index.js';
import { createOrganizerPushes } from './organizer-pushes.js';
import { createScreenPushes } from './screen-pushes.js';
import { createVoterSide } from './voter.js';
import { createScreenViews, summarizeScreens } from './screen-views.js';
import { joinBase, venueAddresses, type ServerAddresses } from '../services/addresses.js';

export type HubOptions = {
  organizerKey: string;
  organizerLocalOnly: boolean;
  maxHttpBufferSize: number;
  dataDir: string;
  /** Calls per second per connection, and the burst allowed. */
  rateLimit: { perSec: number; burst: number };
  /** Host allow-list and connections per address. */
  gate: Gate;
  /** How often aggregated refusals are written to the audit log. */
  auditEveryMs: number;
  loginLimits?: { juror?: GuardLimits; organizer?: GuardLimits; ticket?: GuardLimits };
  /** The hot standby's desk calls (pairing code, take-over). */
  standby: StandbyDesk;
  /** Resolves when a juror's stored sheet may be acknowledged (the standby has it). */
  confirmed: () => Promise<void>;
};

export function createHub(http: HttpServer, venue: Venue, log: Logger, opts: HubOptions) {
  const io = new Server(http, {
    serveClient: false,
    maxHttpBufferSize: opts.maxHttpBufferSize,
    pingInterval: 5000,
    pingTimeout: 5000,
    // Non-browser clients, same-origin pages, and pages of the venue's other laptop (a pad
    // loaded from the primary follows the venue to its standby): gate.originAllowed.
    allowRequest: (req, cb) => {
      if (!opts.gate.hostAllowed(req.headers.host)) return cb('host not allowed', false);
      if (!opts.gate.connectionAllowed(req.socket.remoteAddress ?? 'unknown'))
        return cb('too many connections from this address', false);
      cb(null, opts.gate.originAllowed(req.headers.origin, req.headers.host, venuePeers(venue)));
    },
  });
  io.engine.on(
    'connection',
    (conn: { remoteAddress: string; once(e: 'close', f: () => void): void }) => {
      const address = conn.remoteAddress;
      opts.gate.opened(address);
      conn.once('close', () => opts.gate.closed(address));
    },
  );
  const watch = createLoginWatch(venue, log, opts.auditEveryMs);
  const sessions = (jurorId: string): LiveSession[] =>
    [...nsJuror.sockets.values()]
      .filter((s) => (s.data as SocketData).jurorId === jurorId)
      .map((s) => ({
        device: (s.data as SocketData).device,
        address: addressOf(s),
        end: () => s.disconnect(true),
      }));
  const auth = createAuth(venue, opts.organizerKey, {
    organizerLocalOnly: opts.organizerLocalOnly,
    watch,
    sessions,
    ...(opts.loginLimits ? { limits: opts.loginLimits } : {}),
  });
  const clients = new Map<string, ConnectedClient>();
  // Known once the HTTP server listens (setAddresses); screens need them for the join QR.
  let addresses: ServerAddresses = { local: '', lan: [] };
  const nsJuror = io.of(namespaces.juror);
  const nsScreen = io.of(namespaces.screen);
  const nsOrganizer = io.of(namespaces.organizer);
  // People's choice: anonymous phones; the ticket travels with each call (voter.ts).
  const voters = createVoterSide(io.of(namespaces.voter), venue, {
    log,
    watch,
    rateLimit: opts.rateLimit,
    ...(opts.loginLimits?.ticket ? { limits: opts.loginLimits.ticket } : {}),
  });
  nsJuror.use(auth.juror);
  nsScreen.use(auth.screen);
  nsOrganizer.use(auth.organizer);

  const refused = createRefusals(venue, log, watch);

  /** A failure while building a push is logged; it must never take the server down. */
  const safely = (work: () => void) => {
    try {
      work();
    } catch (err) {
      log.error('push failed', { err: err instanceof Error ? err.stack : String(err) });
    }
  };

  const track = (socket: Socket, kind: ConnectedClient['kind'], id: string, name: string) => {
    const now = venue.now();
    clients.set(socket.id, {
      kind,
      id,
      name,
      address: addressOf(socket),
      connectedAt: now,
      lastSeen: now,
      online: true,
      outbox: 0,
    });
    socket.conn.on('packet', () => {
      const c = clients.get(socket.id);
      if (c) c.lastSeen = venue.now();
    });
    socket.on('disconnect', () => {
      clients.delete(socket.id);
      schedule([]);
    });
    schedule([]);
  };

  // ---- juror ----------------------------------------------------------------------------
  nsJuror.on('connection', (socket) => {
    const data = socket.data as SocketData;
    const jurorId = data.jurorId ?? '';
    const juror = () => {
      const j = venue.setup()?.jurors.find((x) => x.id === jurorId);
      if (!j || !auth.jurorStillValid(data)) throw new DomainError('REVOKED');
      return j;
    };
    void socket.join(`juror:${jurorId}`);
    track(
      socket,
      'juror',
      jurorId,
      venue.setup()?.jurors.find((j) => j.id === jurorId)?.name ?? jurorId,
    );
    bindCalls(
      socket,
      jurorCalls,
      {
        'sheet:save': async (input) => {
          const reply = saveJurorSheet(venue, juror(), input);
          await opts.confirmed();
          return reply;
        },
        'snapshot:get': () => {
          const snap = jurorSnapshot(venue, juror().id);
          if (!snap) throw new DomainError('NOT_FOUND');
          return snap;
        },
        'outbox:report': (input) => {
          const c = clients.get(socket.id);
          if (c && c.outbox !== input.outbox) {
            c.outbox = input.outbox;
            schedule([]);
          }
          return null;
        },
      },
      {
        log,
        rateLimit: opts.rateLimit,
        who: `juror:${jurorId}`,
        onRefused: refused(`juror:${jurorId}`),
      },
    );
    safely(() => {
      const snap = jurorSnapshot(venue, jurorId);
      if (snap) socket.emit('snapshot', snap);
    });
  });

  // ---- screen ---------------------------------------------------------------------------
  const screenViews = createScreenViews(venue, () => joinBase(venue, addresses));
  const screenPushes = createScreenPushes(nsScreen, screenViews);
  nsScreen.on('connection', (socket) => {
    const name = (socket.data as SocketData).screenName ?? mainScreen;
    void socket.join(`screen:${name}`);
    track(socket, 'screen', name, name);
    bindCalls(
      socket,
      screenCalls,
      {
        'snapshot:get': () => {
          const snap = screenViews.snapshot(screenViews.groupOf(name));
          if (!snap) throw new DomainError('NOT_FOUND');
          return snap;
        },
        // What the screen really shows, for the desk ("shown" means a screen showed it).
        'screen:showing': (input) => {
          const c = clients.get(socket.id);
          if (c) {
            c.mode = input.mode;
            c.showing = input;
            schedule([]);
          }
          return null;
        },
      },
      {
        log,
        rateLimit: opts.rateLimit,
        who: `screen:${name}`,
        onRefused: refused(`screen:${name}`, addressOf(socket)),
      },
    );
    safely(() => {
      const group = screenViews.groupOf(name);
      const snap = screenViews.snapshot(group);
      if (!snap) return;
      socket.emit('snapshot', snap);
      screenPushes.connected(name, group, snap);
    });
  });

  // ---- organizer ------------------------------------------------------------------------
  nsOrganizer.on('connection', (socket) => {
    const who = `organizer@${addressOf(socket)}`;
    track(socket, 'organizer', socket.id, 'Panitia');
    socket.on('disconnect', () => organizerPushes.disconnected(socket.id));
    // This desk's snapshot:get: the whole view, which its next patch continues from.
    const organizerView = () => organizerPushes.full(socket.id);
    const handlers = organizerHandlers({
      venue,
      who,
      dataDir: opts.dataDir,
      organizerView,
      standby: opts.standby,
    });
    bindCalls(socket, organizerCalls, handlers, {
      log,
      rateLimit: opts.rateLimit,
      who,
      onRefused: refused(who),
    });
    safely(() => {
      const snap = organizerView();
      if (snap) socket.emit('snapshot', snap);
    });
  });

  const organizerPushes = createOrganizerPushes(nsOrganizer, () =>
    organizerSnapshot(
      venue,
      summarizeScreens([...clients.values()]),
      venueAddresses(venue, addresses),
    ),
  );

  // ---- pushes after commits ---------------------------------------------------------------
  let pending: Change[] | null = null;
  function schedule(changes: Change[]): void {
    if (pending) {
      pending.push(...changes);
      return;
    }
    pending = [...changes];
    setImmediate(flush);
  }
  function flush(): void {
    const changes = pending ?? [];
    pending = null;
    safely(() => push(changes));
  }
  // The audience first, then the pads; the organizer's view (the largest: every stage,
  // the progress matrix, every connection) at most every 250 ms, always with the latest,
  // as a patch from the view each desk holds (organizer-pushes.ts).
  function push(changes: Change[]): void {
    if (changes.length > 0) {
      screenPushes.push();
      pushJurors(changes);
      if (changes.some((c) => c.kind === 'setup' || (c.kind === 'voting' && c.ballot)))
        voters.ballotChanged();
    }
    pushOrganizers();
  }
  let organizerTimer: NodeJS.Timeout | null = null;
  let organizerSentAt = 0;
  // A person reads the desk: four views a second are plenty, and each is the largest push.
  const organizerEveryMs = 250;
  function pushOrganizers(): void {
    if (nsOrganizer.sockets.size === 0 || organizerTimer) return;
    const send = () => {
      organizerTimer = null;
      organizerSentAt = Date.now();
      safely(() => organizerPushes.push());
    };
    const wait = organizerSentAt + organizerEveryMs - Date.now();
    if (wait <= 0) send();
    else organizerTimer = setTimeout(send, wait);
  }
  function pushJurors(changes: Change[]): void {
    const setup = venue.setup();
    // No festival any more (festival:new): every juror's code went with it.
    if (!setup) {
      if (changes.some((c) => c.kind === 'setup')) revalidateJurors(nsJuror);
      return;
    }
    const everyone = changes.some(
      (c) => c.kind === 'setup' || (c.kind === 'live' && c.panelId === null),
    );
    const panels = new Set(
      changes.flatMap((c) => (c.kind === 'live' && c.panelId ? [c.panelId] : [])),
    );
    const targets = new Set(changes.flatMap((c) => (c.kind === 'sheet' ? [c.jurorId] : [])));
    for (const j of setup.jurors) if (everyone || panels.has(j.panelId)) targets.add(j.id);
    if (everyone) revalidateJurors(nsJuror);
    for (const id of targets) {
      const room = `juror:${id}`;
      if (!nsJuror.adapter.rooms.has(room)) continue;
      const snap = jurorSnapshot(venue, id);
      if (snap) nsJuror.to(room).emit('snapshot', snap);
    }
  }
  function revalidateJurors(ns: Namespace): void {
    for (const socket of ns.sockets.values()) {
      if (!auth.jurorStillValid(socket.data as SocketData)) {
        socket.emit('revoked', fail('REVOKED'));
        socket.disconnect(true);
      }
    }
  }
  const unsubscribe = venue.onCommit(schedule);

  return {
    auth,
    io,
    setAddresses(a: ServerAddresses): void {
      addresses = { local: a.local, lan: [...a.lan] };
    },
    async close(): Promise<void> {
      unsubscribe();
      watch.stop();
      if (organizerTimer) clearTimeout(organizerTimer);
      io.disconnectSockets(true);
      await new Promise<void>((resolve) => io.close(() => resolve()));
    },
  };
}
