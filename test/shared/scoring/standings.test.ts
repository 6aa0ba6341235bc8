import { describe, expect, it } from 'vitest';
import { computeStandings } from '../../../shared/scoring/index.js';
import type { RankedRow } from '../../../shared/scoring/types.js';
import { crit, entry, input, juror, sheet, stage } from './helpers.js';

// One criterion worth 100%, max 10: a value of v hundredths gives a total of v * 1e5 micro.
const one = [crit('k', 10000)];
const pts = (x: number) => ({ k: x * 100 });
const view = (rows: RankedRow[]) => rows.map((r) => [r.entryId, r.rank, r.tied, r.decidedBy]);

describe('computeStandings: mean and completeness', () => {
  it('averages submitted totals; drafts, missing and stray sheets do not count', () => {
    const jurors = [juror('j1'), juror('j2'), juror('j3'), juror('x', { panelId: 'p2' })];
    const sheets = [
      sheet('j1', 'a', pts(9)),
      sheet('j2', 'a', pts(6)),
      sheet('j3', 'a', pts(1), 'draft'),
      sheet('x', 'a', pts(0)), // another panel's juror: ignored
      sheet('j1', 'a', pts(0), 'submitted', 'other-stage'),
    ];
    const s = computeStandings(input(stage(one), [entry('a', 1)], jurors, sheets));
    const row = s.overall[0];
    expect(row).toMatchObject({
      entryId: 'a',
      rawMicro: 75_000_000,
      scoreMicro: 75_000_000,
      // j1 and j2 have one sheet each (under 5): they keep raw totals, so adjusted = raw.
      adjustedMicro: 75_000_000,
      sheetCount: 2,
      expectedCount: 3,
      missingJurorIds: ['j3'],
      rank: 1,
      tied: false,
      decidedBy: null,
    });
    expect(row?.jurorTotals.map((t) => [t.jurorId, t.totalMicro])).toEqual([
      ['j1', 90_000_000],
      ['j2', 60_000_000],
    ]);
    expect(row?.criterionMicro).toEqual({ k: 75_000_000 });
  });

  it('ignores the sheet of a recused juror and does not expect them', () => {
    const jurors = [
      juror('j1'),
      juror('j2', { conflictInstitutions: ['  Dinas KESEHATAN '] }),
      juror('j3', { conflictEntryIds: ['a'] }),
    ];
    const e = entry('a', 1, { institution: 'Dinas Kesehatan' });
    const sheets = [sheet('j1', 'a', pts(8)), sheet('j2', 'a', pts(2)), sheet('j3', 'a', pts(2))];
    const row = computeStandings(input(stage(one), [e], jurors, sheets)).overall[0];
    expect(row).toMatchObject({
      scoreMicro: 80_000_000,
      sheetCount: 1,
      expectedCount: 1,
      missingJurorIds: [],
    });
  });

  it('does not count a submitted sheet with an empty criterion (invalid, never zero)', () => {
    const rubric = [crit('a', 5000), crit('b', 5000)];
    const sheets = [sheet('j1', 'a', { a: 800, b: 600 }), sheet('j2', 'a', { a: 200, b: null })];
    const row = computeStandings(
      input(stage(rubric), [entry('a', 1)], [juror('j1'), juror('j2')], sheets),
    ).overall[0];
    expect(row).toMatchObject({ scoreMicro: 70_000_000, sheetCount: 1, missingJurorIds: ['j2'] });
  });

  it('uses the latest version when several of one juror x entry are passed', () => {
    const old = sheet('j1', 'a', pts(2));
    const cur = { ...sheet('j1', 'a', pts(8)), version: 2 };
    const row = computeStandings(input(stage(one), [entry('a', 1)], [juror('j1')], [cur, old]))
      .overall[0];
    expect(row?.scoreMicro).toBe(80_000_000);
  });

  it('lists unscored entries last in running order, with rank null; every category is present', () => {
    const entries = [entry('c', 3), entry('b', 2), entry('a', 1), entry('d', 4)];
    const s = computeStandings(
      input(stage(one), entries, [juror('j1')], [sheet('j1', 'd', pts(5))]),
    );
    expect(view(s.overall)).toEqual([
      ['d', 1, false, null],
      ['a', null, false, null],
      ['b', null, false, null],
      ['c', null, false, null],
    ]);
    expect(Object.keys(s.byCategory).sort()).toEqual(['cat1', 'cat2']);
    expect(s.byCategory.cat2).toEqual([]);
  });

  it('aggregates each criterion as value / max * 100', () => {
    const rubric = [crit('a', 5000), crit('b', 3000, 500, 0, 50), crit('c', 2000)];
    const sheets = [
      sheet('j1', 'e', { a: 900, b: 350, c: 800 }),
      sheet('j2', 'e', { a: 700, b: 400, c: 650 }),
    ];
    const row = computeStandings(
      input(stage(rubric), [entry('e', 1)], [juror('j1'), juror('j2')], sheets),
    ).overall[0];
    expect(row?.criterionMicro).toEqual({ a: 80_000_000, b: 75_000_000, c: 72_500_000 });
    expect(row?.jurorTotals.map((t) => t.totalMicro)).toEqual([82_000_000, 72_000_000]);
    expect(row?.rawMicro).toBe(77_000_000);
  });
});

