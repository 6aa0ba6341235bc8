// Starts the venue server on the festival's well-known port (4321, what jurors type),
// falling back to any free port when 4321 is taken (another app, a second Panggung).
import type { startVenueServer, VenueServer } from '../server/venue-server.js';
import type { Logger } from './logger.js';

export const PREFERRED_PORT = 4321;

export type StartVenueServer = typeof startVenueServer;
export type StartOptions = Parameters<StartVenueServer>[0];

function isPortProblem(err: unknown): boolean {
  const code =
    typeof err === 'object' && err !== null && 'code' in err
      ? (err as { code: unknown }).code
      : undefined;
  return code === 'EADDRINUSE' || code === 'EACCES';
}

export async function startWithFallback(
  start: StartVenueServer,
  options: Omit<StartOptions, 'port'> & { port?: number },
  log: Logger,
): Promise<VenueServer> {
  const port = options.port ?? PREFERRED_PORT;
  try {
    return await start({ ...options, port });
  } catch (err) {
    if (port === 0 || !isPortProblem(err)) throw err;
    log.warn('port not available; using a free port instead', { port });
    return await start({ ...options, port: 0 });
  }
}
