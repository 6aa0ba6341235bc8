// The benchmark's screens read only a snapshot's or patch's leading version (light-parser.ts). If the
// snapshot's shape ever changes so that the version is not first, the parser falls back to
// a full parse (correct but slow, and the benchmark would silently measure client parsing):
// this test says so at once. Correctness only.
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { versionOnlyParser } from '../../electron/server/sim/bench/light-parser.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  type TestServer,
} from '../helpers/server.js';

let srv: TestServer | null = null;
afterEach(async () => {
  await srv?.stop();
  if (srv) removeDir(srv.dataDir);
  srv = null;
});

describe('version-only screen parser', () => {
  it('reads the same version a full client reads, without parsing the rest', async () => {
    srv = await startTestServer();
    const full = await connect(srv.url, 'screen', { name: 'utama' });
    const snap = await full.waitFor(() => true);
    const light = io(`${srv.url}/screen`, {
      auth: { name: 'utama' },
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      parser: versionOnlyParser,
    });
    const got = await new Promise<Record<string, unknown>>((resolve) =>
      light.once('snapshot', resolve),
    );
    expect(got.version).toBe(snap.version);
    // The whole frame was received (its size counts more than the snapshot's own JSON, which
    // it wraps with the event name), yet only the version was parsed out of it.
    expect(got.bytes).toBeGreaterThan(JSON.stringify(snap).length);
    expect(Object.keys(got).sort()).toEqual(['bytes', 'version']);
    // A change reaches both as a patch; the light screen reads its version too.
    const patched = new Promise<Record<string, unknown>>((resolve) => light.once('patch', resolve));
    const org = await connect(srv.url, 'organizer', { key: srv.server.organizerKey });
    expectOk(await org.call('release:set', { privacy: 'live' }));
    const next = await full.waitFor((s) => s.privacy === 'live');
    const p = await patched;
    expect(p.version).toBe(next.version);
    expect(Object.keys(p).sort()).toEqual(['bytes', 'version']);
    org.close();
    light.close();
    full.close();
  });
});