describe('computeStandings: trimmed mean', () => {
  const jurors = ['j1', 'j2', 'j3', 'j4'].map((id) => juror(id));
  it('is the plain mean with 3 sheets', () => {
    const sheets = [sheet('j1', 'a', pts(9)), sheet('j2', 'a', pts(8)), sheet('j3', 'a', pts(4))];
    const row = computeStandings(
      input(stage(one, { aggregation: 'trimmed' }), [entry('a', 1)], jurors, sheets),
    ).overall[0];
    expect(row?.scoreMicro).toBe(70_000_000);
  });
  it('drops one highest and one lowest with 4 sheets', () => {
    const sheets = [
      sheet('j1', 'a', pts(9)),
      sheet('j2', 'a', pts(8)),
      sheet('j3', 'a', pts(7)),
      sheet('j4', 'a', pts(2)),
    ];
    const trimmed = computeStandings(
      input(stage(one, { aggregation: 'trimmed' }), [entry('a', 1)], jurors, sheets),
    ).overall[0];
    const mean = computeStandings(input(stage(one), [entry('a', 1)], jurors, sheets)).overall[0];
    expect(trimmed?.scoreMicro).toBe(75_000_000);
    expect(trimmed?.rawMicro).toBe(75_000_000);
    expect(mean?.scoreMicro).toBe(65_000_000);
  });
});

describe('computeStandings: disagreement', () => {
  it('flags a spread wider than the band (strictly)', () => {
    const jurors = [juror('j1'), juror('j2')];
    const sheets = [
      sheet('j1', 'a', pts(9)),
      sheet('j2', 'a', pts(6.5)),
      sheet('j1', 'b', pts(9)),
      sheet('j2', 'b', pts(7)),
      sheet('j1', 'c', pts(9)),
    ];
    const s = computeStandings(
      input(stage(one), [entry('a', 1), entry('b', 2), entry('c', 3)], jurors, sheets),
    );
    const by = Object.fromEntries(
      s.overall.map((r) => [r.entryId, [r.spreadMicro, r.disagreement]]),
    );
    expect(by).toEqual({ a: [25_000_000, true], b: [20_000_000, false], c: [null, false] });
  });
});

