// Steps the juror pad tests share: keyboard-only scoring, a switchable network line
// between the page and the server, and the "nothing left the venue" check.
import { expect } from 'vitest';
import type { BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { screenshot, type Watched } from '../helpers/browser.js';

/** Presses Tab until the element matching the selector has focus (keyboard only). */
export async function tabTo(page: Page, selector: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector))
      return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Scores the open sheet with the keyboard: type, arrows, Tab to the next criterion. */
export async function scoreWithKeyboard(page: Page, comment: string): Promise<void> {
  // The skip link jumps over the header and the entry list.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await tabTo(page, '.skip-link');
  await page.keyboard.press('Enter');
  await tabTo(page, '#crit-kebaruan-input');
  await page.keyboard.type('8');
  await page.keyboard.press('Tab');
  await page.keyboard.type('7,5');
  await page.keyboard.press('Tab');
  // From "not scored" the arrows start mid-scale (5.5), then step 0.5: 6.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Tab');
  await page.keyboard.type('9');
  await page.keyboard.press('Tab');
  await page.keyboard.type('8.5');
  await page.keyboard.press('Tab');
  await page.keyboard.type(comment);
}
// 8, 7.5, 6, 9, 8.5 on weights 30/25/15/20/10 -> 24 + 18.75 + 9 + 18 + 8.5 = 78.25
export const expectedValues = {
  kebaruan: 800,
  kemanfaatan: 750,
  kewenangan: 600,
  replikasi: 900,
  penyajian: 850,
};
export const expectedTotal = 78_250_000;

/** Submit, then confirm once: the dialog opens on its confirm button, Enter sends. */
export async function submitWithKeyboard(page: Page, shot?: string): Promise<void> {
  await tabTo(page, '[data-testid="submit"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="confirm-submit"]');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
    'confirm-submit',
  );
  if (shot) await screenshot(page, shot);
  await page.keyboard.press('Enter');
}

/**
 * A switchable network between the page and the server's socket.io endpoint: WebSocket
 * frames are relayed through Playwright, long-polling through page.route. "cutAfterSaveAck"
 * swallows the server's answer to the next sheet:save (the sheet is already committed) and
 * cuts the line, as a Wi-Fi drop at the worst moment would.
 */
export type Line = {
  blocked: boolean;
  cutAfterSaveAck: boolean;
  cut: Promise<void>;
  onCut: () => void;
  cutNow: () => void;
};

/** The socket.io ack frame of a juror's stored sheet (a SheetSaveReply on /juror). */
const sheetSaveAck = (m: string) => m.startsWith('43/juror,') && m.includes('"sheetId"');

export async function switchableLine(
  context: BrowserContext,
  /** The server frame after which cutAfterSaveAck cuts the line (default: a stored sheet). */
  isSaveAck: (frame: string) => boolean = sheetSaveAck,
): Promise<Line> {
  const open = new Set<WebSocketRoute>();
  const line: Line = {
    blocked: false,
    cutAfterSaveAck: false,
    cut: Promise.resolve(),
    onCut: () => undefined,
    cutNow: () => {
      line.blocked = true;
      for (const ws of open) void ws.close({ code: 4000, reason: 'cut' });
      open.clear();
    },
  };
  line.cut = new Promise<void>((resolve) => {
    line.onCut = resolve;
  });
  await context.route('**/socket.io/**', (route) =>
    line.blocked ? route.abort('internetdisconnected') : route.continue(),
  );
  await context.routeWebSocket(/\/socket\.io\//, (ws: WebSocketRoute) => {
    if (line.blocked) return void ws.close({ code: 4000, reason: 'offline' });
    const server = ws.connectToServer();
    open.add(ws);
    ws.onMessage((m) => server.send(m));
    server.onMessage((m) => {
      if (line.cutAfterSaveAck && typeof m === 'string' && isSaveAck(m)) {
        line.cutAfterSaveAck = false;
        line.blocked = true;
        void server.close({ code: 4000, reason: 'cut' });
        void ws.close({ code: 4000, reason: 'cut' });
        line.onCut();
        return;
      }
      ws.send(m);
    });
    ws.onClose((code, reason) => {
      open.delete(ws);
      void server.close({ code, reason });
    });
    server.onClose((code, reason) => void ws.close({ code, reason }));
  });
  return line;
}

/**
 * No request left the venue, and the page logged no error of its own. Tolerated: socket
 * reconnect noise, and Chromium's note that the server's Cross-Origin-Opener-Policy header
 * is ignored on a plain-HTTP LAN origin (a server header, harmless; reported to its owner).
 */
export function noForeignTraffic(w: Watched): void {
  expect(w.foreignRequests).toEqual([]);
  const own = w.errors.filter(
    (e) =>
      !e.includes('WebSocket') &&
      !e.includes('net::') &&
      !e.includes('Cross-Origin-Opener-Policy header has been ignored'),
  );
  expect(own).toEqual([]);
}
