// The per-connection call limit, attacked: a burst lets through what PROTOCOL.md says (60 at
// once) and no more than the refill allows while it lasts; sustained flooding gets no more
// than 20 a second. The figures come from the code and must appear in the document.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callRateLimit } from '../../electron/server/realtime/throttle.js';
import { connect, removeDir, startTestServer, type TestServer } from '../helpers/server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.stop();
  removeDir(t.dataDir);
});

const { perSec, burst } = callRateLimit;

describe('call rate limit', () => {
  it('PROTOCOL.md states the figures the server enforces', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../docs/PROTOCOL.md'), 'utf8');
    // Line breaks fall anywhere in a paragraph.
    expect(doc.replace(/\s+/g, ' ')).toContain(
      `up to ${burst} calls at once, then ${perSec} calls a second sustained`,
    );
  });

  it('a burst gets the bucket and nothing more; a sustained flood gets the refill rate', async () => {
    const screen = await connect(t.url, 'screen', { name: 'flood' });
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: burst * 3 }, () => screen.call('snapshot:get', {})),
    );
    const burstSec = (performance.now() - started) / 1000;
    const passed = results.filter((r) => r.ok).length;
    const limited = results.filter((r) => !r.ok && r.code === 'RATE_LIMITED').length;
    expect(passed + limited).toBe(results.length);
    expect(passed).toBeGreaterThanOrEqual(burst);
    // Only the refill while the burst lasted may add to the bucket.
    expect(passed).toBeLessThanOrEqual(burst + Math.ceil(perSec * burstSec) + 1);

    // Then a steady flood at five times the allowed rate, for two seconds.
    const sent: Array<Promise<{ ok: boolean }>> = [];
    const floodStart = performance.now();
    while (performance.now() - floodStart < 2000) {
      sent.push(screen.call('snapshot:get', {}));
      await new Promise((r) => setTimeout(r, 1000 / (perSec * 5)));
    }
    const floodSec = (performance.now() - floodStart) / 1000;
    const flood = await Promise.all(sent);
    const allowed = flood.filter((r) => r.ok).length;
    // At most the refill (plus what was left of the bucket: at most one token per ms of slack).
    expect(allowed).toBeLessThanOrEqual(Math.ceil(perSec * (floodSec + burstSec)) + 2);
    expect(allowed).toBeGreaterThan(0);
    expect(flood.length).toBeGreaterThan(allowed);
    screen.close();
  });
});