describe('computeStandings: ranking', () => {
  const jurors = [juror('j1')];
  it('numbers shared ranks as competitions do: 1, 2, 2, 4', () => {
    const entries = ['a', 'b', 'c', 'd'].map((id, i) => entry(id, i + 1));
    const sheets = [
      sheet('j1', 'a', pts(7)),
      sheet('j1', 'b', pts(8)),
      sheet('j1', 'c', pts(9)),
      sheet('j1', 'd', pts(8)),
    ];
    expect(view(computeStandings(input(stage(one), entries, jurors, sheets)).overall)).toEqual([
      ['c', 1, false, null],
      ['b', 2, true, null],
      ['d', 2, true, null],
      ['a', 4, false, null],
    ]);
  });

  // Same total 70, different split: x = 10 on a (40%) + 5 on b (60%); y = 2.5 on a + 10 on b.
  const rubric = [crit('a', 4000), crit('b', 6000)];
  const entries = [entry('x', 1), entry('y', 2), entry('z', 3)];
  const tieSheets = () => [
    sheet('j1', 'x', { a: 1000, b: 500 }),
    sheet('j1', 'y', { a: 250, b: 1000 }),
    sheet('j1', 'z', { a: 1000, b: 1000 }),
  ];

  it('breaks ties by the criteria in descending weight order by default', () => {
    const s = computeStandings(input(stage(rubric), entries, jurors, tieSheets()));
    expect(s.overall.map((r) => r.scoreMicro)).toEqual([100_000_000, 70_000_000, 70_000_000]);
    expect(view(s.overall)).toEqual([
      ['z', 1, false, null],
      ['y', 2, false, 'b'],
      ['x', 3, false, 'b'],
    ]);
  });

  it('keeps rubric order among equal weights', () => {
    const eq = [crit('a', 5000), crit('b', 5000)];
    const sheets = [sheet('j1', 'x', { a: 1000, b: 500 }), sheet('j1', 'y', { a: 500, b: 1000 })];
    expect(
      view(computeStandings(input(stage(eq), entries.slice(0, 2), jurors, sheets)).overall),
    ).toEqual([
      ['x', 1, false, 'a'],
      ['y', 2, false, 'a'],
    ]);
  });

  it('follows a configured chain', () => {
    const s = computeStandings(
      input(
        stage(rubric, { tieBreak: [{ kind: 'criterion', criterionId: 'a' }] }),
        entries,
        jurors,
        tieSheets(),
      ),
    );
    expect(view(s.overall).slice(1)).toEqual([
      ['x', 2, false, 'a'],
      ['y', 3, false, 'a'],
    ]);
  });

  it('moves on to the next link when a criterion is equal too', () => {
    const three = [crit('a', 5000), crit('b', 3000), crit('c', 2000)];
    // Equal totals (80) and equal a; b separates.
    const sheets = [
      sheet('j1', 'x', { a: 800, b: 700, c: 950 }),
      sheet('j1', 'y', { a: 800, b: 900, c: 650 }),
    ];
    expect(
      view(computeStandings(input(stage(three), entries.slice(0, 2), jurors, sheets)).overall),
    ).toEqual([
      ['y', 1, false, 'b'],
      ['x', 2, false, 'b'],
    ]);
  });

  it('lets a recorded head-juror decision order what the chain could not', () => {
    const sheets = [sheet('j1', 'x', pts(8)), sheet('j1', 'y', pts(8)), sheet('j1', 'z', pts(8))];
    const decision = {
      stageId: 'st1',
      categoryId: null,
      entryIds: ['z', 'x', 'y'],
      decidedBy: 'ketua',
      reason: 'lebih inovatif',
    };
    const elsewhere = { ...decision, stageId: 'st2', entryIds: ['y', 'x', 'z'] };
    const s = computeStandings(input(stage(one), entries, jurors, sheets, [elsewhere, decision]));
    expect(view(s.overall)).toEqual([
      ['z', 1, false, 'head-juror'],
      ['x', 2, false, 'head-juror'],
      ['y', 3, false, 'head-juror'],
    ]);
    // The decision was for the overall ranking: the category ranking stays shared.
    expect(view(s.byCategory.cat1 ?? [])).toEqual([
      ['x', 1, true, null],
      ['y', 1, true, null],
      ['z', 1, true, null],
    ]);
  });

  it('applies a category decision to that category ranking only', () => {
    const sheets = [sheet('j1', 'x', pts(8)), sheet('j1', 'y', pts(8))];
    const decision = {
      stageId: 'st1',
      categoryId: 'cat1',
      entryIds: ['y', 'x'],
      decidedBy: 'ketua',
      reason: 'r',
    };
    const s = computeStandings(input(stage(one), entries.slice(0, 2), jurors, sheets, [decision]));
    expect(view(s.byCategory.cat1 ?? [])).toEqual([
      ['y', 1, false, 'head-juror'],
      ['x', 2, false, 'head-juror'],
    ]);
    expect(view(s.overall)).toEqual([
      ['x', 1, true, null],
      ['y', 1, true, null],
    ]);
  });

  it('ignores a decision that does not cover every tied entry', () => {
    const sheets = [sheet('j1', 'x', pts(8)), sheet('j1', 'y', pts(8)), sheet('j1', 'z', pts(8))];
    const partial = {
      stageId: 'st1',
      categoryId: null,
      entryIds: ['z', 'x'],
      decidedBy: 'ketua',
      reason: 'r',
    };
    expect(
      computeStandings(input(stage(one), entries, jurors, sheets, [partial])).overall.map(
        (r) => r.rank,
      ),
    ).toEqual([1, 1, 1]);
  });

  it('ranks each category on its own', () => {
    const es = [entry('a', 1), entry('b', 2, { categoryId: 'cat2' }), entry('c', 3)];
    const sheets = [sheet('j1', 'a', pts(5)), sheet('j1', 'b', pts(9)), sheet('j1', 'c', pts(6))];
    const s = computeStandings(input(stage(one), es, jurors, sheets));
    expect(view(s.overall).map((r) => r.slice(0, 2))).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', 3],
    ]);
    expect(view(s.byCategory.cat1 ?? []).map((r) => r.slice(0, 2))).toEqual([
      ['c', 1],
      ['a', 2],
    ]);
    expect(view(s.byCategory.cat2 ?? []).map((r) => r.slice(0, 2))).toEqual([['b', 1]]);
  });
});
