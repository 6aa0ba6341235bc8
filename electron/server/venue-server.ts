// The venue server: HTTP + socket.io over one SQLite festival database. It runs under
// plain Node (cli.ts) and inside Electron's main process (electron/main) from this module.
// This file only wires parts together; the work is in db/, services/, realtime/, http/.
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkpoint, openDatabase } from './db/connection.js';
import { createDurability } from './db/durability.js';
import { privateDir, privateFiles } from './db/file-modes.js';
import { demoFestival } from './demo/demo-festival.js';
import { createGate } from './http/gate.js';
import { createRoutes } from './http/routes.js';
import { createLogger, type Logger } from './log.js';
import { createHub } from './realtime/hub.js';
import type { GuardLimits } from './realtime/login-guard.js';
import { callRateLimit } from './realtime/throttle.js';
import { createBackupScheduler } from './services/backup-scheduler.js';
import { backupDir } from './services/backup.js';
import { pinDigits } from './services/ids.js';
import {
  organizerKeyProblem,
  resolveOrganizerKey,
  WeakOrganizerKey,
} from './services/organizer-key.js';
import { importSetup } from './services/setup.js';
import { createAlarmStore } from './services/alarm-store.js';
import { createVenue } from './services/venue.js';
import { createReplication } from './replication/index.js';
import { prepareStandby, type StandbyOf } from './replication/standby.js';

export type VenueServerOptions = {
  /** Folder holding panggung.db, backups/ and logs. Created when missing. */
  dataDir: string;
  /** 0 = any free port. */
  port: number;
  /** Interface to bind, e.g. '0.0.0.0' for the LAN or '127.0.0.1'. */
  host: string;
  /**
   * Organizer key chosen by the organizer (refused when weak: WeakOrganizerKey); when
   * absent, generated once and kept in DATA/organizer.key (mode 0600).
   */
  organizerKey?: string;
  /** Seed the demo festival into an empty database (default true). */
  seedDemo?: boolean;
  /** Built pages (dist/renderer); default resolved from the package root. */
  staticDir?: string;
  /** Refuse organizer connections that do not come from this machine. */
  organizerLocalOnly?: boolean;
  /** Automatic backup period when something changed (default 5 minutes). */
  backupEveryMs?: number;
  /** Calls per second per connection and burst (default 20/s, burst 60). */
  rateLimit?: { perSec: number; burst: number };
  /**
   * Host names the server answers to besides its own addresses, localhost and this
   * machine's name (Host allow-list against DNS rebinding), e.g. ["panggung.lan"].
   */
  allowedHosts?: string[];
  /** Live connections per remote address (default 50; this machine's loopback is exempt). */
  maxConnectionsPerAddress?: number;
  /** How often aggregated login failures and refusals reach the audit log (default 60 s). */
  auditEveryMs?: number;
  /** Login throttle limits (defaults: login-guard.ts). */
  loginLimits?: { juror?: GuardLimits; organizer?: GuardLimits };
  /** Start as the hot standby of this primary (copy, then follow; read-only until take-over). */
  standbyOf?: StandbyOf;
  /** How long a sheet's acknowledgement waits for the standby (default 3 s). */
  confirmWithinMs?: number;
  /** Change-log rows a primary keeps with no standby attached (default changeLogKeepRows). */
  keepChangeRows?: number;
  /** The disk sync of the write-ahead log (default fsync; tests hold it or make it fail). */
  syncDisk?: (fd: number) => Promise<void>;
};

export type VenueServer = {
  port: number;
  organizerKey: string;
  /** http://<address>:<port> for loopback and every LAN interface. */
  urls: { local: string; lan: string[] };
  /** Stop accepting, finish in-flight writes, checkpoint, close the database. */
  close(): Promise<void>;
};

/** The package root, from out/electron/server or electron/server (tests run the sources). */
function packageRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return here.includes(`${join('out', 'electron')}`)
    ? resolve(here, '../../..')
    : resolve(here, '../..');
}

export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a): a is NonNullable<typeof a> => !!a && a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}

