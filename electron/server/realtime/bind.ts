// Binds a call map from the contract to a socket: parse the payload with its schema, run
// the handler, answer through the ack with the one envelope. Nothing a client sends can
// throw past this point; events outside the map are refused and logged. A handler's answer
// waits until what it stored is on the disk (`call`: the venue's, db/durability.ts), so an
// acknowledged commit is never one a power cut could take back.
import type { Socket } from 'socket.io';
import {
  DomainError,
  fail,
  ok,
  type ErrorEnvelope,
  type Result,
} from '../../../shared/contract/errors.js';
import {
  jurorCalls,
  organizerCalls,
  screenCalls,
  voterCalls,
  type CallMap,
  type ParsedOf,
  type ReplyOf,
} from '../../../shared/contract/events.js';
import { issuesToDetails } from '../../../shared/contract/schemas.js';
import type { Logger } from '../log.js';
import { isStorageError } from '../services/venue.js';
import { createBucket } from './throttle.js';

export type Handlers<M extends CallMap> = {
  [K in keyof M]: (input: ParsedOf<M[K]>) => ReplyOf<M[K]> | Promise<ReplyOf<M[K]>>;
};

/** How an event outside the contract is named in the log and the audit log. */
export const unknownEvent = '(unknown event)';
const contractEvents = new Set(
  [jurorCalls, screenCalls, organizerCalls, voterCalls].flatMap((m) => Object.keys(m)),
);

/** Refusals that are about who may do what: these are audited. */
const deniedCodes = new Set(['FORBIDDEN', 'NOT_YOUR_PANEL', 'RECUSED', 'REVOKED', 'UNAUTHORIZED']);

/** Turns anything thrown by a handler into the envelope. */
export function toEnvelope(
  err: unknown,
  log: Logger,
  context: Record<string, unknown>,
): ErrorEnvelope {
  if (err instanceof DomainError) return fail(err.code, err.details, err.extra);
  if (isStorageError(err) || (err as { code?: unknown } | null)?.code === 'SQLITE_BUSY') {
    log.error('storage failed', {
      ...context,
      code: (err as { code?: unknown }).code,
      err: String(err),
    });
    return fail('STORAGE_FAILED');
  }
  log.error('handler failed', { ...context, err: err instanceof Error ? err.stack : String(err) });
  return fail('INTERNAL');
}

export function bindCalls<M extends CallMap>(
  socket: Socket,
  calls: M,
  handlers: Handlers<M>,
  opts: {
    log: Logger;
    who: string;
    rateLimit: { perSec: number; burst: number };
    /**
     * Runs a handler as one call; `settled` resolves once what it committed is on the disk
     * (rejects if the disk refused it). The venue's `call`.
     */
    call: <T>(fn: () => T) => { value: T; settled: () => Promise<void> };
    onRefused?: (event: string, code: string) => void;
  },
): void {
  const allow = createBucket(opts.rateLimit.perSec, opts.rateLimit.burst);
  const names = new Set(Object.keys(calls));
  socket.onAny((event: unknown, ...args: unknown[]) => {
    const ack = args[args.length - 1];
    const reply = (res: Result<unknown>) => {
      if (typeof ack === 'function') (ack as (r: Result<unknown>) => void)(res);
    };
    if (!allow()) {
      opts.onRefused?.(String(event), 'RATE_LIMITED');
      reply(fail('RATE_LIMITED'));
      return;
    }
    if (typeof event !== 'string' || !names.has(event)) {
      // A name the client made up is not written to the audit log as it is (it could be a
      // spreadsheet formula or a megabyte of text): only that it was unknown.
      const known = typeof event === 'string' && contractEvents.has(event);
      opts.onRefused?.(known ? event : unknownEvent, 'FORBIDDEN');
      reply(fail('FORBIDDEN', [`unknown event for this audience: ${String(event).slice(0, 60)}`]));
      return;
    }
    const call = calls[event];
    const handler = handlers[event];
    if (!call || !handler) return;
    const parsed = call.input.safeParse(
      args.length > 1 || typeof ack !== 'function' ? args[0] : undefined,
    );
    if (!parsed.success) {
      reply(fail('BAD_INPUT', issuesToDetails(parsed.error)));
      return;
    }
    const context = { who: opts.who, event };
    const refuse = (err: unknown) => {
      const envelope = toEnvelope(err, opts.log, context);
      if (deniedCodes.has(envelope.code)) opts.onRefused?.(event, envelope.code);
      reply(envelope);
    };
    try {
      const { value: out, settled } = opts.call(() =>
        handler(parsed.data as ParsedOf<M[typeof event]>),
      );
      const answer = (v: unknown) =>
        settled().then(
          () => reply(ok(v)),
          (err: unknown) => {
            opts.log.error('sync to disk failed', { ...context, err: String(err) });
            reply(fail('STORAGE_FAILED'));
          },
        );
      if (out instanceof Promise) out.then(answer, refuse);
      else void answer(out);
    } catch (err) {
      refuse(err);
    }
  });
}

/**
 * Runs `work` (the view a client that just connected gets) once every commit made so far is
 * on the disk, if `socket` is still connected: built then, in one piece with sending it, so
 * no push can come between (the same moment as a push after a commit). A failed sync runs
 * it too: the venue raised the alarm, and the client must still get its view.
 */
export function whenDurable(
  venue: { durable(): Promise<void> },
  socket: Socket,
  safely: (work: () => void) => void,
  work: () => void,
): void {
  const go = () => {
    if (socket.connected) safely(work);
  };
  venue.durable().then(go, go);
}
