// Feedback for every innovator, end to end: the 67-entry demo festival scored over real
// sockets (some sheets revised, one entry left unlocked), some jurors' comments released by
// the organizer (one redacted, one withdrawn, one changed by its juror after the release),
// the feedback sheets printed to PDF in real Chromium, and every entry's per-criterion
// numbers read back with pdftotext and compared with this test's own computation from the
// sheets stored in the SQLite file. Then the per-institution export (the desk screen:
// feedback-desk.test.ts).
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage, watchPage } from '../helpers/browser.js';
import { jurorComments } from '../helpers/score-festival.js';
import {
  connect,
  expectOk,
  submissionId,
  type Client,
  type TestServer,
} from '../helpers/server.js';
import { scoredDeskForFile } from '../helpers/scored-desk.js';

const stageId = 'presentasi';
let t: TestServer;
let org: Client<'organizer'>;
let browser: Browser;
let tmp: string;

scoredDeskForFile(
  { stageId, leaveUnlocked: ['OPD-25'], tmpPrefix: 'panggung-feedback-' },
  (desk) => ({ t, org, browser, tmp } = desk),
);

type Stored = {
  juror_id: string;
  entry_id: string;
  version: number;
  criterion_id: string;
  value_x100: number;
};

/** The test's own numbers: latest submitted version per juror x entry, mean per criterion. */
function ownComputation() {
  const db = new Database(join(t.dataDir, 'panggung.db'), { readonly: true });
  const rows = db
    .prepare(
      `SELECT v.juror_id, v.entry_id, v.version, sv.criterion_id, sv.value_x100
       FROM sheet_version v JOIN sheet_value sv ON sv.sheet_version_id = v.id
       WHERE v.stage_id = ? AND v.status = 'submitted'`,
    )
    .all(stageId) as Stored[];
  const entries = db.prepare('SELECT id, code, category_id FROM entry').all() as Array<{
    id: string;
    code: string;
    category_id: string;
  }>;
  db.close();
  const latest = new Map<string, number>();
  for (const r of rows) {
    const k = `${r.juror_id}/${r.entry_id}`;
    latest.set(k, Math.max(latest.get(k) ?? 0, r.version));
  }
  const sums = new Map<string, { sum: number; n: number }>();
  for (const r of rows) {
    if (latest.get(`${r.juror_id}/${r.entry_id}`) !== r.version) continue;
    const k = `${r.entry_id}/${r.criterion_id}`;
    const s = sums.get(k) ?? { sum: 0, n: 0 };
    sums.set(k, { sum: s.sum + r.value_x100, n: s.n + 1 });
  }
  const mean = (entryId: string, c: string) => {
    const s = sums.get(`${entryId}/${c}`);
    return s ? Math.round(s.sum / s.n) : null; // hundredths, half up (all positive)
  };
  return { entries, mean };
}

// Asynchronous: 67 synchronous pdftotext runs would stall the in-process server's heartbeats.
const run = promisify(execFile);

const toX100 = (s: string) => Math.round(Number(s.replace(',', '.')) * 100);

