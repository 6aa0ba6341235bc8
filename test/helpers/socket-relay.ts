// The page's socket.io WebSockets relayed through Playwright, so a test can hold back the
// server's frames (an answer that has not arrived yet) or drop a socket (a Wi-Fi drop).
import type { BrowserContext, WebSocketRoute } from 'playwright-core';

export type Gate = {
  open(): void;
  /** Resolves with the first frame the gate held back. */
  caught: Promise<string>;
};

export type SocketRelay = {
  /** Holds back the server's frames `match` accepts (in order) until the gate is opened. */
  gate(match: (frame: string) => boolean): Gate;
  /**
   * Drops the page's sockets that joined `namespace` (e.g. '/voter'), as a Wi-Fi drop would:
   * socket.io on the page sees its connection close and reconnects by itself.
   */
  cut(namespace: string): void;
};

/**
 * Relays the page's socket.io WebSockets through Playwright (one per client: socket-client.ts
 * opens each with forceNew), so a test can hold back the server's frames or drop a socket.
 */
export async function socketRelay(context: BrowserContext): Promise<SocketRelay> {
  const gates: Array<{
    holds: (m: string) => boolean;
    hold: (send: () => void, m: string) => void;
  }> = [];
  const sockets: Array<{ joined: string[]; drop(): void }> = [];
  await context.routeWebSocket(/\/socket\.io\//, (ws: WebSocketRoute) => {
    const server = ws.connectToServer();
    const socket = {
      joined: [] as string[],
      drop: () => {
        void ws.close({ code: 1001, reason: 'cut by the test' });
        void server.close({ code: 1001, reason: 'cut by the test' });
      },
    };
    sockets.push(socket);
    ws.onMessage((m) => {
      // A socket.io CONNECT to a namespace: "40/voter,{...auth}".
      const join = typeof m === 'string' ? /^40(\/[^,]*),/.exec(m) : null;
      if (join) socket.joined.push(join[1]!);
      server.send(m);
    });
    server.onMessage((m) => {
      const text = typeof m === 'string' ? m : null;
      const gate = text === null ? undefined : gates.find((g) => g.holds(text));
      if (gate && text !== null) gate.hold(() => ws.send(m), text);
      else ws.send(m);
    });
    ws.onClose((code, reason) => void server.close({ code, reason }));
    server.onClose((code, reason) => void ws.close({ code, reason }));
  });
  return {
    gate(match) {
      let closed = true;
      const queue: Array<() => void> = [];
      let caught!: (frame: string) => void;
      const arrived = new Promise<string>((resolve) => (caught = resolve));
      gates.push({
        holds: (m) => closed && match(m),
        hold: (send, m) => {
          queue.push(send);
          caught(m);
        },
      });
      return {
        caught: arrived,
        open: () => {
          closed = false;
          queue.splice(0).forEach((send) => send());
        },
      };
    },
    cut(namespace) {
      for (const s of sockets.splice(0)) {
        if (s.joined.includes(namespace)) s.drop();
        else sockets.push(s);
      }
    },
  };
}

/** socketRelay's gates alone. */
export async function frameGates(
  context: BrowserContext,
): Promise<(match: (frame: string) => boolean) => Gate> {
  const relay = await socketRelay(context);
  return (match) => relay.gate(match);
}
