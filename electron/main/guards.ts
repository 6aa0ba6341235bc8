// Wires the decisions of security.ts onto Electron objects: every web contents gets the
// navigation and window-open guards, the session gets the CSP and denies permissions.
// The origin is read through a getter because the venue server's port is known only
// after it starts (and changes when another festival folder is opened).
import type { Session, WebContents } from 'electron';
import { errorFields, type Logger } from './logger.js';
import {
  decideWindowOpen,
  isOwnOrigin,
  isSafeExternalUrl,
  secureWebPreferences,
  withCsp,
} from './security.js';

export type OpenExternal = (url: string) => Promise<void>;

/** Opens a link in the system browser only when it is a vetted http(s) URL. */
export async function openExternalSafely(
  url: string,
  openExternal: OpenExternal,
  log: Logger,
): Promise<boolean> {
  if (!isSafeExternalUrl(url)) {
    log.warn('refused to open an external link', { url: url.slice(0, 200) });
    return false;
  }
  await openExternal(new URL(url).href);
  return true;
}

export function guardWebContents(
  contents: WebContents,
  getOrigin: () => string,
  openExternal: OpenExternal,
  log: Logger,
): void {
  const guard = (kind: string) => (event: { url: string; preventDefault(): void }) => {
    if (isOwnOrigin(event.url, getOrigin())) return;
    event.preventDefault();
    log.warn(`blocked ${kind}`, { url: event.url.slice(0, 200) });
  };
  contents.on('will-navigate', guard('navigation'));
  contents.on('will-frame-navigate', guard('frame navigation'));
  contents.on('will-redirect', guard('redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('blocked a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url, getOrigin());
    if (decision.action === 'allow-in-app') {
      // Own pages may open in a new window, with the same locked-down preferences and no preload.
      return {
        action: 'allow',
        overrideBrowserWindowOptions: { webPreferences: secureWebPreferences() },
      };
    }
    if (decision.action === 'open-external') {
      openExternalSafely(decision.url, openExternal, log).catch((err: unknown) =>
        log.error('openExternal failed', errorFields(err)),
      );
    } else {
      log.warn('blocked window.open', { url: url.slice(0, 200) });
    }
    return { action: 'deny' };
  });
}

export function hardenSession(session: Session, getOrigin: () => string, log: Logger): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.url, details.responseHeaders, getOrigin()) });
  });
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('denied a permission request', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
