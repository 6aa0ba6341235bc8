import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SheetVersion } from '../../../shared/model.js';
import { computeStandings, createStandingsCache } from '../../../shared/scoring/index.js';
import { build, specArb } from './arbitraries.js';

describe('standings properties: completeness, ranks, cache', () => {
  it('mean: a juror who goes missing or is recused never lowers an entry whose score is above their total', () => {
    // Precisely: under 'mean', for an entry with >= 2 counted sheets and a counted sheet whose total
    // is strictly below the entry's score (both in micro), removing that sheet, or recusing its
    // juror from the entry, gives a score >= the previous one. (Integers: total < score implies the
    // exact total is <= the exact mean, so the exact mean cannot drop, and rounding is monotone.)
    fc.assert(
      fc.property(specArb({ aggregation: 'mean', panels: 2 }), fc.nat(), (spec, pick) => {
        const base = build(spec);
        const a = computeStandings(base);
        const candidates = a.overall.flatMap((r) =>
          r.sheetCount >= 2
            ? r.jurorTotals
                .filter((t) => t.totalMicro < (r.scoreMicro ?? -Infinity))
                .map((t) => ({ r, t }))
            : [],
        );
        fc.pre(candidates.length > 0);
        const { r, t } = candidates[pick % candidates.length] ?? { r: undefined, t: undefined };
        if (!r || !t) throw new Error('unreachable');
        const missing = computeStandings({
          ...base,
          sheets: base.sheets.filter((s) => !(s.jurorId === t.jurorId && s.entryId === r.entryId)),
        });
        const recused = computeStandings({
          ...base,
          jurors: base.jurors.map((j) =>
            j.id === t.jurorId ? { ...j, conflictEntryIds: [r.entryId] } : j,
          ),
        });
        for (const after of [missing, recused]) {
          const row = after.overall.find((x) => x.entryId === r.entryId);
          expect(row?.scoreMicro).toBeGreaterThanOrEqual(r.scoreMicro ?? Infinity);
          expect(row?.sheetCount).toBe(r.sheetCount - 1);
        }
        const rec = recused.overall.find((x) => x.entryId === r.entryId);
        expect(rec?.expectedCount).toBe(r.expectedCount - 1);
        expect(rec?.missingJurorIds).not.toContain(t.jurorId);
      }),
      { numRuns: 300 },
    );
  });

  it('ranks agree with scores and use competition numbering', () => {
    fc.assert(
      fc.property(specArb({ maxStep: 2, panels: 2 }), (spec) => {
        const s = computeStandings(build(spec));
        for (const rows of [s.overall, ...Object.values(s.byCategory)]) {
          const scored = rows.filter((r) => r.rank !== null);
          // Unscored rows come last.
          expect(
            rows
              .slice(scored.length)
              .every((r) => r.rank === null && r.scoreMicro === null && !r.tied),
          ).toBe(true);
          expect(scored.every((r) => r.scoreMicro !== null)).toBe(true);
          scored.forEach((r, i) => {
            const prev = scored[i - 1];
            const shares = scored.filter((x) => x.rank === r.rank).length;
            expect(r.tied).toBe(shares > 1);
            // Competition numbering: a rank is 1 + the number of rows strictly before it.
            expect(r.rank).toBe(prev && prev.rank === r.rank ? prev.rank : i + 1);
            if (r.tied) expect(r.decidedBy).toBeNull();
          });
          for (const x of scored) {
            for (const y of scored) {
              if ((x.scoreMicro ?? 0) > (y.scoreMicro ?? 0))
                expect(x.rank ?? 0).toBeLessThan(y.rank ?? 0);
              if (x.rank === y.rank) {
                expect(x.scoreMicro).toBe(y.scoreMicro);
                expect(x.criterionMicro).toEqual(y.criterionMicro);
              }
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the cache gives exactly what a full computation gives, through a run of revisions', () => {
    const arb = specArb({ panels: 2 }).chain((spec) =>
      fc.record({
        spec: fc.constant(spec),
        edits: fc.array(
          fc.record({
            cell: fc.nat(),
            step: fc.integer({ min: 0, max: 20 }),
            draft: fc.boolean(),
            recuse: fc.boolean(),
          }),
          { maxLength: 8 },
        ),
      }),
    );
    fc.assert(
      fc.property(arb, ({ spec, edits }) => {
        const cache = createStandingsCache();
        let inp = build(spec);
        expect(cache.compute(inp)).toEqual(computeStandings(inp));
        edits.forEach((ed, n) => {
          const e = Math.floor(ed.cell / spec.nJurors) % spec.nEntries;
          const j = ed.cell % spec.nJurors;
          const prev = inp.sheets.find((s) => s.entryId === `e${e}` && s.jurorId === `j${j}`);
          const fresh: SheetVersion = {
            ...(prev ??
              inp.sheets[0] ??
              build({ ...spec, cells: spec.cells.map(() => ({ steps: [0, 0, 0], draft: false })) })
                .sheets[0]!),
            id: `edit-${n}`,
            entryId: `e${e}`,
            jurorId: `j${j}`,
            version: (prev?.version ?? 0) + 1,
            status: ed.draft ? 'draft' : 'submitted',
            values: Object.fromEntries(inp.stage.criteria.map((c) => [c.id, ed.step * 50])),
          };
          inp = { ...inp, sheets: [...inp.sheets.filter((s) => s !== prev), fresh] };
          if (ed.recuse)
            inp = {
              ...inp,
              jurors: inp.jurors.map((x) =>
                x.id === `j${j}` ? { ...x, conflictEntryIds: [...x.conflictEntryIds, `e${e}`] } : x,
              ),
            };
          expect(cache.compute(inp)).toEqual(computeStandings(inp));
        });
      }),
      { numRuns: 200 },
    );
  });
});
