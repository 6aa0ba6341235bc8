// Group commit: SQLite commits into its write-ahead log without waiting for the disk (WAL,
// synchronous=NORMAL: a crash of the app loses nothing, a power cut may lose the last
// commits), and everything that tells a client anything waits for durable(): one fsync of
// the WAL file, in libuv's thread pool, covers every commit made before it started. The
// event loop goes on meanwhile (a fan-out to the screens, the next juror's sheet), and
// commits that arrive during one fsync share the next. A juror's acknowledgement, a vote's
// and an organizer's reply wait for durable() (realtime/bind.ts), so nothing acknowledged
// can vanish in a power cut: the promise of synchronous=FULL, without the event loop
// waiting on the disk. Pushes follow the sync of the commit that caused them
// (services/venue.ts); the view a push carries is built then and may also hold a commit
// whose sync is still under way (on the disk a few ms later). A view is never a promise:
// a pad drops a sheet from its outbox only on its acknowledgement.
//
// The WAL file keeps its inode while the connection is open (a checkpoint truncates it, it
// is deleted only when the last connection closes), so one descriptor opened after the first
// commit serves the whole run. The first fsync also syncs the folder: a WAL file created
// since the last boot is not durable until its directory entry is (SQLite does the same on
// its first sync of a new WAL). Windows cannot open a folder for syncing; NTFS journals it.
import { AsyncLocalStorage } from 'node:async_hooks';
import { close, fsync, open } from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';

const openP = promisify(open);
const fsyncP = promisify(fsync);
const closeP = promisify(close);

/** A sync the disk refused, under SQLite's own code for it (a storage error: STORAGE_FAILED). */
export class SyncFailed extends Error {
  readonly code = 'SQLITE_IOERR_FSYNC';
  constructor(cause: unknown) {
    super(`the disk did not sync the write-ahead log: ${String(cause)}`, { cause });
    this.name = 'SyncFailed';
  }
}

export type Durability = {
  /** A transaction committed (call after it returned). */
  committed(): void;
  /** Resolves once every commit made so far is on the disk; rejects (SyncFailed) if not. */
  durable(): Promise<void>;
  /**
   * Runs `fn` as one call (a client's request): `settled` resolves once the commits made by
   * it so far (in `fn` and the work it awaits) are on the disk, not those of other calls
   * made meanwhile, so a reply never waits for a sync of someone else's commit.
   */
  call<T>(fn: () => T): { value: T; settled: () => Promise<void> };
  /** In a call: its commits so far are on the disk. Outside one: as durable(). */
  ownDurable(): Promise<void>;
  /** Waits for a sync under way and releases the file. */
  close(): Promise<void>;
};

export type DurabilityOptions = {
  /** The database file; its write-ahead log is `${file}-wal`. */
  file: string;
  /** The sync itself (tests slow it down or make it fail). */
  sync?: (fd: number) => Promise<void>;
};

export function createDurability(opts: DurabilityOptions): Durability {
  const sync = opts.sync ?? fsyncP;
  let made = 0;
  let synced = 0;
  let fd: number | null = null;
  let running: Promise<void> | null = null;
  let closed = false;
  let waiting: { upTo: number; resolve: () => void; reject: (err: unknown) => void }[] = [];
  /** The call under way (AsyncLocalStorage follows it across awaits): its last commit. */
  const calls = new AsyncLocalStorage<{ upTo: number }>();

  const syncFolder = async (): Promise<void> => {
    if (process.platform === 'win32') return;
    const dir = await openP(dirname(opts.file), 'r');
    try {
      await sync(dir);
    } finally {
      await closeP(dir);
    }
  };

  const run = async (): Promise<void> => {
    const upTo = made;
    try {
      if (fd === null) {
        // Kept only once the folder is synced too: a failure tries both again next time.
        const wal = await openP(`${opts.file}-wal`, 'r+');
        try {
          await syncFolder();
        } catch (err) {
          await closeP(wal);
          throw err;
        }
        fd = wal;
      }
      await sync(fd);
      synced = Math.max(synced, upTo);
      const done = waiting.filter((w) => w.upTo <= synced);
      waiting = waiting.filter((w) => w.upTo > synced);
      for (const w of done) w.resolve();
    } catch (err) {
      // Whatever this sync was to cover is not known to be on the disk: every waiter hears
      // it (a juror's pad keeps its sheet and sends it again). The next durable() tries again.
      const failed = waiting;
      waiting = [];
      for (const w of failed) w.reject(new SyncFailed(err));
    }
  };

  const kick = (): void => {
    if (running || waiting.length === 0) return;
    running = run().finally(() => {
      running = null;
      kick();
    });
  };

  const durableUpTo = (upTo: number): Promise<void> => {
    if (synced >= upTo) return Promise.resolve();
    if (closed) return Promise.reject(new Error('the database is closed'));
    return new Promise((resolve, reject) => {
      waiting.push({ upTo, resolve, reject });
      kick();
    });
  };

  return {
    committed(): void {
      made += 1;
      const call = calls.getStore();
      if (call) call.upTo = made;
    },
    durable: () => durableUpTo(made),
    call<T>(fn: () => T) {
      const call = { upTo: 0 };
      const value = calls.run(call, fn);
      return { value, settled: () => durableUpTo(call.upTo) };
    },
    ownDurable(): Promise<void> {
      return durableUpTo(calls.getStore()?.upTo ?? made);
    },
    async close(): Promise<void> {
      closed = true;
      while (running) await running;
      if (fd !== null) await closeP(fd);
      fd = null;
    },
  };
}
