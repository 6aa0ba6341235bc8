// Names and codes look like what they are: NFC (one "é" however typed, so duplicates are
// caught), and no invisible or direction-changing characters (a zero-width space making a
// look-alike code, a right-to-left override reversing a juror's name on the minutes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasHiddenCharacters, hasUnsafeProse } from '../../shared/text-safety.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  type Client,
  type TestServer,
} from '../helpers/server.js';

let t: TestServer;
let org: Client<'organizer'>;

beforeAll(async () => {
  t = await startTestServer();
  org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
  await org.waitFor(() => true);
});
afterAll(async () => {
  org.close();
  await t.stop();
  removeDir(t.dataDir);
});

const entry = (code: string, title = 'Inovasi') => ({
  code,
  title,
  institution: 'Dinas Uji',
  categoryId: 'opd',
  panelId: 'panel-b',
});

describe('hidden characters', () => {
  it('finds zero-width, bidi and control characters; prose keeps joiners', () => {
    for (const s of ['A\u200bB', 'Budi\u202eodnaS', '\ufeffX', 'a\u0007', 'x\u2066y'])
      expect(hasHiddenCharacters(s), JSON.stringify(s)).toBe(true);
    expect(hasHiddenCharacters('Perangkat Daerah — Kecamatan Pogalan')).toBe(false);
    expect(hasUnsafeProse('keluarga 👨‍👩‍👧\nbaris dua')).toBe(false);
    expect(hasUnsafeProse('teks \u202e terbalik')).toBe(true);
  });

  it('refuses a look-alike code and a reversed name; one NFC form for duplicates', async () => {
    const lookAlike = await org.call('entry:save', entry('INV-\u200b77'));
    expect(lookAlike.ok).toBe(false);
    if (!lookAlike.ok) expect(lookAlike.code).toBe('BAD_INPUT');
    const reversed = await org.call('juror:save', {
      name: 'Budi \u202eodnaS',
      panelId: 'panel-b',
    });
    expect(reversed.ok).toBe(false);
    // "Café" with a combining accent is the same code as "Café" with a precomposed one.
    expectOk(await org.call('entry:save', entry('CAFE\u0301-1', 'Kafe Inovasi')));
    const stored = await org.waitFor((s) => s.entries.some((e) => e.title === 'Kafe Inovasi'));
    expect(stored.entries.find((e) => e.title === 'Kafe Inovasi')?.code).toBe('CAF\u00c9-1');
    const duplicate = await org.call('entry:save', entry('CAF\u00c9-1', 'Lain'));
    expect(duplicate.ok).toBe(false);
    if (!duplicate.ok) expect(duplicate.code).toBe('INVALID_SETUP');
  });
});