describe('feedback sheets (lembar umpan balik)', () => {
  it('releases comments on the organizer’s word only; a changed comment is not published', async () => {
    const list = expectOk(await org.call('comments:list', { stageId }));
    expect(list.length).toBeGreaterThan(10);
    expect(list.every((r) => r.release === null)).toBe(true);
    const [a, b, c] = list;
    expectOk(
      await org.call('comment:release', {
        stageId,
        entryId: a!.entryId,
        jurorId: a!.jurorId,
        publicText: a!.comment,
      }),
    );
    expectOk(
      await org.call('comment:release', {
        stageId,
        entryId: b!.entryId,
        jurorId: b!.jurorId,
        publicText: 'Catatan yang disunting panitia.',
      }),
    );
    expectOk(
      await org.call('comment:release', {
        stageId,
        entryId: c!.entryId,
        jurorId: c!.jurorId,
        publicText: c!.comment,
      }),
    );
    expectOk(
      await org.call('comment:release', {
        stageId,
        entryId: c!.entryId,
        jurorId: c!.jurorId,
        publicText: null,
      }),
    );
    const bad = await org.call('comment:release', {
      stageId,
      entryId: a!.entryId,
      jurorId: 'nobody',
      publicText: 'x',
    });
    expect(bad.ok ? 'ok' : bad.code).toBe('NOT_FOUND');

    // The unlocked entry: released, then its juror submits a different comment.
    const snap = org.latest()!;
    const open = snap.entries.find((e) => e.code === 'OPD-25')!;
    const row = list.find((r) => r.entryId === open.id) ?? null;
    const juror = snap.jurors.find((j) => j.id === (row?.jurorId ?? snap.jurors[0]!.id))!;
    if (!row) {
      const pad0 = await connect(t.url, 'juror', { pin: juror.pin });
      const sheet = expectOk(await org.call('sheets:list', { stageId })).find(
        (s) => s.entryId === open.id && s.jurorId === juror.id,
      )!;
      expectOk(
        await pad0.call('sheet:save', {
          submissionId: submissionId(),
          entryId: open.id,
          stageId,
          status: 'submitted',
          values: sheet.values,
          comment: 'Komentar pertama.',
        }),
      );
      pad0.close();
    }
    const first = expectOk(await org.call('comments:list', { stageId })).find(
      (r) => r.entryId === open.id && r.jurorId === juror.id,
    )!;
    expectOk(
      await org.call('comment:release', {
        stageId,
        entryId: open.id,
        jurorId: juror.id,
        publicText: first.comment,
      }),
    );
    const pad = await connect(t.url, 'juror', { pin: juror.pin });
    const sheet = expectOk(await org.call('sheets:list', { stageId })).find(
      (s) => s.entryId === open.id && s.jurorId === juror.id,
    )!;
    expectOk(
      await pad.call('sheet:save', {
        submissionId: submissionId(),
        entryId: open.id,
        stageId,
        status: 'submitted',
        values: sheet.values,
        comment: 'Komentar baru yang belum disetujui.',
      }),
    );
    pad.close();
    const after = expectOk(await org.call('comments:list', { stageId }));
    expect(after.find((r) => r.entryId === open.id && r.jurorId === juror.id)?.release?.stale).toBe(
      true,
    );
    expect(after.filter((r) => r.release && !r.release.stale)).toHaveLength(2);
  });

  it('prints one A4 page per entry whose per-criterion numbers equal the stored sheets', async () => {
    const snap = org.latest()!;
    const stage = snap.stages.find((s) => s.id === stageId)!;
    const { html, sheets } = expectOk(await org.call('feedback:html', { stageId, lng: 'id' }));
    expect(sheets).toBe(snap.entries.length);
    const { context, page } = await newPage(browser);
    const watched = watchPage(page, 'about:');
    await page.setContent(html, { waitUntil: 'load' });
    const file = join(tmp, 'umpan-balik.pdf');
    writeFileSync(
      file,
      await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }),
    );
    await context.close();
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1],
    );
    expect(pages).toBe(snap.entries.length);

    const own = ownComputation();
    const code = new Map(own.entries.map((e) => [e.code, e]));
    const seen = new Set<string>();
    const row =
      /^\s*(.*?)\s+(\d+(?:,\d+)?)%\s+(—|\d+(?:,\d+)?)\s+(—|\d+(?:,\d+)?)\s+(—|\d+(?:,\d+)?)\s+\d+(?:,\d+)?–\d+(?:,\d+)?\s*$/;
    const jurorNames = snap.jurors.map((j) => j.name);
    const pins = snap.jurors.map((j) => j.pin);
    for (let p = 1; p <= pages; p++) {
      const { stdout: text } = await run(
        'pdftotext',
        ['-layout', '-f', String(p), '-l', String(p), file, '-'],
        { encoding: 'utf8' },
      );
      const found = /([A-Z]{3}-\d{2}) —/.exec(text)?.[1];
      expect(found, `page ${p}`).toBeDefined();
      const entry = code.get(found!)!;
      seen.add(found!);
      const lines = text
        .split('\n')
        .map((l) => row.exec(l))
        .filter((m) => m !== null);
      expect(lines, `${found}: one line per criterion`).toHaveLength(stage.criteria.length);
      const peers = own.entries.filter((e) => e.category_id === entry.category_id);
      stage.criteria.forEach((c, i) => {
        const m = lines[i]!;
        const mine = own.mean(entry.id, c.id);
        const vals = peers
          .map((e) => own.mean(e.id, c.id))
          .filter((v): v is number => v !== null)
          .sort((x, y) => x - y);
        const mid = Math.floor(vals.length / 2);
        const median = vals.length % 2 ? vals[mid]! : Math.round((vals[mid - 1]! + vals[mid]!) / 2);
        expect(m[2], `${found} ${c.name} weight`).toBe(String(c.weightBp / 100).replace('.', ','));
        expect(toX100(m[3]!), `${found} ${c.name}`).toBe(mine);
        expect(toX100(m[4]!), `${found} ${c.name} median`).toBe(median);
        expect(toX100(m[5]!), `${found} ${c.name} best`).toBe(vals[vals.length - 1]);
      });
      // Indonesian numbers: a decimal comma, never a dot between digits in the table.
      for (const m of lines) expect(m[0]).not.toMatch(/\d\.\d/);
      expect(text.includes('SEMENTARA')).toBe(found === 'OPD-25');
      for (const name of jurorNames) expect(text).not.toContain(name);
      for (const pin of pins) expect(text).not.toMatch(new RegExp(`\\b${pin}\\b`));
    }
    expect(seen.size).toBe(snap.entries.length);
    const all = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(all).toContain('Catatan yang disunting panitia.');
    expect(all).not.toContain('Komentar baru yang belum disetujui.');
    const released = jurorComments.filter((c) => all.includes(c));
    expect(released.length).toBeGreaterThanOrEqual(1);
  });

  it('exports one document per institution, each holding only that institution’s entries', async () => {
    const snap = org.latest()!;
    const made = expectOk(await org.call('feedback:export', { stageId, lng: 'id' }));
    const zip = await JSZip.loadAsync(Buffer.from(made.base64, 'base64'));
    const institutions = [...new Set(snap.entries.map((e) => e.institution))];
    const names = Object.keys(zip.files);
    expect(names).toHaveLength(institutions.length);
    expect(made.files).toBe(institutions.length);
    const puskesmas = snap.entries.filter((e) => e.institution === 'Puskesmas Pogalan');
    const doc = await zip.file('umpan-balik-puskesmas-pogalan.html')!.async('string');
    const codes = [...doc.matchAll(/data-entry="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(codes).toEqual(puskesmas.map((e) => e.code).sort());
    const one = expectOk(
      await org.call('feedback:html', { stageId, lng: 'en', institution: 'puskesmas pogalan' }),
    );
    expect(one.sheets).toBe(puskesmas.length);
    expect(one.html).toContain('Feedback sheet');
    const none = await org.call('feedback:html', {
      stageId,
      lng: 'id',
      institution: 'Dinas Fiktif',
    });
    expect(none.ok ? 'ok' : none.code).toBe('NOT_FOUND');
  });
});
