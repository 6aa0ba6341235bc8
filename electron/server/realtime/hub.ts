// The socket.io side of the venue: four namespaces (juror, screen, organizer, voter), each a
// thin adapter over the services. After every commit the hub pushes fresh views to exactly
// the clients whose view changed; pushes are coalesced per event-loop turn
// (push-scheduler.ts). The parts: io-server.ts (the gate), clients.ts (who is connected),
// juror-side.ts, screen-side.ts with screen-views.ts and screen-pushes.ts, the organizer's
// handlers (organizer/) and pushes (organizer-pushes.ts), voter.ts.
import type { Server as HttpServer } from 'node:http';
import { namespaces, organizerCalls } from '../../../shared/contract/events.js';
import type { Logger } from '../log.js';
import type { Venue } from '../services/venue.js';
import { organizerSnapshot } from '../services/views.js';
import { addressOf, createAuth, type LiveSession, type SocketData } from './auth.js';
import { bindCalls, whenDurable } from './bind.js';
import type { StandbyDesk } from '../replication/desk.js';
import { createClients } from './clients.js';
import { createIoServer } from './io-server.js';
import { createJurorSide } from './juror-side.js';
import type { GuardLimits } from './login-guard.js';
import { createLoginWatch } from './login-watch.js';
import { createRefusals } from './refusals.js';
import { organizerHandlers } from './organizer/index.js';
import { createOrganizerPushes } from './organizer-pushes.js';
import { createPushScheduler } from './push-scheduler.js';
import { createScreenPushes } from './screen-pushes.js';
import { bindScreenSide } from './screen-side.js';
import { createVoterSide } from './voter.js';
import { createScreenViews, summarizeScreens } from './screen-views.js';
import { createTurns } from './turns.js';
import type { Gate } from '../http/gate.js';
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
  const io = createIoServer(http, venue, opts);
  const watch = createLoginWatch(venue, log, opts.auditEveryMs);
  const nsJuror = io.of(namespaces.juror);
  const nsScreen = io.of(namespaces.screen);
  const nsOrganizer = io.of(namespaces.organizer);
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
  // Known once the HTTP server listens (setAddresses); screens need them for the join QR.
  let addresses: ServerAddresses = { local: '', lan: [] };
  // People's choice: anonymous phones; the ticket travels with each call (voter.ts).
  const voters = createVoterSide(io.of(namespaces.voter), venue, {
    log,
    watch,
    rateLimit: opts.rateLimit,
    confirmed: opts.confirmed,
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
  const changed = () => scheduler.schedule([]);
  // Every push's work, one piece per event-loop turn (turns.ts).
  const turns = createTurns((err) =>
    safely(() => {
      throw err;
    }),
  );
  const clients = createClients(venue, changed);
  const common = { log, clients, rateLimit: opts.rateLimit, refused, changed, safely, turns };

  const jurors = createJurorSide(nsJuror, {
    ...common,
    venue,
    auth,
    confirmed: opts.confirmed,
  });

  const screenViews = createScreenViews(venue, () => joinBase(venue, addresses));
  const screenPushes = createScreenPushes(nsScreen, screenViews, turns);
  bindScreenSide(nsScreen, { ...common, venue, views: screenViews, pushes: screenPushes });

  // ---- organizer ------------------------------------------------------------------------
  const organizerPushes = createOrganizerPushes(
    nsOrganizer,
    () =>
      organizerSnapshot(venue, summarizeScreens(clients.list()), venueAddresses(venue, addresses)),
    turns,
  );
  nsOrganizer.on('connection', (socket) => {
    const who = `organizer@${addressOf(socket)}`;
    clients.track(socket, 'organizer', socket.id, 'Panitia');
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
      call: venue.call,
      onRefused: refused(who),
    });
    whenDurable(venue, socket, safely, () => {
      const snap = organizerView();
      if (snap) socket.emit('snapshot', snap);
    });
  });

  // ---- pushes after commits ---------------------------------------------------------------
  const scheduler = createPushScheduler({
    screens: () => screenPushes.push(),
    jurors: (changes) => jurors.push(changes),
    ballot: () => voters.ballotChanged(),
    venue: () => voters.venueChanged(),
    hasOrganizers: () => nsOrganizer.sockets.size > 0,
    organizers: () => organizerPushes.push(),
    safely,
  });
  const unsubscribe = venue.onCommit(scheduler.schedule);

  return {
    auth,
    io,
    setAddresses(a: ServerAddresses): void {
      addresses = { local: a.local, lan: [...a.lan] };
    },
    async close(): Promise<void> {
      unsubscribe();
      watch.stop();
      scheduler.stop();
      turns.clear();
      io.disconnectSockets(true);
      await new Promise<void>((resolve) => io.close(() => resolve()));
    },
  };
}
