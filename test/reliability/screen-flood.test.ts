// Anonymous screens flooding from one laptop (loopback only: 127.0.6.1 stands for it):
// connections per address are capped, refusals reach the audit log rate-limited (a few
// rows, then one summed row), and the desk sees the screens as one line with a count.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { dbFileName } from '../../electron/server/db/connection.js';
import { screenRefusalsPerMinute } from '../../electron/server/realtime/refusals.js';
import { connect, removeDir, startTestServer, type Client } from '../helpers/server.js';

const opened: Array<{ close(): void }> = [];
afterAll(() => {
  for (const c of opened) c.close();
});

type Loose = (name: string, payload: unknown) => Promise<{ ok: boolean; code?: string }>;

describe('a flood of anonymous screens from one address', () => {
  it('is capped, audited in a few rows, and summarised on the desk', async () => {
    const t = await startTestServer();
    const cap = 50;
    const screens: Client<'screen'>[] = [];
    let refused = 0;
    // Bounded: 60 connections, 10 more than the cap.
    for (let i = 0; i < cap + 10; i++) {
      try {
        const s = await connect(t.url, 'screen', { name: 'banjir' }, { localAddress: '127.0.6.1' });
        screens.push(s);
        opened.push(s);
      } catch {
        refused++;
      }
    }
    expect(screens).toHaveLength(cap);
    expect(refused).toBe(10);
    // The projector PC next door (another address) still connects.
    const other = await connect(t.url, 'screen', { name: 'utama' }, { localAddress: '127.0.6.2' });
    opened.push(other);

    // Every flooding screen asks for what only the desk may have, 10 times each.
    const asks = screens.flatMap((s) =>
      Array.from({ length: 10 }, () => (s.call as Loose)('results:get', {})),
    );
    const answers = await Promise.all(asks);
    expect(answers.every((a) => !a.ok && a.code === 'FORBIDDEN')).toBe(true);

    const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    const snap = await org.waitFor((s) =>
      s.clients.some((c) => c.kind === 'screen' && c.name === 'banjir' && c.count === cap),
    );
    const lines = snap.clients.filter((c) => c.kind === 'screen');
    expect(lines.map((c) => [c.name, c.count]).sort()).toEqual([
      ['banjir', cap],
      ['utama', 1],
    ]);
    const bytes = JSON.stringify(snap.clients).length;
    org.close();
    await t.stop();

    const db = new Database(join(t.dataDir, dbFileName), { readonly: true });
    const rows = db
      .prepare(
        "SELECT new_json FROM audit_log WHERE action = 'refused' AND actor = 'screen:banjir'",
      )
      .all() as { new_json: string }[];
    db.close();
    removeDir(t.dataDir);
    const counted = rows
      .map((r) => JSON.parse(r.new_json) as { code: string; count?: number })
      .reduce((sum, r) => sum + (r.count ?? 1), 0);
    console.log(
      `[reliability] screen flood: ${cap + 10} connections from one address, ${refused} refused (cap ${cap}); ${asks.length} forbidden calls -> ${rows.length} audit rows; desk client list ${bytes} bytes`,
    );
    // Per minute: a few rows one by one, then one summed row (two minutes at most here).
    expect(rows.length).toBeLessThanOrEqual(2 * (screenRefusalsPerMinute + 1));
    expect(counted).toBe(asks.length);
  });
});
