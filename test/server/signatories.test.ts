// The festival's official-document fields over the protocol: the Berita Acara number and
// the signatories are saved with the festival, read back after a restart from the same
// SQLite file, refused whole when a NIP is malformed (the error names the field), and never
// leave with a festival pack (no people).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Festival } from '../../shared/model.js';
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
let festival: Festival;

const signatories = [
  { role: 'Ketua Panitia', name: 'Drs. Hari Wibowo, M.Si.', nip: '19700512 199503 1 002' },
  { role: 'Kepala Desa Sukamaju', name: 'Siti Aminah', nip: '' },
];

const details = (f: Festival) => {
  const { id: _id, ...rest } = f;
  return rest;
};

beforeAll(async () => {
  t = await startTestServer();
  org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
  festival = (await org.waitFor(() => true)).festival;
});
afterAll(async () => {
  org.close();
  await t.stop();
  removeDir(t.dataDir);
});

describe('official document fields', () => {
  it('refuses a malformed NIP whole, naming the field, in both languages', async () => {
    const res = await org.call('festival:save', {
      ...details(festival),
      documentNumber: '000.8/999/2026',
      signatories: [signatories[0]!, { ...signatories[1]!, nip: '1970-05-12' }],
    });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.details?.join(' ')).toMatch(/signatories\.1\.nip/);
    expect(res.messages.id).toMatch(/tidak valid/);
    expect(res.messages.en).toMatch(/not valid/);
    const after = (await org.waitFor(() => true)).festival;
    expect(after.documentNumber).toBe(festival.documentNumber);
    expect(after.signatories).toEqual(festival.signatories);
  });

  it('saves the number and the signatories in order, and reads them back after a restart', async () => {
    expectOk(
      await org.call('festival:save', {
        ...details(festival),
        documentNumber: '000.8/999/406.012/2026',
        signatories,
      }),
    );
    const saved = await org.waitFor((s) => s.festival.documentNumber === '000.8/999/406.012/2026');
    expect(saved.festival.signatories).toEqual(signatories);
    org.close();
    await t.stop();
    t = await startTestServer({ dataDir: t.dataDir, forFile: true });
    org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    const reopened = (await org.waitFor(() => true)).festival;
    expect(reopened.documentNumber).toBe('000.8/999/406.012/2026');
    expect(reopened.signatories).toEqual(signatories);
  });

  it('keeps the signatories out of a festival pack', async () => {
    const pack = expectOk(await org.call('pack:export', { note: '' }));
    const text = JSON.stringify(pack);
    for (const s of signatories) expect(text).not.toContain(s.name);
    expect(text).not.toContain('19700512');
  });
});
