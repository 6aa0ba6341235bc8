// The floors, measured on the same machine in the same run: a bare socket.io server (no
// auth, no schema, no rate limit) answering 'ping' at once, and 'commit' after one
// durable single-row INSERT (WAL + synchronous=FULL, its own file in the bench folder, on
// the same disk as the festival file). Forked by bench.ts. For the screens' floor it also
// has a bare '/screen' namespace: 'fanout' broadcasts one payload of a given size to every
// connected screen, as the venue pushes a snapshot, and acks.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Server } from 'socket.io';
import { workerGuard } from './proc.js';

export type FloorStart = { kind: 'start'; dir: string };
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

workerGuard(15 * 60_000, () => {
  void io.close();
  db?.close();
});

process.on('message', (m: FloorStart | { kind: 'stats' }) => {
  if (m.kind === 'start') {
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
    http.listen(0, '127.0.0.1', () =>
      process.send?.({
        kind: 'listening',
        port: (http.address() as AddressInfo).port,
      } satisfies FloorListening),
    );
  } else if (m.kind === 'stats') {
    process.send?.({ kind: 'stats', commitMs: commitMs.splice(0) } satisfies FloorStats);
  }
});
