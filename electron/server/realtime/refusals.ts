// Refused calls (who may do what) are written to the audit log. Screens are anonymous:
// a few refusals per address and minute are audited one by one, the rest are summed into
// one row per period by the login watch, so a flood of screens cannot fill the audit log.
import type { AuditInput } from '../db/audit-repo.js';
import type { Logger } from '../log.js';
import type { Venue } from '../services/venue.js';
import type { LoginWatch } from './login-watch.js';

/** Refusals from one screen address audited one by one per minute; the rest are summed. */
export const screenRefusalsPerMinute = 5;

/**
 * The audit of refusals from anonymous addresses (screens, phones): `overShare` counts one
 * for the address and says whether it is past its share this minute (its refusals are then
 * summed by the login watch); `write` adds one audit row.
 */
export function createRefusalAudit(venue: Venue) {
  const perAddress = new Map<string, { minute: number; n: number }>();
  const overShare = (address: string): boolean => {
    const minute = Math.floor(venue.now() / 60_000);
    const seen = perAddress.get(address);
    const n = seen?.minute === minute ? seen.n + 1 : 1;
    perAddress.set(address, { minute, n });
    if (perAddress.size > 10_000) perAddress.clear();
    return n > screenRefusalsPerMinute;
  };
  const write = (row: Omit<AuditInput, 'at'>): void => {
    try {
      venue.repos.audit.add({ at: venue.now(), ...row });
    } catch {
      // Auditing a refusal must not turn into a failure of its own (e.g. a full disk).
    }
  };
  return { overShare, write };
}

export function createRefusals(venue: Venue, log: Logger, watch: LoginWatch) {
  const audit = createRefusalAudit(venue);
  /** `address` is given for anonymous clients (screens), whose refusals are rate-limited. */
  return (who: string, address?: string) => (event: string, code: string) => {
    log.warn('refused call', { who, event: event.slice(0, 60), code });
    if (code === 'RATE_LIMITED') return;
    if (address !== undefined && audit.overShare(address))
      return watch.count({ actor: who, action: 'refused', target: event, address, code });
    audit.write({ actor: who, action: 'refused', target: event.slice(0, 60), new: { code } });
  };
}
