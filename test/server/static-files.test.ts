// The built pages over real HTTP: the precompressed copy the browser accepts, with the
// right Content-Encoding, Vary and ETag; 304 on revalidation; hashed assets immutable,
// pages revalidated and naming the laptops of their policy (page-html.ts); a stale
// precompressed copy (older than its source) never served.
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withLaptops } from '../../electron/server/http/page-html.js';
import { acceptedEncodings, etagMatches } from '../../electron/server/http/static-files.js';
import { startVenueServer, type VenueServer } from '../../electron/server/venue-server.js';
import { precompressFile } from '../../scripts/precompress.js';
import { contentSecurityPolicyFor } from '../../shared/content-security-policy.js';
import { quietLog, removeDir, tempDir } from '../helpers/server.js';

type Reply = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
};

let server: VenueServer;
let dataDir: string;
let staticDir: string;
// Repetitive enough to compress well, large enough to be worth it.
const script = Array.from({ length: 400 }, (_, i) => `export const v${i} = ${i} * 2;`).join('\n');
const html = `<!doctype html><html><head><title>Juri</title></head><body>${'<p>juri</p>'.repeat(80)}</body></html>`;

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

function decode(r: Reply): string {
  const enc = r.headers['content-encoding'];
  const raw =
    enc === 'br' ? brotliDecompressSync(r.body) : enc === 'gzip' ? gunzipSync(r.body) : r.body;
  return raw.toString('utf8');
}

beforeAll(async () => {
  dataDir = tempDir();
  staticDir = tempDir('panggung-static-');
  mkdirSync(join(staticDir, 'assets'));
  mkdirSync(join(staticDir, 'juri'));
  writeFileSync(join(staticDir, 'assets', 'app-Ab12Cd34.js'), script);
  writeFileSync(join(staticDir, 'juri', 'index.html'), html);
  precompressFile(join(staticDir, 'assets', 'app-Ab12Cd34.js'));
  precompressFile(join(staticDir, 'juri', 'index.html'));
  server = await startVenueServer({
    dataDir,
    port: 0,
    host: '127.0.0.1',
    staticDir,
    log: quietLog,
  });
});

afterAll(async () => {
  await server?.close();
  removeDir(dataDir);
  removeDir(staticDir);
});

describe('Accept-Encoding', () => {
  it('orders what the browser accepts, brotli first on a tie, identity always last', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip', 'identity']);
    expect(acceptedEncodings('gzip')).toEqual(['gzip', 'identity']);
    expect(acceptedEncodings('br;q=0, gzip')).toEqual(['gzip', 'identity']);
    expect(acceptedEncodings('br;q=0.5, gzip;q=0.9')).toEqual(['gzip', 'br', 'identity']);
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip', 'identity']);
    expect(acceptedEncodings('*, gzip;q=0')).toEqual(['br', 'identity']);
    expect(acceptedEncodings(undefined)).toEqual(['identity']);
    expect(acceptedEncodings('identity')).toEqual(['identity']);
  });

  it('If-None-Match: a list, weak tags and * match', () => {
    expect(etagMatches('"a", W/"b"', '"b"')).toBe(true);
    expect(etagMatches('*', '"x"')).toBe(true);
    expect(etagMatches('"a"', '"b"')).toBe(false);
    expect(etagMatches(undefined, '"b"')).toBe(false);
  });
});

