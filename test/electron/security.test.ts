import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  contentSecurityPolicyFor,
} from '../../shared/content-security-policy.js';
import {
  decideWindowOpen,
  isOwnOrigin,
  isSafeExternalUrl,
  secureWebPreferences,
  withCsp,
} from '../../electron/main/security.js';

const origin = 'http://127.0.0.1:4321';

describe('secureWebPreferences', () => {
  it('locks every window down, with or without a preload', () => {
    for (const prefs of [
      secureWebPreferences(),
      secureWebPreferences('/app/out/electron/preload/preload.cjs'),
    ]) {
      expect(prefs).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
      });
    }
    expect(secureWebPreferences().preload).toBeUndefined();
  });
});

describe('navigation guard', () => {
  it.each([
    'http://127.0.0.1:4321/panitia',
    'http://127.0.0.1:4321/layar?nama=utama',
    'http://127.0.0.1:4321/',
    'http://127.0.0.1:4321/juri#x',
  ])('allows the own origin: %s', (url) => expect(isOwnOrigin(url, origin)).toBe(true));

  it.each([
    ['another host', 'http://192.168.1.20:4321/panitia'],
    ['localhost is another origin', 'http://localhost:4321/panitia'],
    ['another port', 'http://127.0.0.1:4322/panitia'],
    ['a port that starts with the same digits', 'http://127.0.0.1:43210/panitia'],
    ['look-alike after the port', 'http://127.0.0.1:4321.evil.com/'],
    ['backslash trick', 'http://evil.com\\@127.0.0.1:4321/'],
    ['default port', 'http://127.0.0.1/panitia'],
    ['https', 'https://127.0.0.1:4321/panitia'],
    ['look-alike host', 'http://127.0.0.1.evil.com:4321/panitia'],
    ['credentials trick', 'http://127.0.0.1:4321@evil.com/panitia'],
    ['credentials on own host', 'http://user:pw@127.0.0.1:4321/panitia'],
    ['file', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['ws', 'ws://127.0.0.1:4321/'],
    ['garbage', 'not a url'],
    ['empty', ''],
  ])('denies %s', (_name, url) => expect(isOwnOrigin(url, origin)).toBe(false));

  it('follows the origin it is given (a server on another port)', () => {
    expect(isOwnOrigin('http://127.0.0.1:5000/panitia', 'http://127.0.0.1:5000')).toBe(true);
    expect(isOwnOrigin('http://127.0.0.1:4321/panitia', 'http://127.0.0.1:5000')).toBe(false);
  });
});

describe('external links', () => {
  it.each(['https://example.org/help', 'http://example.org', 'https://github.com/x/y?q=1'])(
    'allows %s',
    (url) => expect(isSafeExternalUrl(url)).toBe(true),
  );
  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'data:text/html,x',
    'smb://host/share',
    'ms-msdt:/id',
    'mailto:a@b.c',
    'https://user:pw@example.org',
    'nonsense',
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));

  it('window.open: own pages in the app, web links to the browser, the rest denied', () => {
    expect(decideWindowOpen('http://127.0.0.1:4321/layar', origin)).toEqual({
      action: 'allow-in-app',
    });
    expect(decideWindowOpen('https://example.org/a b', origin)).toEqual({
      action: 'open-external',
      url: 'https://example.org/a%20b',
    });
    expect(decideWindowOpen('file:///etc/passwd', origin)).toEqual({ action: 'deny' });
    expect(decideWindowOpen('http://127.0.0.1.evil.com:4321/', origin)).toEqual({
      action: 'open-external',
      url: 'http://127.0.0.1.evil.com:4321/',
    });
  });
});

describe('CSP', () => {
  it('allows only the own origin (its websocket included)', () => {
    const csp = contentSecurityPolicy;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|https?:\/\/(?!127)/);
  });
  it('is added to own-origin responses only', () => {
    expect(
      withCsp('http://127.0.0.1:4321/panitia', { 'content-type': ['text/html'] }, origin),
    ).toMatchObject({
      'content-type': ['text/html'],
      'Content-Security-Policy': [contentSecurityPolicy],
    });
    expect(withCsp('https://example.org/', {}, origin)).toEqual({});
  });
  it("keeps the venue server's policy as the only one, whatever its header case", () => {
    // The server's policy names the standby laptop; the shell's own copy names no other
    // laptop, and beside it (both are enforced) the window could not follow the standby.
    const server = contentSecurityPolicyFor(['http://192.168.1.21:4321']);
    expect(
      withCsp('http://127.0.0.1:4321/layar', { 'content-security-policy': [server] }, origin),
    ).toEqual({ 'content-security-policy': [server] });
    expect(
      withCsp('http://127.0.0.1:4321/juri', { 'Content-Security-Policy': server }, origin),
    ).toEqual({ 'Content-Security-Policy': server });
    // An empty header is no policy: ours is set.
    expect(
      withCsp('http://127.0.0.1:4321/juri', { 'content-security-policy': [''] }, origin),
    ).toEqual({ 'content-security-policy': [contentSecurityPolicy] });
  });
});
