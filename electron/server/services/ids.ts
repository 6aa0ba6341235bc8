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

/** Digits in a new juror PIN: the throttle's bound needs 9 (docs/RELIABILITY.md). */
export const pinDigits = 9;

/**
 * A 9-digit PIN not in `taken`, printed in groups of three ("482 559 037"). Guessing is
 * bounded by the login throttle (login-guard.ts). PINs of older versions (6 digits) keep
 * working until re-issued; the desk is told they are weaker.
 */
export function newPin(taken: Set<string>): string {
  for (;;) {
    const pin = String(randomInt(0, 10 ** pinDigits)).padStart(pinDigits, '0');
    if (!taken.has(pin)) {
      taken.add(pin);
      return pin;
    }
  }
}
