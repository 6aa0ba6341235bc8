// A network link that a test can cut and mend: a TCP relay on its own loopback port in
// front of a server. `cut()` closes every connection through it and refuses new ones (the
// port is closed, as when a laptop leaves the Wi-Fi); `mend()` listens on the same port
// again, so the peer's own reconnection finds the server.
import { connect, createServer, type Server, type Socket } from 'node:net';

export type CutLink = {
  url: string;
  cut(): Promise<void>;
  mend(): Promise<void>;
  close(): Promise<void>;
};

export async function cutLink(target: string): Promise<CutLink> {
  const to = new URL(target);
  const open = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
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
        }
        inbound.pipe(outbound).pipe(inbound);
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
  return { url: `http://127.0.0.1:${port}`, cut, mend: listen, close: cut };
}
