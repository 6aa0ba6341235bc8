// A benchmark worker holding many screen connections (forked by bench.ts). It records, per
// connection, every snapshot version and when it arrived on the shared clock; the parent
// later asks, for each commit's version, when the LAST of its screens had it.
import { io, type Socket } from 'socket.io-client';
import { namespaces } from '../../../../shared/contract/events.js';
import { versionOnlyParser } from './light-parser.js';
import { pause, workerGuard } from './proc.js';
import { sharedNow } from './stats.js';

/** bare: the floor's bare server sends no snapshot on connect, so a connection is ready once connected. */
export type ScreenStart = {
  kind: 'start';
  url: string;
  count: number;
  names: string[];
  light: boolean;
  batch: number;
  bare: boolean;
};
export type ScreenReady = {
  kind: 'ready';
  connected: number;
  failed: number;
  snapshotBytes: number;
};
export type ScreenCollect = { kind: 'collect'; targets: number[] };
export type ScreenCollected = {
  kind: 'collected';
  lastAt: number[];
  missing: number[];
  disconnects: number;
  received: number;
  /** Size of every push (snapshot or patch) carrying one of the targets, per screen. */
  bytes: number[];
};

type Conn = { socket: Socket; versions: number[]; times: number[]; sizes: number[] };
const conns: Conn[] = [];
let disconnects = 0;
let snapshotBytes = 0;

workerGuard(15 * 60_000, () => conns.forEach((c) => c.socket.close()));

function open(start: ScreenStart, i: number): Promise<Conn | null> {
  const socket = io(`${start.url}${namespaces.screen}`, {
    auth: { name: start.names[i % start.names.length] },
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    timeout: 20_000,
    ...(start.light ? { parser: versionOnlyParser } : {}),
  });
  const conn: Conn = { socket, versions: [], times: [], sizes: [] };
  return new Promise((resolve) => {
    // Snapshots (on connect, after a gap) and patches: each brings the screen to a version.
    const arrived = (event: string) => (msg: { version: number; bytes?: number }) => {
      const t = sharedNow();
      conn.versions.push(msg.version);
      conn.times.push(t);
      conn.sizes.push(msg.bytes ?? JSON.stringify(msg).length);
      if (event === 'snapshot' && msg.bytes) snapshotBytes = msg.bytes;
      if (conn.versions.length === 1) resolve(conn);
    };
    socket.on('snapshot', arrived('snapshot'));
    socket.on('patch', arrived('patch'));
    socket.on('disconnect', () => disconnects++);
    if (start.bare) socket.once('connect', () => resolve(conn));
    socket.once('connect_error', () => resolve(null));
  });
}

process.on('message', (m: ScreenStart | ScreenCollect) => {
  if (m.kind === 'start') {
    void (async () => {
      let failed = 0;
      for (let i = 0; i < m.count; i += m.batch) {
        const batch = await Promise.all(
          Array.from({ length: Math.min(m.batch, m.count - i) }, (_, k) => open(m, i + k)),
        );
        for (const c of batch)
          if (c) conns.push(c);
          else failed++;
        await pause(5);
      }
      process.send?.({
        kind: 'ready',
        connected: conns.length,
        failed,
        snapshotBytes,
      } satisfies ScreenReady);
    })();
  } else if (m.kind === 'collect') {
    // Versions arrive in order on each connection: one walk per connection over the sorted targets.
    const lastAt = m.targets.map(() => 0);
    const missing = m.targets.map(() => 0);
    let received = 0;
    const bytes: number[] = [];
    const wanted = new Set(m.targets);
    for (const c of conns) {
      received += c.versions.length;
      c.versions.forEach((v, i) => {
        if (wanted.has(v)) bytes.push(c.sizes[i] ?? 0);
      });
      let i = 0;
      m.targets.forEach((target, k) => {
        while (i < c.versions.length && (c.versions[i] ?? 0) < target) i++;
        const t = c.times[i];
        if (t === undefined) missing[k] = (missing[k] ?? 0) + 1;
        else if (t > (lastAt[k] ?? 0)) lastAt[k] = t;
      });
    }
    process.send?.({
      kind: 'collected',
      lastAt,
      missing,
      disconnects,
      received,
      bytes,
    } satisfies ScreenCollected);
  }
});
