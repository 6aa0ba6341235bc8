// Pushes after commits: every commit's changes are coalesced to the next event-loop turn
// (setImmediate), so the pushes never delay the acknowledgement of the commit that caused
// them; their work then runs in pieces, one per event-loop turn (turns.ts). The audience
// first, then the pads; the organizer's view (the largest: every
// stage, the progress matrix, every connection) at most every 250 ms, always with the
// latest, as a patch from the view each desk holds (organizer-pushes.ts). Votes alone (a
// turnout counter on the screens) reach the screens at most every 100 ms: a thousand
// phones voting at once are ten fan-outs a second, not a thousand; a sheet's push goes
// at once and carries the votes counted so far. A change of where the venue lives (no
// commit: a standby paired, a take-over, this server replaced) goes to every screen, pad,
// phone and desk at once: each gets its view whole with the new `venue`.
import type { Change } from '../services/venue.js';

export type PushTargets = {
  screens: () => void;
  jurors: (changes: Change[]) => void;
  /** The ballot changed (setup, voting opened or closed): phones refetch. */
  ballot: () => void;
  /** Where the venue lives changed: phones are told (voters have no other view). */
  venue: () => void;
  /** Whether any desk is connected. */
  hasOrganizers: () => boolean;
  organizers: () => void;
  safely: (work: () => void) => void;
};

/** A person reads the desk: four views a second are plenty, and each is the largest push. */
export const organizerEveryMs = 250;

/** Screens' pushes for votes alone: at most this often. */
export const votesEveryMs = 100;

const voteOnly = (c: Change) => c.kind === 'voting' && !c.ballot;

export function createPushScheduler(t: PushTargets) {
  let pending: Change[] | null = null;
  let screensTimer: NodeJS.Timeout | null = null;
  let screensAt = 0;
  let organizerTimer: NodeJS.Timeout | null = null;
  let organizerSentAt = 0;

  function schedule(changes: Change[]): void {
    if (pending) {
      pending.push(...changes);
      return;
    }
    pending = [...changes];
    setImmediate(flush);
  }
  function flush(): void {
    const changes = pending ?? [];
    pending = null;
    t.safely(() => push(changes));
  }
  function push(changes: Change[]): void {
    if (changes.length > 0) {
      if (changes.every(voteOnly)) screensSoon();
      else screensNow();
      t.jurors(changes);
      if (changes.some((c) => c.kind === 'setup' || (c.kind === 'voting' && c.ballot))) t.ballot();
      else if (changes.some((c) => c.kind === 'venue')) t.venue();
    }
    pushOrganizers();
  }
  function screensNow(): void {
    if (screensTimer) clearTimeout(screensTimer);
    screensTimer = null;
    screensAt = Date.now();
    t.safely(() => t.screens());
  }
  function screensSoon(): void {
    if (screensTimer) return;
    const wait = screensAt + votesEveryMs - Date.now();
    if (wait <= 0) screensNow();
    else screensTimer = setTimeout(screensNow, wait);
  }
  function pushOrganizers(): void {
    if (!t.hasOrganizers() || organizerTimer) return;
    const send = () => {
      organizerTimer = null;
      organizerSentAt = Date.now();
      t.safely(() => t.organizers());
    };
    const wait = organizerSentAt + organizerEveryMs - Date.now();
    if (wait <= 0) send();
    else organizerTimer = setTimeout(send, wait);
  }
  return {
    schedule,
    stop(): void {
      if (organizerTimer) clearTimeout(organizerTimer);
      if (screensTimer) clearTimeout(screensTimer);
    },
  };
}
