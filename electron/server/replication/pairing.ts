// The pairing code a standby presents to its primary, and what each laptop remembers of
// the other across restarts (DATA/replication.json, mode 0600): the primary keeps its
// code and its standby's address (to learn, when it restarts, that the standby took
// over); the standby keeps the primary's address.
import { randomInt } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const replicationFile = 'replication.json';
/** No 0/O, 1/I: read aloud or typed from the desk without mistakes. */
const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export type Remembered = { code?: string; standby?: string; primary?: string };

export function newPairCode(): string {
  return Array.from({ length: 12 }, () => alphabet[randomInt(alphabet.length)]).join('');
}

/** ABCD-EFGH-JKLM, as the desk shows it (the dashes are ignored when typed). */
export function groupCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1-');
}

export function readRemembered(dataDir: string): Remembered {
  const file = join(dataDir, replicationFile);
  if (!existsSync(file)) return {};
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Remembered) : {};
  } catch {
    return {};
  }
}

export function remember(dataDir: string, patch: Remembered): Remembered {
  const next = { ...readRemembered(dataDir), ...patch };
  const file = join(dataDir, replicationFile);
  writeFileSync(`${file}.tmp`, JSON.stringify(next), { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
  return next;
}

/** This primary's pairing code, made once and kept. */
export function pairCode(dataDir: string): string {
  const known = readRemembered(dataDir).code;
  if (known && /^[A-HJ-NP-Z2-9]{12}$/.test(known)) return known;
  return remember(dataDir, { code: newPairCode() }).code!;
}
