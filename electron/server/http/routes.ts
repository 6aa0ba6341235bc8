// Plain HTTP: health, the organizer's results export, and the built pages. Everything the
// hall needs is served from here; nothing is fetched from the internet.
import { contentSecurityPolicyFor } from '../../../shared/content-security-policy.js';
import { existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize, sep } from 'node:path';
import { fail } from '../../../shared/contract/errors.js';
import type { Logger } from '../log.js';
import type { Auth } from '../realtime/auth.js';
import { hostName, venuePeers, type Gate } from './gate.js';
import { readLogo } from '../services/logos.js';
import { resultsExport } from '../services/results.js';
import { venueInfo } from '../services/place.js';
import type { Venue } from '../services/venue.js';
import { createPageHtml } from './page-html.js';
import { createStaticFiles } from './static-files.js';
import { landingPage, wantsPage, wrongHostPage } from './plain-pages.js';

/** The pages, by path. Each is a built index.html under the static folder. */
export const pages: Record<string, string> = {
  '/juri': 'juri',
  '/layar': 'layar',
  '/panitia': 'panitia',
  '/overlay': 'overlay',
  '/publik': 'publik',
};

function securityHeaders(res: ServerResponse, peers: readonly string[]): void {
  res.setHeader('Content-Security-Policy', contentSecurityPolicyFor(peers));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  // No Cross-Origin-Opener-Policy: browsers ignore it on plain-HTTP LAN origins and log an
  // error on every page; frame-ancestors in the CSP covers framing.
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

export function createRoutes(venue: Venue, auth: Auth, gate: Gate, staticDir: string, log: Logger) {
  const root = normalize(staticDir + sep);
  const started = Date.now();
  const files = createStaticFiles();
  const pageHtml = createPageHtml();
  return (req: IncomingMessage, res: ServerResponse): void => {
    // socket.io handles its own path; anything else is ours.
    if (req.url?.startsWith('/socket.io/')) return;
    // One list of the venue's laptops for this response: its CSP and, on a page, its HTML.
    const laptops = venuePeers(venue);
    securityHeaders(res, laptops);
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://venue.invalid');
    } catch {
      return json(res, 400, fail('BAD_INPUT'));
    }
    if (!gate.hostAllowed(req.headers.host)) {
      if (wantsPage(req, url.pathname, Object.keys(pages))) {
        res.writeHead(421, {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'no-store',
        });
        const asked = url.pathname + url.search;
        return void res.end(
          wrongHostPage(hostName(req.headers.host ?? ''), venue.place.self, asked),
        );
      }
      return json(res, 421, fail('FORBIDDEN', ['this server does not answer to that host name']));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return json(res, 405, fail('FORBIDDEN', ['method not allowed']));
    const path = url.pathname;
    try {
      if (path === '/api/health') {
        return json(res, 200, {
          ok: true,
          festival: venue.setup()?.festival.name ?? null,
          revision: venue.revision,
          uptimeMs: Date.now() - started,
          serverNow: Date.now(),
          venue: venueInfo(venue.place, venue.repos.meta),
        });
      }
      if (path === '/api/results') {
        const bearer = req.headers.authorization?.replace(/^Bearer\s+/i, '');
        const key = (req.headers['x-panggung-key'] as string | undefined) ?? bearer;
        const check = auth.checkHttpKey(key, req.socket.remoteAddress ?? 'unknown');
        if (check === 'forbidden')
          return json(res, 403, fail('FORBIDDEN', ['organizer access from this machine only']));
        if (check === 'unauthorized') return json(res, 401, fail('UNAUTHORIZED'));
        if (check !== 'ok') {
          const seconds = Math.ceil(check.throttled / 1000);
          res.setHeader('Retry-After', String(seconds));
          return json(res, 429, fail('THROTTLED', [`retry after ${seconds} s`]));
        }
        if (!venue.setup()) return json(res, 404, fail('NOT_FOUND'));
        return json(res, 200, { ok: true, data: resultsExport(venue) });
      }
      if (path === '/') {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        return void res.end(landingPage(venue.setup()?.festival.name ?? 'Panggung'));
      }
      const page = pages[path.replace(/\/$/, '')];
      if (page) {
        const file = join(root, page, 'index.html');
        if (!existsSync(file))
          return json(res, 503, fail('NOT_FOUND', [`page not built: run npm run build (${page})`]));
        return pageHtml.send(req, res, file, laptops);
      }
      const logo = /^\/media\/logo-([1-4])$/.exec(path);
      if (logo) {
        const found = readLogo(venue.db, Number(logo[1]));
        if (!found) return json(res, 404, fail('NOT_FOUND'));
        res.writeHead(200, {
          'Content-Type': found.mime,
          'Content-Length': found.bytes.length,
          'Cache-Control': 'public, max-age=86400',
        });
        return void res.end(found.bytes);
      }
      if (path.startsWith('/assets/') || path === '/favicon.ico') {
        let decoded: string;
        try {
          decoded = decodeURIComponent(path);
        } catch {
          return json(res, 400, fail('BAD_INPUT', ['malformed % escape in the address']));
        }
        const file = normalize(join(root, decoded));
        if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile())
          return json(res, 404, fail('NOT_FOUND'));
        // Vite names every asset by its content hash; favicon.ico keeps its name.
        return files.send(req, res, file, path === '/favicon.ico' ? 'revalidate' : 'immutable');
      }
      return json(res, 404, fail('NOT_FOUND'));
    } catch (err) {
      log.error('http failed', { path, err: String(err) });
      if (!res.headersSent) json(res, 500, fail('INTERNAL'));
    }
  };
}
