// Build-time compression of the pages' assets: next to every compressible file vite writes,
// a brotli (.br) and a gzip (.gz) copy, made once at build time at the highest levels so the
// venue server only picks a file by Accept-Encoding (electron/server/http/static-files.ts)
// and never compresses per request. A copy that would not be smaller is not written.
// Source maps are left alone: only a developer's browser asks for them.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

// Brotli's top quality costs about 2.5 s per MB here; above this size (only the desk's
// lazily loaded spreadsheet library, fetched over loopback) quality 9 is 25x faster for
// a file about 10% larger.
const maxQualityUpTo = 512 * 1024;

const compressible = /\.(?:html|js|css|svg|json|webmanifest|txt|ico)$/;

/** Writes file.br and file.gz when each is smaller than the file; removes stale ones. */
export function precompressFile(file: string): { raw: number; br: number; gz: number } {
  const bytes = readFileSync(file);
  const br = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]:
        bytes.length <= maxQualityUpTo ? constants.BROTLI_MAX_QUALITY : 9,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  const gz = gzipSync(bytes, { level: 9 });
  const out = { raw: bytes.length, br: bytes.length, gz: bytes.length };
  for (const [ext, data] of [
    ['br', br],
    ['gz', gz],
  ] as const) {
    if (data.length < bytes.length) {
      writeFileSync(`${file}.${ext}`, data);
      out[ext] = data.length;
    } else rmSync(`${file}.${ext}`, { force: true });
  }
  return out;
}

export function isCompressible(fileName: string): boolean {
  return compressible.test(fileName);
}

/** The vite plugin: compresses every compressible file of the bundle once it is written. */
export function precompress(): Plugin {
  return {
    name: 'panggung-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir;
      if (!dir) return;
      for (const fileName of Object.keys(bundle))
        if (isCompressible(fileName)) precompressFile(join(dir, fileName));
    },
  };
}
