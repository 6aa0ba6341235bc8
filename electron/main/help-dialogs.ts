// Help menu dialogs: the addresses jurors type (with a QR code of the first one) and the
// firewall checklist. Native message boxes, so they work even when a page is broken.
import type { BaseWindow, MessageBoxOptions, MessageBoxReturnValue, NativeImage } from 'electron';
import QRCode from 'qrcode';
import type { VenueServer } from '../server/venue-server.js';
import { jurorUrls } from './ipc-handlers.js';
import type { Strings } from './strings.js';

export type HelpDeps = {
  showMessageBox(
    window: BaseWindow | null,
    options: MessageBoxOptions,
  ): Promise<MessageBoxReturnValue>;
  imageFromDataUrl(dataUrl: string): NativeImage;
  writeClipboard(text: string): void;
};

async function box(
  deps: HelpDeps,
  win: BaseWindow | null,
  options: MessageBoxOptions,
): Promise<MessageBoxReturnValue> {
  return deps.showMessageBox(win, options);
}

export async function showJurorAddresses(
  deps: HelpDeps,
  win: BaseWindow | null,
  server: VenueServer,
  s: Strings,
): Promise<void> {
  if (server.urls.lan.length === 0) {
    await box(deps, win, {
      type: 'warning',
      title: s.jurorTitle,
      message: s.noLan,
      detail: jurorUrls(server.urls).join('\n'),
      buttons: [s.ok],
    });
    return;
  }
  const urls = jurorUrls(server.urls);
  const first = urls[0] ?? server.urls.local;
  const qr = await QRCode.toDataURL(first, { margin: 2, width: 256, errorCorrectionLevel: 'M' });
  const { response } = await box(deps, win, {
    type: 'info',
    title: s.jurorTitle,
    message: s.jurorMessage,
    detail: urls.join('\n'),
    icon: deps.imageFromDataUrl(qr),
    buttons: [s.ok, s.copyAddress],
    defaultId: 0,
    cancelId: 0,
  });
  if (response === 1) deps.writeClipboard(first);
}

export async function showFirewallHelp(
  deps: HelpDeps,
  win: BaseWindow | null,
  port: number,
  s: Strings,
): Promise<void> {
  await box(deps, win, {
    type: 'info',
    title: s.firewallTitle,
    message: s.firewallMessage,
    detail: s.firewallDetail(port),
    buttons: [s.ok],
  });
}
