// The shell logs through the venue server's one logger (JSON lines), into
// <userData>/logs/panggung.log, and hands the same logger to the server, so the desktop
// app has a single log file. This module only picks the file and formats errors.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger, type Logger } from '../server/log.js';

export type { Logger };

export function logFileIn(logsDir: string): string {
  mkdirSync(logsDir, { recursive: true });
  return join(logsDir, 'panggung.log');
}

export function createShellLogger(logsDir: string): Logger {
  return createLogger({ file: logFileIn(logsDir) });
}

/** An error as log fields (an Error serialises to {} in JSON). */
export function errorFields(err: unknown): Record<string, unknown> {
  return err instanceof Error ? { error: err.message, stack: err.stack } : { error: String(err) };
}
