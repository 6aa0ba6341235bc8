// Pushes after commits: every commit's changes are coalesced to the next event-loop turn
// (setImmediate), so the pushes never delay the acknowledgement of the commit that caused
// them. The audience first, then the pads; the organizer's view (the largest: every
// stage, the progress matrix, every connection) at most every 250 ms, always with the
// latest, as a patch from the view each desk holds (organizer-pushes.ts).
import type { Change } from '../services/venue.js';

export type PushTargets = {
  screens: () => void;
  jurors: (changes: Change[]) => void;
  /** The ballot changed (setup, voting opened or closed): phones refetch. */
  ballot: () => void;
  /** Whether any desk is connected. */
  hasOrganizers: () => boolean;
  organizers: () => void;
  safely: (work: () => void) => void;
};

/** A person reads the desk: four views a second are plenty, and each is the largest push. */
export const organizerEveryMs = 250;

export function createPushScheduler(t: PushTargets) {
  let pending: Change[] | null = null;
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
      t.screens();
      t.jurors(changes);
      if (changes.some((c) => c.kind === 'setup' || (c.kind === 'voting' && c.ballot))) t.ballot();
    }
    pushOrganizers();
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
    },
  };
}
