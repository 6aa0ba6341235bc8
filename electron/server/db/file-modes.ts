// The festival's data holds juror codes, QR tokens and every score: only the account
// that runs Panggung may read it. The data folder and backups/ are 0700, the database,
// its WAL and shared-memory files, backups and the key file 0600. On file systems
// without Unix modes (a FAT USB stick) chmod is a no-op or fails; that is not fatal.
import { chmodSync, existsSync, mkdirSync } from 'node:fs';

export const privateDirMode = 0o700;
export const privateFileMode = 0o600;

function chmodQuietly(path: string, mode: number): void {
  try {
    chmodSync(path, mode);
  } catch {
    // a file system without Unix permissions
  }
}

/** Creates the folder if needed and makes it private. */
export function privateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: privateDirMode });
  chmodQuietly(dir, privateDirMode);
}

/** Makes existing files private (an older version left them readable by everyone). */
export function privateFiles(...files: string[]): void {
  for (const f of files) if (existsSync(f)) chmodQuietly(f, privateFileMode);
}
