// Juror insight from real standings: severity against the panel, spread, outliers, and the
// moves z-score normalization makes. Expected figures are worked out by hand below.
import { describe, expect, it } from 'vitest';
import { computeStandings } from '../../../shared/scoring/index.js';
import { jurorInsight } from '../../../shared/scoring/juror-insight.js';
import { all, crit, entry, input, juror, sheet, stage } from './helpers.js';

const c = [crit('a', 10_000)]; // one criterion, 0-10: a value of x gives a total of 10x points
const P = 1_000_000;

describe('jurorInsight', () => {
  it('measures severity, spread and outliers against the other jurors', () => {
    const entries = [entry('e1', 1), entry('e2', 2)];
    const jurors = [juror('j1'), juror('j2'), juror('j3')];
    // e1: j1 4 (40), j2 8 (80), j3 8 (80); e2: j1 6 (60), j2 7 (70), j3 8 (80)
    const sheets = [
      sheet('j1', 'e1', all(c, 400)),
      sheet('j2', 'e1', all(c, 800)),
      sheet('j3', 'e1', all(c, 800)),
      sheet('j1', 'e2', all(c, 600)),
      sheet('j2', 'e2', all(c, 700)),
      sheet('j3', 'e2', all(c, 800)),
    ];
    const st = computeStandings(input(stage(c), entries, jurors, sheets));
    const out = jurorInsight(st, ['j1', 'j2', 'j3', 'j4'], 20 * P);
    const j1 = out.jurors[0]!;
    expect(j1.sheetCount).toBe(2);
    expect(j1.meanMicro).toBe(50 * P);
    expect(j1.spreadMicro).toBe(10 * P);
    // e1: 40 - 80 = -40; e2: 60 - 75 = -15; mean -27.5
    expect(j1.severityMicro).toBe(-27.5 * P);
    expect(j1.outliers).toEqual([
      { entryId: 'e1', totalMicro: 40 * P, othersMeanMicro: 80 * P, deltaMicro: -40 * P },
    ]);
    const j3 = out.jurors[2]!;
    // e1: 80 - 60 = 20; e2: 80 - 65 = 15
    expect(j3.severityMicro).toBe(17.5 * P);
    expect(j3.outliers).toEqual([]);
    expect(out.jurors[3]).toMatchObject({
      jurorId: 'j4',
      sheetCount: 0,
      meanMicro: null,
      spreadMicro: null,
      severityMicro: null,
    });
    // Not a z-score stage: the adjusted score is still computed and shown beside the raw one.
    expect(
      out.moves.every(
        (m) =>
          (m.rawMicro === null) === (m.adjustedMicro === null) &&
          m.deltaMicro === (m.rawMicro === null ? null : m.adjustedMicro! - m.rawMicro),
      ),
    ).toBe(true);
    expect(out.moves.find((m) => m.entryId === 'e2')?.rawRank).toBe(1);
  });

  it('reports how z-scores moved each entry, with raw and adjusted ranks', () => {
    const entries = [1, 2, 3, 4, 5].map((n) => entry(`e${n}`, n));
    const jurors = [juror('hard'), juror('soft')];
    // "hard" scores low with a wide spread, "soft" high with a narrow one: e5 and e1 swap.
    const hard = [200, 300, 400, 500, 900];
    const soft = [900, 850, 800, 800, 700];
    const sheets = entries.flatMap((e, i) => [
      sheet('hard', e.id, all(c, hard[i]!)),
      sheet('soft', e.id, all(c, soft[i]!)),
    ]);
    const st = computeStandings(
      input(stage(c, { aggregation: 'zscore' }), entries, jurors, sheets),
    );
    const out = jurorInsight(st, ['hard', 'soft'], 20 * P);
    expect(out.jurors[0]!.severityMicro).toBeLessThan(0);
    expect(out.jurors[1]!.severityMicro).toBeGreaterThan(0);
    for (const m of out.moves) {
      expect(m.adjustedMicro).not.toBeNull();
      expect(m.deltaMicro).toBe(m.adjustedMicro! - m.rawMicro!);
    }
    const row = st.overall.find((r) => r.entryId === 'e5')!;
    const move = out.moves.find((m) => m.entryId === 'e5')!;
    expect(move.rawMicro).toBe(row.rawMicro);
    expect(move.adjustedRank).toBe(row.rank);
  });

  it('names jurors who kept raw totals under z-score', () => {
    const entries = [entry('e1', 1), entry('e2', 2)];
    const sheets = [sheet('j1', 'e1', all(c, 500)), sheet('j1', 'e2', all(c, 600))];
    const st = computeStandings(
      input(stage(c, { aggregation: 'zscore' }), entries, [juror('j1')], sheets),
    );
    expect(jurorInsight(st, ['j1'], 20 * P).jurors[0]!.flagged).toBe('few-sheets');
  });
});
