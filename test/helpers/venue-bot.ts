// A pad or screen that follows the venue as the pages do (renderer/common/socket-client.ts
// with the rules of renderer/common/venue-follow.ts): it learns the venue's addresses and
// epoch from every snapshot; when its server is gone it tries the other addresses in turn
// (the current one last), keeps the first one in role primary whose epoch is not below the
// highest seen, and repeats the round until one is found (a person has to take over).
// Bounded: a search that finds nothing before `deadline` fails the test that awaits it.
import { randomBytes } from 'node:crypto';
import type { Result } from '../../shared/contract/errors.js';
import type { JurorSnapshot, ScreenSnapshot } from '../../shared/contract/views.js';
import {
  candidates,
  judge,
  learn,
  unknownVenue,
  type KnownVenue,
} from '../../renderer/common/venue-follow.js';
import { connect, type Client } from './server.js';

type BotAudience = 'juror' | 'screen';
type Snap<A extends BotAudience> = A extends 'juror' ? JurorSnapshot : ScreenSnapshot;

export type VenueBot<A extends BotAudience> = {
  /** The server followed now (an origin), or null while searching. */
  origin(): string | null;
  client(): Client<A> | null;
  known(): KnownVenue;
  /** Resolves with the client once the bot follows a server whose snapshot satisfies `pred`. */
  settled(pred: (s: Snap<A>) => boolean, timeoutMs: number): Promise<Client<A>>;
  /** A call on the followed server; null when it got no answer (server gone or searching). */
  call: A extends 'juror'
    ? (name: 'sheet:save', payload: unknown) => Promise<Result<{ duplicate: boolean }> | null>
    : never;
  close(): void;
};

const probeWithinMs = 3000;
const roundPauseMs = 150;

export async function venueBot<A extends BotAudience>(
  url: string,
  audience: A,
  auth: object,
  deadline: () => number,
): Promise<VenueBot<A>> {
  // Like the real pad: one device id, so a reconnect over a stale session is not a second device.
  const fullAuth =
    audience === 'juror' ? { ...auth, device: randomBytes(12).toString('base64url') } : auth;
  let known: KnownVenue = unknownVenue;
  let current: Client<A> | null = null;
  let origin: string | null = null;
  let closed = false;
  let failure: Error | null = null;
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());

  const attach = (c: Client<A>, at: string, snap: Snap<A>) => {
    current = c;
    origin = at;
    known = learn(known, snap.venue);
    const seen = () => {
      const s = c.latest() as Snap<A> | null;
      if (s && current === c) known = learn(known, s.venue);
      changed();
    };
    c.socket.on('snapshot', seen);
    c.socket.on('patch', seen);
    c.socket.on('disconnect', (reason) => {
      if (current !== c || closed) return;
      if (process.env.PANGGUNG_DEBUG) console.log(`${audience} lost ${at}: ${reason}`);
      current = null;
      void search(at);
    });
    changed();
  };

  /** One server: its first snapshot decides whether the bot stays. */
  const probe = async (at: string): Promise<boolean> => {
    let c: Client<A>;
    try {
      c = await connect(at, audience, fullAuth);
    } catch {
      return false;
    }
    try {
      const snap = (await c.waitFor(() => true, probeWithinMs)) as Snap<A>;
      if (!closed && judge(known, snap.venue, true) === 'follow') {
        attach(c, at, snap);
        return true;
      }
    } catch {
      // no snapshot in time: not this one
    }
    c.close();
    return false;
  };

  async function search(lost: string): Promise<void> {
    while (!closed && Date.now() < deadline()) {
      for (const at of candidates(known, lost, '')) if (!closed && (await probe(at))) return;
      await new Promise((r) => setTimeout(r, roundPauseMs));
    }
    if (!closed) failure = new Error(`${audience} found no primary before the deadline`);
    changed();
  }

  const first = await connect(url, audience, fullAuth);
  attach(first, url, (await first.waitFor(() => true, 10_000)) as Snap<A>);

  const bot = {
    origin: () => origin,
    client: () => current,
    known: () => known,
    settled: (pred: (s: Snap<A>) => boolean, timeoutMs: number) =>
      new Promise<Client<A>>((resolve, reject) => {
        const check = () => {
          const s = current?.latest() as Snap<A> | null | undefined;
          if (current && s && pred(s)) done(() => resolve(current!));
          else if (failure) done(() => reject(failure!));
        };
        const timer = setTimeout(() => {
          const s = current?.latest();
          const at = `on ${origin ?? 'nothing'}, holding ${s ? `version ${s.version} of epoch ${s.venue.epoch} (${s.venue.role})` : 'no snapshot'}`;
          done(() => reject(new Error(`${audience} did not settle in ${timeoutMs} ms: ${at}`)));
        }, timeoutMs);
        // Screens' patches may be applied after a fetch: look again now and then too.
        const poll = setInterval(check, 100);
        const done = (then: () => void) => {
          clearTimeout(timer);
          clearInterval(poll);
          listeners.delete(check);
          then();
        };
        listeners.add(check);
        check();
      }),
    call: (name: string, payload: unknown) => {
      const c = current;
      if (!c) return Promise.resolve(null);
      return new Promise((resolve) => {
        const gone = () => resolve(null);
        c.socket.once('disconnect', gone);
        (c as unknown as Client<'juror'>)
          .call(name as 'sheet:save', payload as never)
          .then(
            (r) => resolve(r),
            () => resolve(null),
          )
          .finally(() => c.socket.off('disconnect', gone));
      });
    },
    close() {
      closed = true;
      current?.close();
      current = null;
      listeners.clear();
    },
  };
  return bot as unknown as VenueBot<A>;
}
