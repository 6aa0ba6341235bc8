// Small lookups over the organizer snapshot shared by the live and results pages.
import type { Alarm, OrganizerSnapshot } from '../../../shared/contract/views.js';
import type { Entry, Id } from '../../../shared/model.js';

export const byId = <T extends { id: Id }>(items: readonly T[]) =>
  new Map(items.map((x) => [x.id, x]));

/**
 * An entry's code and whole title as the title attribute (the tooltip) of a cell that may cut
 * the title to fit (ellipsis): where a title is cut, hovering it reads it in full.
 */
export const entryHover = (e: Pick<Entry, 'code' | 'title'> | undefined) =>
  e ? `${e.code} ${e.title}` : undefined;

/** A panel's entries in running order. */
export const panelEntries = (snap: OrganizerSnapshot, panelId: Id): Entry[] =>
  snap.entries.filter((e) => e.panelId === panelId).sort((a, b) => a.order - b.order);

export const panelJurors = (snap: OrganizerSnapshot, panelId: Id) =>
  snap.jurors.filter((j) => j.panelId === panelId);

/** Server clock offset: the snapshot's serverNow against this laptop's clock on arrival. */
const offsets = new WeakMap<object, number>();
export function serverOffset(snap: OrganizerSnapshot): number {
  let o = offsets.get(snap);
  if (o === undefined) {
    o = snap.serverNow - Date.now();
    offsets.set(snap, o);
  }
  return o;
}

export const shortTime = (ms: number, lng: string) =>
  new Date(ms).toLocaleTimeString(lng === 'en' ? 'en-GB' : 'id-ID', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

/**
 * When an alarm was raised: its time on the day it is read (`now`: the server's clock), its
 * date too when older (alarms outlive a restart: yesterday's backup failure says so).
 */
export function alarmWhen(ms: number, now: number, lng: string): string {
  const day = (t: number) => new Date(t).toDateString();
  return day(ms) === day(now) ? shortTime(ms, lng) : dateTime(ms, lng);
}

export const dateTime = (ms: number, lng: string) =>
  new Date(ms).toLocaleString(lng === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'medium',
    timeStyle: 'medium',
  });

/** Names of the jurors whose submitted sheet an entry still lacks in a stage (engine's count). */
export const missingJurorNames = (snap: OrganizerSnapshot, stageId: Id, entryId: Id): string[] => {
  const row = snap.standings[stageId]?.overall.find((r) => r.entryId === entryId);
  const jurors = byId(snap.jurors);
  return (row?.missingJurorIds ?? []).map((id) => jurors.get(id)?.name ?? id);
};

/** The desk shows the newest alarms first, at most `n` (whatever order the snapshot has). */
export const newestAlarms = (alarms: Alarm[], n = 5) =>
  [...alarms].sort((a, b) => b.at - a.at).slice(0, n);

/** An alarm's identity on the desk (the server keeps no id): its code and its time. */
export const alarmId = (a: Alarm) => `${a.code}@${a.at}`;

/**
 * What the desk's alarm box shows: the five newest alarms the organizer has not hidden, and
 * how many of the current ones are hidden. Hidden is a set of alarms, not a time: an alarm
 * raised later shows the box again even from a server whose clock is behind (a standby
 * after a take-over).
 */
export function alarmView(alarms: Alarm[], hidden: ReadonlySet<string>) {
  const fresh = alarms.filter((a) => !hidden.has(alarmId(a)));
  return { shown: newestAlarms(fresh), hidden: alarms.length - fresh.length };
}
