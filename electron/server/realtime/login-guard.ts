// Throttles failed logins (juror PINs, the organizer key) so that guessing is bounded
// over a whole festival, whatever the attacker does:
// - per address: a few free failures, then an exponential back-off (doubling up to a cap);
//   an address's failures are forgotten only after a quiet period, never by a success
//   (a juror who knows their own PIN cannot alternate it with guesses);
// - venue-wide: at most `venueFailures` failures in any `venueWindowMs` across every
//   address (many laptops, or one laptop with many addresses, share one budget).
// While blocked, the code is not even looked at, so a blocked guess learns nothing.

export type GuardLimits = {
  /** Failures an address may make; the last of them starts its back-off. */
  freePerAddress: number;
  /** Wait after the first failure past the free ones; doubles with each further failure. */
  backoffMs: number;
  maxBackoffMs: number;
  /** An address's count is forgotten after this long without a failure. */
  forgetMs: number;
  venueFailures: number;
  venueWindowMs: number;
};

export type Verdict =
  { allowed: true } | { allowed: false; scope: 'address' | 'venue'; retryAfterMs: number };

type AddressState = { failures: number; last: number; blockedUntil: number };

const maxAddresses = 10_000;

/** Juror PINs: about one failure a minute for the whole venue (see docs/RELIABILITY.md). */
export const jurorPinLimits: GuardLimits = {
  freePerAddress: 5,
  backoffMs: 30_000,
  maxBackoffMs: 15 * 60_000,
  forgetMs: 60 * 60_000,
  venueFailures: 60,
  venueWindowMs: 60 * 60_000,
};

/** The organizer key: stricter (there is one key, and the desk rarely mistypes it). */
export const organizerKeyLimits: GuardLimits = {
  freePerAddress: 5,
  backoffMs: 30_000,
  maxBackoffMs: 15 * 60_000,
  forgetMs: 60 * 60_000,
  venueFailures: 30,
  venueWindowMs: 60 * 60_000,
};

/**
 * Ballot tickets (people's choice): 50-bit codes, typed on phones by a hall of visitors,
 * so more room for typos than PINs; guessing stays hopeless (docs/PEOPLES-CHOICE.md).
 */
export const ticketGuessLimits: GuardLimits = {
  freePerAddress: 10,
  backoffMs: 30_000,
  maxBackoffMs: 15 * 60_000,
  forgetMs: 60 * 60_000,
  venueFailures: 300,
  venueWindowMs: 60 * 60_000,
};

export function createLoginGuard(limits: GuardLimits) {
  const addresses = new Map<string, AddressState>();
  /** Times of the venue's recent failures, oldest first. */
  const venue: number[] = [];
  const prune = (now: number) => {
    while (venue.length > 0 && now - (venue[0] ?? 0) >= limits.venueWindowMs) venue.shift();
  };
  const stateOf = (address: string, now: number): AddressState | undefined => {
    const s = addresses.get(address);
    if (s && now - s.last >= limits.forgetMs && now >= s.blockedUntil) {
      addresses.delete(address);
      return undefined;
    }
    return s;
  };

  return {
    /** May this address try now? `venueWide` false: only its own back-off counts. */
    check(address: string, now: number, venueWide = true): Verdict {
      const s = stateOf(address, now);
      if (s && now < s.blockedUntil)
        return { allowed: false, scope: 'address', retryAfterMs: s.blockedUntil - now };
      if (!venueWide) return { allowed: true };
      prune(now);
      if (venue.length >= limits.venueFailures)
        return {
          allowed: false,
          scope: 'venue',
          retryAfterMs: (venue[0] ?? now) + limits.venueWindowMs - now,
        };
      return { allowed: true };
    },

    /** One failed attempt; `venueWide` false for failures that are no guess (a QR token). */
    fail(address: string, now: number, venueWide = true): void {
      const s = stateOf(address, now) ?? { failures: 0, last: now, blockedUntil: 0 };
      s.failures += 1;
      s.last = now;
      const past = s.failures - limits.freePerAddress;
      if (past >= 0)
        s.blockedUntil = now + Math.min(limits.backoffMs * 2 ** past, limits.maxBackoffMs);
      addresses.delete(address);
      addresses.set(address, s);
      if (addresses.size > maxAddresses) addresses.delete(addresses.keys().next().value as string);
      if (venueWide) {
        prune(now);
        venue.push(now);
      }
    },

    /** Failures counted against the venue budget in the current window. */
    venueCount(now: number): number {
      prune(now);
      return venue.length;
    },
  };
}
