import { describe, expect, it } from 'vitest';
import { buildBenchFixture, seededRandom } from '../../../shared/scoring/bench-fixture.js';
import { computeStandings, createStandingsCache } from '../../../shared/scoring/index.js';
import { crit, entry, input, juror, sheet, stage } from './helpers.js';

describe('createStandingsCache', () => {
  it('follows a changed rubric instead of serving stale totals for the same sheet ids', () => {
    const cache = createStandingsCache();
    const sheets = [sheet('j1', 'a', { x: 1000, y: 0 })];
    const first = input(
      stage([crit('x', 5000), crit('y', 5000)]),
      [entry('a', 1)],
      [juror('j1')],
      sheets,
    );
    expect(cache.compute(first).overall[0]?.scoreMicro).toBe(50_000_000);
    const reweighted = { ...first, stage: stage([crit('x', 8000), crit('y', 2000)]) };
    expect(cache.compute(reweighted).overall[0]?.scoreMicro).toBe(80_000_000);
    expect(cache.compute(reweighted)).toEqual(computeStandings(reweighted));
  });

  it('follows changed rules and conflicts for the same sheets', () => {
    const cache = createStandingsCache();
    const jurors = ['j1', 'j2', 'j3', 'j4'].map((id) => juror(id));
    const sheets = [9, 8, 7, 2].map((x, i) => sheet(`j${i + 1}`, 'a', { k: x * 100 }));
    const base = input(stage([crit('k', 10000)]), [entry('a', 1)], jurors, sheets);
    expect(cache.compute(base).overall[0]?.scoreMicro).toBe(65_000_000);
    const trimmed = { ...base, stage: stage([crit('k', 10000)], { aggregation: 'trimmed' }) };
    expect(cache.compute(trimmed).overall[0]?.scoreMicro).toBe(75_000_000);
    const recused = {
      ...base,
      jurors: jurors.map((j) => (j.id === 'j4' ? { ...j, conflictInstitutions: ['INST-A'] } : j)),
    };
    expect(cache.compute(recused).overall[0]).toMatchObject({
      scoreMicro: 80_000_000,
      expectedCount: 3,
    });
  });

  it('drops memo rows of sheets that are no longer passed', () => {
    const cache = createStandingsCache();
    const fx = buildBenchFixture({ entries: 10, jurors: 10, criteria: 3 });
    cache.compute(fx.input);
    let sheets = fx.input.sheets;
    for (let i = 0; i < 400; i++) {
      sheets = [...sheets.slice(1), fx.newVersion(i % 10, i % 10)];
      cache.compute({
        ...fx.input,
        sheets: sheets.filter(
          (s, k, all) =>
            all.findIndex((x) => x.jurorId === s.jurorId && x.entryId === s.entryId) === k,
        ),
      });
    }
    expect(cache.size()).toBeLessThanOrEqual(2 * 100 + 64);
  });
});

describe('bench fixture', () => {
  it('is deterministic and has 200 x 50 sheets of 10 criteria', () => {
    const a = buildBenchFixture();
    const b = buildBenchFixture();
    expect(a.input.sheets).toHaveLength(10_000);
    expect(a.input.stage.criteria).toHaveLength(10);
    expect(a.input.stage.criteria.reduce((s, c) => s + c.weightBp, 0)).toBe(10_000);
    expect(b.input.sheets).toEqual(a.input.sheets);
    const r = seededRandom(7);
    expect([r(), r()]).toEqual(
      (() => {
        const q = seededRandom(7);
        return [q(), q()];
      })(),
    );
  });

  it('gives the same standings through the cache after a revision', () => {
    const fx = buildBenchFixture({ entries: 30, jurors: 12, criteria: 5, aggregation: 'zscore' });
    const cache = createStandingsCache();
    cache.compute(fx.input);
    const old = fx.input.sheets[17];
    if (!old) throw new Error('fixture too small');
    const sheets = fx.input.sheets.map((s) =>
      s === old ? { ...fx.newVersion(0, 0, 2), jurorId: old.jurorId, entryId: old.entryId } : s,
    );
    expect(cache.compute({ ...fx.input, sheets })).toEqual(
      computeStandings({ ...fx.input, sheets }),
    );
  });
});
