// The socket.io server on the venue's HTTP server, behind the gate: host allow-list,
// connections per address and allowed origins are checked before any namespace sees a
// connection.
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { venuePeers, type Gate } from '../http/gate.js';
import type { Venue } from '../services/venue.js';

export function createIoServer(
  http: HttpServer,
  venue: Venue,
  opts: { gate: Gate; maxHttpBufferSize: number },
): Server {
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
  return io;
}
