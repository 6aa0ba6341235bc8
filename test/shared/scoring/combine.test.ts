import { describe, expect, it } from 'vitest';
import { combineStages, computeStandings } from '../../../shared/scoring/index.js';
import { crit, entry, input, juror, sheet, stage } from './helpers.js';

const one = [crit('k', 10000)];
const pts = (x: number) => ({ k: Math.round(x * 100) });
const entries = ['a', 'b', 'c', 'd'].map((id, i) => entry(id, i + 1));
const jurors = [juror('j1')];

function stageWith(id: string, weight: number, scores: Record<string, number>) {
  const st = stage(one, {}, id, weight);
  const sheets = Object.entries(scores).map(([e, x]) => sheet('j1', e, pts(x), 'submitted', id));
  return { stage: st, standings: computeStandings(input(st, entries, jurors, sheets)) };
}

describe('combineStages', () => {
  it('weights curation 40% and presentation 60%', () => {
    const curation = stageWith('kur', 4000, { a: 8, b: 6, c: 9, d: 7 });
    const presentation = stageWith('pre', 6000, { a: 7, b: 9, c: 6, d: 7 });
    const rows = combineStages([curation, presentation]);
    expect(rows.map((r) => [r.entryId, r.combinedMicro, r.rank, r.tied])).toEqual([
      ['b', 78_000_000, 1, false],
      ['a', 74_000_000, 2, false],
      ['c', 72_000_000, 3, false],
      ['d', 70_000_000, 4, false],
    ]);
    expect(rows[0]?.stageMicro).toEqual({ kur: 60_000_000, pre: 90_000_000 });
  });

  it('gives null when a weighted stage has no score, and ignores stages weighted 0', () => {
    const curation = stageWith('kur', 4000, { a: 8, b: 6, c: 9 });
    const presentation = stageWith('pre', 6000, { a: 7, b: 9, c: 6, d: 7 });
    const rehearsal = stageWith('gladi', 0, { a: 1 });
    const rows = combineStages([rehearsal, curation, presentation]);
    const d = rows.find((r) => r.entryId === 'd');
    expect(d).toMatchObject({
      combinedMicro: null,
      rank: null,
      tied: false,
      stageMicro: { kur: null, pre: 70_000_000 },
    });
    expect(rows[rows.length - 1]?.entryId).toBe('d');
    expect(Object.keys(rows[0]?.stageMicro ?? {})).toEqual(['kur', 'pre']);
  });

  it('shares ranks with competition numbering', () => {
    const curation = stageWith('kur', 5000, { a: 8, b: 6, c: 7, d: 5 });
    const presentation = stageWith('pre', 5000, { a: 6, b: 8, c: 7, d: 5 });
    const rows = combineStages([curation, presentation]);
    expect(rows.map((r) => [r.entryId, r.rank, r.tied])).toEqual([
      // Equal combined scores keep the order of the first part's standings.
      ['a', 1, true],
      ['c', 1, true],
      ['b', 1, true],
      ['d', 4, false],
    ]);
  });

  it('normalizes weights that do not sum to 100%', () => {
    const x = stageWith('x', 1000, { a: 8 });
    const y = stageWith('y', 3000, { a: 4 });
    expect(combineStages([x, y]).find((r) => r.entryId === 'a')?.combinedMicro).toBe(50_000_000);
  });
});
