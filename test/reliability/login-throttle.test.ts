// Guessing juror PINs as an attacker on the venue Wi-Fi would (loopback only: other
// 127.x.y.z source addresses stand for other laptops). A success never resets the count,
// many addresses share one venue-wide budget, refusals are audited in aggregate, and the
// desk is alarmed. Figures are printed on `[reliability]` lines for docs/RELIABILITY.md.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { dbFileName } from '../../electron/server/db/connection.js';
import { jurorPinLimits } from '../../electron/server/realtime/login-guard.js';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import { connect, removeDir, startTestServer, type TestServer } from '../helpers/server.js';

const started: TestServer[] = [];
afterEach(async () => {
  for (const t of started.splice(0)) {
    await t.stop().catch(() => undefined);
    removeDir(t.dataDir);
  }
});

async function fresh(): Promise<{ t: TestServer; snap: OrganizerSnapshot }> {
  const t = await startTestServer();
  started.push(t);
  const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
  const snap = await org.waitFor(() => true);
  org.close();
  return { t, snap };
}

/** The handshake's outcome: 'connected' (then closed) or the refusal code. */
async function attempt(url: string, auth: object, localAddress?: string): Promise<string> {
  try {
    const c = await connect(url, 'juror', auth, localAddress ? { localAddress } : {});
    const gone = new Promise<void>((r) => c.socket.once('disconnect', () => r()));
    c.close();
    await gone;
    return 'connected';
  } catch (err) {
    return (err as { data?: { code?: string } }).data?.code ?? (err as Error).message;
  }
}

/** Distinct 9-digit PINs that belong to nobody. */
function wrongPins(snap: OrganizerSnapshot): () => string {
  const taken = new Set(snap.jurors.map((j) => j.pin));
  let n = 100_000_000;
  return () => {
    while (taken.has(String(n))) n++;
    return String(n++);
  };
}

function auditRows(dataDir: string, action: string) {
  const db = new Database(join(dataDir, dbFileName), { readonly: true });
  try {
    return (
      db.prepare('SELECT actor, target, new_json FROM audit_log WHERE action = ?').all(action) as {
        actor: string;
        target: string;
        new_json: string;
      }[]
    ).map((r) => ({ ...r, new: JSON.parse(r.new_json) as { count: number; codes: object } }));
  } finally {
    db.close();
  }
}

describe('juror PIN guessing', () => {
  it('a juror alternating their own PIN with guesses is throttled all the same', async () => {
    const { t, snap } = await fresh();
    const own = snap.jurors.find((j) => j.id === 'j-a1')!.pin;
    const next = wrongPins(snap);
    const outcomes: string[] = [];
    // Bounded: 40 rounds of "my own PIN, then a guess".
    for (let i = 0; i < 40; i++) {
      const mine = await attempt(t.url, { pin: own });
      const guess = await attempt(t.url, { pin: next() });
      outcomes.push(guess);
      if (mine === 'THROTTLED' && guess === 'THROTTLED') break;
    }
    const evaluated = outcomes.filter((o) => o === 'UNAUTHORIZED').length;
    console.log(
      `[reliability] own-PIN alternation: ${evaluated} guesses evaluated in ${outcomes.length} rounds, then THROTTLED (own PIN too)`,
    );
    expect(evaluated).toBe(jurorPinLimits.freePerAddress);
    expect(outcomes.at(-1)).toBe('THROTTLED');
    // The juror's own PIN is refused too while the address is backing off.
    expect(await attempt(t.url, { pin: own })).toBe('THROTTLED');
  });

  it('many addresses share one venue-wide budget; the desk is alarmed; audited in one row', async () => {
    const { t, snap } = await fresh();
    const next = wrongPins(snap);
    const addresses = Array.from({ length: 20 }, (_, i) => `127.0.1.${i + 1}`);
    const perAddress = new Map<string, number>();
    let attempts = 0;
    for (const address of addresses)
      for (let k = 0; k < 10; k++) {
        attempts++;
        const o = await attempt(t.url, { pin: next() }, address);
        if (o === 'UNAUTHORIZED') perAddress.set(address, (perAddress.get(address) ?? 0) + 1);
        else {
          expect(o).toBe('THROTTLED');
          break;
        }
      }
    const evaluated = [...perAddress.values()].reduce((a, b) => a + b, 0);
    // A right PIN from a laptop that never failed is refused too once the budget is spent;
    // the QR token (192 bits, not guessable) still joins.
    const juror = snap.jurors.find((j) => j.id === 'j-b1')!;
    expect(await attempt(t.url, { pin: juror.pin }, '127.0.2.1')).toBe('THROTTLED');
    expect(await attempt(t.url, { token: juror.token }, '127.0.2.2')).toBe('connected');
    console.log(
      `[reliability] many-address guessing: ${addresses.length} addresses, ${attempts} attempts, ${evaluated} guesses evaluated (venue budget ${jurorPinLimits.venueFailures}/hour), at most ${Math.max(...perAddress.values())} per address`,
    );
    expect(evaluated).toBe(jurorPinLimits.venueFailures);
    expect(Math.max(...perAddress.values())).toBeLessThanOrEqual(jurorPinLimits.freePerAddress);

    const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    const withAlarm = await org.waitFor((s) =>
      s.alarms.some((a) => a.code === 'LOGIN_FAILURES_JUROR'),
    );
    const alarm = withAlarm.alarms.find((a) => a.code === 'LOGIN_FAILURES_JUROR')!;
    expect(alarm.messages.id).toMatch(/PIN juri salah/);
    expect(alarm.messages.en).toMatch(/wrong juror PINs/);
    org.close();
    // Audited in aggregate: the period's refusals are one row, written at the latest on stop.
    await t.stop();
    const rows = auditRows(t.dataDir, 'login-refused').filter((r) => r.actor === 'juror');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.new.count).toBe(attempts + 1);
    expect(auditRows(t.dataDir, 'refused')).toHaveLength(0);
  });
});
