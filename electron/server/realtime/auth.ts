// Handshake authentication for the three audiences. A refused handshake fails with a
// connect_error whose `data` is the error envelope. Failed codes are throttled per
// address and per code; the organizer key is compared in constant time and never logged.
import { timingSafeEqual } from 'node:crypto';
import type { Socket } from 'socket.io';
import { fail, type ErrorCode } from '../../../shared/contract/errors.js';
import type { Audience } from '../../../shared/contract/namespaces.js';
import { jurorAuthSchema } from '../../../shared/contract/schemas.js';
import { findJurorByPin, findJurorByToken } from '../db/setup-repo.js';
import type { Venue } from '../services/venue.js';
import { createThrottle } from './throttle.js';

export type SocketData = {
  kind: Audience;
  jurorId?: string;
  /** The code the juror joined with, so a re-issued or revoked code ends the session. */
  jurorCode?: { pin?: string; token?: string };
  screenName?: string;
};

type Next = (err?: Error) => void;

function refuse(next: Next, code: ErrorCode): void {
  const err = new Error(code) as Error & { data: unknown };
  err.data = fail(code);
  next(err);
}

export function addressOf(socket: Socket): string {
  return socket.handshake.address || 'unknown';
}

export function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

export type HandshakeRefusal = {
  audience: 'juror' | 'organizer';
  address: string;
  code: ErrorCode;
};

export function createAuth(
  venue: Venue,
  organizerKey: string,
  opts: { organizerLocalOnly: boolean; onRefused?: (r: HandshakeRefusal) => void },
) {
  // 10 failures a minute per address, 5 per code: a PIN cannot be brute-forced in a festival.
  const byAddress = createThrottle(10, 60_000);
  const byCode = createThrottle(5, 60_000);
  const keyBytes = Buffer.from(organizerKey, 'utf8');

  return {
    juror(socket: Socket, next: Next): void {
      const now = Date.now();
      const address = addressOf(socket);
      if (byAddress.blocked(address, now)) return refuse(next, 'THROTTLED');
      const deny = (code: ErrorCode) => {
        opts.onRefused?.({ audience: 'juror', address, code });
        refuse(next, code);
      };
      const parsed = jurorAuthSchema.safeParse(socket.handshake.auth);
      if (!parsed.success) {
        byAddress.fail(address, now);
        return deny('UNAUTHORIZED');
      }
      const code = 'pin' in parsed.data ? `pin:${parsed.data.pin}` : `token:${parsed.data.token}`;
      if (byCode.blocked(code, now)) return refuse(next, 'THROTTLED');
      const row =
        'pin' in parsed.data
          ? findJurorByPin(venue.db, parsed.data.pin)
          : findJurorByToken(venue.db, parsed.data.token);
      if (!row) {
        byAddress.fail(address, now);
        byCode.fail(code, now);
        return deny('UNAUTHORIZED');
      }
      if (row.revoked === 1) return deny('REVOKED');
      byAddress.clear(address);
      const data = socket.data as SocketData;
      data.kind = 'juror';
      data.jurorId = row.id;
      data.jurorCode = 'pin' in parsed.data ? { pin: row.pin } : { token: row.token };
      next();
    },

    screen(socket: Socket, next: Next): void {
      const raw = (socket.handshake.auth as { name?: unknown } | undefined)?.name;
      const name =
        typeof raw === 'string' && /^[\p{L}\p{N} _-]{1,40}$/u.test(raw.trim())
          ? raw.trim()
          : 'utama';
      const data = socket.data as SocketData;
      data.kind = 'screen';
      data.screenName = name;
      next();
    },

    organizer(socket: Socket, next: Next): void {
      const now = Date.now();
      const address = addressOf(socket);
      const deny = (code: ErrorCode) => {
        opts.onRefused?.({ audience: 'organizer', address, code });
        refuse(next, code);
      };
      if (opts.organizerLocalOnly && !isLoopback(address)) return deny('FORBIDDEN');
      if (byAddress.blocked(address, now)) return refuse(next, 'THROTTLED');
      const key = (socket.handshake.auth as { key?: unknown } | undefined)?.key;
      const given = Buffer.from(typeof key === 'string' ? key : '', 'utf8');
      if (given.length !== keyBytes.length || !timingSafeEqual(given, keyBytes)) {
        byAddress.fail(address, now);
        return deny('UNAUTHORIZED');
      }
      (socket.data as SocketData).kind = 'organizer';
      next();
    },

    /** Is a connected juror's code still the valid one (after a re-issue or revoke)? */
    jurorStillValid(data: SocketData): boolean {
      const juror = venue.setup()?.jurors.find((j) => j.id === data.jurorId);
      if (!juror || juror.revoked) return false;
      return data.jurorCode?.pin !== undefined
        ? juror.pin === data.jurorCode.pin
        : juror.token === data.jurorCode?.token;
    },

    /** Checks an organizer key given over HTTP (the results export). */
    organizerKeyMatches(key: string | undefined): boolean {
      const given = Buffer.from(key ?? '', 'utf8');
      return given.length === keyBytes.length && timingSafeEqual(given, keyBytes);
    },
  };
}
export type Auth = ReturnType<typeof createAuth>;
