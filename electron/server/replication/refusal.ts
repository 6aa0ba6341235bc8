// What the primary's refusal of a standby says (replica '/replica' auth: UNAUTHORIZED,
// REPLICA_VERSION, STANDBY, ...): its text in both languages with what the code means at
// pairing, and the error a starting standby fails with, which the desktop shell names in
// the organizer's language (electron/main/start-failure.ts).
import {
  DomainError,
  type ErrorCode,
  type ErrorEnvelope,
} from '../../../shared/contract/errors.js';

/**
 * What a refusal means beyond its code's message, in both languages. An older primary,
 * whose auth knows no `protocol`, answers a newer standby UNAUTHORIZED: say so beside it.
 */
export const refusalHints: Partial<Record<ErrorCode, { id: string; en: string }>> = {
  UNAUTHORIZED: {
    id: 'Periksa kode pasangan; jika benar, laptop utama mungkin memakai versi Panggung yang lebih lama: pasang versi yang sama di kedua laptop.',
    en: 'Check the pairing code; if it is right, the primary may run an older Panggung: install the same version on both laptops.',
  },
};

/**
 * Why the primary refused this standby, in both languages with the details (the error a
 * starting standby fails with, the alarm of a running one).
 */
export function refusalText(e: Pick<ErrorEnvelope, 'code' | 'messages' | 'details'>): string {
  const more = e.details?.length ? ` (${e.details.join('; ')})` : '';
  const hint = refusalHints[e.code];
  const [id, en] = hint ? [` ${hint.id}`, ` ${hint.en}`] : ['', ''];
  return `${e.code}: ${e.messages.id}${id} / ${e.messages.en}${en}${more}`;
}

/**
 * A starting standby the primary refused: a DomainError with the primary's code and
 * details, so the desktop shell can name it in the organizer's language; its message
 * keeps both languages for the log and the headless server's console.
 */
export class StandbyRefused extends DomainError {
  constructor(e: Pick<ErrorEnvelope, 'code' | 'messages' | 'details'>) {
    super(e.code, e.details);
    this.name = 'StandbyRefused';
    this.message = `primary refused the standby: ${refusalText(e)}`;
  }
}

/** A socket.io connect error: a refusal carries the primary's envelope in `data`. */
export type ConnectError = Error & { data?: Partial<ErrorEnvelope> };

/** The primary's refusal in a connect error; null when the primary did not answer. */
export const refusalOf = (err: ConnectError): ErrorEnvelope | null =>
  err.data?.code && err.data.messages ? (err.data as ErrorEnvelope) : null;

/** The refusal in both languages, or the connect error's own text. */
export const refusedBy = (err: ConnectError): string => {
  const e = refusalOf(err);
  return e ? refusalText(e) : err.message;
};
