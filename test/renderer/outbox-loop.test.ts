// The shared offline outbox loop (renderer/common/outbox-loop.ts) against its guarantee: an
// item leaves the outbox only after the server answered for it (stored, or refused for
// good), the answer is recorded before it leaves, an item whose answer never comes stays and
// goes again with the same id, a final refusal is sent no more, a refusal-for-now holds the
// line (nothing overtakes it), and one item is on the wire at a time, oldest first.
// The server here is a small ledger with the protocol's idempotence (same id -> duplicate);
// each call's fate (stored, stored but the answer lost, never arrived, refused) is scripted.
import { describe, expect, it } from 'vitest';
import type { ErrorEnvelope } from '../../shared/contract/errors.js';
import { fail } from '../../shared/contract/errors.js';
import type { CallResult } from '../../renderer/common/socket-types.js';
import { outboxLoop, type OutboxLoop } from '../../renderer/common/outbox-loop.js';
import { rngFor } from '../../electron/server/sim/scoring-model.js';

type Item = { id: string; attempts: number };
type Reply = { id: string; duplicate: boolean };
type Fate = 'store' | 'lose-answer' | 'never-arrives' | 'refuse-final' | 'refuse-now';

type Rig = {
  loop: OutboxLoop;
  /** The page's store (memory) and the device's storage (disk). */
  memory: Item[];
  disk: Map<string, Item>;
  online: boolean;
  /** Fates for the next calls, in order; 'store' once empty. */
  fates: Fate[];
  /** Every send, in order, by id. */
  sent: string[];
  /** Per id: the index in `sent` of the send that got its answer (stored or refused for good). */
  answeredBy: Map<string, number>;
  /** The server's ledger: ids stored, and how often each was stored (must stay 1). */
  stored: Map<string, number>;
  /** Answers the loop was given, per id: what the page may act on. */
  answered: Map<string, 'ok' | 'final'>;
  acknowledged: string[];
  refused: string[];
  /** Broken promises found while running (asserted empty). */
  violations: string[];
  add(id: string): void;
  /** Holds the next send until release() (an answer on its way). */
  hold(): { release: () => void };
};

function rig(): Rig {
  let held: { promise: Promise<void>; release: () => void } | null = null;
  const r: Rig = {
    memory: [],
    disk: new Map(),
    online: true,
    fates: [],
    sent: [],
    answeredBy: new Map(),
    stored: new Map(),
    answered: new Map(),
    acknowledged: [],
    refused: [],
    violations: [],
    add(id) {
      const item = { id, attempts: 0 };
      r.disk.set(id, item); // on the device before any attempt, as both callers do
      r.memory.push(item);
    },
    hold() {
      let release = () => {};
      const promise = new Promise<void>((resolve) => (release = resolve));
      held = { promise, release };
      return { release };
    },
    loop: null as unknown as OutboxLoop,
  };
  const send = async (item: Item): Promise<CallResult<Reply>> => {
    const at = r.sent.push(item.id) - 1;
    const gate = held;
    held = null;
    if (gate) await gate.promise;
    let fate = r.fates.shift() ?? 'store';
    // As the server does: an id it stored is answered with what it stored, whatever else.
    if (r.stored.has(item.id) && fate.startsWith('refuse')) fate = 'store';
    switch (fate) {
      case 'store':
      case 'lose-answer': {
        const duplicate = r.stored.has(item.id);
        r.stored.set(item.id, 1);
        if (fate === 'lose-answer') return { ok: false, code: 'TIMEOUT', transport: true };
        r.answeredBy.set(item.id, at);
        return { ok: true, data: { id: item.id, duplicate } };
      }
      case 'never-arrives':
        return { ok: false, code: 'OFFLINE', transport: true };
      case 'refuse-final':
        r.answeredBy.set(item.id, at);
        return fail('LOCKED');
      case 'refuse-now':
        return fail('RATE_LIMITED');
    }
  };
  r.loop = outboxLoop<Item, Reply>({
    next: () => r.memory[0] ?? null,
    idOf: (item) => item.id,
    sender: () => (r.online ? send : null),
    isFinal: (code) => code === 'LOCKED',
    acknowledged: (item, reply) => {
      if (reply.id !== item.id) r.violations.push(`${item.id}: acknowledged with ${reply.id}`);
      if (!r.disk.has(item.id)) r.violations.push(`${item.id}: left before its answer was kept`);
      r.answered.set(item.id, 'ok');
      r.acknowledged.push(item.id);
    },
    refused: (item: Item, error: ErrorEnvelope) => {
      if (!r.disk.has(item.id)) r.violations.push(`${item.id}: left before its refusal showed`);
      r.answered.set(item.id, 'final');
      r.refused.push(`${item.id}:${error.code}`);
    },
    remove: async (item) => {
      if (!r.answered.has(item.id)) r.violations.push(`${item.id}: removed without an answer`);
      await Promise.resolve(); // the device's storage answers later (IndexedDB)
      r.disk.delete(item.id);
      r.memory = r.memory.filter((i) => i.id !== item.id);
    },
    update: async (item) => {
      await Promise.resolve();
      r.disk.set(item.id, item);
      r.memory = r.memory.map((i) => (i.id === item.id ? item : i));
    },
  });
  return r;
}

