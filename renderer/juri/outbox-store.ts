// The persistent outbox (IndexedDB via idb). A sheet is written here, with its submission
// id, BEFORE it is sent, and removed only when the server answered for it. IndexedDB works
// on plain-HTTP origins and survives reloads, closed lids and crashed tabs.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxItem } from './outbox-policy.js';

type OutboxDb = DBSchema & {
  outbox: { key: string; value: OutboxItem; indexes: { byJuror: string } };
};

let dbPromise: Promise<IDBPDatabase<OutboxDb>> | null = null;

function db(): Promise<IDBPDatabase<OutboxDb>> {
  dbPromise ??= openDB<OutboxDb>('panggung-juri', 1, {
    upgrade(d) {
      const store = d.createObjectStore('outbox', { keyPath: 'submissionId' });
      store.createIndex('byJuror', 'jurorId');
    },
  });
  return dbPromise;
}

/** This juror's waiting items, oldest first (the order they must reach the server). */
export async function outboxItems(jurorId: string): Promise<OutboxItem[]> {
  const items = await (await db()).getAllFromIndex('outbox', 'byJuror', jurorId);
  return items.sort((a, b) => a.createdAt - b.createdAt || a.seq - b.seq);
}

export async function putOutboxItem(item: OutboxItem): Promise<void> {
  await (await db()).put('outbox', item);
}

export async function removeOutboxItems(submissionIds: string[]): Promise<void> {
  const tx = (await db()).transaction('outbox', 'readwrite');
  await Promise.all([...submissionIds.map((id) => tx.store.delete(id)), tx.done]);
}
