// Throttles failed logins per address and per code (brute force of 6-digit PINs), and
// rate-limits calls per connection (a token bucket).

export type Throttle = {
  /** True when this key is currently blocked. */
  blocked(key: string, now: number): boolean;
  /** Record one failure for the key. */
  fail(key: string, now: number): void;
  clear(key: string): void;
};

export function createThrottle(maxFailures: number, windowMs: number): Throttle {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) =>
    (failures.get(key) ?? []).filter((t) => now - t < windowMs);
  return {
    blocked(key, now) {
      const r = recent(key, now);
      if (r.length === 0) failures.delete(key);
      else failures.set(key, r);
      return r.length >= maxFailures;
    },
    fail(key, now) {
      const r = recent(key, now);
      r.push(now);
      failures.set(key, r);
      if (failures.size > 10_000) failures.delete(failures.keys().next().value as string);
    },
    clear(key) {
      failures.delete(key);
    },
  };
}

/**
 * Calls per connection: a token bucket holding `burst` calls, refilled at `perSec` a
 * second. A fresh connection may make up to 60 calls at once, then 20 a second sustained;
 * a call past that is answered RATE_LIMITED and does nothing. docs/PROTOCOL.md states these
 * figures and test/server/rate-limit.test.ts attacks them.
 */
export const callRateLimit = { perSec: 20, burst: 60 } as const;

export function createBucket(ratePerSec: number, burst: number) {
  let tokens = burst;
  let last = Date.now();
  return (now = Date.now()): boolean => {
    tokens = Math.min(burst, tokens + ((now - last) / 1000) * ratePerSec);
    last = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}
