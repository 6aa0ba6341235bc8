// Screen fan-out after commits: per screen group (mode, panel) the view is built once
// (screen-views.ts) and sent as a patch from the version that group's screens were last
// sent, or in full to a screen name whose group changed and to a group sent nothing yet.
// A screen holding another version than a patch's base asks for a snapshot itself
// (snapshot:get), so a lost or reordered push costs one snapshot, never a wrong view.
// The hub calls this after the juror's acknowledgement went out (pushes are coalesced to
// the next event-loop turn), so the fan-out never delays an ack of the same commit.
import { mainScreen } from '../../../shared/screen-modes.js';
import type { Namespace } from 'socket.io';
import { screenGroupKey, screenPatch } from '../../../shared/contract/screen-patch.js';
import type { ScreenWire } from '../../../shared/contract/screen-wire.js';
import type { SocketData } from './auth.js';
import type { ScreenGroup, createScreenViews } from './screen-views.js';

type Views = ReturnType<typeof createScreenViews>;

export function createScreenPushes(ns: Namespace, views: Views) {
  /** Per group key: the view its screens were last sent (snapshot or patch). */
  const sent = new Map<string, ScreenWire>();
  /** Per screen name: the group key its room was last sent. */
  const nameGroup = new Map<string, string>();

  return {
    /** A screen connected and got `wire`, its group's current view. */
    connected(name: string, group: ScreenGroup, wire: ScreenWire): void {
      const key = screenGroupKey(group);
      if (!nameGroup.has(name)) nameGroup.set(name, key);
      // The first screen of a group: what it holds is what the group was sent.
      if (!sent.has(key)) sent.set(key, wire);
    },
    push(): void {
      if (ns.sockets.size === 0) {
        sent.clear();
        nameGroup.clear();
        return;
      }
      const names = new Set(
        [...ns.sockets.values()].map((s) => (s.data as SocketData).screenName ?? mainScreen),
      );
      const groups = new Map<string, { group: ScreenGroup; names: string[] }>();
      for (const name of names) {
        const group = views.groupOf(name);
        const key = screenGroupKey(group);
        const g = groups.get(key) ?? { group, names: [] };
        g.names.push(name);
        groups.set(key, g);
      }
      for (const [key, g] of groups) {
        const wire = views.snapshot(g.group);
        if (!wire) continue;
        const prev = sent.get(key);
        const patch = prev && prev.version < wire.version ? screenPatch(prev, wire) : null;
        const full: string[] = [];
        const patched: string[] = [];
        const current = prev?.version === wire.version; // nothing new for this group
        for (const name of g.names) {
          const holds = nameGroup.get(name) === key;
          if (holds && current) continue;
          (patch && holds ? patched : full).push(`screen:${name}`);
        }
        if (full.length > 0) ns.to(full).emit('snapshot', wire);
        if (patch && patched.length > 0) ns.to(patched).emit('patch', patch);
        sent.set(key, wire);
        for (const name of g.names) nameGroup.set(name, key);
      }
      // Forget groups and names no screen is in any more.
      for (const key of sent.keys()) if (!groups.has(key)) sent.delete(key);
      for (const name of nameGroup.keys()) if (!names.has(name)) nameGroup.delete(name);
    },
  };
}
