// Random identifiers and juror access codes, from the server's CSPRNG.
import { randomBytes, randomInt } from 'node:crypto';

/** 16 url-safe characters (96 bits). */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}

/** A juror's QR token: 32 url-safe characters (192 bits). */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** A 6-digit PIN not in `taken`. Brute force is throttled by the server (auth.ts). */
export function newPin(taken: Set<string>): string {
  for (;;) {
    const pin = String(randomInt(0, 1_000_000)).padStart(6, '0');
    if (!taken.has(pin)) {
      taken.add(pin);
      return pin;
    }
  }
}
