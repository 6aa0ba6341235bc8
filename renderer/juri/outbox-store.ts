// The persistent outbox (IndexedDB via idb). A sheet is written here, with its submission
// id, BEFORE it is sent, and removed only when the server answered for it. IndexedDB works
// on plain-HTTP origins and survives reloads, closed lids and crashed tabs. Where a browser
// refuses IndexedDB (some private modes) the outbox falls back to memory: sheets are still
// sent and re-sent while the page stays open, but would not survive a reload.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxItem } from './outbox-policy.js';

type OutboxDb = DBSchema & {
  outbox: { key: string; value: OutboxItem; indexes: { byJuror: string } };
};

let dbPromise: Promise<IDBPDatabase<OutboxDb>> | null = null;
const memory = new Map<string, OutboxItem>();
let inMemory = false;

function db(): Promise<IDBPDatabase<OutboxDb>> {
  dbPromise ??= openDB<OutboxDb>('panggung-juri', 1, {
    upgrade(d) {
      const store = d.createObjectStore('outbox', { keyPath: 'submissionId' });
      store.createIndex('byJuror', 'jurorId');
    },
  });
  return dbPromise;
}

async function withDb<T>(
  persistent: (d: IDBPDatabase<OutboxDb>) => Promise<T>,
  volatile: () => T,
): Promise<T> {
  if (!inMemory) {
    try {
      return await persistent(await db());
    } catch (err) {
      inMemory = true;
      console.warn('outbox: IndexedDB unavailable, keeping sheets in memory', err);
    }
  }
  return volatile();
}

/** False once IndexedDB failed: the pad can warn that a reload would lose waiting sheets. */
export function outboxIsPersistent(): boolean {
  return !inMemory;
}

/** This juror's waiting items, oldest first (the order they must reach the server). */
export async function outboxItems(jurorId: string): Promise<OutboxItem[]> {
  const items = await withDb(
    (d) => d.getAllFromIndex('outbox', 'byJuror', jurorId),
    () => [...memory.values()].filter((i) => i.jurorId === jurorId),
  );
  return items.sort((a, b) => a.createdAt - b.createdAt || a.seq - b.seq);
}

export async function putOutboxItem(item: OutboxItem): Promise<void> {
  await withDb(
    async (d) => {
      await d.put('outbox', item);
    },
    () => void memory.set(item.submissionId, item),
  );
}

export async function removeOutboxItems(submissionIds: string[]): Promise<void> {
  await withDb(
    async (d) => {
      const tx = d.transaction('outbox', 'readwrite');
      await Promise.all([...submissionIds.map((id) => tx.store.delete(id)), tx.done]);
    },
    () => submissionIds.forEach((id) => memory.delete(id)),
  );
}
