// Real Chromium for page tests: Debian's /usr/bin/chromium driven by playwright-core
// (`npx playwright install` is not available here). Shared by every page test.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const chromiumPath = process.env.PANGGUNG_CHROMIUM ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Launches Chromium; extraArgs e.g. lanBrowserArgs (server.ts: the LAN test name). */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...extraArgs] });
}

/** Fails fast with a clear message when the pages were not built (`npm run build:web`). */
export function assertPagesBuilt(...pages: string[]): void {
  for (const p of pages) {
    const file = join(repoRoot, 'dist', 'renderer', p, 'index.html');
    if (!existsSync(file))
      throw new Error(
        `${file} is missing: run \`npx vite build\` (npm test does) before the page tests`,
      );
  }
}

export type Watched = { errors: string[]; foreignRequests: string[] };

/**
 * Records page errors, console errors and every request that leaves the page's own origin
 * (the hall has no internet: a CDN font or script would be a bug).
 */
export function watchPage(page: Page, origin: string): Watched {
  const w: Watched = { errors: [], foreignRequests: [] };
  page.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) w.errors.push(`http ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))
      w.foreignRequests.push(u);
  });
  return w;
}

/** Records the text of every WebSocket frame the page receives from now on. */
export function recordFrames(page: Page): string[] {
  const frames: string[] = [];
  page.on('websocket', (ws) =>
    ws.on('framereceived', (f) =>
      frames.push(typeof f.payload === 'string' ? f.payload : f.payload.toString('utf8')),
    ),
  );
  return frames;
}

export async function newPage(
  browser: Browser,
  opts: { width?: number; height?: number; locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1366, height: opts.height ?? 768 },
    locale: opts.locale ?? 'id-ID',
  });
  const page = await context.newPage();
  return { context, page };
}

/** Screenshots are taken only by `npm run screenshots` (PANGGUNG_SCREENSHOTS=1). */
export const takingScreenshots = process.env.PANGGUNG_SCREENSHOTS === '1';

/**
 * Where a screenshot goes: docs/screenshots/ (committed; look at each one). Ordinary test
 * runs take none: a picture compared with nothing proves nothing, and costs seconds.
 */
export function screenshotPath(name: string): string {
  const dir = join(repoRoot, 'docs', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}

/**
 * Saves a screenshot under `npm run screenshots`, once every finite CSS animation on the page
 * has finished (infinite ones, like a pulsing drumroll, are ignored); `settleMs` adds time
 * for a state a script plays out (a reveal's build-up). Ordinary runs: does nothing.
 */
export async function screenshot(
  page: Page,
  name: string,
  options: { omitBackground?: boolean; fullPage?: boolean; settleMs?: number } = {},
): Promise<void> {
  if (!takingScreenshots) return;
  const { settleMs, ...shot } = options;
  if (settleMs) await page.waitForTimeout(settleMs);
  await animationsDone(page);
  await page.screenshot({ path: screenshotPath(name), ...shot });
}

/** Resolves when no finite animation runs on the page (CSS transitions included). */
export async function animationsDone(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity,
      ),
  );
}
