// A juror pad reduced to its delivery policy, for fault tests: every sheet goes into an
// outbox with its submission id before it is sent, is re-sent on every (re)connect and
// periodically until acknowledged, and leaves the outbox only on an answer from the server.
import { io, type Socket } from 'socket.io-client';
import type { Result } from '../../shared/contract/errors.js';
import { namespaces } from '../../shared/contract/events.js';
import { randomBytes } from 'node:crypto';
import type { SheetSaveInput } from '../../shared/contract/schemas.js';
import type { JurorSnapshot, SheetSaveReply } from '../../shared/contract/views.js';

export type OutboxPad = {
  socket: Socket;
  latest(): JurorSnapshot | null;
  send(input: SheetSaveInput): void;
  /** Cut the connection (as a Wi-Fi drop does) for about `ms`, then let it come back. */
  drop(ms: number): void;
  pending(): number;
  acked: Map<string, SheetSaveReply>;
  refused: Map<string, string>;
  /** Resolves when the outbox is empty. */
  drained(timeoutMs: number): Promise<void>;
  close(): void;
};

export function outboxPad(url: string, pin: string): OutboxPad {
  const socket = io(`${url}${namespaces.juror}`, {
    // Like the real pad: a device id, so reconnecting over its own stale connection (the
    // server may not have seen the drop yet) is not taken for a second device.
    auth: { pin, device: randomBytes(12).toString('base64url') },
    transports: ['websocket'],
    forceNew: true,
    reconnection: true,
    reconnectionDelay: 50,
    reconnectionDelayMax: 300,
  });
  const outbox = new Map<string, SheetSaveInput>();
  const inFlight = new Set<string>();
  const acked = new Map<string, SheetSaveReply>();
  const refused = new Map<string, string>();
  let latest: JurorSnapshot | null = null;
  socket.on('snapshot', (s: JurorSnapshot) => {
    if (!latest || s.version >= latest.version) latest = s;
  });
  const flushOne = (sid: string) => {
    const input = outbox.get(sid);
    if (!input || inFlight.has(sid) || !socket.connected) return;
    inFlight.add(sid);
    socket
      .timeout(2000)
      .emit('sheet:save', input, (err: Error | null, res: Result<SheetSaveReply>) => {
        inFlight.delete(sid);
        if (err) return; // no answer: it stays in the outbox and goes again
        outbox.delete(sid);
        if (res.ok) acked.set(sid, res.data);
        else refused.set(sid, res.code);
      });
  };
  const flushAll = () => {
    for (const sid of outbox.keys()) flushOne(sid);
  };
  socket.on('connect', flushAll);
  const timer = setInterval(flushAll, 300);
  return {
    socket,
    latest: () => latest,
    send(input) {
      outbox.set(input.submissionId, input);
      flushOne(input.submissionId);
    },
    drop(ms) {
      socket.disconnect();
      inFlight.clear();
      setTimeout(() => socket.connect(), ms);
    },
    pending: () => outbox.size,
    acked,
    refused,
    drained: (timeoutMs) =>
      new Promise((resolve, reject) => {
        const end = Date.now() + timeoutMs;
        const check = setInterval(() => {
          if (outbox.size === 0) {
            clearInterval(check);
            resolve();
          } else if (Date.now() > end) {
            clearInterval(check);
            reject(new Error(`${outbox.size} sheets still waiting`));
          }
        }, 20);
      }),
    close() {
      clearInterval(timer);
      socket.close();
    },
  };
}
