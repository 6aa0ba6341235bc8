// What people are handed to join the festival, checked where they see it: the juror cards
// printed to a PDF (every juror's name and PIN in pdftotext's output), and the welcome
// screen's QR pointing at the venue's LAN address chosen on the desk. On the ceremony's
// festival (test/helpers/ceremony-desk.ts), unscored: neither needs a sheet. Needs the
// built pages.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ceremonyDeskForFile } from '../helpers/ceremony-desk.js';
import { expectOk } from '../helpers/server.js';

const d = ceremonyDeskForFile({ scored: false });

describe('juror cards', () => {
  it("print as A4 sheets of cards: every juror's name and PIN is in the PDF text", async () => {
    const { srv, org, desk, deskWatch, setup, tmp, go } = d;
    await go('setup', 'cards');
    await desk.waitForFunction(
      (n) => document.querySelectorAll('img.juror-card__qr').length === n,
      setup.jurors.length,
    );
    const file = join(tmp, 'kartu-juri.pdf');
    writeFileSync(file, await desk.pdf({ format: 'A4', preferCSSPageSize: true }));
    const pdfText = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const jurors = org.latest()!.jurors;
    expect(jurors.length).toBe(7);
    // A long name wraps on its card: compare with the line breaks folded.
    const folded = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    for (const j of jurors) {
      // PINs are printed in groups of three ("482 559 037"), as typed from the card.
      expect(pdfText).toContain(j.pin.replace(/(\d{3})(?=\d)/g, '$1 '));
      expect(folded).toContain(j.name);
    }
    expect(pdfText).toContain(`${srv.url}/juri`);
    // Cards only: the desk's navigation is not printed.
    expect(pdfText).not.toContain('Jalannya acara');
    expect(deskWatch.errors).toEqual([]);
  });
});

describe('the welcome screen', () => {
  it("points its QR at the venue's LAN address chosen on the desk, not the projector's loopback", async () => {
    const { org, desk, deskWatch, go, projector } = d;
    expectOk(await org.call('screens:address', { base: 'http://192.168.1.20:4321' }));
    expectOk(await org.call('screen:mode', { screen: 'utama', mode: 'welcome' }));
    const p = await projector('utama', 1920, 1080);
    await p.page.waitForSelector('[data-testid="join-qr"] svg');
    expect(await p.page.getAttribute('[data-testid="join-qr"]', 'data-url')).toBe(
      'http://192.168.1.20:4321/publik',
    );
    expect(await p.page.innerText('[data-testid="public-url"]')).toBe('192.168.1.20:4321/publik');
    await go('live', 'screens');
    expect(await desk.inputValue('select[name="public-address"]')).toBe('http://192.168.1.20:4321');
    expect(p.watched.errors).toEqual([]);
    expect(deskWatch.errors).toEqual([]);
  });
});
