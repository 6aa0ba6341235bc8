// The organizer's alarms kept across a restart: the newest twenty, in `alarms.json` in the
// data folder, rewritten whole (a temporary file, then a rename) whenever one is raised. A
// laptop restarted after a failed backup or a PIN-guessing spree still shows why. Not in
// the database: a standby's database is its primary's copy (its own alarms would be
// overwritten by the next copy), and an alarm about a failing disk must not need a commit.
// Best effort both ways: a file that cannot be written leaves the alarm in memory (and the
// server logs why), a file that cannot be read or parsed starts an empty list.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Alarm } from '../../../shared/contract/views.js';
import { privateFileMode } from '../db/file-modes.js';

export const alarmFileName = 'alarms.json';

/** The newest alarms the desk is sent and the file keeps. */
export const alarmsKept = 20;

export type AlarmStore = {
  /** The kept alarms, newest first ([] when none or unreadable). */
  load(): Alarm[];
  /** Keeps `alarms` (newest first); never throws. */
  save(alarms: readonly Alarm[]): void;
};

const alarmSchema = z.object({
  code: z.string().max(64),
  messages: z.object({ id: z.string().max(2000), en: z.string().max(2000) }),
  at: z.number().int().nonnegative(),
});

export function createAlarmStore(dataDir: string, onError?: (err: unknown) => void): AlarmStore {
  const file = join(dataDir, alarmFileName);
  return {
    load() {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        return []; // none kept yet
      }
      try {
        const parsed = z.array(alarmSchema).safeParse(JSON.parse(text));
        if (parsed.success) return parsed.data.slice(0, alarmsKept);
        onError?.(parsed.error);
      } catch (err) {
        onError?.(err);
      }
      return [];
    },
    save(alarms) {
      const tmp = `${file}.tmp`;
      try {
        writeFileSync(tmp, JSON.stringify(alarms.slice(0, alarmsKept)), { mode: privateFileMode });
        renameSync(tmp, file);
      } catch (err) {
        onError?.(err);
      }
    },
  };
}
