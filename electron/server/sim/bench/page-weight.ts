// Page weight: what a browser downloads on a page's first load, measured over real HTTP
// from a running venue server, compressed as a browser asks for it (Accept-Encoding br,
// then gzip only, then none). The files are the ones the page's HTML names (scripts,
// module preloads, stylesheets): the whole static graph, since vite lists every imported
// chunk as a modulepreload. Lazily imported chunks (the desk's spreadsheet library) are
// not part of a first load. Also reads vite's manifest to walk a page's bundle graph.
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import type { Row } from './stats.js';

/** First-load targets in KB (1 KB = 1,000 bytes), compressed (brotli). */
export const pageTargetsKB: Record<string, number> = { '/juri': 150, '/publik': 80, '/layar': 250 };
export const measuredPages = ['/juri', '/publik', '/layar', '/overlay', '/panitia'] as const;

export type ManifestChunk = {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  isEntry?: boolean;
};
export type Manifest = Record<string, ManifestChunk>;

/**
 * The manifests of every build run (`.vite/manifest.json`, and `manifest-publik.json` of the
 * phone page's own run), merged. A key two runs name differently is an error, not a guess.
 */
export function readManifest(staticDir: string): Manifest {
  const dir = join(staticDir, '.vite');
  const out: Manifest = {};
  for (const f of readdirSync(dir).filter((n) => /^manifest(-[a-z]+)?\.json$/.test(n))) {
    const part = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Manifest;
    for (const [key, chunk] of Object.entries(part)) {
      const had = out[key];
      if (had && had.file !== chunk.file)
        throw new Error(`manifest key ${key} is ${had.file} and ${chunk.file} (${f})`);
      out[key] = chunk;
    }
  }
  return out;
}

/** The output files (assets/...) a page's entry reaches; with `dynamic`, lazy chunks too. */
export function bundleGraph(manifest: Manifest, page: string, dynamic: boolean): string[] {
  const seen = new Set<string>();
  const files = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest has no chunk ${key}`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const k of chunk.imports ?? []) visit(k);
    if (dynamic) for (const k of chunk.dynamicImports ?? []) visit(k);
  };
  visit(`${page}/index.html`);
  return [...files].sort();
}

/** The same-origin files an HTML page names in src= and href= (data: URLs excluded). */
export function htmlAssets(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="(\/[^"]*)"/g))
    if (m[1]) found.add(m[1]);
  return [...found].sort();
}

type Fetched = { status: number; bytes: number; body: Buffer; encoding: string };

function fetchBytes(base: string, path: string, acceptEncoding: string): Promise<Fetched> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { headers: { 'accept-encoding': acceptEncoding }, timeout: 10_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            bytes: body.length,
            body,
            encoding: String(res.headers['content-encoding'] ?? 'identity'),
          });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout fetching ${path}`)));
    req.on('error', reject);
    req.end();
  });
}

export type PageWeight = {
  page: string;
  files: string[];
  /** Bytes on the wire, HTML included: as Chromium asks, gzip only, uncompressed. */
  br: number;
  gzip: number;
  raw: number;
};

const browserAccept = 'gzip, deflate, br, zstd';

/** Downloads a page and everything its HTML names, three ways, and adds up the bytes. */
export async function measurePage(base: string, page: string): Promise<PageWeight> {
  const html = await fetchBytes(base, page, 'identity');
  if (html.status !== 200) throw new Error(`${page}: HTTP ${html.status} (pages built?)`);
  const files = htmlAssets(html.body.toString('utf8'));
  const total = { br: 0, gzip: 0, raw: 0 };
  for (const path of [page, ...files])
    for (const [key, accept] of [
      ['br', browserAccept],
      ['gzip', 'gzip'],
      ['raw', 'identity'],
    ] as const) {
      const got = await fetchBytes(base, path, accept);
      if (got.status !== 200) throw new Error(`${path}: HTTP ${got.status}`);
      total[key] += got.bytes;
    }
  return { page, files, ...total };
}

export async function measurePages(base: string): Promise<PageWeight[]> {
  const out: PageWeight[] = [];
  for (const page of measuredPages) out.push(await measurePage(base, page));
  return out;
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

export function pageWeightRows(weights: readonly PageWeight[]): Row[] {
  return weights.map((w) => {
    const target = pageTargetsKB[w.page];
    return {
      metric: `First load of ${w.page} (${w.files.length + 1} files), brotli / gzip / raw`,
      target: target ? `<= ${target} KB (compressed)` : '',
      figure: `${kb(w.br)} / ${kb(w.gzip)} / ${kb(w.raw)}`,
      verdict: target ? (w.br <= target * 1000 ? 'pass' : 'MISS') : '',
    };
  });
}

/** The page-weight rows for a server at `base`, measured now (pages must be built). */
export async function pageWeightReport(base: string): Promise<Row[]> {
  try {
    return pageWeightRows(await measurePages(base));
  } catch (err) {
    return [
      {
        metric: 'First load of the pages',
        target: '',
        figure: `not measured: ${err instanceof Error ? err.message : String(err)}`,
        verdict: '',
      },
    ];
  }
}
