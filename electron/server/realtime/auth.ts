// Handshake authentication for the three audiences (and the organizer key over HTTP). A
// refused handshake fails with a connect_error whose `data` is the error envelope. Failed
// PINs and keys go through the login guards (login-guard.ts: per address and venue-wide,
// never reset by a success) and are audited in aggregate; the key is compared in constant
// time and never logged. A juror already connected on another device is refused.
import { mainScreen, screenNamePattern } from '../../../shared/screen-modes.js';
import { normalizeText } from '../../../shared/text-safety.js';
import { timingSafeEqual } from 'node:crypto';
import type { Socket } from 'socket.io';
import { fail, type ErrorCode } from '../../../shared/contract/errors.js';
import type { Audience } from '../../../shared/contract/namespaces.js';
import { jurorAuthSchema } from '../../../shared/contract/schemas.js';
import { findJurorByPin, findJurorByToken } from '../db/setup-repo.js';
import type { Venue } from '../services/venue.js';
import {
  createLoginGuard,
  jurorPinLimits,
  organizerKeyLimits,
  type GuardLimits,
  type Verdict,
} from './login-guard.js';
import type { LoginWatch } from './login-watch.js';

export type SocketData = {
  kind: Audience;
  jurorId?: string;
  /** The code the juror joined with, so a re-issued or revoked code ends the session. */
  jurorCode?: { pin?: string; token?: string };
  /** The pad's device id, when it sent one. */
  device?: string;
  screenName?: string;
};

/** A juror's live connection, as the hub knows it. */
export type LiveSession = { device: string | undefined; address: string; end(): void };

type Next = (err?: Error) => void;

function refuse(next: Next, code: ErrorCode, details?: string[]): void {
  const err = new Error(code) as Error & { data: unknown };
  err.data = fail(code, details);
  next(err);
}

export function addressOf(socket: Socket): string {
  return socket.handshake.address || 'unknown';
}

export function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

export const retryDetails = (v: Verdict) =>
  v.allowed ? [] : [`retry after ${Math.ceil(v.retryAfterMs / 1000)} s (${v.scope})`];

export type AuthOptions = {
  organizerLocalOnly: boolean;
  watch: LoginWatch;
  /** The juror's live connections (to refuse a second device). */
  sessions: (jurorId: string) => LiveSession[];
  limits?: { juror?: GuardLimits; organizer?: GuardLimits };
};

export type KeyCheck = 'ok' | 'forbidden' | 'unauthorized' | { throttled: number };

