// The desk's people's-choice page in real Chromium against a real venue server: the weaker
// phone mode labelled as such, what screens show, tickets made and printed to an A4 PDF
// (every code in pdftotext's output, the page rendered by pdftoppm), votes arriving in the
// live tally, a ticket voided with a reason, the group closed and its favourite revealed,
// and "Favorit Penonton" in the results page, the Berita Acara and its certificate (printed
// to PDF and read back: signed by the festival's signatories).
// Needs the built pages.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import { formatTicket } from '../../shared/voting.js';
import {
  assertPagesBuilt,
  launchBrowser,
  newPage,
  screenshot,
  watchPage,
  type Watched,
} from '../helpers/browser.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  submissionId,
  tempDir,
  type Client,
  type TestServer,
} from '../helpers/server.js';

const category = 'opd';
let t: TestServer;
let org: Client<'organizer'>;
let browser: Browser;
let desk: Page;
let watched: Watched;
const tmp = tempDir('panggung-votes-');

/** The festival's signatories: the favourite's certificate is signed by them. */
const signatories = [
  { role: 'Ketua Panitia', name: 'Drs. Hari Wibowo, M.Si.', nip: '19700512 199503 1 002' },
  { role: 'Kepala Bappeda', name: 'Ir. Sri Rahayu, M.T.', nip: '197803142005012003' },
];

const group = (s: OrganizerSnapshot) => s.voting.groups.find((g) => g.categoryId === category);

async function go(section: string, screen: string): Promise<void> {
  await desk.click(`[data-nav="${screen}"]`);
  await desk.waitForFunction((h) => window.location.hash === h, `#/${section}/${screen}`);
}

const setting = (name: string, value: string) =>
  desk.click(`[data-setting="${name}"] button[data-value="${value}"]`);

beforeAll(async () => {
  assertPagesBuilt('panitia');
  t = await startTestServer();
  org = await connect(t.url, 'organizer', { key: t.server.organizerKey }, { reconnection: true });
  const { festival: f } = await org.waitFor(() => true);
  const { name, theme, venue, startDate, endDate, organizerName, documentNumber } = f;
  const details = { name, theme, venue, startDate, endDate, organizerName, documentNumber };
  expectOk(await org.call('festival:save', { ...details, signatories }));
  await org.waitFor((s) => s.festival.signatories.length === signatories.length);
  browser = await launchBrowser();
  ({ page: desk } = await newPage(browser, { width: 1366, height: 900 }));
  watched = watchPage(desk, t.url);
  await desk.goto(`${t.url}/panitia`);
  await desk.fill('input[name="organizer-key"]', t.server.organizerKey);
  await desk.keyboard.press('Enter');
  await desk.waitForSelector('.desk__nav');
}, 60_000);

afterAll(async () => {
  await browser?.close();
  org?.close();
  await t?.stop();
  if (t) removeDir(t.dataDir);
  removeDir(tmp);
});

