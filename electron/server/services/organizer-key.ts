// The organizer key: who may run the festival from the desk. It lives in its own file in
// the data folder (organizer.key, mode 0600), never in the festival database, so a backup
// or a copied database does not carry it. A key chosen by the organizer must be strong
// enough for the login throttle's bound (docs/RELIABILITY.md).
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/connection.js';

export const organizerKeyFile = 'organizer.key';
export const minOrganizerKeyLength = 12;

export class WeakOrganizerKey extends Error {
  constructor(readonly problem: string) {
    super(
      `The organizer key is too weak: ${problem}. Use at least ${minOrganizerKeyLength} characters with at least 6 different ones, or leave PANGGUNG_ORGANIZER_KEY unset for a generated key. / Kunci panitia terlalu lemah: gunakan minimal ${minOrganizerKeyLength} karakter dengan minimal 6 karakter berbeda, atau kosongkan PANGGUNG_ORGANIZER_KEY agar kunci dibuat otomatis.`,
    );
    this.name = 'WeakOrganizerKey';
  }
}

/** Why a chosen key is too weak, or null when it is fine. */
export function organizerKeyProblem(key: string): string | null {
  if (key.length < minOrganizerKeyLength)
    return `${key.length} characters (minimum ${minOrganizerKeyLength})`;
  if (new Set(key).size < 6) return 'fewer than 6 different characters';
  if (/^\s|\s$/.test(key)) return 'it starts or ends with a space';
  return null;
}

/** A generated key: 16 url-safe characters (96 bits). */
export function generateOrganizerKey(): string {
  return randomBytes(12).toString('base64url');
}

function writeKeyFile(file: string, key: string): void {
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, `${key}\n`, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
}

/**
 * The key to use: the chosen one (checked), else the stored one (moved out of the database
 * of an older version), else a new one, stored in organizer.key with mode 0600.
 */
export function resolveOrganizerKey(dataDir: string, db: Db, chosen: string | undefined): string {
  if (chosen !== undefined) {
    const problem = organizerKeyProblem(chosen);
    if (problem) throw new WeakOrganizerKey(problem);
  }
  const file = join(dataDir, organizerKeyFile);
  const inDb = (
    db.prepare("SELECT value FROM meta WHERE key = 'organizer_key'").get() as
      { value: string } | undefined
  )?.value;
  if (inDb !== undefined) {
    // Older versions kept the key in the database: move it to its own file.
    writeKeyFile(file, inDb);
    db.prepare("DELETE FROM meta WHERE key = 'organizer_key'").run();
  }
  if (chosen !== undefined) return chosen;
  if (existsSync(file)) {
    chmodSync(file, 0o600);
    const stored = readFileSync(file, 'utf8').trim();
    if (stored !== '') return stored;
  }
  const key = generateOrganizerKey();
  writeKeyFile(file, key);
  return key;
}
