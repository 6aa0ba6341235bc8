// The organizer desk inside the Electron window, against a real venue server in real
// Chromium. The preload bridge is replaced by a tiny stand-in (the Electron runtime cannot
// run here): the key comes from the app, the cards use the app's LAN addresses, and the
// menu's export/import go through the native dialogs.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertPagesBuilt, launchBrowser, newPage } from '../helpers/browser.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  type Client,
  type TestServer,
} from '../helpers/server.js';

let a: TestServer;
let orgA: Client<'organizer'>;
let browser: Browser;

beforeAll(async () => {
  assertPagesBuilt('panitia');
  a = await startTestServer();
  orgA = await connect(a.url, 'organizer', { key: a.server.organizerKey });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  orgA?.close();
  await a?.stop();
  if (a) removeDir(a.dataDir);
});

describe('organizer desk in the Electron window', () => {
  it('in the Electron window: signed in by the app, its LAN addresses on the cards, menu export and import through the native dialogs', async () => {
    // A tiny stand-in for the preload bridge (the Electron runtime cannot run here).
    const { context, page: win } = await newPage(browser);
    const template = expectOk(await orgA.call('setup:export', {}));
    const body = JSON.stringify({ format: 'panggung-template', version: 1, setup: template });
    await context.addInitScript(
      ({ key, port, b64 }) => {
        const w = window as unknown as Record<string, unknown>;
        w.__saved = [];
        w.panggung = {
          organizerKey: async () => ({ ok: true, data: { key } }),
          lanInfo: async () => ({
            ok: true,
            data: {
              local: `http://127.0.0.1:${port}`,
              lan: [`http://192.168.1.10:${port}`, `http://10.0.0.5:${port}`],
              jurorUrls: [],
            },
          }),
          openExternal: async () => ({ ok: true, data: null }),
          dialogs: {
            openTemplate: async () => ({
              ok: true,
              data: { name: 'templat.json', bytes: b64.length, base64: b64 },
            }),
            saveFile: async (input: { suggestedName: string }) => {
              (w.__saved as unknown[]).push(input);
              return { ok: true, data: { path: `/home/panitia/${input.suggestedName}` } };
            },
          },
          onMenuCommand: (listener: (c: string) => void) => {
            w.__menu = listener;
            return () => undefined;
          },
        };
      },
      {
        key: a.server.organizerKey,
        port: new URL(a.url).port,
        b64: Buffer.from(body).toString('base64'),
      },
    );
    try {
      await win.goto(`${a.url}/panitia#/setup/cards`);
      await win.waitForSelector('[data-testid="juror-card"]'); // no key typed: the app gave it
      await win.waitForFunction(() =>
        document.querySelector('.juror-card__how')?.textContent?.includes('192.168.1.10'),
      );
      expect(await win.locator('select[name="lan"] option').allInnerTexts()).toHaveLength(2);
      await win.evaluate(() =>
        (window as unknown as { __menu: (c: string) => void }).__menu('export-setup'),
      );
      await win.waitForFunction(
        () => (window as unknown as { __saved: unknown[] }).__saved.length === 1,
      );
      const saved = await win.evaluate(
        () =>
          (
            window as unknown as {
              __saved: Array<{ suggestedName: string; encoding: string; content: string }>;
            }
          ).__saved[0],
      );
      expect(saved?.encoding).toBe('utf8');
      expect(JSON.parse(saved?.content ?? '{}').setup).toEqual(template);
      await win.evaluate(() =>
        (window as unknown as { __menu: (c: string) => void }).__menu('import-template'),
      );
      await win.waitForSelector('[data-testid="template-summary"]');
      expect(await win.innerText('[data-testid="template-summary"]')).toContain(
        template.festival.name,
      );
    } finally {
      await context.close();
    }
  });
});
