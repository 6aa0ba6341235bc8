// Screen snapshots (in their compact wire form), built once per (mode, panel) group and
// committed revision, and each
// screen name's mode read once per revision: a flush or a reconnect storm of hundreds of
// screens costs one build per group, not one per screen. Every commit bumps the revision,
// and a change of where the venue lives (a standby paired: no commit) changes the place,
// so a cached view is never stale; only the clock (serverNow) is refreshed on reuse.
import type { ConnectedClient } from '../../../shared/contract/views.js';
import { toScreenWire, type ScreenWire } from '../../../shared/contract/screen-wire.js';
import { defaultScreenMode, type ScreenMode } from '../../../shared/screen-modes.js';
import { placeKey } from '../services/place.js';
import type { Venue } from '../services/venue.js';
import { screenSnapshot } from '../services/views.js';

export type ScreenGroup = { mode: ScreenMode; panelId: string | null };

const defaultGroup: ScreenGroup = { mode: defaultScreenMode, panelId: null };

export function createScreenViews(venue: Venue, joinBase: () => string | null = () => null) {
  let revision = -1;
  let place = '';
  let modes = new Map<string, ScreenGroup>();
  const built = new Map<string, ScreenWire | null>();
  const fresh = () => {
    const at = placeKey(venue.place);
    if (venue.revision === revision && at === place) return;
    revision = venue.revision;
    place = at;
    modes = new Map(
      venue.repos.live.screens().map((s) => [s.name, { mode: s.mode, panelId: s.panelId }]),
    );
    built.clear();
  };
  return {
    groupOf(name: string): ScreenGroup {
      fresh();
      return modes.get(name) ?? defaultGroup;
    },
    snapshot(group: ScreenGroup): ScreenWire | null {
      fresh();
      const key = `${group.mode}|${group.panelId ?? ''}`;
      if (!built.has(key)) {
        const snap = screenSnapshot(venue, group, joinBase());
        built.set(key, snap && toScreenWire(snap));
      }
      const snap = built.get(key) ?? null;
      return snap && { ...snap, serverNow: venue.now() };
    },
  };
}

/**
 * The desk lists jurors and organizers one by one, and screens by name with a count (a
 * thousand audience phones on /publik are one line, not a thousand).
 */
export function summarizeScreens(clients: ConnectedClient[]): ConnectedClient[] {
  const screens = new Map<string, ConnectedClient>();
  const out: ConnectedClient[] = [];
  for (const c of clients) {
    if (c.kind !== 'screen') {
      out.push(c);
      continue;
    }
    const seen = screens.get(c.name);
    if (!seen) screens.set(c.name, { ...c, count: 1 });
    else
      screens.set(c.name, {
        ...seen,
        count: (seen.count ?? 1) + 1,
        address: seen.address === c.address ? seen.address : '*',
        connectedAt: Math.min(seen.connectedAt, c.connectedAt),
        lastSeen: Math.max(seen.lastSeen, c.lastSeen),
        // What the screens of this name show: the latest report of any of them.
        ...(c.showing && (!seen.showing || c.lastSeen >= seen.lastSeen)
          ? { showing: c.showing }
          : {}),
      });
  }
  return [...out, ...screens.values()];
}
