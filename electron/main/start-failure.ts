// What the organizer reads when a venue server does not start (at launch, on opening
// another festival, on becoming the standby): what went wrong in the shell's language,
// then the technical text for whoever helps. A DomainError is named by the errors
// registry's own message (shared/contract/errors.ts), never a second wording of it.
import { DomainError, errorMessages } from '../../shared/contract/errors.js';
import { DatabaseRefused } from '../server/db/connection.js';
import { standbyHints } from '../server/replication/standby-errors.js';
import type { FolderPurpose } from './festival-folder.js';
import type { Lang, Strings } from './strings.js';

/** What a code means beyond its message in one situation, in both languages. */
export type Hints = typeof standbyHints;

export type StartFailure = {
  /** In the organizer's language; '' when nothing better than the technical text is known. */
  why: string;
  /** The code and details, or the error itself: for the log folder and for support. */
  technical: string;
};

/**
 * `generic` is the line for an error that names nothing (a network error, a bug); `hints`
 * add what a code means in this situation (e.g. UNAUTHORIZED at pairing: the pairing code).
 */
export function explainStartFailure(
  err: unknown,
  lang: Lang,
  s: Strings,
  generic = '',
  hints: Hints = {},
): StartFailure {
  if (err instanceof DomainError) {
    const hint = hints[err.code];
    const details = err.details?.length ? ` (${err.details.join('; ')})` : '';
    return {
      why: [errorMessages[err.code][lang], hint?.[lang]].filter(Boolean).join(' '),
      technical: `${err.code}${details}`,
    };
  }
  if (err instanceof DatabaseRefused) {
    // Only a damaged file is a case for the backups; a newer file or a read-only folder is not.
    const why = {
      corrupt: s.databaseRefused,
      'newer-schema': s.databaseNewer,
      unwritable: s.databaseUnwritable,
    }[err.reason];
    return { why, technical: err.message };
  }
  return { why: generic, technical: String(err) };
}

/** The error box's text: the reason, then any further lines, then the technical text. */
export function failureBody(failure: StartFailure, s: Strings, ...more: string[]): string {
  const technical = failure.why ? `${s.technical}: ${failure.technical}` : failure.technical;
  return [failure.why, ...more, technical].filter((part) => part !== '').join('\n\n');
}

/** What a switch of festival was for: New festival, Open festival, becoming the standby. */
export type SwitchKind = FolderPurpose | 'standby';

/**
 * The one error box of a failed switch of festival: a short title naming what failed, the
 * reason in the organizer's language (a standby's failures with their hints), that the
 * previous festival runs again, then the technical text. `reopenFailed` is set when the
 * previous festival did not start again either: then the box says so instead.
 */
export function switchFailureBox(
  err: unknown,
  kind: SwitchKind,
  lang: Lang,
  s: Strings,
  reopenFailed?: { err: unknown },
): { title: string; body: string } {
  const why =
    kind === 'standby'
      ? explainStartFailure(err, lang, s, s.standbyFailedGeneric, standbyHints)
      : explainStartFailure(err, lang, s, s.folderFailedGeneric);
  if (reopenFailed) {
    const then = explainStartFailure(reopenFailed.err, lang, s);
    const body = [failureBody(why, s), s.previousFailed, failureBody(then, s)].join('\n\n');
    return { title: s.serverFailedTitle, body };
  }
  const title = { new: s.newFailedTitle, open: s.openFailedTitle, standby: s.standbyFailedTitle };
  return { title: title[kind], body: failureBody(why, s, s.previousReopened) };
}
