import { describe, expect, it } from 'vitest';
import { applyScreenPatch, screenPatch } from '../../shared/contract/screen-patch.js';
import { hydrateScreen, toScreenWire } from '../../shared/contract/screen-wire.js';
import type { PublicEntry, ScreenSnapshot } from '../../shared/contract/views.js';

const entry = (id: string): PublicEntry => ({
  id,
  code: id.toUpperCase(),
  title: `Inovasi ${id} dengan judul yang cukup panjang`,
  institution: 'Dinas Kependudukan dan Pencatatan Sipil',
  presenter: 'Sri Wahyuni',
  order: 1,
  categoryName: 'Perangkat Daerah (OPD)',
  panelName: 'Panel A',
});

function snapshot(): ScreenSnapshot {
  const rows = ['a', 'b', 'c'].map((id, i) => ({
    rank: i + 1,
    tied: false,
    entry: entry(id),
    scoreMicro: 90_000_000 - i * 1_000_000,
  }));
  return {
    version: 7,
    serverNow: 1,
    rehearsal: false,
    venue: { epoch: 1, role: 'primary', replaced: false, addresses: ['http://10.0.0.2:4321'] },
    festival: {
      name: 'F',
      theme: '',
      venue: '',
      startDate: '2026-12-08',
      endDate: '2026-12-09',
      logos: [],
    },
    screen: { mode: 'leaderboard', panelId: null },
    privacy: 'live',
    message: '',
    panels: [],
    leaderboard: {
      stageId: 's',
      stageName: 'S',
      provisional: true,
      categories: [
        { categoryId: null, name: 'Semua', rows },
        { categoryId: 'opd', name: 'OPD', rows: rows.slice(0, 2) },
      ],
    },
    joinBase: null,
    reveal: {
      categoryId: null,
      categoryName: 'Semua',
      places: 3,
      revealedPlace: 3,
      startedAt: 1_700_000_000_000,
      provisional: false,
      rows: rows.slice(2),
    },
    voting: {
      mode: 'ticket',
      open: true,
      display: 'tally',
      groups: [
        {
          categoryId: 'opd',
          name: 'OPD',
          open: true,
          turnout: 5,
          tally: [
            { entry: entry('b'), votes: 3, rank: 1, tied: false },
            { entry: entry('a'), votes: 2, rank: 2, tied: false },
          ],
        },
      ],
      reveal: {
        categoryId: null,
        name: 'Semua',
        startedAt: 1_700_000_000_001,
        turnout: 5,
        winners: [{ entry: entry('b'), votes: 3, rank: 1, tied: false }],
      },
    },
  };
}

describe('the screen wire form', () => {
  it('round-trips to the same snapshot', () => {
    const snap = snapshot();
    expect(hydrateScreen(toScreenWire(snap))).toEqual(snap);
  });

  it('carries each entry once and rows by id, so it is smaller', () => {
    const snap = snapshot();
    const wire = toScreenWire(snap);
    expect(Object.keys(wire.entries).sort()).toEqual(['a', 'b', 'c']);
    expect(wire.leaderboard?.categories[0]?.rows[0]).toEqual({
      rank: 1,
      tied: false,
      entryId: 'a',
      scoreMicro: 90_000_000,
    });
    const text = JSON.stringify(wire);
    // Entry "a" is in three lists of the snapshot (overall, its category, the vote tally);
    // on the wire its title is there once.
    expect(text.split('Inovasi a dengan').length - 1).toBe(1);
    expect(JSON.stringify(snap).split('Inovasi a dengan').length - 1).toBe(3);
    expect(text.length).toBeLessThan(JSON.stringify(snap).length);
  });

  it('sends no entry that no row or panel refers to', () => {
    const snap = { ...snapshot(), leaderboard: null, reveal: null, voting: null };
    expect(toScreenWire(snap).entries).toEqual({});
  });

  it('a patch that does not fit the held view is a gap: the screen asks for the whole view', () => {
    const held = toScreenWire(snapshot());
    const rows = snapshot().leaderboard!.categories[0]!.rows;
    const next = toScreenWire({
      ...snapshot(),
      version: 8,
      leaderboard: {
        ...snapshot().leaderboard!,
        categories: [{ categoryId: null, name: 'Semua', rows: [rows[1]!, rows[0]!, rows[2]!] }],
      },
    });
    const patch = screenPatch(held, next)!;
    expect(applyScreenPatch(held, patch)).toEqual({ kind: 'applied', wire: next });
    // The same patch onto a view whose list it does not fit (held by no screen at this
    // version, or a page of another Panggung version): a gap, and the view is left alone.
    const shorter = { ...held, leaderboard: { ...held.leaderboard!, categories: [] } };
    const before = JSON.stringify(shorter);
    expect(applyScreenPatch(shorter, patch)).toEqual({ kind: 'gap' });
    expect(JSON.stringify(shorter)).toBe(before);
  });
});
