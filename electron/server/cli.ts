// Headless venue server: `npm run serve -- --port 4321 --host 0.0.0.0 --data ./data`.
// Prints the addresses for jurors, screens and organizers, and the organizer key.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DatabaseRefused } from './db/connection.js';
import { createLogger } from './log.js';
import { listBackups, restoreLatestOffline } from './services/backup.js';
import { StandbyFailed } from './replication/standby-errors.js';
import { WeakOrganizerKey } from './services/organizer-key.js';
import { startVenueServer } from './venue-server.js';

const usage = `Usage: npm run serve -- [--port 4321] [--host 0.0.0.0] [--data ./data] [--empty] [--organizer-local-only] [--allow-host NAME]
  --port N                 port to listen on (0 = any free port; default 4321)
  --host ADDR              interface to bind (default 0.0.0.0: every LAN interface)
  --data DIR               data folder holding panggung.db (default ./data)
  --empty                  do not seed the demo festival into an empty data folder
  --organizer-local-only   accept organizer connections (and the HTTP results export) from this machine only
  --allow-host NAME        a host name the server answers to besides its own addresses, localhost
                           and this machine's name (repeatable; e.g. panggung.lan)
  --max-connections-per-address N   live connections per remote address (default 50)
  --restore-latest         if the database is refused (damaged), move it aside and start from the latest backup
  --standby-of URL         start as the hot standby of the primary at URL (http://HOST:PORT): copy its
                           festival, follow it read-only, take over from the desk (needs --pair)
  --pair CODE              the pairing code shown on the primary's desk
Environment: PANGGUNG_ORGANIZER_KEY sets the organizer key (at least 12 characters, 6 different);
  PANGGUNG_ALLOWED_HOSTS adds host names (comma-separated), like --allow-host;
  PANGGUNG_STANDBY_OF and PANGGUNG_PAIR_CODE, like --standby-of and --pair.`;

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        port: { type: 'string', default: '4321' },
        host: { type: 'string', default: '0.0.0.0' },
        data: { type: 'string', default: './data' },
        empty: { type: 'boolean', default: false },
        'organizer-local-only': { type: 'boolean', default: false },
        'restore-latest': { type: 'boolean', default: false },
        'allow-host': { type: 'string', multiple: true, default: [] },
        'max-connections-per-address': { type: 'string', default: '50' },
        'standby-of': { type: 'string' },
        pair: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (err) {
    console.error(`${(err as Error).message}\n${usage}`);
    process.exit(2);
  }
  if (args.help) {
    console.log(usage);
    return;
  }
  const port = Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be 0-65535\n${usage}`);
    process.exit(2);
  }
  const maxConnections = Number(args['max-connections-per-address']);
  if (!Number.isInteger(maxConnections) || maxConnections < 1) {
    console.error(`--max-connections-per-address must be a whole number >= 1\n${usage}`);
    process.exit(2);
  }
  const allowedHosts = [
    ...args['allow-host'],
    ...(process.env.PANGGUNG_ALLOWED_HOSTS ?? '').split(','),
  ]
    .map((h) => h.trim())
    .filter((h) => h !== '');
  const standbyUrl = args['standby-of'] ?? process.env.PANGGUNG_STANDBY_OF;
  const pairCode = args.pair ?? process.env.PANGGUNG_PAIR_CODE;
  if (standbyUrl !== undefined && (!/^https?:\/\/[^/]+/.test(standbyUrl) || !pairCode)) {
    console.error(`--standby-of needs the primary's http://HOST:PORT and --pair CODE\n${usage}`);
    process.exit(2);
  }
  const standbyOf = standbyUrl && pairCode ? { url: standbyUrl, code: pairCode } : undefined;
  const t0 = performance.now();
  const log = createLogger();
  const dataDir = resolve(args.data);
  const start = () =>
    startVenueServer({
      dataDir,
      port,
      host: args.host,
      seedDemo: !args.empty,
      log,
      organizerKey: process.env.PANGGUNG_ORGANIZER_KEY || undefined,
      organizerLocalOnly: args['organizer-local-only'],
      allowedHosts,
      maxConnectionsPerAddress: maxConnections,
      ...(standbyOf ? { standbyOf } : {}),
    });
  let server;
  try {
    try {
      server = await start();
    } catch (err) {
      if (!(err instanceof DatabaseRefused) || !args['restore-latest'] || err.reason !== 'corrupt')
        throw err;
      const outcome = restoreLatestOffline(dataDir);
      if (!outcome) throw err;
      console.error(
        `Restored ${outcome.restored}; the refused file was kept as ${outcome.movedAside}.`,
      );
      server = await start();
    }
  } catch (err) {
    if (err instanceof WeakOrganizerKey) {
      console.error(err.message);
      process.exit(2);
    }
    if (err instanceof DatabaseRefused) {
      const latest = listBackups(dataDir)[0];
      console.error(`Panggung cannot open the festival database: ${err.message}`);
      console.error('Basis data festival tidak dapat dibuka. Tidak ada yang ditimpa.');
      if (err.reason === 'newer-schema')
        console.error('Update Panggung to open it / Perbarui Panggung untuk membukanya.');
      else if (err.reason === 'unwritable')
        console.error(
          'Folder data hanya-baca. Pilih folder lain dengan --data / Choose a writable folder with --data.',
        );
      else if (latest)
        console.error(
          `Latest backup / cadangan terakhir: ${latest.file}. Start with --restore-latest to move the damaged file aside and use it.`,
        );
      else console.error('No backup found in the backups folder / Tidak ada cadangan.');
      process.exit(3);
    }
    if (err instanceof StandbyFailed) {
      // Refused, unanswered or stalled: the message says why and what to check, in both
      // languages; a stack trace would bury it.
      console.error(err.message);
      process.exit(1);
    }
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`Port ${port} is already in use: choose another with --port.`);
      process.exit(4);
    }
    throw err;
  }
  const bases = [server.urls.local, ...server.urls.lan];
  const lanBase = server.urls.lan[0] ?? server.urls.local;
  console.log(
    `\nPanggung venue server ready in ${Math.round(performance.now() - t0)} ms — data: ${dataDir}`,
  );
  console.log(`  Juri (jurors):      ${lanBase}/juri`);
  console.log(`  Layar (screens):    ${lanBase}/layar?nama=utama`);
  console.log(`  Panitia (organizer): ${lanBase}/panitia`);
  if (bases.length > 1) console.log(`  All addresses:      ${bases.join('  ')}`);
  console.log(`  Organizer key (kunci panitia): ${server.organizerKey}\n`);
  if (standbyOf)
    console.log(
      `  Cadangan dari / standby of ${standbyOf.url}: read-only until "Ambil alih" on this desk.\n`,
    );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('stopping', { signal });
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error('stop failed', { err: String(err) });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
