// The two pages the server writes itself (no bundle, no script), in both languages:
// - the landing page at `/`: the festival's name and a door for each kind of visitor;
// - what a person sees who opens a page under a name this server does not answer to (the
//   Host allow-list, gate.ts): a juror who typed the router's name for the laptop, a phone
//   that followed an old link. A browser asking for a page gets the venue server's own
//   address for the same page; anything else (an API call, a script of a rebound DNS name)
//   gets the JSON refusal. The status stays 421 either way: nothing of the festival is
//   served under that name.
import type { IncomingMessage } from 'node:http';
import { esc } from '../../../shared/publish/html.js';
import { isLoopbackName } from './gate.js';

const style = `body{font-family:system-ui,sans-serif;background:#0f172a;color:#f8fafc;margin:0;padding:2rem 1.25rem;line-height:1.5}
main{max-width:36rem;margin:0 auto}h1{font-size:1.5rem;margin:0 0 .75rem}section+section{margin-top:2rem;padding-top:1.5rem;border-top:1px solid #334155}
a{display:block;margin:.75rem 0;padding:.9rem 1.25rem;background:#1e293b;color:#f8fafc;border-radius:.75rem;text-decoration:none;font-size:1.25rem;word-break:break-all}
a:focus,a:hover{outline:3px solid #fbbf24}a small,p small{display:block;color:#cbd5e1;font-size:.95rem}code{color:#fbbf24}`;

// The pages' own icon, inline (no /favicon.ico request, which this server has no file for).
const icon = `data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='6' fill='%230a0f1e'/%3E%3Cpath d='M7 23h18v3H7zM10 9h12l2 11H8z' fill='%23ffc53d'/%3E%3C/svg%3E`;

const frame = (title: string, body: string) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="icon" href="${icon}"><title>${title}</title><style>${style}</style></head><body><main>${body}</main></body></html>`;

/** The landing page's doors, in the order a hall needs them. */
const doors = [
  { path: '/juri', id: 'Juri: lembar nilai', en: 'Jurors: score sheets' },
  { path: '/publik', id: 'Penonton: peringkat di ponsel', en: 'Audience: standings on a phone' },
  { path: '/layar', id: 'Layar proyektor', en: 'Projector screen' },
  { path: '/panitia', id: 'Panitia', en: 'Organizers' },
] as const;

/** `/`: the festival's name and a link to each page (Indonesian, English beneath). */
export function landingPage(festivalName: string): string {
  const links = doors
    .map((d) => `<a href="${d.path}" lang="id">${d.id}<small lang="en">${d.en}</small></a>`)
    .join('\n');
  return frame('Panggung', `<h1>${esc(festivalName)}</h1>\n${links}`);
}

/** Whether the refused request is a person's browser opening a page (not an API call). */
export function wantsPage(
  req: IncomingMessage,
  path: string,
  pagePaths: readonly string[],
): boolean {
  if (req.method !== 'GET') return false;
  if (path !== '/' && !pagePaths.includes(path.replace(/\/$/, ''))) return false;
  return (req.headers.accept ?? '').includes('text/html');
}

/**
 * The refusal as a page: `host` is the name the browser used (from the request: escaped),
 * `self` the server's own base URL ('' or loopback: none to offer), `asked` the path and
 * query the browser asked for (the link opens the same page at the right address).
 */
export function wrongHostPage(host: string, self: string, asked: string): string {
  const name = esc(host);
  let there = '';
  try {
    const url = new URL(asked, self);
    // A phone cannot open this machine's loopback name: offer none then.
    if (!isLoopbackName(url.hostname.replace(/^\[|\]$/g, ''))) there = url.href;
  } catch {
    there = '';
  }
  const link = there ? `<a href="${esc(there)}">${esc(there)}</a>` : '';
  return frame(
    'Panggung: alamat salah / wrong address',
    `<section lang="id"><h1>Alamat ini bukan alamat server Panggung</h1>
<p>Server Panggung di tempat acara tidak melayani nama <code>${name}</code>. ${there ? 'Buka alamatnya:' : 'Buka alamat yang ditunjukkan panitia, atau pindai kode QR.'}</p>${link}
<p><small>Untuk panitia: agar nama ini juga diterima, jalankan server dengan <code>--allow-host</code> dan nama ini (aplikasi desktop: <code>PANGGUNG_ALLOWED_HOSTS</code>).</small></p></section>
<section lang="en"><h1>This is not the Panggung server's address</h1>
<p>The venue's Panggung server does not answer to the name <code>${name}</code>. ${there ? 'Open its address:' : 'Open the address the organizers show, or scan the QR code.'}</p>${link}
<p><small>For organizers: to accept this name too, start the server with <code>--allow-host</code> and this name (desktop app: <code>PANGGUNG_ALLOWED_HOSTS</code>).</small></p></section>`,
  );
}