describe('hashed assets over HTTP', () => {
  const path = '/assets/app-Ab12Cd34.js';

  it('brotli when accepted, with Vary, an ETag and immutable caching', async () => {
    const r = await get(path, { 'accept-encoding': 'gzip, deflate, br' });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['vary']).toBe('Accept-Encoding');
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(r.headers['content-length'])).toBe(r.body.length);
    expect(r.body.length).toBeLessThan(Buffer.byteLength(script) / 4);
    expect(decode(r)).toBe(script);
    expect(r.headers['etag']).toMatch(/^"[\w-]+-br"$/);
  });

  it('gzip for a gzip-only client, plain for one that accepts nothing, each its own ETag', async () => {
    const gz = await get(path, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(decode(gz)).toBe(script);
    const plain = await get(path);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toBe('Accept-Encoding');
    expect(plain.body.toString('utf8')).toBe(script);
    const br = await get(path, { 'accept-encoding': 'br' });
    const tags = new Set([gz.headers['etag'], plain.headers['etag'], br.headers['etag']]);
    expect(tags.size).toBe(3);
    const refused = await get(path, { 'accept-encoding': 'br;q=0, gzip' });
    expect(refused.headers['content-encoding']).toBe('gzip');
  });

  it('304 without a body when the ETag matches; 200 when it names another representation', async () => {
    const first = await get(path, { 'accept-encoding': 'br' });
    const etag = String(first.headers['etag']);
    const again = await get(path, { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['etag']).toBe(etag);
    expect(again.headers['cache-control']).toContain('immutable');
    expect(again.headers['vary']).toBe('Accept-Encoding');
    const other = await get(path, { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(other.status).toBe(200);
    expect(other.headers['content-encoding']).toBe('gzip');
  });

  it('HEAD gives the headers and no body', async () => {
    const r = await get(path, { 'accept-encoding': 'br' }, 'HEAD');
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(Number(r.headers['content-length'])).toBeGreaterThan(0);
    expect(r.body.length).toBe(0);
  });
});

describe('pages over HTTP', () => {
  it('the HTML names the laptops of its policy, compressed but revalidated on every load', async () => {
    const r = await get('/juri', { 'accept-encoding': 'br, gzip' });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['cache-control']).toBe('no-cache');
    // The one policy, naming this laptop's venue address (the standby's too, once paired),
    // and the same list in the page, where the page itself can read it.
    const laptops = [server.urls.lan[0] ?? server.urls.local];
    expect(r.headers['content-security-policy']).toBe(contentSecurityPolicyFor(laptops));
    expect(decode(r)).toBe(withLaptops(html, laptops));
    expect(decode(r)).toContain(`<head><meta name="panggung-laptops" content="${laptops[0]}">`);
    const again = await get('/juri', {
      'accept-encoding': 'br, gzip',
      'if-none-match': String(r.headers['etag']),
    });
    expect(again.status).toBe(304);
    const plain = await get('/juri');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(withLaptops(html, laptops));
  });

  it('a new build of a page changes its ETag', async () => {
    const before = await get('/juri', { 'accept-encoding': 'br' });
    const file = join(staticDir, 'juri', 'index.html');
    const changed = html.replace('Juri', 'Juri baru');
    writeFileSync(file, changed);
    const rebuilt = await get('/juri', {
      'accept-encoding': 'br',
      'if-none-match': String(before.headers['etag']),
    });
    expect(rebuilt.status).toBe(200);
    expect(decode(rebuilt)).toContain('Juri baru');
    expect(rebuilt.headers['etag']).not.toBe(before.headers['etag']);
  });

  it('a precompressed copy older than its source is never served', async () => {
    const file = join(staticDir, 'assets', 'late-Ef56Gh78.js');
    writeFileSync(file, script);
    precompressFile(file);
    const before = await get('/assets/late-Ef56Gh78.js', { 'accept-encoding': 'br' });
    const changed = script.replace('v0 = 0', 'v0 = 1');
    writeFileSync(file, changed);
    // The .br/.gz are from the earlier build: make them plainly older than the file.
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${file}.br`, old, old);
    utimesSync(`${file}.gz`, old, old);
    const stale = await get('/assets/late-Ef56Gh78.js', {
      'accept-encoding': 'br, gzip',
      'if-none-match': String(before.headers['etag']),
    });
    expect(stale.status).toBe(200);
    expect(stale.headers['content-encoding']).toBeUndefined();
    expect(decode(stale)).toBe(changed);
    precompressFile(file);
    const rebuilt = await get('/assets/late-Ef56Gh78.js', { 'accept-encoding': 'br' });
    expect(rebuilt.headers['content-encoding']).toBe('br');
    expect(decode(rebuilt)).toBe(changed);
    expect(rebuilt.headers['etag']).not.toBe(before.headers['etag']);
  });
});
