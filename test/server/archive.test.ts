// The results archive on real SQLite files: a festival scored on one server, its data
// folder copied into another server's archive/ (made read-only), an older festival file
// (schema 6) and a damaged one beside it. The archive lists them side by side with their
// winners, gives a past festival's full results equal to what its own server computed,
// refuses what it cannot read with a reason, and leaves every archived byte as it was.
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultsExport } from '../../shared/contract/views.js';
import { scoreFestival } from '../helpers/score-festival.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  type Client,
  type TestServer,
} from '../helpers/server.js';
import { databaseAt, seedVersion1Festival, seedVersion2Assets } from './migrations/fixtures.js';

const stageId = 'presentasi';
let past: ResultsExport;
let t: TestServer;
let org: Client<'organizer'>;
let archive = '';
const folderId = 'tif-2025/panggung.db';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const listing = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

beforeAll(async () => {
  // Last year's festival: scored on its own server, locked, shut down cleanly.
  const last = await startTestServer();
  const o = await connect(last.url, 'organizer', { key: last.server.organizerKey });
  const snap = await o.waitFor(() => true);
  const only = snap.entries.filter((e) => e.categoryId === 'opd').slice(0, 4);
  await scoreFestival(last.url, o, stageId, {
    only: only.map((e) => e.code),
    organizerKey: last.server.organizerKey,
  });
  past = expectOk(await o.call('results:get', {}));
  o.close();
  await last.stop();

  t = await startTestServer();
  archive = join(t.dataDir, 'archive');
  mkdirSync(join(archive, 'tif-2025'), { recursive: true });
  copyFileSync(join(last.dataDir, 'panggung.db'), join(archive, folderId));
  if (existsSync(join(last.dataDir, 'panggung.db-wal')))
    copyFileSync(join(last.dataDir, 'panggung.db-wal'), join(archive, `${folderId}-wal`));
  removeDir(last.dataDir);
  // An older file (schema 6) and a damaged one.
  const old = databaseAt(6);
  seedVersion1Festival(old);
  seedVersion2Assets(old);
  old.pragma('wal_checkpoint(TRUNCATE)');
  old.close();
  copyFileSync(old.name, join(archive, 'kota-lama-2025.db'));
  writeFileSync(join(archive, 'rusak.db'), Buffer.alloc(8192, 7));
  // Write-protected, as on a locked USB stick.
  chmodSync(join(archive, folderId), 0o444);
  chmodSync(join(archive, 'tif-2025'), 0o555);
  org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
}, 120_000);

afterAll(async () => {
  org?.close();
  if (archive) chmodSync(join(archive, 'tif-2025'), 0o755);
  await t?.stop();
  if (t) removeDir(t.dataDir);
});

describe('results archive', () => {
  it('lists past festivals side by side with how they were scored and who won, changing nothing', async () => {
    const before = { hash: sha(join(archive, folderId)), files: listing(archive) };
    const rows = expectOk(await org.call('archive:list', {}));
    expect(rows.map((r) => r.id).sort()).toEqual(
      ['kota-lama-2025.db', 'rusak.db', folderId].sort(),
    );

    const tif = rows.find((r) => r.id === folderId)!;
    expect(tif.refused).toBeNull();
    expect(tif.festival?.name).toBe(past.festival.name);
    expect(tif.entries).toBe(past.entries.length);
    const stage = tif.stages.find((s) => s.id === stageId)!;
    const pastStage = past.stages.find((s) => s.stage.id === stageId)!;
    expect(stage.aggregation).toBe(pastStage.stage.rules.aggregation);
    expect(stage.criteria.map((c) => c.weightBp)).toEqual(
      pastStage.stage.criteria.map((c) => c.weightBp),
    );
    expect(stage.locked).toBe(4);
    // The winners as last year's own server ranked them.
    const opd = stage.winners.find((w) => w.category === 'Perangkat Daerah (OPD)')!;
    const expected = pastStage.standings.byCategory.opd!.filter(
      (r) => r.rank !== null && r.rank <= 3,
    );
    expect(opd.places.map((p) => [p.rank, p.code, p.scoreMicro])).toEqual(
      expected.map((r) => [
        r.rank,
        past.entries.find((e) => e.id === r.entryId)!.code,
        r.scoreMicro,
      ]),
    );
    expect(opd.places.length).toBeGreaterThan(0);

    const old = rows.find((r) => r.id === 'kota-lama-2025.db')!;
    expect(old).toMatchObject({ schemaVersion: 6, refused: null });
    expect(old.festival?.name).toBe('Lomba Inovasi Kota Lama 2025');

    const bad = rows.find((r) => r.id === 'rusak.db')!;
    expect(bad.festival).toBeNull();
    expect(bad.refused).toMatch(/damaged|unreadable/);
    // Newest festival first, an unreadable file last.
    expect(rows.at(-1)?.id).toBe('rusak.db');

    expect(sha(join(archive, folderId))).toBe(before.hash);
    expect(listing(archive)).toEqual(before.files);
  });

  it("gives a past festival's full results, equal to what its own server computed", async () => {
    const res = expectOk(await org.call('archive:results', { id: folderId }));
    expect(res.festival).toEqual(past.festival);
    expect(res.stages).toEqual(past.stages);
    expect(res.entries).toEqual(past.entries);
  });

  it('refuses a path outside the archive and an unknown file', async () => {
    const outside = await org.call('archive:results', { id: '../panggung.db' });
    expect(outside.ok).toBe(false);
    if (!outside.ok) expect(outside.code).toBe('BAD_INPUT');
    const unknown = await org.call('archive:results', { id: 'tidak-ada.db' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.code).toBe('NOT_FOUND');
  });

  it('keeps this festival in the archive, where it is listed beside the others', async () => {
    const saved = expectOk(await org.call('archive:save', {}));
    const festival = (await org.waitFor(() => true)).festival;
    expect(saved.id).toBe(`festival-inovasi-daerah-2026-${festival.endDate}.db`);
    expect(saved.festival?.name).toBe(festival.name);
    const rows = expectOk(await org.call('archive:list', {}));
    expect(rows.map((r) => r.id)).toContain(saved.id);
  });
});
