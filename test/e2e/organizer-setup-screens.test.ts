// The organizer desk's other setup screens in real Chromium on a festival with imported
// entries and jurors (test/helpers/setup-desk.ts): festival details (checked in Bahasa
// Indonesia and English, the dates written out under their fields), categories, panels, a juror added with the keyboard alone, and the
// juror cards with QR and PIN (printed to PDF). Needs the built pages.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from '../helpers/browser.js';
import type { Client } from '../helpers/server.js';
import { go, setupDeskForFile } from '../helpers/setup-desk.js';

const d = setupDeskForFile({ imported: true });
let orgA: Client<'organizer'>;
let page: Page;
beforeAll(() => {
  ({ orgA, page } = d);
});
const { waitA } = d;

/** The line under a field (its hint), as the page shows it. */
const hintOf = (name: string) =>
  page.evaluate((n) => {
    const input = document.querySelector(`input[name="${n}"]`);
    return input ? (document.getElementById(`${input.id}-hint`)?.textContent ?? null) : null;
  }, name);

describe('organizer desk: setup screens, keyboard and juror cards', () => {
  it('shows the festival, category and panel screens', async () => {
    await go(page, 'festival');
    await page.fill('input[name="endDate"]', '2000-01-01');
    // The day written out under the date, whatever the system's own date control shows.
    expect(await hintOf('endDate')).toBe('Sabtu, 1 Januari 2000');
    await page.click('button[type="submit"]');
    await page.waitForSelector('.field-error');
    expect(await page.innerText('.field-error')).toContain('hari pertama');
    await screenshot(page, 'panitia-setup-festival');
    // English is one choice away; the same check then speaks English, zod's own messages too.
    await page.selectOption('.language-switch select', 'en');
    await expect.poll(() => hintOf('endDate')).toBe('Saturday, 1 January 2000');
    await page.click('button[type="submit"]');
    await page.waitForFunction(() =>
      document.querySelector('.field-error')?.textContent?.includes('first day'),
    );
    await page.fill('input[name="name"]', '');
    await page.click('button[type="submit"]');
    await page.waitForFunction(
      () => document.querySelector('.field-error')?.textContent === 'Required.',
    );
    expect(await page.innerText('h1')).toBe('Festival');
    expect(await page.innerText('[data-nav="entries"]')).toBe('Entries');
    await page.selectOption('.language-switch select', 'id');
    await go(page, 'categories');
    await page.waitForSelector('.named-row');
    await screenshot(page, 'panitia-setup-categories');
    await go(page, 'panels');
    await page.waitForSelector('.named-row');
    await screenshot(page, 'panitia-setup-panels');
  });

  it('is usable with the keyboard alone: navigate, open a form, save with Enter', async () => {
    const tabTo = async (selector: string, max = 80) => {
      for (let i = 0; i < max; i++) {
        if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector))
          return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo('[data-nav="jurors"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        document.activeElement?.tagName === 'H1' && document.activeElement.textContent === 'Juri',
    );
    await tabTo('.page-header__actions .btn--primary');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'name');
    await page.keyboard.press('Enter'); // empty name: the error is next to the field, focus stays
    await page.waitForSelector('#juror-form-title ~ .field .field-error');
    expect(await page.innerText('#juror-form-title ~ .field .field-error')).not.toBe('');
    await page.keyboard.type('Dra. Keyboard Saja');
    await page.keyboard.press('Enter');
    const saved = await waitA((s) => s.jurors.some((j) => j.name === 'Dra. Keyboard Saja'));
    expect(saved.jurors.filter((j) => j.name === 'Dra. Keyboard Saja')).toHaveLength(1);
    await page.waitForSelector('#juror-form-title', { state: 'detached' });
  });

  it('renders juror cards with a QR code and the PIN for each juror', async () => {
    await go(page, 'cards');
    await page.waitForFunction(
      () => [...document.querySelectorAll('img.juror-card__qr')].length === 5,
    );
    const snap = orgA.latest();
    const pins = await page.locator('[data-testid="card-pin"]').allInnerTexts();
    expect(pins.sort()).toEqual((snap?.jurors ?? []).map((j) => j.pin).sort());
    const src = await page.getAttribute('img.juror-card__qr', 'src');
    expect(src).toMatch(/^data:image\/svg\+xml/);
    expect(decodeURIComponent(src ?? '')).toContain('<svg');
    await screenshot(page, 'panitia-setup-cards');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    // The print layout at A4 width (210 mm minus 10 mm margins at 96 dpi): only the cards.
    await page.setViewportSize({ width: 718, height: 1047 });
    expect(await page.isVisible('.desk__nav')).toBe(false);
    await screenshot(page, 'panitia-setup-cards-print');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.emulateMedia({ media: 'screen' });
  });
});
