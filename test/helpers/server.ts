// Test harness: a real venue server on port 0 over a real SQLite file in a temp folder,
// and real socket.io-client connections speaking the shared contract.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { onTestFinished } from 'vitest';
import type { Result } from '../../shared/contract/errors.js';
import {
  namespaces,
  type Audience,
  type InputOf,
  type ReplyOf,
  type jurorCalls,
  type organizerCalls,
  type screenCalls,
  type voterCalls,
  type VoterSnapshot,
} from '../../shared/contract/events.js';
import { followOrganizer, type OrganizerPatch } from '../../shared/contract/organizer-patch.js';
import type { OrganizerWire } from '../../shared/contract/organizer-wire.js';
import { applyScreenPatch, type ScreenPatch } from '../../shared/contract/screen-patch.js';
import { hydrateScreen, type ScreenWire } from '../../shared/contract/screen-wire.js';
import type {
  JurorSnapshot,
  OrganizerSnapshot,
  ScreenSnapshot,
} from '../../shared/contract/views.js';
import { createLogger, type Logger } from '../../electron/server/log.js';
import type { StandbyOf } from '../../electron/server/replication/standby.js';
import { running } from './running.js';
import { startVenueServer, type VenueServer } from '../../electron/server/venue-server.js';

export const quietLog = createLogger({ quiet: true });

export function tempDir(prefix = 'panggung-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export type TestServer = {
  server: VenueServer;
  dataDir: string;
  url: string;
  stop(): Promise<void>;
};

/**
 * The LAN name page tests open the server by (Chromium maps it to 127.0.0.1 with
 * --host-resolver-rules); allowed the way an organizer would (--allow-host).
 */
export const lanTestName = 'panggung.test';

/** Chromium's flag that resolves lanTestName to this machine (launchBrowser's extraArgs). */
export const lanBrowserArgs = [`--host-resolver-rules=MAP ${lanTestName} 127.0.0.1`];

/** A test server's URL on its LAN name (an origin distinct from 127.0.0.1's). */
export const onLan = (url: string) => url.replace('127.0.0.1', lanTestName);

/**
 * The one server fixture. Started inside a test, it is stopped (and its own temp folder
 * removed) when the test finishes, passed or failed; started in a hook, it is stopped when
 * the file ends at the latest. stop() may be called any number of times. `forFile` marks a
 * server started inside a test that replaces the file's shared one (a restart on the same
 * folder): it lives until the file ends, like one started in a hook.
 */