export async function startVenueServer(
  options: VenueServerOptions & { log?: Logger },
): Promise<VenueServer> {
  const log = options.log ?? createLogger();
  // A weak chosen key is refused before anything is opened or created.
  const keyProblem =
    options.organizerKey === undefined ? null : organizerKeyProblem(options.organizerKey);
  if (keyProblem) throw new WeakOrganizerKey(keyProblem);
  // A standby starts from a full copy of its primary's database, or resumes from the copy
  // it already holds (replication/standby.ts).
  if (options.standbyOf) {
    privateDir(options.dataDir);
    await prepareStandby(options.standbyOf, options.dataDir, log);
  }
  const db = openDatabase(options.dataDir);
  const durability = createDurability({
    file: db.name,
    ...(options.syncDisk ? { sync: options.syncDisk } : {}),
  });
  const alarmStore = createAlarmStore(options.dataDir, (err) =>
    log.warn('alarms file', { error: (err as Error).message }),
  );
  const venue = createVenue(db, Date.now, durability, alarmStore);
  // A primary logs every committed change for a standby (db/change-log.ts); a standby
  // logs nothing until it takes over.
  const replication = createReplication({
    venue,
    dataDir: options.dataDir,
    log,
    ...(options.standbyOf ? { standbyOf: options.standbyOf } : {}),
    ...(options.confirmWithinMs ? { confirmWithinMs: options.confirmWithinMs } : {}),
    ...(options.keepChangeRows ? { keepChangeRows: options.keepChangeRows } : {}),
  });
  await replication.checkReplaced();
  if (!venue.setup() && options.seedDemo !== false && !options.standbyOf) {
    importSetup(venue, 'system', demoFestival(), false);
    log.info('seeded the demo festival', { entries: venue.setup()?.entries.length });
  }
  let organizerKey: string;
  try {
    organizerKey = resolveOrganizerKey(options.dataDir, db, options.organizerKey);
  } catch (err) {
    await durability.close();
    db.close();
    throw err;
  }
  const shortPins = (venue.setup()?.jurors ?? []).filter(
    (j) => !j.revoked && j.pin.length < pinDigits,
  ).length;
  if (shortPins > 0)
    venue.raiseAlarm('SHORT_PINS', {
      id: `${shortPins} juri masih memakai PIN pendek dari versi lama: terbitkan ulang kodenya.`,
      en: `${shortPins} jurors still have short PINs from an older version: re-issue their codes.`,
    });
  // Backups made by older versions were readable by everyone.
  const backupsDir = backupDir(options.dataDir);
  if (existsSync(backupsDir)) {
    privateDir(backupsDir);
    privateFiles(...readdirSync(backupsDir).map((f) => join(backupsDir, f)));
  }

  const backups = createBackupScheduler(
    venue,
    options.dataDir,
    log,
    options.backupEveryMs ?? 5 * 60_000,
  );
  const http = createServer();
  const gate = createGate({
    allowedHosts: options.allowedHosts ?? [],
    bindHost: options.host,
    maxConnectionsPerAddress: options.maxConnectionsPerAddress ?? 50,
  });
  const hub = createHub(http, venue, log, {
    gate,
    auditEveryMs: options.auditEveryMs ?? 60_000,
    ...(options.loginLimits ? { loginLimits: options.loginLimits } : {}),
    organizerKey,
    organizerLocalOnly: options.organizerLocalOnly ?? false,
    maxHttpBufferSize: 512 * 1024,
    dataDir: options.dataDir,
    rateLimit: options.rateLimit ?? callRateLimit,
    standby: replication.desk,
    // On this laptop's disk and on the standby's (if one follows). Both asked at once, right
    // after the commit: the standby's wait is registered with the standby attached now, so
    // losing it during the sync still waits to learn whether it took over (primary.ts).
    confirmed: async () => {
      await Promise.all([venue.ownDurable(), replication.confirmed()]);
    },
  });
  http.on(
    'request',
    createRoutes(
      venue,
      hub.auth,
      gate,
      options.staticDir ?? join(packageRoot(), 'dist', 'renderer'),
      log,
    ),
  );
  await new Promise<void>((resolveListen, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => {
      http.off('error', reject);
      resolveListen();
    });
  });
  const port = (http.address() as AddressInfo).port;
  const wildcard = options.host === '0.0.0.0' || options.host === '::';
  const lan = wildcard
    ? lanAddresses()
    : options.host.startsWith('127.') || options.host === 'localhost'
      ? []
      : [options.host];
  const urls = { local: `http://127.0.0.1:${port}`, lan: lan.map((a) => `http://${a}:${port}`) };
  hub.setAddresses(urls);
  venue.place.self = urls.lan[0] ?? urls.local;
  replication.start(hub.io);
  let closing: Promise<void> | null = null;
  return {
    port,
    organizerKey,
    urls,
    close() {
      closing ??= (async () => {
        // Stop accepting; better-sqlite3 writes are synchronous, so once we are here no
        // write is half-done. Then fold the WAL into the file and close it.
        const httpClosed = new Promise<void>((r) => http.close(() => r()));
        replication.close();
        // A keep-alive HTTP client (another laptop asking /api/health every few seconds, a
        // browser) would hold the server open: idle connections are closed as they fall
        // idle, and whatever is still open after a few seconds is closed anyway.
        const idle = setInterval(() => http.closeIdleConnections(), 200);
        const hard = setTimeout(() => http.closeAllConnections(), 3000);
        try {
          await hub.close();
          http.closeAllConnections();
          await httpClosed;
        } finally {
          clearInterval(idle);
          clearTimeout(hard);
        }
        await backups.stop();
        await durability.close();
        checkpoint(db);
        db.close();
        log.info('venue server stopped');
      })();
      return closing;
    },
  };
}
