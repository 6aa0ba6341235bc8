// The festival pack between two real servers: exported from the demo festival (with a logo,
// a screen message and a note), imported into an empty data folder as a new festival: the
// same rubric (level descriptors, rules, timers), categories and panels, the logo and the
// screen text; nothing personal in the file (no entry, juror, PIN, token or score), and a
// file edited to carry people, or a bad logo, is refused whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packSummary, type FestivalPack } from '../../shared/contract/pack-schemas.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  type Client,
  type TestServer,
} from '../helpers/server.js';
import { scoreFestival } from '../helpers/score-festival.js';

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
let a: TestServer;
let b: TestServer;
let orgA: Client<'organizer'>;
let orgB: Client<'organizer'>;
let pack: FestivalPack;

beforeAll(async () => {
  a = await startTestServer();
  b = await startTestServer({ seedDemo: false });
  orgA = await connect(a.url, 'organizer', { key: a.server.organizerKey });
  orgB = await connect(b.url, 'organizer', { key: b.server.organizerKey });
  await orgA.waitFor(() => true);
  expectOk(await orgA.call('logo:set', { slot: 2, base64: png.toString('base64') }));
  expectOk(await orgA.call('release:set', { message: 'Selamat datang di Festival Inovasi!' }));
  // A few scored entries: the pack must not carry any of it.
  const snap = orgA.latest()!;
  const few = snap.entries.slice(0, 3).map((e) => e.code);
  await scoreFestival(a.url, orgA, 'presentasi', {
    leaveUnlocked: snap.entries.map((e) => e.code).filter((c) => !few.includes(c)),
    only: few,
  });
}, 60_000);

afterAll(async () => {
  orgA?.close();
  orgB?.close();
  for (const s of [a, b]) {
    await s?.stop();
    if (s) removeDir(s.dataDir);
  }
});

describe('festival pack', () => {
  it('exports structure and words with its origin, and nothing personal', async () => {
    pack = expectOk(await orgA.call('pack:export', { note: 'Rubrik IGA, dua panel paralel.' }));
    const snap = orgA.latest()!;
    expect(pack.origin).toMatchObject({
      festival: snap.festival.name,
      organizer: snap.festival.organizerName,
      note: 'Rubrik IGA, dua panel paralel.',
    });
    expect(pack.texts).toEqual({
      theme: snap.festival.theme,
      screenMessage: 'Selamat datang di Festival Inovasi!',
    });
    expect(pack.logos).toEqual([{ slot: 2, base64: png.toString('base64') }]);
    expect(pack.stages[0]!.criteria[0]!.levels.length).toBeGreaterThan(0);
    const json = JSON.stringify(pack);
    expect(Object.keys(pack).sort()).toEqual(
      ['categories', 'format', 'logos', 'origin', 'panels', 'stages', 'texts', 'version'].sort(),
    );
    for (const j of snap.jurors) {
      expect(json).not.toContain(j.name);
      expect(json).not.toContain(j.token);
      expect(json).not.toContain(`"${j.pin}"`);
    }
    for (const e of snap.entries) {
      expect(json).not.toContain(e.title);
      expect(json).not.toContain(`"${e.code}"`);
      expect(json).not.toContain(e.institution);
    }
    expect(json).not.toMatch(/"(values|sheets|scoreMicro|totalMicro|comment)"/);
  });

  it('summarises what it brings before anything is applied', () => {
    const s = packSummary(pack);
    expect(s.stages[0]!.criteria.map((c) => c.weightBp).reduce((x, y) => x + y, 0)).toBe(10_000);
    expect(s.categories).toEqual(orgA.latest()!.categories.map((c) => c.name));
    expect(s.logos).toBe(1);
    expect(orgB.latest()).toBeNull(); // nothing in the empty festival yet
  });

  it('refuses a pack edited to carry people, or a bad logo, changing nothing', async () => {
    const festival = {
      name: 'Festival Inovasi Kabupaten Sebelah 2027',
      startDate: '2027-08-10',
      endDate: '2027-08-11',
      venue: 'Pendopo',
    };
    const withPeople = { ...pack, jurors: [{ name: 'Siapa Saja' }] };
    const refused = await orgB.call('pack:import', { pack: withPeople, festival });
    expect(refused.ok ? 'ok' : refused.code).toBe('INVALID_SETUP');
    const badLogo = {
      ...pack,
      logos: [{ slot: 1, base64: Buffer.from('not an image').toString('base64') }],
    };
    const refusedLogo = await orgB.call('pack:import', { pack: badLogo, festival });
    expect(refusedLogo.ok ? 'ok' : refusedLogo.code).toBe('INVALID_SETUP');
    const setup = await orgB.call('snapshot:get', {});
    expect(setup.ok ? 'ok' : setup.code).toBe('NOT_FOUND');
  });

  it('imports into an empty festival: the same rubric, categories and panels, no people', async () => {
    const festival = {
      name: 'Festival Inovasi Kabupaten Sebelah 2027',
      startDate: '2027-08-10',
      endDate: '2027-08-11',
      venue: 'Pendopo',
    };
    expect(expectOk(await orgB.call('pack:import', { pack, festival }))).toEqual({
      stages: 1,
      categories: 4,
      panels: 2,
      logos: 1,
    });
    const a1 = orgA.latest()!;
    const b1 = await orgB.waitFor((s) => s.festival.name === festival.name);
    const plain = (s: typeof a1) => s.stages.map(({ rubricFrozen: _f, ...x }) => x);
    expect(plain(b1)).toEqual(plain(a1));
    expect(b1.categories).toEqual(a1.categories);
    expect(b1.panels).toEqual(a1.panels);
    expect(b1.entries).toEqual([]);
    expect(b1.jurors).toEqual([]);
    expect(b1.festival).toMatchObject({ ...festival, theme: a1.festival.theme });
    expect(b1.release.message).toBe('Selamat datang di Festival Inovasi!');
    expect(b1.logos.map((l) => l.slot)).toEqual([2]);
    const logo = await fetch(`${b.url}${b1.logos[0]!.url}`);
    expect(Buffer.from(await logo.arrayBuffer())).toEqual(png);
    const again = await orgB.call('pack:import', { pack, festival });
    expect(again.ok ? 'ok' : again.code).toBe('INVALID_SETUP');
  });
});
