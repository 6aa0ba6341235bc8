// The venue server: HTTP + socket.io over one SQLite festival database. It runs under
// plain Node (cli.ts) and inside Electron's main process (electron/main) from this module.
// This file only wires parts together; the work is in db/, services/, realtime/, http/.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkpoint, openDatabase } from './db/connection.js';
import { demoFestival } from './demo/demo-festival.js';
import { createRoutes } from './http/routes.js';
import { createLogger, type Logger } from './log.js';
import { createHub } from './realtime/hub.js';
import { callRateLimit } from './realtime/throttle.js';
import { createBackupScheduler } from './services/backup-scheduler.js';
import { importSetup } from './services/setup.js';
import { createVenue } from './services/venue.js';

export type VenueServerOptions = {
  /** Folder holding panggung.db, backups/ and logs. Created when missing. */
  dataDir: string;
  /** 0 = any free port. */
  port: number;
  /** Interface to bind, e.g. '0.0.0.0' for the LAN or '127.0.0.1'. */
  host: string;
  /** Organizer key; generated and stored in the data folder when absent. */
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
  const db = openDatabase(options.dataDir);
  const venue = createVenue(db);
  if (!venue.setup() && options.seedDemo !== false) {
    importSetup(venue, 'system', demoFestival(), false);
    log.info('seeded the demo festival', { entries: venue.setup()?.entries.length });
  }
  const organizerKey =
    options.organizerKey ??
    venue.repos.meta.get('organizer_key') ??
    randomBytes(9).toString('base64url');
  if (!options.organizerKey && venue.repos.meta.get('organizer_key') !== organizerKey)
    venue.repos.meta.set('organizer_key', organizerKey);

  const backups = createBackupScheduler(
    venue,
    options.dataDir,
    log,
    options.backupEveryMs ?? 5 * 60_000,
  );
  const http = createServer();
  const hub = createHub(http, venue, log, {
    organizerKey,
    organizerLocalOnly: options.organizerLocalOnly ?? false,
    maxHttpBufferSize: 512 * 1024,
    dataDir: options.dataDir,
    rateLimit: options.rateLimit ?? callRateLimit,
  });
  http.on(
    'request',
    createRoutes(
      venue,
      hub.auth,
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
  let closing: Promise<void> | null = null;
  return {
    port,
    organizerKey,
    urls: { local: `http://127.0.0.1:${port}`, lan: lan.map((a) => `http://${a}:${port}`) },
    close() {
      closing ??= (async () => {
        // Stop accepting; better-sqlite3 writes are synchronous, so once we are here no
        // write is half-done. Then fold the WAL into the file and close it.
        const httpClosed = new Promise<void>((r) => http.close(() => r()));
        await hub.close();
        http.closeAllConnections();
        await httpClosed;
        await backups.stop();
        checkpoint(db);
        db.close();
        log.info('venue server stopped');
      })();
      return closing;
    },
  };
}
