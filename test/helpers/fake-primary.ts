// A stand-in primary for a standby's failure paths that a real one does not take on cue: a
// real socket.io server on a loopback port whose '/replica' namespace admits any standby
// and answers only the calls a test gives it. A call it is not given is never answered (a
// primary that connects and then hangs); an answer may also drop the connection instead.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket } from 'socket.io';
import type { StandbyOf } from '../../electron/server/replication/standby.js';
import {
  startVenueServer,
  type VenueServer,
  type VenueServerOptions,
} from '../../electron/server/venue-server.js';
import { quietLog, startTestServer } from './server.js';

/** What the fake answers to one call: its reply, or undefined to answer nothing. */
export type FakeAnswer = (payload: unknown, socket: Socket) => unknown;

export type FakePrimary = {
  url: string;
  /** The calls standbys made, in order. */
  asked: string[];
  close(): Promise<void>;
};

export async function fakePrimary(answers: Record<string, FakeAnswer>): Promise<FakePrimary> {
  const http = createServer();
  const io = new Server(http);
  const asked: string[] = [];
  io.of('/replica').on('connection', (socket) => {
    socket.onAny((name: string, ...args: unknown[]) => {
      asked.push(name);
      const ack = args[args.length - 1];
      const reply = answers[name]?.(args[0], socket);
      if (reply !== undefined && typeof ack === 'function') ack(reply);
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    asked,
    close: () => new Promise<void>((resolve) => void io.close(() => resolve())),
  };
}

/**
 * A standby of `of.url` (the real venue server) on `dir`, seeded first with the demo
 * festival, so it resumes from that copy and its desk has something to show. Pairing code
 * ABCD-EFGH (a fake admits any); `more`: other server options (allowedHosts for a browser).
 */
export async function seededStandby(
  of: Omit<StandbyOf, 'code'>,
  dir: string,
  more: Partial<VenueServerOptions> = {},
): Promise<VenueServer> {
  await (await startTestServer({ dataDir: dir })).stop();
  return startVenueServer({
    dataDir: dir,
    port: 0,
    host: '127.0.0.1',
    log: quietLog,
    ...more,
    standbyOf: { code: 'ABCD-EFGH', ...of },
  });
}
