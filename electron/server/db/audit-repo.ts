// The audit log: who did what, when, old and new values, and why. Append-only.
import type { Db } from './connection.js';

export type AuditRow = {
  id: number;
  at: number;
  actor: string;
  action: string;
  target: string;
  old_json: string | null;
  new_json: string | null;
  reason: string | null;
};

export type AuditInput = {
  at: number;
  actor: string;
  action: string;
  target: string;
  old?: unknown;
  new?: unknown;
  reason?: string | null;
};

export function createAuditRepo(db: Db) {
  const insert = db.prepare(
    'INSERT INTO audit_log (at, actor, action, target, old_json, new_json, reason) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  return {
    add(a: AuditInput): void {
      insert.run(
        a.at,
        a.actor,
        a.action,
        a.target,
        a.old === undefined ? null : JSON.stringify(a.old),
        a.new === undefined ? null : JSON.stringify(a.new),
        a.reason ?? null,
      );
    },
    list(limit = 1000, beforeId?: number): AuditRow[] {
      return beforeId === undefined
        ? (db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?').all(limit) as AuditRow[])
        : (db
            .prepare('SELECT * FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?')
            .all(beforeId, limit) as AuditRow[]);
    },
  };
}

/** Key/value settings kept with the festival: the revision counter, the organizer key. */
export function createMetaRepo(db: Db) {
  const get = db.prepare('SELECT value FROM meta WHERE key = ?');
  const set = db.prepare(
    'INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    get(key: string): string | null {
      return (get.get(key) as { value: string } | undefined)?.value ?? null;
    },
    set(key: string, value: string): void {
      set.run(key, value);
    },
    /** Bumps the revision every committed change carries; snapshots are versioned by it. */
    bumpRevision(): number {
      const next = Number((get.get('revision') as { value: string } | undefined)?.value ?? '0') + 1;
      set.run('revision', String(next));
      return next;
    },
  };
}
