// Festival logos: set by the organizer (PNG/JPEG/WebP checked by their bytes), served over
// HTTP, referenced in the screen snapshot (the migration that added their table has its own
// test under migrations/).
import { describe, expect, it } from 'vitest';
import { connect, expectOk, removeDir, startTestServer } from '../helpers/server.js';

// A 1x1 PNG.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('festival logos', () => {
  it('stores a real image, serves it, shows it to screens; refuses anything else', async () => {
    const t = await startTestServer();
    const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    const screen = await connect(t.url, 'screen', { name: 'utama' });
    expectOk(await org.call('logo:set', { slot: 2, base64: png.toString('base64') }));
    const snap = await screen.waitFor((s) => s.festival.logos.length === 1);
    const ref = snap.festival.logos[0]!;
    expect(ref.slot).toBe(2);
    const res = await fetch(`${t.url}${ref.url}`);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);

    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    ).toString('base64');
    const refused = await org.call('logo:set', { slot: 1, base64: svg });
    expect(refused.ok ? 'ok' : refused.code).toBe('BAD_INPUT');
    const huge = await org.call('logo:set', {
      slot: 1,
      base64: Buffer.concat([png, Buffer.alloc(310 * 1024)]).toString('base64'),
    });
    expect(huge.ok ? 'ok' : huge.code).toBe('BAD_INPUT');
    expect((await fetch(`${t.url}/media/logo-1`)).status).toBe(404);

    expectOk(await org.call('logo:set', { slot: 2, base64: null }));
    await screen.waitFor((s) => s.festival.logos.length === 0);
    screen.close();
    org.close();
    await t.stop();
    removeDir(t.dataDir);
  });
});
