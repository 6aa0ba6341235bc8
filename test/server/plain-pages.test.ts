// The server's own pages (electron/server/http/plain-pages.ts): the refusal page for a name
// the server does not answer to links the same page at the server's own address, escapes
// what the request said, and is given only to a browser asking for a page.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { landingPage, wantsPage, wrongHostPage } from '../../electron/server/http/plain-pages.js';

const pagePaths = ['/juri', '/layar', '/panitia', '/overlay', '/publik'];
const req = (method: string, accept?: string) =>
  ({ method, headers: accept === undefined ? {} : { accept } }) as IncomingMessage;
const chromeAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('the refusal page for a strange host name', () => {
  it("links the page asked for at the server's own LAN address", () => {
    const html = wrongHostPage('panggung.lan:4321', 'http://192.168.1.20:4321', '/juri?kode=ABC');
    expect(html).toContain('href="http://192.168.1.20:4321/juri?kode=ABC"');
    expect(html).toContain('Buka alamatnya:');
    expect(html).toContain('Open its address:');
    expect(html).not.toContain('pindai kode QR');
  });

  it('offers no loopback address (a phone cannot open it) and none when unknown', () => {
    for (const self of ['http://127.0.0.1:4321', 'http://localhost:4321', 'http://[::1]:4321', ''])
      expect(wrongHostPage('x.lan', self, '/juri'), self).not.toContain('<a ');
    expect(wrongHostPage('x.lan', '', '/juri')).toContain('pindai kode QR');
  });

  it('escapes the host name and the path the request carried', () => {
    const html = wrongHostPage(
      '<img src=x onerror=alert(1)>',
      'http://10.0.0.2:4321',
      '/juri?"><script>alert(1)</script>',
    );
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('is for a browser opening a page; an API call or an asset gets the JSON refusal', () => {
    expect(wantsPage(req('GET', chromeAccept), '/juri', pagePaths)).toBe(true);
    expect(wantsPage(req('GET', chromeAccept), '/publik/', pagePaths)).toBe(true);
    expect(wantsPage(req('GET', chromeAccept), '/', pagePaths)).toBe(true);
    expect(wantsPage(req('GET', chromeAccept), '/api/health', pagePaths)).toBe(false);
    expect(wantsPage(req('GET', chromeAccept), '/assets/index-abc.js', pagePaths)).toBe(false);
    expect(wantsPage(req('GET', 'application/json'), '/juri', pagePaths)).toBe(false);
    expect(wantsPage(req('GET'), '/juri', pagePaths)).toBe(false);
    expect(wantsPage(req('HEAD', chromeAccept), '/juri', pagePaths)).toBe(false);
  });
});

describe('the landing page', () => {
  it("escapes the festival's name", () => {
    const html = landingPage('Festival <b>Inovasi</b> & "Daerah"');
    expect(html).toContain('<h1>Festival &lt;b&gt;Inovasi&lt;/b&gt; &amp; &quot;Daerah&quot;</h1>');
  });
});
