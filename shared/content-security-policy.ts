// The Content-Security-Policy of every page, defined once: the venue server sends it with
// each page and the desktop shell sets it on the app's own responses that lack the
// server's (electron/main/security.ts; never beside it, which would narrow connect-src).
// Everything comes from the venue server itself, nothing from anywhere else (offline is
// the normal case; 'self' covers the server's own websocket). Inline styles are allowed
// because React style props and chart libraries set them; inline scripts are not.
// The venue server's pages may also connect to the venue's laptops (`peers`, origins: the
// one list of shared/page-policy.ts, also written into each page's HTML): a pad loaded
// from the primary follows the venue to its standby (hot standby). A page loaded before
// the pairing lacks the standby: it learns so from the venue push and reloads itself from
// its own server into a policy naming the standby (renderer/common/policy-reload.ts).
// Never a wildcard: a page may reach the venue's laptops and nothing else.
export function contentSecurityPolicyFor(peers: readonly string[]): string {
  const connect = ["'self'", ...peers.flatMap((o) => [o, o.replace(/^http/, 'ws')])];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect.join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The policy with no other laptop (the desktop shell's own copy). */
export const contentSecurityPolicy = contentSecurityPolicyFor([]);