/** Waits for a condition the loop makes true by itself (the retry tick), bounded. */
async function until(cond: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const ids = (r: Rig) => r.memory.map((i) => i.id);

describe('the shared outbox loop', () => {
  it('keeps an item whose answer never comes, and sends the same id again until answered', async () => {
    const r = rig();
    r.add('a');
    r.add('b');
    // The server stores "a" but the answer is lost (the Wi-Fi drops after the commit).
    r.fates.push('lose-answer', 'lose-answer');
    expect(await r.loop.flush()).toBe(true);
    expect(await r.loop.flush()).toBe(true);
    expect(r.sent).toEqual(['a', 'a']); // "b" never overtakes "a"
    expect(ids(r)).toEqual(['a', 'b']);
    expect([...r.disk.keys()]).toEqual(['a', 'b']);
    expect(r.acknowledged).toEqual([]);
    expect(r.stored.get('a')).toBe(1);
    // While an answer is on its way the item stays, and a second round sends nothing.
    const answer = r.hold();
    const round = r.loop.flush();
    expect(r.loop.inFlightId()).toBe('a');
    expect(await r.loop.flush()).toBe(false);
    expect(ids(r)).toEqual(['a', 'b']);
    answer.release();
    expect(await round).toBe(true);
    expect(r.sent).toEqual(['a', 'a', 'a', 'b']);
    expect(r.acknowledged).toEqual(['a', 'b']);
    expect(ids(r)).toEqual([]);
    expect(r.disk.size).toBe(0);
    expect(r.stored.get('a')).toBe(1); // stored once however often it went
    expect(r.violations).toEqual([]);
  });

  it('a drop mid-round stops the round; back online the same ids go on, in order', async () => {
    const r = rig();
    for (const id of ['a', 'b', 'c']) r.add(id);
    r.fates.push('store', 'never-arrives');
    await r.loop.flush();
    expect(r.acknowledged).toEqual(['a']);
    expect(ids(r)).toEqual(['b', 'c']);
    r.online = false;
    expect(await r.loop.flush()).toBe(false); // offline: nothing is tried
    r.online = true;
    await r.loop.flush();
    expect(r.sent).toEqual(['a', 'b', 'b', 'c']);
    expect(r.acknowledged).toEqual(['a', 'b', 'c']);
    expect(r.disk.size).toBe(0);
    expect(r.violations).toEqual([]);
  });

  it('a final refusal is shown and sent no more; a refusal for now holds the line and is retried', async () => {
    const r = rig();
    for (const id of ['a', 'b', 'c']) r.add(id);
    r.fates.push('refuse-final', 'refuse-now');
    await r.loop.flush();
    expect(r.refused).toEqual(['a:LOCKED']);
    expect(ids(r)).toEqual(['b', 'c']);
    expect(r.disk.has('a')).toBe(false);
    // "b" was refused for now: kept with its attempt counted, "c" waits behind it.
    expect(r.memory[0]).toEqual({ id: 'b', attempts: 1 });
    expect(r.disk.get('b')).toEqual({ id: 'b', attempts: 1 });
    expect(r.sent).toEqual(['a', 'b']);
    // The retry tick sends "b" again by itself; everything drains, "a" never goes again.
    const stop = r.loop.retryEvery(10);
    try {
      await until(() => r.memory.length === 0);
    } finally {
      stop();
    }
    for (let i = 0; i < 3; i++) await r.loop.flush();
    expect(r.sent).toEqual(['a', 'b', 'b', 'c']);
    expect(r.acknowledged).toEqual(['b', 'c']);
    expect(r.violations).toEqual([]);
  });

  it('through random drops and refusals: every acknowledged item stored once, nothing lost, order kept', async () => {
    const seed = Number(process.env.PANGGUNG_SEED ?? 20261202);
    const rand = rngFor('outbox-loop', seed);
    const r = rig();
    const fates: Fate[] = ['store', 'lose-answer', 'never-arrives', 'refuse-final', 'refuse-now'];
    const total = 200;
    let added = 0;
    for (let round = 0; round < 2000 && (added < total || r.memory.length > 0); round++) {
      while (added < total && rand() < 0.5) r.add(`i${String(added++).padStart(3, '0')}`);
      r.online = rand() < 0.8;
      if (r.fates.length === 0 && rand() < 0.6)
        r.fates.push(...Array.from({ length: 3 }, () => fates[Math.floor(rand() * 5)]!));
      await r.loop.flush();
      if (round > 1500) r.fates = []; // let it drain: every bounded loop must end
    }
    expect(added).toBe(total);
    expect(r.memory).toEqual([]);
    expect(r.disk.size).toBe(0);
    expect(r.violations).toEqual([]);
    // Every item was answered exactly once: stored (acknowledged) or refused for good.
    const refusedIds = r.refused.map((x) => x.split(':')[0]!);
    expect(new Set([...r.acknowledged, ...refusedIds]).size).toBe(total);
    expect(r.acknowledged.length + refusedIds.length).toBe(total);
    for (const id of r.acknowledged) expect(r.stored.get(id)).toBe(1);
    // Order: an item's first send comes after every earlier item was answered for.
    const firstSends = [...new Set(r.sent)];
    expect(firstSends).toEqual([...firstSends].sort());
    for (let i = 1; i < firstSends.length; i++)
      expect(r.sent.indexOf(firstSends[i]!)).toBeGreaterThan(r.answeredBy.get(firstSends[i - 1]!)!);
    // The answered send is an item's last: nothing goes again after its answer.
    for (const id of firstSends) expect(r.sent.lastIndexOf(id)).toBe(r.answeredBy.get(id));
    // The run met every fate (a seed that does not attack is no test).
    expect(r.sent.length).toBeGreaterThan(total);
    expect(refusedIds.length).toBeGreaterThan(0);
  });
});
