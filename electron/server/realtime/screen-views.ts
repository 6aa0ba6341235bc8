// Screen snapshots (in their compact wire form), built once per (mode, panel) group and
// committed revision, and each
// screen name's mode read once per revision: a flush or a reconnect storm of hundreds of
// screens costs one build per group, not one per screen. Every commit bumps the revision,
// so a cached view is never stale; only the clock (serverNow) is refreshed on reuse.
import { toScreenWire, type ScreenWire } from '../../../shared/contract/screen-wire.js';
import type { ScreenMode } from '../../../shared/model.js';
import type { Venue } from '../services/venue.js';
import { screenSnapshot } from '../services/views.js';

export type ScreenGroup = { mode: ScreenMode; panelId: string | null };

const defaultGroup: ScreenGroup = { mode: 'leaderboard', panelId: null };

export function createScreenViews(venue: Venue) {
  let revision = -1;
  let modes = new Map<string, ScreenGroup>();
  const built = new Map<string, ScreenWire | null>();
  const fresh = () => {
    if (venue.revision === revision) return;
    revision = venue.revision;
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
        const snap = screenSnapshot(venue, group);
        built.set(key, snap && toScreenWire(snap));
      }
      const snap = built.get(key) ?? null;
      return snap && { ...snap, serverNow: venue.now() };
    },
  };
}
