// Why a starting standby fails, as DomainErrors the desktop shell names in the organizer's
// language (electron/main/start-failure.ts) and the headless server prints in both: the
// primary's refusal (replica '/replica' auth: UNAUTHORIZED, REPLICA_VERSION, STANDBY, ...;
// or a copy request refused with its code), no answer from the primary (PRIMARY_UNREACHABLE:
// nothing answers at the address, or it connects and then answers nothing), or a copy that
// stalled on every try (COPY_STALLED). With what each code means at that moment beyond its
// registry message.
import {
  DomainError,
  fail,
  type ErrorCode,
  type ErrorEnvelope,
} from '../../../shared/contract/errors.js';

/**
 * What a code means for a standby beyond its message, in both languages: what to check.
 * An older primary, whose auth knows no `protocol`, answers a newer standby UNAUTHORIZED:
 * say so beside it.
 */
export const standbyHints: Partial<Record<ErrorCode, { id: string; en: string }>> = {
  UNAUTHORIZED: {
    id: 'Periksa kode pasangan; jika benar, laptop utama mungkin memakai versi Panggung yang lebih lama: pasang versi yang sama di kedua laptop.',
    en: 'Check the pairing code; if it is right, the primary may run an older Panggung: install the same version on both laptops.',
  },
  PRIMARY_UNREACHABLE: {
    id: 'Pastikan Panggung berjalan di laptop utama, alamatnya benar (seperti di meja panitia laptop utama), dan kedua laptop berada di Wi-Fi yang sama; lalu coba lagi.',
    en: 'Make sure Panggung runs on the primary, the address is right (as its desk shows it) and both laptops are on the same Wi-Fi; then try again.',
  },
  COPY_STALLED: {
    id: 'Periksa Wi-Fi antara kedua laptop, lalu mulai laptop cadangan lagi.',
    en: 'Check the Wi-Fi between the laptops, then start the standby again.',
  },
  COPY_DAMAGED: {
    id: 'Mulai laptop cadangan lagi; jika terulang, pasang versi Panggung yang sama di kedua laptop.',
    en: 'Start the standby again; if it happens again, install the same Panggung version on both laptops.',
  },
};

type Failure = Pick<ErrorEnvelope, 'code' | 'messages' | 'details'>;

/**
 * A standby's failure in both languages with its hint and details (the error a starting
 * standby fails with, the alarm of a running one the primary refused), or in one `lang`
 * (an alarm that says the reason in each of its two halves).
 */
export function standbyText(e: Failure, lang?: 'id' | 'en'): string {
  const more = e.details?.length ? ` (${e.details.join('; ')})` : '';
  const hint = standbyHints[e.code];
  const say = (l: 'id' | 'en') => `${e.messages[l]}${hint ? ` ${hint[l]}` : ''}`;
  return `${e.code}: ${lang ? say(lang) : `${say('id')} / ${say('en')}`}${more}`;
}

/**
 * A standby that could not start: a DomainError with the code and details, so the desktop
 * shell can name it in the organizer's language; its message keeps both languages for the
 * log and the headless server's console; `failure` for an alarm that says it per language.
 */
export class StandbyFailed extends DomainError {
  constructor(
    readonly failure: Failure,
    what = 'the standby could not start',
  ) {
    super(failure.code, failure.details);
    this.name = 'StandbyFailed';
    this.message = `${what}: ${standbyText(failure)}`;
  }
}

/** The primary refused this standby: its code, messages and details. */
export class StandbyRefused extends StandbyFailed {
  constructor(e: Failure) {
    super(e, 'primary refused the standby');
    this.name = 'StandbyRefused';
  }
}

/** A socket.io connect error: a refusal carries the primary's envelope in `data`. */
export type ConnectError = Error & { data?: Partial<ErrorEnvelope>; description?: unknown };

/** The primary's refusal in a connect error; null when the primary did not answer. */
export const refusalOf = (err: ConnectError): ErrorEnvelope | null =>
  err.data?.code && err.data.messages ? (err.data as ErrorEnvelope) : null;

/**
 * Why `url` did not answer: the connect error's text ("websocket error") and its cause
 * when the transport gives one ("connect ECONNREFUSED 10.0.0.2:4321").
 */
export function unanswered(url: string, err: ConnectError): StandbyFailed {
  const cause = (err.description as { message?: unknown } | undefined)?.message;
  const why = typeof cause === 'string' && cause !== '' ? `${err.message} (${cause})` : err.message;
  return new StandbyFailed(fail('PRIMARY_UNREACHABLE', [`${url}: ${why}`]));
}

/**
 * The primary connected but did not answer `name`, asked before the database opens, within
 * `waitMs`, or the connection closed first: as unreachable as one that never connected.
 */
export function noAnswer(url: string, name: string, waitMs: number, closed: boolean) {
  const why = closed
    ? `the connection closed before an answer to ${name}`
    : `no answer to ${name} within ${waitMs / 1000} s`;
  return new StandbyFailed(fail('PRIMARY_UNREACHABLE', [`${url}: ${why}`]));
}

/**
 * Why a step failed, in one language of an alarm: a standby's failure (the primary refused
 * a fresh copy, say) by its code, message and hint; any other error by its own text.
 */
export const reasonIn = (err: unknown, lang: 'id' | 'en'): string =>
  err instanceof StandbyFailed ? standbyText(err.failure, lang) : (err as Error).message;

/** The refusal in both languages (or in `lang`), or the connect error's own text. */
export const refusedBy = (err: ConnectError, lang?: 'id' | 'en'): string => {
  const e = refusalOf(err);
  return e ? standbyText(e, lang) : err.message;
};
