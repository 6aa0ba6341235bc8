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

/** Launches Chromium; extraArgs e.g. ['--host-resolver-rules=MAP panggung.test 127.0.0.1']. */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...extraArgs] });
}

/** Fails fast with a clear message when the pages were not built (`npx vite build`). */
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

/**
 * Where a screenshot goes: docs/screenshots/ (committed; look at each one) when
 * PANGGUNG_SCREENSHOTS=1 (`npm run screenshots`), else test-results/screenshots/, so an
 * ordinary test run leaves the committed pictures alone.
 */
export function screenshotPath(name: string): string {
  const dir =
    process.env.PANGGUNG_SCREENSHOTS === '1'
      ? join(repoRoot, 'docs', 'screenshots')
      : join(repoRoot, 'test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = screenshotPath(name);
  await page.screenshot({ path: file });
  return file;
}