export async function startTestServer(
  opts: {
    dataDir?: string;
    seedDemo?: boolean;
    port?: number;
    auditEveryMs?: number;
    organizerLocalOnly?: boolean;
    forFile?: boolean;
    /** Start as the hot standby of this primary (a full copy first, then the live follow). */
    standbyOf?: StandbyOf;
    /** Change-log rows kept with no standby attached (replication/primary.ts). */
    keepChangeRows?: number;
    /** How long a sheet or vote waits for an attached standby's confirmation (primary.ts). */
    confirmWithinMs?: number;
    /** The server's logger (default: quiet). */
    log?: Logger;
    /** The disk sync of the write-ahead log (db/durability.ts; default fsync). */
    syncDisk?: (fd: number) => Promise<void>;
  } = {},
): Promise<TestServer> {
  const dataDir = opts.dataDir ?? tempDir();
  const server = await startVenueServer({
    dataDir,
    port: opts.port ?? 0,
    host: '127.0.0.1',
    seedDemo: opts.seedDemo ?? true,
    log: opts.log ?? quietLog,
    allowedHosts: [lanTestName],
    ...(opts.auditEveryMs === undefined ? {} : { auditEveryMs: opts.auditEveryMs }),
    ...(opts.organizerLocalOnly === undefined
      ? {}
      : { organizerLocalOnly: opts.organizerLocalOnly }),
    ...(opts.standbyOf ? { standbyOf: opts.standbyOf } : {}),
    ...(opts.keepChangeRows ? { keepChangeRows: opts.keepChangeRows } : {}),
    ...(opts.confirmWithinMs ? { confirmWithinMs: opts.confirmWithinMs } : {}),
    ...(opts.syncDisk ? { syncDisk: opts.syncDisk } : {}),
  });
  let stopping: Promise<void> | null = null;
  const t: TestServer = {
    server,
    dataDir,
    url: server.urls.local,
    stop: () => {
      running.delete(t);
      return (stopping ??= server.close());
    },
  };
  running.add(t);
  if (opts.forFile) return t;
  try {
    onTestFinished(async () => {
      await t.stop();
      if (!opts.dataDir) removeDir(dataDir);
    });
  } catch {
    // Started by a hook, not a test: the file's teardown stops it at the latest.
  }
  return t;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

type Snapshots = {
  juror: JurorSnapshot;
  screen: ScreenSnapshot;
  organizer: OrganizerSnapshot;
  /** Voters get only where the venue lives (and `ballot:changed`). */
  voter: VoterSnapshot;
};
type CallMaps = {
  juror: typeof jurorCalls;
  screen: typeof screenCalls;
  organizer: typeof organizerCalls;
  voter: typeof voterCalls;
};
type Calls<A extends Audience> = CallMaps[A];

/** A connected client that keeps the latest snapshot and speaks typed calls. */
export type Client<A extends Audience> = {
  socket: Socket;
  latest(): Snapshots[A] | null;
  call<K extends keyof Calls<A> & string>(
    name: K,
    payload: InputOf<Calls<A>[K]>,
  ): Promise<Result<ReplyOf<Calls<A>[K]>>>;
  /** Resolves with the first snapshot (already received or next) that satisfies the predicate. */
  waitFor(pred: (s: Snapshots[A]) => boolean, timeoutMs?: number): Promise<Snapshots[A]>;
  close(): void;
};

export function connect<A extends Audience>(
  url: string,
  audience: A,
  auth: object,
  opts: { reconnection?: boolean; localAddress?: string } = {},
): Promise<Client<A>> {
  const socket = io(`${url}${namespaces[audience]}`, {
    auth,
    transports: ['websocket'],
    reconnection: opts.reconnection ?? false,
    forceNew: true,
    // Another loopback source address (127.x.y.z) stands for another laptop on the LAN.
    ...(opts.localAddress === undefined ? {} : { localAddress: opts.localAddress }),
  });
  let latest: Snapshots[A] | null = null;
  const waiters = new Set<{
    pred: (s: Snapshots[A]) => boolean;
    resolve: (s: Snapshots[A]) => void;
  }>();
  // Screens: the wire they hold, patched in order as a page does (screen-patch.ts).
  let held: ScreenWire | null = null;
  const receive = (raw: Snapshots[A]) => {
    // Screens receive the compact wire form; tests read the snapshot the pages render.
    const snap = (
      audience === 'screen' ? hydrateScreen(raw as unknown as ScreenWire) : raw
    ) as Snapshots[A];
    // Voters' snapshots (where the venue lives) carry no version: the latest one stands.
    const version = (x: Snapshots[A]) => ('version' in x ? x.version : 0);
    if (latest && version(snap) < version(latest)) return;
    if (audience === 'screen') held = raw as unknown as ScreenWire;
    take(snap);
  };
  function take(snap: Snapshots[A]): void {
    latest = snap;
    for (const w of waiters)
      if (w.pred(snap)) {
        waiters.delete(w);
        w.resolve(snap);
      }
  }
  if (audience === 'organizer') {
    // The desk's view in full, then patches onto the view it holds (organizer-patch.ts).
    const desk = followOrganizer({
      fetch: () =>
        new Promise((resolve) =>
          socket.emit('snapshot:get', {}, (res: Result<OrganizerWire>) =>
            resolve(res.ok ? res.data : null),
          ),
        ),
      show: (snap) => take(snap as Snapshots[A]),
    });
    socket.on('connect', () => desk.connected());
    socket.on('snapshot', (snap: OrganizerWire) => desk.full(snap));
    socket.on('patch', (patch: OrganizerPatch) => desk.patch(patch));
  } else socket.on('snapshot', receive);
  if (audience === 'screen')
    socket.on('patch', (patch: ScreenPatch) => {
      const got = applyScreenPatch(held, patch);
      if (got.kind === 'applied') receive(got.wire as unknown as Snapshots[A]);
      else if (got.kind === 'gap')
        socket.emit('snapshot:get', {}, (res: Result<ScreenWire>) => {
          if (res.ok && (!held || res.data.version > held.version))
            receive(res.data as unknown as Snapshots[A]);
        });
    });
  const client: Client<A> = {
    socket,
    latest: () => latest,
    call: (name, payload) =>
      new Promise((resolve, reject) => {
        socket
          .timeout(10_000)
          .emit(name, payload, (err: Error | null, res: never) =>
            err ? reject(err) : resolve(res),
          );
      }),
    waitFor: (pred, timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        if (latest && pred(latest)) return resolve(latest);
        // Made now, thrown on the timeout: its stack names the test line that waited.
        const timedOut = new Error(`no matching ${audience} snapshot in ${timeoutMs} ms`);
        const w = {
          pred,
          resolve: (s: Snapshots[A]) => {
            clearTimeout(timer);
            resolve(s);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(w);
          reject(timedOut);
        }, timeoutMs);
        waiters.add(w);
      }),
    close: () => socket.close(),
  };
  return new Promise((resolve, reject) => {
    const refused = (err: Error & { data?: unknown }) => {
      socket.close();
      reject(Object.assign(new Error(err.message), { data: err.data }));
    };
    socket.once('connect_error', refused);
    // Only the first connection decides; later reconnections are the client's business.
    socket.once('connect', () => {
      socket.off('connect_error', refused);
      resolve(client);
    });
  });
}

let counter = 0;
/** Client-made submission ids, as a pad makes them. */
export function submissionId(): string {
  counter++;
  return `t${process.pid}x${Date.now().toString(36)}x${counter}`.padEnd(12, '0');
}

export function expectOk<T>(res: Result<T>): T {
  if (!res.ok)
    throw new Error(`expected ok, got ${res.code}: ${res.details?.join('; ') ?? res.message}`);
  return res.data;
}
