// Failed logins and anonymous refusals, audited in aggregate: one audit row per kind and
// period (counts, addresses, codes) instead of a row per attempt, so a flood cannot fill
// the audit log. A spike of failed logins raises an alarm on the organizer's desk.
import type { Logger } from '../log.js';
import type { AlarmText, Venue } from '../services/venue.js';

type Tally = {
  actor: string;
  action: string;
  target: string;
  count: number;
  from: number;
  to: number;
  addresses: Map<string, number>;
  codes: Map<string, number>;
};

const topAddresses = 10;

export function createLoginWatch(venue: Venue, log: Logger, everyMs: number) {
  const tallies = new Map<string, Tally>();
  const lastAlarm = new Map<string, number>();

  function flush(): void {
    if (tallies.size === 0) return;
    const rows = [...tallies.values()];
    tallies.clear();
    for (const t of rows) {
      const addresses = [...t.addresses.entries()].sort((a, b) => b[1] - a[1]);
      try {
        venue.repos.audit.add({
          at: t.to,
          actor: t.actor,
          action: t.action,
          target: t.target,
          new: {
            count: t.count,
            from: t.from,
            to: t.to,
            codes: Object.fromEntries(t.codes),
            addressCount: addresses.length,
            addresses: Object.fromEntries(addresses.slice(0, topAddresses)),
          },
        });
      } catch (err) {
        // Auditing must not turn into a failure of its own (e.g. a full disk).
        log.warn('audit summary not written', { err: String(err) });
      }
    }
  }
  const timer = setInterval(flush, everyMs);
  timer.unref();

  return {
    /** Counts one event into the current period's row for (actor, action, target). */
    count(e: { actor: string; action: string; target: string; address: string; code: string }) {
      const key = `${e.actor}|${e.action}|${e.target}`;
      const now = venue.now();
      const t = tallies.get(key) ?? {
        actor: e.actor,
        action: e.action,
        target: e.target,
        count: 0,
        from: now,
        to: now,
        addresses: new Map<string, number>(),
        codes: new Map<string, number>(),
      };
      t.count += 1;
      t.to = now;
      if (t.addresses.size < 1000 || t.addresses.has(e.address))
        t.addresses.set(e.address, (t.addresses.get(e.address) ?? 0) + 1);
      t.codes.set(e.code, (t.codes.get(e.code) ?? 0) + 1);
      tallies.set(key, t);
    },

    /** Raises a desk alarm, at most once per `quietMs` for the same kind. */
    alarm(kind: string, messages: AlarmText, quietMs = 10 * 60_000): void {
      const now = venue.now();
      if (now - (lastAlarm.get(kind) ?? -Infinity) < quietMs) return;
      lastAlarm.set(kind, now);
      log.warn('alarm', { kind, message: messages.en });
      venue.raiseAlarm(kind, messages);
    },

    flush,
    stop(): void {
      clearInterval(timer);
      flush();
    },
  };
}
export type LoginWatch = ReturnType<typeof createLoginWatch>;