describe("the desk's people's choice", () => {
  it('labels one vote per phone as weaker, and sets what screens show', async () => {
    await go('live', 'voting');
    await setting('mode', 'phone');
    await desk.waitForSelector('[data-testid="phone-mode-weaker"]');
    expect(await desk.textContent('[data-testid="phone-mode-weaker"]')).toContain('Lebih lemah');
    await screenshot(desk, 'panitia-voting-phone-mode');
    await setting('mode', 'ticket');
    await setting('display', 'tally');
    const s = await org.waitFor((x) => x.voting.mode === 'ticket' && x.voting.display === 'tally');
    expect(s.voting.display).toBe('tally');
    await desk.click('[data-testid="voting-on-main"]');
    await org.waitFor((x) => x.screens.some((sc) => sc.name === 'utama' && sc.mode === 'voting'));
  });

  it('makes tickets and prints them on A4: every code and its link in the PDF', async () => {
    await desk.fill('input[name="tickets-make"]', '12');
    await desk.click('[data-testid="tickets-make"]');
    await org.waitFor((s) => s.voting.ticketsIssued === 12);
    await desk.fill('input[name="tickets-from"]', '1');
    await desk.fill('input[name="tickets-count"]', '12');
    await desk.click('[data-testid="tickets-prepare"]');
    await desk.waitForFunction(
      () => [...document.querySelectorAll('img.ticket__qr')].length === 12,
    );
    const list = await org.call('tickets:list', {});
    expectOk(list);
    const codes = list.ok ? list.data.tickets.map((x) => x.code) : [];
    expect(codes.length).toBe(12);
    // Each QR holds the ticket's own /publik link.
    const src = await desk.getAttribute('[data-serial="1"] img.ticket__qr', 'src');
    expect(decodeURIComponent(src ?? '')).toContain('<svg');
    await screenshot(desk, 'panitia-voting-tickets', { fullPage: true });

    const file = join(tmp, 'kupon.pdf');
    writeFileSync(file, await desk.pdf({ format: 'A4', preferCSSPageSize: true }));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const code of codes) expect(text).toContain(formatTicket(code));
    expect(text).toContain('/publik');
    expect(text).not.toContain('Jalannya acara'); // tickets only, not the desk
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1],
    );
    expect(pages).toBe(2); // ten to a page
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, join(tmp, 'kupon')]);
    const png = join(tmp, 'kupon-1.png');
    expect(existsSync(png) && statSync(png).size).toBeGreaterThan(10_000);
  });

  it('opens a group, shows votes arriving in the tally, voids a ticket, reveals the favourite', async () => {
    const codes = await (async () => {
      const list = await org.call('tickets:list', {});
      return list.ok ? list.data.tickets.map((x) => x.code) : [];
    })();
    await desk.click(`[data-group="${category}"] [data-testid="group-open"]`);
    await org.waitFor((s) => group(s)?.open === true);
    const entries = org.latest()!.entries.filter((e) => e.categoryId === category);
    const voter = await connect(t.url, 'voter', {});
    const cast = (ticket: string, entryId: string) =>
      voter.call('vote:cast', { voteId: submissionId(), ticket, categoryId: category, entryId });
    expectOk(await cast(codes[0]!, entries[2]!.id));
    expectOk(await cast(codes[1]!, entries[2]!.id));
    expectOk(await cast(codes[2]!, entries[0]!.id));
    voter.close();
    await desk.waitForFunction(
      (code) =>
        document.querySelector(
          `[data-testid="group-tally"] tr[data-entry="${code}"] [data-testid="votes"]`,
        )?.textContent === '2',
      entries[2]!.code,
    );
    await screenshot(desk, 'panitia-voting-tally', { fullPage: true });

    await desk.fill('input[name="ticket-void-code"]', formatTicket(codes[2]!).toLowerCase());
    await desk.fill('input[name="ticket-void-reason"]', 'kupon dilaporkan hilang');
    await desk.click('[data-testid="ticket-void"]');
    await desk.waitForSelector('[data-testid="tickets-note"]');
    const s = await org.waitFor((x) => x.voting.ticketsVoided === 1);
    expect(group(s)?.turnout).toBe(2);

    await desk.click(`[data-group="${category}"] [data-testid="group-close"]`);
    await org.waitFor((x) => group(x)?.open === false);
    await desk.selectOption('select[name="favourite-group"]', category);
    await desk.click('[data-testid="favourite-start"]');
    const on = await org.waitFor((x) => x.voting.reveal !== null);
    expect(on.voting.reveal?.categoryId).toBe(category);
    expect(await desk.textContent('[data-testid="favourite-preview"]')).toContain(
      entries[2]!.title,
    );
    await screenshot(desk, 'panitia-voting-reveal', { fullPage: true });
  });

  it('puts Favorit Penonton in the results, the Berita Acara and its own certificate', async () => {
    const winner = org.latest()!.entries.filter((e) => e.categoryId === category)[2]!;
    await go('results', 'standings');
    await desk.waitForSelector('[data-testid="favourites-results"]');
    expect(await desk.textContent('[data-testid="favourites-results"]')).toContain(winner.code);
    await go('results', 'paperwork');
    await desk.waitForSelector('[data-testid="ba-favourites"]');
    expect(await desk.textContent('[data-testid="ba-favourites"]')).toContain(winner.title);
    await desk.click('[data-doc="favourites"]');
    await desk.waitForSelector('[data-testid="doc-favourite-certificates"]');
    const cert = await desk.textContent('[data-testid="doc-favourite-certificates"]');
    expect(cert).toContain('Piagam Favorit Penonton');
    expect(cert).toContain(winner.title);
    // Printed: signed by the festival's signatories (role, name, NIP), as jury certificates.
    const file = join(tmp, 'favorit.pdf');
    writeFileSync(file, await desk.pdf({ format: 'A4', printBackground: true }));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain('Inovasi Favorit Penonton'); // the title is letter-spaced in print
    expect(text).toContain(winner.title.replace(/\s+/g, ' '));
    for (const s of signatories) {
      expect(text).toContain(s.role);
      expect(text).toContain(s.name);
      expect(text).toContain(`NIP. ${s.nip}`);
    }
    expect(text).not.toContain('Ketua Dewan Juri'); // the audience chose, not the jury
    await desk.locator('.certificate__sign').first().scrollIntoViewIfNeeded();
    await screenshot(desk, 'panitia-voting-certificate');
    expect(watched.errors).toEqual([]);
  });
});
