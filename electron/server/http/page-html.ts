// A page's HTML as served: the built index.html with one <meta> naming the venue laptops its
// Content-Security-Policy allows (shared/page-policy.ts; the same list as the header), so
// a page that later hears of a standby it may not reach knows to reload (hot standby).
// The HTML differs by that list, so it cannot use the build's precompressed copies: it is
// compressed here once per build and list (a page is about a kilobyte; the list changes
// when a standby pairs or takes over), never per request. Revalidated on every load; the
// ETag covers the list, so a browser never keeps HTML naming laptops its policy lacks.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { laptopsMeta } from '../../../shared/page-policy.js';
import { acceptedEncodings, etagMatches, type Encoding } from './static-files.js';

type Variant = { bytes: Buffer; etag: string };
type Entry = { key: string; variants: Partial<Record<Encoding, Variant>> };

/** The HTML with the laptops' <meta> as the first element of <head>. */
export function withLaptops(html: string, laptops: readonly string[]): string {
  const meta = laptopsMeta(laptops);
  const head = /<head[^>]*>/i.exec(html);
  return head
    ? html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length)
    : meta + html;
}

function variant(bytes: Buffer, hash: string, encoding: Encoding): Variant {
  return { bytes, etag: `"${hash}${encoding === 'identity' ? '' : `-${encoding}`}"` };
}

export function createPageHtml() {
  // Per page file: the variants for its current build and laptops.
  const known = new Map<string, Entry>();

  function describe(file: string, laptops: readonly string[]): Entry {
    const s = statSync(file);
    const key = `${s.mtimeMs}:${s.size}|${laptops.join(' ')}`;
    const cached = known.get(file);
    if (cached?.key === key) return cached;
    const identity = Buffer.from(withLaptops(readFileSync(file, 'utf8'), laptops));
    const hash = createHash('sha256').update(identity).digest('base64url').slice(0, 22);
    const entry: Entry = { key, variants: { identity: variant(identity, hash, 'identity') } };
    const br = brotliCompressSync(identity);
    const gz = gzipSync(identity, { level: 9 });
    if (br.length < identity.length) entry.variants.br = variant(br, hash, 'br');
    if (gz.length < identity.length) entry.variants.gzip = variant(gz, hash, 'gzip');
    known.set(file, entry);
    return entry;
  }

  return {
    /** Sends the page `file` (known to exist) naming `laptops`, as this request wants it. */
    send(req: IncomingMessage, res: ServerResponse, file: string, laptops: readonly string[]) {
      const entry = describe(file, laptops);
      const encoding =
        acceptedEncodings(req.headers['accept-encoding']).find((e) => entry.variants[e]) ??
        'identity';
      const chosen = entry.variants[encoding] ?? entry.variants.identity!;
      const headers: Record<string, string | number> = {
        'Cache-Control': 'no-cache',
        ETag: chosen.etag,
        Vary: 'Accept-Encoding',
      };
      if (etagMatches(req.headers['if-none-match'], chosen.etag)) {
        res.writeHead(304, headers);
        return void res.end();
      }
      headers['Content-Type'] = 'text/html; charset=utf-8';
      headers['Content-Length'] = chosen.bytes.length;
      if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : chosen.bytes);
    },
  };
}
