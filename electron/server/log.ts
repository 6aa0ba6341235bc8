// The one logger: JSON lines to stderr (and to a file when given). Never pass secrets.
import { appendFileSync } from 'node:fs';

export type Level = 'debug' | 'info' | 'warn' | 'error';
export type Logger = { [L in Level]: (msg: string, fields?: Record<string, unknown>) => void };

const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function createLogger(opts: { level?: Level; file?: string; quiet?: boolean } = {}): Logger {
  const min =
    order[opts.level ?? (process.env.PANGGUNG_LOG as Level | undefined) ?? 'info'] ?? order.info;
  const write = (level: Level, msg: string, fields?: Record<string, unknown>) => {
    if (order[level] < min) return;
    const line = JSON.stringify({ t: new Date().toISOString(), level, msg, ...fields });
    if (!opts.quiet) process.stderr.write(line + '\n');
    if (opts.file) {
      try {
        appendFileSync(opts.file, line + '\n');
      } catch {
        // A log that cannot be written must never take the venue down.
      }
    }
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}
