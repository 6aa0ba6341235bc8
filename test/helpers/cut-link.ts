// A network link that a test can cut, stall, slow down and mend: a TCP relay on its own
// loopback port in front of a server. `cut()` closes every connection through it and
// refuses new ones (the port is closed, as when a laptop leaves the Wi-Fi); `mend()`
// listens on the same port again, so the peer's own reconnection finds the server.
// `stall()` keeps every open connection open but lets no more bytes through either way (a
// Wi-Fi that went silent without closing anything); connections made after it flow.
// `throttle(bytesPerSec)` lets at most that many bytes a second through each direction
// of every connection (a slow but working Wi-Fi); null lifts it.
import { connect, createServer, type Server, type Socket } from 'node:net';

export type CutLink = {
  url: string;
  cut(): Promise<void>;
  mend(): Promise<void>;
  stall(): void;
  throttle(bytesPerSec: number | null): void;
  close(): Promise<void>;
};

/** How often a throttled relay forwards its next slice. */
const tickMs = 50;

export async function cutLink(target: string): Promise<CutLink> {
  const to = new URL(target);
  const open = new Set<Socket>();
  const stalled = new WeakSet<Socket>();
  const wakers = new Set<() => void>();
  let rate: number | null = null;
  let server: Server | null = null;
  let port = 0;

  /** Forwards `from` to `dest` at the current rate; a stalled source holds its bytes. */
  const relay = (from: Socket, dest: Socket) => {
    const queue: Buffer[] = [];
    let timer: NodeJS.Timeout | null = null;
    const flush = () => {
      timer = null;
      if (stalled.has(from)) return; // held for good: the source stays paused
      let budget = rate === null ? Infinity : Math.max(1, Math.floor((rate * tickMs) / 1000));
      while (queue.length > 0 && budget > 0) {
        const head = queue[0]!;
        const n = Math.min(head.length, budget);
        dest.write(head.subarray(0, n));
        budget -= n;
        if (n === head.length) queue.shift();
        else queue[0] = head.subarray(n);
      }
      if (queue.length > 0) timer = setTimeout(flush, tickMs);
      else from.resume();
    };
    const wake = () => {
      if (!timer && queue.length > 0) flush();
    };
    wakers.add(wake);
    from.on('close', () => {
      wakers.delete(wake);
      if (timer) clearTimeout(timer);
    });
    from.on('data', (buf: Buffer) => {
      queue.push(buf);
      from.pause();
      if (!timer) flush();
    });
  };

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const srv = createServer((inbound) => {
        const outbound = connect(Number(to.port), to.hostname);
        for (const s of [inbound, outbound]) {
          open.add(s);
          s.on('close', () => open.delete(s));
          s.on('error', () => {
            inbound.destroy();
            outbound.destroy();
          });
          s.on('end', () => {
            inbound.destroy();
            outbound.destroy();
          });
        }
        relay(inbound, outbound);
        relay(outbound, inbound);
      });
      srv.once('error', reject);
      srv.listen(port, '127.0.0.1', () => {
        port = (srv.address() as { port: number }).port;
        server = srv;
        resolve();
      });
    });
  const cut = async () => {
    const srv = server;
    server = null;
    for (const s of open) s.destroy();
    if (srv) await new Promise<void>((r) => srv.close(() => r()));
  };
  await listen();
  return {
    url: `http://127.0.0.1:${port}`,
    cut,
    mend: listen,
    stall: () => open.forEach((s) => stalled.add(s)),
    throttle: (bytesPerSec) => {
      rate = bytesPerSec;
      wakers.forEach((w) => w());
    },
    close: cut,
  };
}
