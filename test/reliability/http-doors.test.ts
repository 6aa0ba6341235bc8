// The HTTP side as an attacker on the venue Wi-Fi would try it (loopback only): guessing
// the organizer key on /api/results, a foreign Host header (DNS rebinding), a bad %
// escape. Figures are printed on `[reliability]` lines for docs/RELIABILITY.md.
import { request } from 'node:http';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { dbFileName } from '../../electron/server/db/connection.js';
import { organizerKeyLimits } from '../../electron/server/realtime/login-guard.js';
import { lanAddresses } from '../../electron/server/venue-server.js';
import { lanTestName, removeDir, startTestServer, type TestServer } from '../helpers/server.js';

const started: TestServer[] = [];
afterEach(async () => {
  for (const t of started.splice(0)) {
    await t.stop().catch(() => undefined);
    removeDir(t.dataDir);
  }
});

async function fresh(opts: { organizerLocalOnly?: boolean } = {}): Promise<TestServer> {
  const t = await startTestServer(opts);
  started.push(t);
  return t;
}

type Reply = { status: number; retryAfter: string | undefined; body: string };

function get(
  url: string,
  opts: { key?: string; localAddress?: string; host?: string; path?: string; accept?: string } = {},
): Promise<Reply> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        path: opts.path ?? '/api/results',
        headers: {
          ...(opts.key === undefined ? {} : { 'X-Panggung-Key': opts.key }),
          ...(opts.host === undefined ? {} : { Host: opts.host }),
          ...(opts.accept === undefined ? {} : { Accept: opts.accept }),
        },
        ...(opts.localAddress === undefined ? {} : { localAddress: opts.localAddress }),
        agent: false,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: res.headers['retry-after'] as string | undefined,
            body,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('guessing the organizer key over HTTP', () => {
  it('is throttled per address (the right key too) and venue-wide, and audited in one row', async () => {
    const t = await fresh();
    const key = t.server.organizerKey;
    const one: number[] = [];
    for (let i = 0; i < 20; i++) {
      const r = await get(t.url, { key: `wrong-key-${i}-xxxxxx` });
      one.push(r.status);
      if (r.status === 429) {
        expect(Number(r.retryAfter)).toBeGreaterThan(0);
        break;
      }
    }
    expect(one.filter((s) => s === 401)).toHaveLength(organizerKeyLimits.freePerAddress);
    expect(one.at(-1)).toBe(429);
    // The right key from the guessing address waits too: no oracle while blocked.
    expect((await get(t.url, { key })).status).toBe(429);

    // Many laptops: one venue-wide budget.
    let evaluated = one.filter((s) => s === 401).length;
    let attempts = one.length + 1;
    for (let a = 1; a <= 12; a++)
      for (let i = 0; i < 10; i++) {
        attempts++;
        const r = await get(t.url, {
          key: `guess-${a}-${i}-xxxxxxxx`,
          localAddress: `127.0.4.${a}`,
        });
        if (r.status === 401) evaluated++;
        else {
          expect(r.status).toBe(429);
          break;
        }
      }
    attempts++;
    const fromNew = await get(t.url, { key, localAddress: '127.0.5.1' });
    console.log(
      `[reliability] HTTP key guessing: ${attempts} requests from 13 addresses, ${evaluated} keys evaluated (venue budget ${organizerKeyLimits.venueFailures}/hour); the right key from a fresh address then gets ${fromNew.status}`,
    );
    expect(evaluated).toBe(organizerKeyLimits.venueFailures);
    expect(fromNew.status).toBe(429);

    await t.stop();
    const db = new Database(join(t.dataDir, dbFileName), { readonly: true });
    const rows = db
      .prepare("SELECT new_json FROM audit_log WHERE action = 'login-refused' AND target = 'http'")
      .all() as { new_json: string }[];
    db.close();
    expect(rows).toHaveLength(1);
    expect((JSON.parse(rows[0]!.new_json) as { count: number }).count).toBe(attempts);
  });

  it('with --organizer-local-only, refuses the export to another machine', async () => {
    const lan = lanAddresses()[0];
    if (lan === undefined) {
      console.log(
        '[reliability] local-only over HTTP: no LAN address here (checked on the auth decision in authorization.test.ts)',
      );
      return;
    }
    const { startVenueServer } = await import('../../electron/server/venue-server.js');
    const { quietLog, tempDir } = await import('../helpers/server.js');
    const dataDir = tempDir();
    const server = await startVenueServer({
      dataDir,
      port: 0,
      host: '0.0.0.0',
      log: quietLog,
      organizerLocalOnly: true,
    });
    try {
      const key = server.organizerKey;
      expect((await get(`http://${lan}:${server.port}`, { key })).status).toBe(403);
      expect((await get(`http://127.0.0.1:${server.port}`, { key })).status).toBe(200);
    } finally {
      await server.close();
      removeDir(dataDir);
    }
  });
});

describe('the Host allow-list and malformed addresses', () => {
  it('answers only to its own names and addresses, on HTTP and on the websocket', async () => {
    const t = await fresh();
    const port = new URL(t.url).port;
    expect((await get(t.url, { path: '/', host: `127.0.0.1:${port}` })).status).toBe(200);
    expect((await get(t.url, { path: '/', host: `localhost:${port}` })).status).toBe(200);
    expect((await get(t.url, { path: '/', host: `${lanTestName}:${port}` })).status).toBe(200);
    for (const host of [`rebind.evil.example:${port}`, 'evil.example', `10.255.255.254:${port}`])
      expect((await get(t.url, { path: '/', host })).status, host).toBe(421);
    expect((await get(t.url, { path: '/api/health', host: 'evil.example' })).status).toBe(421);
    // A person's browser opening a page under that name is told so in a page; an API call,
    // even one that accepts HTML, still gets the JSON refusal.
    const html = 'text/html,application/xhtml+xml,*/*;q=0.8';
    const page = await get(t.url, { path: '/juri', host: 'evil.example', accept: html });
    expect(page.status).toBe(421);
    expect(page.body).toContain('Alamat ini bukan alamat server Panggung');
    const api = await get(t.url, { path: '/api/health', host: 'evil.example', accept: html });
    expect(api.status).toBe(421);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, code: 'FORBIDDEN' });

    // The websocket's handshake (engine.io's first request) passes the same door.
    const handshake = async (host: string) =>
      (await get(t.url, { path: '/socket.io/?EIO=4&transport=polling', host })).status;
    expect(await handshake(`rebind.evil.example:${port}`)).toBe(403);
    expect(await handshake(`${lanTestName}:${port}`)).toBe(200);
    expect(await handshake(`127.0.0.1:${port}`)).toBe(200);
  });

  it('answers a bad % escape with 400, not 500', async () => {
    const t = await fresh();
    for (const path of ['/assets/%E0%A4%A', '/assets/%zz.js', '/assets/x%'])
      expect((await get(t.url, { path })).status, path).toBe(400);
  });
});
