// Rate-limits calls per connection (a token bucket). Failed logins are throttled by the
// login guards (login-guard.ts).

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