export function createAuth(venue: Venue, organizerKey: string, opts: AuthOptions) {
  const pins = createLoginGuard(opts.limits?.juror ?? jurorPinLimits);
  const keys = createLoginGuard(opts.limits?.organizer ?? organizerKeyLimits);
  const keyBytes = Buffer.from(organizerKey, 'utf8');
  const watch = opts.watch;

  /** Counts a refused login into the audit summary; raises the alarm on a spike. */
  const noteFailure = (
    audience: 'juror' | 'organizer',
    channel: 'handshake' | 'http',
    address: string,
    code: ErrorCode,
  ) => {
    watch.count({ actor: audience, action: 'login-refused', target: channel, address, code });
    const guard = audience === 'juror' ? pins : keys;
    const limit = (audience === 'juror' ? jurorPinLimits : organizerKeyLimits).venueFailures;
    if (guard.venueCount(venue.now()) >= Math.ceil(limit / 3))
      watch.alarm(
        `LOGIN_FAILURES_${audience.toUpperCase()}`,
        audience === 'juror'
          ? {
              id: 'Banyak PIN juri salah: mungkin ada yang menebak. Login PIN dibatasi.',
              en: 'Many wrong juror PINs: someone may be guessing. PIN logins are throttled.',
            }
          : {
              id: 'Banyak kunci panitia salah: mungkin ada yang menebak.',
              en: 'Many wrong organizer keys: someone may be guessing.',
            },
      );
  };

  const keyMatches = (key: unknown) => {
    const given = Buffer.from(typeof key === 'string' ? key : '', 'utf8');
    return given.length === keyBytes.length && timingSafeEqual(given, keyBytes);
  };

  /** The organizer key, from a handshake or an HTTP request. */
  function checkKey(key: unknown, address: string, channel: 'handshake' | 'http'): KeyCheck {
    if (opts.organizerLocalOnly && !isLoopback(address)) {
      noteFailure('organizer', channel, address, 'FORBIDDEN');
      return 'forbidden';
    }
    const now = venue.now();
    const verdict = keys.check(address, now);
    if (!verdict.allowed) {
      noteFailure('organizer', channel, address, 'THROTTLED');
      return { throttled: verdict.retryAfterMs };
    }
    if (keyMatches(key)) return 'ok';
    keys.fail(address, now);
    noteFailure('organizer', channel, address, 'UNAUTHORIZED');
    return 'unauthorized';
  }

  return {
    juror(socket: Socket, next: Next): void {
      const now = venue.now();
      const address = addressOf(socket);
      const deny = (code: ErrorCode, details?: string[]) => {
        noteFailure('juror', 'handshake', address, code);
        refuse(next, code, details);
      };
      const parsed = jurorAuthSchema.safeParse(socket.handshake.auth);
      // A QR token (192 bits) is no guess: the venue-wide PIN budget does not apply to it,
      // so jurors with their cards' QR codes still join while someone guesses PINs.
      const isPin = !parsed.success || 'pin' in parsed.data;
      const verdict = pins.check(address, now, isPin && parsed.success);
      if (!verdict.allowed) return deny('THROTTLED', retryDetails(verdict));
      if (!parsed.success) {
        // Not a well-formed code, so no guess at one: counted for the address only.
        pins.fail(address, now, false);
        return deny('UNAUTHORIZED');
      }
      const auth = parsed.data;
      const row =
        'pin' in auth ? findJurorByPin(venue.db, auth.pin) : findJurorByToken(venue.db, auth.token);
      if (!row || (row.revoked === 1 && 'pin' in auth)) {
        // A revoked PIN answers like a wrong one: the answer must not confirm a guess.
        // A wrong QR token is no guess either (192 bits): it costs only its address.
        pins.fail(address, now, 'pin' in auth);
        return deny('UNAUTHORIZED');
      }
      if (row.revoked === 1) return deny('REVOKED');
      const live = opts.sessions(row.id);
      const others = live.filter((s) => auth.device === undefined || s.device !== auth.device);
      if (others.length > 0) {
        watch.alarm(
          `SECOND_DEVICE_${row.id}`,
          {
            id: `Juri ${row.name}: perangkat kedua (${address}) ditolak; juri tersambung dari ${others[0]?.address}.`,
            en: `Juror ${row.name}: a second device (${address}) was refused; the juror is connected from ${others[0]?.address}.`,
          },
          60_000,
        );
        return deny('SESSION_ACTIVE');
      }
      // The same device reconnecting: its old connection is stale (a half-open Wi-Fi link).
      for (const s of live) s.end();
      const data = socket.data as SocketData;
      data.kind = 'juror';
      data.jurorId = row.id;
      data.jurorCode = 'pin' in auth ? { pin: row.pin } : { token: row.token };
      if (auth.device !== undefined) data.device = auth.device;
      next();
    },

    screen(socket: Socket, next: Next): void {
      const raw = (socket.handshake.auth as { name?: unknown } | undefined)?.name;
      const asked = typeof raw === 'string' ? normalizeText(raw) : '';
      const name = screenNamePattern.test(asked) ? asked : mainScreen;
      const data = socket.data as SocketData;
      data.kind = 'screen';
      data.screenName = name;
      next();
    },

    organizer(socket: Socket, next: Next): void {
      const key = (socket.handshake.auth as { key?: unknown } | undefined)?.key;
      const outcome = checkKey(key, addressOf(socket), 'handshake');
      if (outcome === 'ok') {
        (socket.data as SocketData).kind = 'organizer';
        return next();
      }
      if (outcome === 'forbidden') return refuse(next, 'FORBIDDEN');
      if (outcome === 'unauthorized') return refuse(next, 'UNAUTHORIZED');
      refuse(next, 'THROTTLED', [`retry after ${Math.ceil(outcome.throttled / 1000)} s`]);
    },

    /** Is a connected juror's code still the valid one (after a re-issue or revoke)? */
    jurorStillValid(data: SocketData): boolean {
      const juror = venue.setup()?.jurors.find((j) => j.id === data.jurorId);
      if (!juror || juror.revoked) return false;
      return data.jurorCode?.pin !== undefined
        ? juror.pin === data.jurorCode.pin
        : juror.token === data.jurorCode?.token;
    },

    /** The organizer key given over HTTP (the results export), throttled like a handshake. */
    checkHttpKey(key: string | undefined, address: string): KeyCheck {
      return checkKey(key, address, 'http');
    },
  };
}
export type Auth = ReturnType<typeof createAuth>;
