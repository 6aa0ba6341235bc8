// The shell's few preferences (menu language, projector display, festival folder) in
// <userData>/settings.json. A missing or damaged file means defaults, never a crash.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

const settingsSchema = z.object({
  lang: z.enum(['id', 'en']).catch('id'),
  projectorDisplay: z.number().int().nullable().catch(null),
  /** The festival folder opened last; null = the default folder in userData. */
  festivalDir: z.string().min(1).nullable().catch(null),
});
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = { lang: 'id', projectorDisplay: null, festivalDir: null };

export function settingsFile(userData: string): string {
  return join(userData, 'settings.json');
}

export function loadSettings(file: string): Settings {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : { ...defaultSettings };
  } catch {
    return { ...defaultSettings };
  }
}

export function saveSettings(file: string, settings: Settings): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(settings, null, 2)}\n`);
  renameSync(tmp, file);
}
