// The desktop shell on the real venue server (port 0, loopback, quiet log) with the fake
// electron API: what the shell tests that need a real server boot.
import { runShell, type Shell } from '../../electron/main/shell.js';
import { createLogger } from '../../electron/server/log.js';
import { startVenueServer } from '../../electron/server/venue-server.js';
import type { createFakeElectron } from './fake-electron.js';

export const shellOnRealServer = async (fake: ReturnType<typeof createFakeElectron>) =>
  (await runShell(fake.electron, {
    startVenueServer,
    preloadPath: '/p.cjs',
    port: 0,
    host: '127.0.0.1',
    log: createLogger({ quiet: true }),
    handleSignals: false,
  })) as Shell;
