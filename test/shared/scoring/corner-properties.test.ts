// Property-based tests for two corners of issue #19: a draft saved after a submission is a
// pending edit that never counts and never removes the submitted sheet; the "other score"
// tie-break works under every method (adjusted scores exist beside raw ones everywhere).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Aggregation, SheetVersion } from '../../../shared/model.js';
import { aggregationNames, computeStandings } from '../../../shared/scoring/index.js';
import type { RankedRow } from '../../../shared/scoring/types.js';
import { build, criteriaOf, specArb } from './arbitraries.js';

const methods: readonly Aggregation[] = aggregationNames;

/** Comparable standings: every figure that ranks or is shown. */
const figures = (rows: RankedRow[]) =>
  rows.map((r) => ({
    entryId: r.entryId,
    rank: r.rank,
    tied: r.tied,
    rawMicro: r.rawMicro,
    adjustedMicro: r.adjustedMicro,
    scoreMicro: r.scoreMicro,
    sheetCount: r.sheetCount,
    missing: r.missingJurorIds,
    totals: r.jurorTotals.map((t) => [t.jurorId, t.totalMicro, t.adjustedMicro]),
  }));

describe('draft after submit', () => {
  it('later drafts (any number, any values) never change the standings', () => {
    fc.assert(
      fc.property(
        specArb({ panels: 2 }),
        fc.array(
          fc.record({
            cell: fc.nat(),
            steps: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 3, maxLength: 3 }),
            complete: fc.boolean(),
          }),
          { maxLength: 12 },
        ),
        (spec, edits) => {
          const base = build(spec);
          const criteria = criteriaOf(spec);
          const before = computeStandings(base);
          // Pending edits: new draft versions on top of existing sheets (some incomplete).
          const drafts: SheetVersion[] = [];
          edits.forEach((edit, i) => {
            const s = base.sheets[edit.cell % Math.max(1, base.sheets.length)];
            if (!s) return;
            const values = Object.fromEntries(
              criteria.map((c, k) => [
                c.id,
                !edit.complete && k === 0 ? null : (edit.steps[k] ?? 0) * 50,
              ]),
            );
            drafts.push({
              ...s,
              id: `d${i}-${s.id}`,
              submissionId: `draft-${i}-${s.id}`,
              version: 2 + i,
              status: 'draft',
              values,
            });
          });
          const after = computeStandings({ ...base, sheets: [...base.sheets, ...drafts] });
          expect(figures(after.overall)).toEqual(figures(before.overall));
          expect(after.flaggedJurors).toEqual(before.flaggedJurors);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the counted sheet is the latest submitted version, whatever the history passed', () => {
    fc.assert(
      fc.property(
        specArb({ drafts: false }),
        fc.array(fc.constantFrom<'draft' | 'submitted'>('draft', 'submitted'), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 5, maxLength: 5 }),
        (spec, statuses, shifts) => {
          const base = build(spec);
          // Each sheet gets a history: version 1 (submitted, as built), then the statuses.
          const history: SheetVersion[] = [];
          const expected: SheetVersion[] = [];
          for (const s of base.sheets) {
            let latestSubmitted = s;
            history.push(s);
            statuses.forEach((status, i) => {
              const shift = (shifts[i] ?? 0) * 50;
              const v: SheetVersion = {
                ...s,
                id: `${s.id}-v${i + 2}`,
                submissionId: `${s.submissionId}-v${i + 2}`,
                version: i + 2,
                status,
                values: Object.fromEntries(Object.keys(s.values).map((k) => [k, shift])),
              };
              history.push(v);
              if (status === 'submitted') latestSubmitted = v;
            });
            expected.push(latestSubmitted);
          }
          const fromHistory = computeStandings({ ...base, sheets: history.reverse() });
          const fromCounted = computeStandings({ ...base, sheets: expected });
          expect(figures(fromHistory.overall)).toEqual(figures(fromCounted.overall));
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe('other-score tie-break under every method', () => {
  for (const aggregation of methods) {
    it(`${aggregation}: equal scores are separated by the other score, in its order`, () => {
      fc.assert(
        fc.property(specArb({ aggregation, panels: 2, minEntries: 2 }), (spec) => {
          const input = build(spec);
          input.stage.rules.tieBreak = [{ kind: 'other-score' }];
          const s = computeStandings(input);
          const other = (r: RankedRow) => (aggregation === 'zscore' ? r.rawMicro : r.adjustedMicro);
          for (const r of s.overall) {
            // Adjusted scores exist beside raw ones whatever the method.
            expect(r.adjustedMicro === null).toBe(r.rawMicro === null);
            expect(r.scoreMicro).toBe(aggregation === 'zscore' ? r.adjustedMicro : r.rawMicro);
          }
          const scored = s.overall.filter((r) => r.scoreMicro !== null);
          for (let i = 1; i < scored.length; i++) {
            const a = scored[i - 1]!;
            const b = scored[i]!;
            if (a.scoreMicro !== b.scoreMicro) continue;
            // Same score: ordered by the other score, and tied only when it is equal too.
            expect(other(a)!).toBeGreaterThanOrEqual(other(b)!);
            expect(a.rank === b.rank).toBe(other(a) === other(b));
            // A row still tied with a later one carries no decider; an untied one names the key.
            if (other(a) !== other(b) && !b.tied) expect(b.decidedBy).toBe('other-score');
          }
        }),
        { numRuns: 200 },
      );
    });
  }
});
