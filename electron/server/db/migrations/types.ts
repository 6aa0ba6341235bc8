// What one migration is. See docs/MIGRATIONS.md for the convention.
import type Database from 'better-sqlite3';

export type Migration = {
  /** Its PRAGMA user_version once applied: 1, 2, 3 ... in the order of the list. */
  readonly id: number;
  /** A few words for logs and errors. */
  readonly name: string;
  /**
   * Runs inside one transaction with foreign keys OFF (so a table rebuild does not cascade);
   * the runner checks PRAGMA foreign_key_check before it commits.
   */
  up(db: Database.Database): void;
};
