// What the desk says about the hot standby, as pure functions of the organizer snapshot
// (tested in test/renderer): the primary's view of its standby, the standby's banner,
// the replaced laptop's banner. No socket, no React.
import { standbyBehindAlarmSeconds } from '../../../shared/contract/replica.js';
import type { OrganizerSnapshot, StandbyStatus } from '../../../shared/contract/views.js';

/** Seconds behind from which the primary's desk shows the alarm (the server's threshold). */
export const BEHIND_ALARM_SECONDS = standbyBehindAlarmSeconds;

export type StandbyHealth = 'none' | 'ok' | 'behind' | 'disconnected';

export function standbyHealth(standby: StandbyStatus | null): StandbyHealth {
  if (!standby) return 'none';
  if (!standby.connected) return 'disconnected';
  return standby.behindSeconds >= BEHIND_ALARM_SECONDS ? 'behind' : 'ok';
}

/** Which banner the desk shows on every page, and whether its forms are read-only. */
export type DeskPlace =
  | { kind: 'primary' }
  | {
      kind: 'standby';
      primary: string;
      connected: boolean;
      /** Connected and the primary sends its changes (false: refused, see the alarms). */
      streaming: boolean;
      behindChanges: number;
    }
  | { kind: 'replaced'; elsewhere: string[] };

export function deskPlace(snap: OrganizerSnapshot | null, pageOrigin: string): DeskPlace {
  if (!snap) return { kind: 'primary' };
  if (snap.venue.replaced) {
    // addresses: [primary, standby] as this server sees itself; its own is the one of its
    // role (the page may have opened it by another name, e.g. localhost).
    const own = snap.venue.role === 'primary' ? 0 : 1;
    return {
      kind: 'replaced',
      elsewhere: snap.venue.addresses.filter(
        (a, i) => i !== own && a.replace(/\/+$/, '') !== pageOrigin,
      ),
    };
  }
  if (snap.venue.role === 'standby' && snap.following)
    return {
      kind: 'standby',
      primary: snap.following.primary,
      connected: snap.following.connected,
      streaming: snap.following.streaming,
      behindChanges: snap.following.behindChanges,
    };
  return { kind: 'primary' };
}

/** True when the desk's forms must be disabled (a standby, or a replaced laptop). */
export const isReadOnly = (place: DeskPlace): boolean => place.kind !== 'primary';

/** "10.0.0.2:4321" from "http://10.0.0.2:4321/": what a person reads in a sentence. */
export function shortAddress(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/+$/, '');
}

export const isLoopbackUrl = (url: string): boolean =>
  /^https?:\/\/(localhost|127\.|\[::1\])/i.test(url);
