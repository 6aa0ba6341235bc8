// Serving the built pages: picks the precompressed copy (.br, .gz, written at build time
// by scripts/precompress.ts) that the browser accepts, with an ETag per representation
// and the caching the file deserves. Hashed assets (/assets/name-HASH.js) never change
// under their name: cached for a year, immutable. Files that keep their name across builds
// (favicon.ico): always revalidated (no-cache), answered 304 when unchanged. A page's HTML
// is served by page-html.ts (it names the venue's laptops). Nothing is compressed per
// request and nothing here knows about routes or access rules.
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export type Encoding = 'br' | 'gzip' | 'identity';
const suffix: Record<Encoding, string> = { br: '.br', gzip: '.gz', identity: '' };

/** How a file may be cached: hashed assets for good, pages revalidated on every load. */
export type CachePolicy = 'immutable' | 'revalidate';
const cacheControl: Record<CachePolicy, string> = {
  immutable: 'public, max-age=31536000, immutable',
  revalidate: 'no-cache',
};

/**
 * The encodings a request accepts, best first, from its Accept-Encoding header
 * (RFC 9110 12.5.3: q-values, `*`, q=0 refuses). Identity is always last and always there.
 */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  const q = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const weight = (name: string) => q.get(name) ?? q.get('*') ?? 0;
  const wanted = (['br', 'gzip'] as const).filter((e) => weight(e) > 0);
  // Prefer the higher q; on a tie brotli (smaller) first.
  wanted.sort((a, b) => weight(b) - weight(a));
  return [...wanted, 'identity'];
}

type Variant = { file: string; size: number; etag: string };
type Entry = { key: string; variants: Partial<Record<Encoding, Variant>> };
const encodings = ['identity', 'br', 'gzip'] as const;

function tag(bytes: Buffer, encoding: Encoding): string {
  const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 22);
  return `"${hash}${encoding === 'identity' ? '' : `-${encoding}`}"`;
}

/** True when an If-None-Match header names this ETag (weak comparison, or `*`). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === '*' || t === etag);
}

export type StaticFiles = {
  /** Sends `file` (an absolute path known to exist) the way this request wants it. */
  send(req: IncomingMessage, res: ServerResponse, file: string, cache: CachePolicy): void;
};

export function createStaticFiles(): StaticFiles {
  // Per file: its precompressed copies and their ETags, kept while the file is unchanged.
  const known = new Map<string, Entry>();

  function describe(file: string): Entry {
    // The file and its copies as they are now; a rebuild changes one of them.
    const stats = encodings.map((e) => statSync(file + suffix[e], { throwIfNoEntry: false }));
    const key = stats.map((s) => (s ? `${s.mtimeMs}:${s.size}` : '-')).join('|');
    const cached = known.get(file);
    if (cached?.key === key) return cached;
    const source = stats[0];
    if (!source) throw new Error(`static file vanished: ${file}`);
    const entry: Entry = { key, variants: {} };
    encodings.forEach((encoding, i) => {
      const s = stats[i];
      // A copy older than its source is from an earlier build: never serve it.
      if (!s?.isFile() || s.mtimeMs < source.mtimeMs) return;
      const path = file + suffix[encoding];
      entry.variants[encoding] = {
        file: path,
        size: s.size,
        etag: tag(readFileSync(path), encoding),
      };
    });
    known.set(file, entry);
    return entry;
  }

  return {
    send(req, res, file, cache) {
      const entry = describe(file);
      const encoding =
        acceptedEncodings(req.headers['accept-encoding']).find((e) => entry.variants[e]) ??
        'identity';
      const variant = entry.variants[encoding] ?? entry.variants.identity;
      if (!variant) throw new Error(`unreadable static file ${file}`);
      const headers: Record<string, string | number> = {
        'Cache-Control': cacheControl[cache],
        ETag: variant.etag,
        Vary: 'Accept-Encoding',
      };
      if (etagMatches(req.headers['if-none-match'], variant.etag)) {
        res.writeHead(304, headers);
        return void res.end();
      }
      headers['Content-Type'] = types[extname(file)] ?? 'application/octet-stream';
      headers['Content-Length'] = variant.size;
      if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
      res.writeHead(200, headers);
      if (req.method === 'HEAD') return void res.end();
      createReadStream(variant.file).pipe(res);
    },
  };
}
