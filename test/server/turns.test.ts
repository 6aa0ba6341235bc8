// The pushes' lane (turns.ts): pieces run first in, first out, one per event-loop turn, and
// a piece that throws is reported without stopping the ones after it; the screens' pieces
// go ahead of the others waiting; the desk's push (organizer-pushes.ts) is three pieces, so
// a sheet waits for a third of its work.
import { describe, expect, it } from 'vitest';
import type { Namespace } from 'socket.io';
import { createOrganizerPushes } from '../../electron/server/realtime/organizer-pushes.js';
import {
  createScreenPushes,
  screensPerSlice,
} from '../../electron/server/realtime/screen-pushes.js';
import type { createScreenViews } from '../../electron/server/realtime/screen-views.js';
import { createTurns, type Turns } from '../../electron/server/realtime/turns.js';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';

/** Enough of a desk's view for a diff to be smaller than the whole. */
const festivalView = {
  venue: { epoch: 1 },
  standings: {},
  entries: Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, title: `Inovasi ${i}` })),
};

describe('the pushes lane', () => {
  it('runs one piece per event-loop turn, in order, past a piece that throws', async () => {
    const errors: unknown[] = [];
    const turns = createTurns((err) => errors.push(err));
    const log: string[] = [];
    // An immediate queued now runs in the next turn, like an incoming sheet's callback: it
    // must come between the first piece and the second, not after all of them.
    turns.queue(() => {
      log.push('a');
      turns.queue(() => log.push('queued by a'));
    });
    turns.queue(() => {
      throw new Error('b failed');
    });
    turns.queue(() => log.push('c'));
    setImmediate(() => {
      log.push('other 1');
      setImmediate(() => log.push('other 2'));
    });
    await expect.poll(() => turns.pending === 0 && log.includes('queued by a')).toBe(true);
    expect(log).toEqual(['a', 'other 1', 'other 2', 'c', 'queued by a']);
    expect(errors).toHaveLength(1);
  });

  it("runs the screens' pieces before every other piece waiting, each queue in its order", async () => {
    const turns = createTurns((err) => {
      throw err;
    });
    const log: string[] = [];
    turns.queue(() => {
      log.push('pad 1');
      // Queued while the others wait: still ahead of them.
      turns.queueFirst(() => log.push('slice 3'));
    });
    turns.queue(() => log.push('pad 2'));
    turns.queue(() => log.push('desk'));
    turns.queueFirst(() => log.push('slice 1'));
    turns.queueFirst(() => log.push('slice 2'));
    expect(turns.pending).toBe(5);
    await expect.poll(() => turns.pending).toBe(0);
    expect(log).toEqual(['slice 1', 'slice 2', 'pad 1', 'slice 3', 'pad 2', 'desk']);
  });
});

describe("the screens' fan-out in the lane", () => {
  it("goes out before the desk's push that was waiting when it began", async () => {
    const turns = createTurns((err) => {
      throw err;
    });
    const log: string[] = [];
    const desks = {
      sockets: new Map([['desk-1', {}]]),
      to: () => ({ emit: (event: string) => log.push(`desk ${event}`) }),
    } as unknown as Namespace;
    let n = 0;
    const desk = createOrganizerPushes(
      desks,
      () => {
        log.push('desk build');
        n += 1;
        return { ...festivalView, progress: { n } } as unknown as OrganizerSnapshot;
      },
      turns,
    );
    desk.full('desk-1');
    // Three slices of screens, all named "utama".
    const ids = Array.from({ length: screensPerSlice * 3 }, (_, i) => `s${i}`);
    const screens = {
      sockets: new Map(ids.map((id) => [id, { data: { screenName: 'utama' } }])),
      adapter: { rooms: new Map([['screen:utama', new Set(ids)]]) },
      to: (to: string[]) => ({ emit: (event: string) => log.push(`${to.length} ${event}`) }),
    } as unknown as Namespace;
    const group = { mode: 'leaderboard', panelId: null } as const;
    const views = {
      groupOf: () => group,
      snapshot: () => ({ version: 1, venue: { epoch: 1 }, screen: group }),
    } as unknown as ReturnType<typeof createScreenViews>;
    const fanOut = createScreenPushes(screens, views, turns);
    log.length = 0;
    desk.push(); // a commit's desk push, waiting in the lane
    fanOut.push(); // the next commit's screens
    await expect.poll(() => log.includes('desk patch')).toBe(true);
    const slice = `${screensPerSlice} snapshot`;
    expect(log).toEqual([slice, slice, slice, 'desk build', 'desk patch']);
  });
});

describe("the desk's push in the lane", () => {
  it('builds, reads back, then diffs and sends, each in its own piece', async () => {
    const turns = createTurns((err) => {
      throw err;
    });
    const log: string[] = [];
    // Every piece the desk's push queues, as it runs.
    const counted: Turns = {
      queue: (work) =>
        turns.queue(() => {
          log.push('piece');
          work();
        }),
      queueFirst: (work) => turns.queueFirst(work),
      get pending() {
        return turns.pending;
      },
      clear: () => turns.clear(),
    };
    const ns = {
      sockets: new Map([['desk-1', {}]]),
      to: () => ({ emit: (event: string) => log.push(`emit ${event}`) }),
    } as unknown as Namespace;
    let n = 0;
    const build = () => {
      log.push('build');
      n += 1;
      return { ...festivalView, progress: { n } } as unknown as OrganizerSnapshot;
    };
    const pushes = createOrganizerPushes(ns, build, counted);
    pushes.full('desk-1');
    log.length = 0;
    pushes.push();
    await expect.poll(() => log.filter((x) => x.startsWith('emit')).length).toBe(1);
    expect(log).toEqual(['piece', 'build', 'piece', 'piece', 'emit patch']);
  });
});
