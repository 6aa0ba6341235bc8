// The floors, measured on the same machine in the same run: a bare socket.io server (no
// auth, no schema, no rate limit) answering 'ping' at once, and 'commit' after one
// durable single-row INSERT (WAL + synchronous=FULL, its own file in the bench folder, on
// the same disk as the festival file). Forked by bench.ts. For the screens' floor it also
// has a bare '/screen' namespace: 'fanout' broadcasts one payload of a given size to every
// connected screen, as the venue pushes a snapshot, and acks. Asked for a relay, it forks a
// second floor server that holds other screens and broadcasts to them when told over IPC,
// so the bench can measure one broadcast split over two processes (the shape a fan-out
// process beside the venue server would have) against the same broadcast from one.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Server } from 'socket.io';
import { forkWorker, workerGuard, type Worker } from './proc.js';

/** relay: a second floor server's role, screens only (no database, no jurors). */
export type FloorStart = { kind: 'start'; dir: string; relay?: boolean };
export type FloorRelayListening = { kind: 'relay-listening'; port: number };
type RelayFanout = { kind: 'fanout'; version: number; bytes: number };
export type FloorListening = { kind: 'listening'; port: number };
export type FloorStats = { kind: 'stats'; commitMs: number[] };

const http = createServer();
const io = new Server(http, { serveClient: false, pingInterval: 5000, pingTimeout: 5000 });
const screens = io.of('/screen');
let db: Database.Database | null = null;
const commitMs: number[] = [];
const pads = new Map<number, string>();
const padOf = (bytes: number) => {
  let p = pads.get(bytes);
  if (p === undefined) pads.set(bytes, (p = 'x'.repeat(Math.max(0, bytes - 40))));
  return p;
};

let relay: Worker | null = null;

workerGuard(15 * 60_000, () => {
  void relay?.stop();
  void io.close();
  db?.close();
});

const listen = () =>
  http.listen(0, '127.0.0.1', () =>
    process.send?.({
      kind: 'listening',
      port: (http.address() as AddressInfo).port,
    } satisfies FloorListening),
  );

process.on(
  'message',
  (m: FloorStart | RelayFanout | { kind: 'stats' | 'relay' | 'relay-stop' }) => {
    if (m.kind === 'start' && m.relay) {
      listen();
    } else if (m.kind === 'fanout') {
      screens.emit('snapshot', { version: m.version, pad: padOf(m.bytes) });
    } else if (m.kind === 'relay') {
      void (async () => {
        relay = forkWorker('floor-server.js', 'floor relay');
        relay.send({ kind: 'start', dir: '', relay: true } satisfies FloorStart);
        const { port } = await relay.next<FloorListening>('listening', 10_000);
        process.send?.({ kind: 'relay-listening', port } satisfies FloorRelayListening);
      })();
    } else if (m.kind === 'relay-stop') {
      void relay?.stop();
      relay = null;
    } else if (m.kind === 'start') {
      db = new Database(join(m.dir, 'floor.db'));
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.exec(
        'CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, v TEXT NOT NULL) STRICT',
      );
      const insert = db.prepare('INSERT INTO t (at, v) VALUES (?, ?)');
      io.on('connection', (socket) => {
        socket.on(
          'fanout',
          (payload: { version: number; bytes: number }, ack: (r: unknown) => void) => {
            // The relay's screens first: the two processes write at the same time.
            relay?.send({ kind: 'fanout', ...payload } satisfies RelayFanout);
            // Same shape as a snapshot: the version first, so the screens' light parser reads it.
            screens.emit('snapshot', { version: payload.version, pad: padOf(payload.bytes) });
            ack({ ok: true });
          },
        );
        socket.on('ping', (_payload: unknown, ack: (r: unknown) => void) => ack({ ok: true }));
        socket.on('commit', (payload: { submissionId?: string }, ack: (r: unknown) => void) => {
          const t0 = performance.now();
          insert.run(Date.now(), String(payload.submissionId ?? ''));
          commitMs.push(performance.now() - t0);
          ack({ ok: true });
        });
      });
      listen();
    } else if (m.kind === 'stats') {
      process.send?.({ kind: 'stats', commitMs: commitMs.splice(0) } satisfies FloorStats);
    }
  },
);
