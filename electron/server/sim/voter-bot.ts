// A simulated audience phone for people's choice: a real socket.io client on /voter that
// votes the way the page does. A vote is made once (its vote id) and kept until the server
// answers; through a Wi-Fi drop it is sent again with the same id, so a vote that reached
// the server but whose answer was lost is recognised and counted once. `drop` makes the
// phone lose its connection right after sending (the answer may then never come back).
// Used by the reliability test and the bench; every loop is bounded.
import { io, type Socket } from 'socket.io-client';
import type { ErrorEnvelope, Result } from '../../../shared/contract/errors.js';
import { namespaces } from '../../../shared/contract/events.js';
import type { VoteCastInput } from '../../../shared/contract/voting-schemas.js';
import type { VoteCastReply } from '../../../shared/contract/voting-views.js';

export type VoteOutcome =
  | { ok: true; reply: VoteCastReply; attempts: number; ms: number }
  | { ok: false; refusal: ErrorEnvelope; attempts: number; ms: number };

export type VoterBotOptions = {
  url: string;
  /** How long to wait for an answer before the vote is sent again. */
  ackTimeoutMs?: number;
  /** At most this many sends per vote. */
  maxAttempts?: number;
  /** Another loopback source address stands for another phone's address. */
  localAddress?: string;
};

export type VoterBot = {
  socket: Socket;
  /** Sends until answered; `dropAfterSend(attempt)` true drops the connection after that send. */
  vote(input: VoteCastInput, dropAfterSend?: (attempt: number) => boolean): Promise<VoteOutcome>;
  drops(): number;
  close(): void;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function createVoterBot(opts: VoterBotOptions): VoterBot {
  const socket: Socket = io(`${opts.url}${namespaces.voter}`, {
    transports: ['websocket'],
    forceNew: true,
    reconnectionDelay: 50,
    reconnectionDelayMax: 400,
    ...(opts.localAddress === undefined ? {} : { localAddress: opts.localAddress }),
  });
  const ackTimeoutMs = opts.ackTimeoutMs ?? 3000;
  const maxAttempts = opts.maxAttempts ?? 40;
  let drops = 0;

  /** Waits (bounded) until connected: like the page, a vote is never buffered offline. */
  const online = async (): Promise<void> => {
    for (let i = 0; i < 200 && !socket.connected; i++) await sleep(25);
  };

  /** The answer, or null when none came: timed out, or the connection went first. */
  const sendOnce = (input: VoteCastInput): Promise<Result<VoteCastReply> | null> =>
    new Promise((resolve) => {
      const gone = () => resolve(null);
      socket.once('disconnect', gone);
      socket.timeout(ackTimeoutMs).emit('vote:cast', input, (err: Error | null, res: unknown) => {
        socket.off('disconnect', gone);
        resolve(err ? null : (res as Result<VoteCastReply>));
      });
    });

  return {
    socket,
    async vote(input, dropAfterSend) {
      const started = performance.now();
      // Bounded twice: by sends, and by time spent offline waiting to send.
      let attempt = 0;
      for (let waits = 0; attempt < maxAttempts && waits < 60;) {
        await online();
        if (!socket.connected) {
          waits++;
          continue;
        }
        attempt++;
        const answer = sendOnce(input);
        if (dropAfterSend?.(attempt)) {
          drops++;
          // The Wi-Fi goes: the vote may or may not have reached the server.
          socket.io.engine.close();
        }
        const res = await answer;
        if (res === null) continue; // no answer: send the same vote again
        if (!res.ok && res.code === 'RATE_LIMITED') {
          await sleep(100);
          continue;
        }
        const ms = performance.now() - started;
        return res.ok
          ? { ok: true, reply: res.data, attempts: attempt, ms }
          : { ok: false, refusal: res, attempts: attempt, ms };
      }
      throw new Error(`vote ${input.voteId}: no answer after ${attempt} sends`);
    },
    drops: () => drops,
    close: () => socket.close(),
  };
}
