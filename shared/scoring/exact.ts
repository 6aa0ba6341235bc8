// Exact integer helpers on plain numbers, for hot paths where BigInt would allocate.
// Callers guarantee safe integers; anything else falls back to BigInt (see aggregate.ts).
import { divRound } from '../fixed.js';

/** a / b rounded half away from zero, exact for safe integers a and b (b != 0). */
export function divRoundSafe(a: number, b: number): number {
  if (b < 0) return divRoundSafe(-a, -b);
  const neg = a < 0;
  const n = neg ? -a : a;
  let q = Math.floor(n / b);
  let r = n - q * b;
  // The float quotient can be off by one near an integer: correct it on the exact remainder.
  while (r < 0) {
    q -= 1;
    r += b;
  }
  while (r >= b) {
    q += 1;
    r -= b;
  }
  if (2 * r >= b) q += 1;
  return neg ? -q : q;
}

/** Sum of integers, exact: plain numbers while safe, BigInt otherwise. Rounded mean over `den`. */
export function meanRound(values: readonly number[], den: number): number {
  let sum = 0;
  let abs = 0;
  for (const v of values) {
    sum += v;
    abs += v < 0 ? -v : v;
  }
  if (Number.isSafeInteger(abs) && Number.isSafeInteger(den)) return divRoundSafe(sum, den);
  let big = 0n;
  for (const v of values) big += BigInt(v);
  return Number(divRound(big, BigInt(den)));
}
