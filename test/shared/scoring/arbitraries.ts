// fast-check generators for scoring properties: small stages with one or two panels,
// random gaps (missing sheets), drafts, two categories and a 0-10 scale in half points.
import fc from 'fast-check';
import type { Aggregation, Criterion, SheetVersion } from '../../../shared/model.js';
import { aggregationNames } from '../../../shared/scoring/methods.js';
import type { StageInput } from '../../../shared/scoring/types.js';
import { crit, entry, input, juror, stage } from './helpers.js';

export type Spec = {
  weights: number[];
  nEntries: number;
  nJurors: number;
  /** cells[e * nJurors + j]: null = no sheet; else the value steps (x 50 hundredths) per criterion. */
  cells: Array<{ steps: number[]; draft: boolean } | null>;
  categories: number[];
  panels: number[];
  aggregation: Aggregation;
  minSheets: number;
};

/** Weights in basis points summing to 10000, from positive parts. */
export function toWeights(parts: number[]): number[] {
  const total = parts.reduce((s, x) => s + x, 0);
  const w = parts.map((x) => Math.floor((x * 10_000) / total));
  w[0] = (w[0] ?? 0) + 10_000 - w.reduce((s, x) => s + x, 0);
  return w;
}

export function specArb(
  opts: {
    aggregation?: Aggregation;
    maxStep?: number;
    drafts?: boolean;
    panels?: number;
    full?: boolean;
    minEntries?: number;
  } = {},
) {
  const maxStep = opts.maxStep ?? 20;
  return fc
    .record({
      parts: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 3 }),
      nEntries: fc.integer({ min: opts.minEntries ?? 1, max: 8 }),
      nJurors: fc.integer({ min: 1, max: 6 }),
      aggregation: opts.aggregation
        ? fc.constant(opts.aggregation)
        : fc.constantFrom(...aggregationNames),
      minSheets: fc.integer({ min: 1, max: 4 }),
    })
    .chain(({ parts, nEntries, nJurors, aggregation, minSheets }) =>
      fc.record({
        weights: fc.constant(toWeights(parts)),
        nEntries: fc.constant(nEntries),
        nJurors: fc.constant(nJurors),
        cells: fc.array(
          opts.full
            ? fc.record({
                steps: fc.array(fc.integer({ min: 0, max: maxStep }), {
                  minLength: parts.length,
                  maxLength: parts.length,
                }),
                draft: fc.constant(false),
              })
            : fc.option(
                fc.record({
                  steps: fc.array(fc.integer({ min: 0, max: maxStep }), {
                    minLength: parts.length,
                    maxLength: parts.length,
                  }),
                  draft: opts.drafts === false ? fc.constant(false) : fc.boolean(),
                }),
                { nil: null, freq: 4 },
              ),
          { minLength: nEntries * nJurors, maxLength: nEntries * nJurors },
        ),
        categories: fc.array(fc.integer({ min: 0, max: 1 }), {
          minLength: nEntries,
          maxLength: nEntries,
        }),
        panels: fc.array(fc.integer({ min: 0, max: (opts.panels ?? 1) - 1 }), {
          minLength: nEntries + nJurors,
          maxLength: nEntries + nJurors,
        }),
        aggregation: fc.constant(aggregation),
        minSheets: fc.constant(minSheets),
      }),
    );
}

export function criteriaOf(spec: Spec): Criterion[] {
  return spec.weights.map((w, i) => crit(`c${i}`, w));
}

export function build(spec: Spec, stepX100 = 50): StageInput {
  const criteria = criteriaOf(spec);
  const st = stage(criteria, {
    aggregation: spec.aggregation,
    zscoreMinSheets: spec.minSheets,
    disagreementBandMicro: 20_000_000,
  });
  const entries = Array.from({ length: spec.nEntries }, (_, i) =>
    entry(`e${i}`, i + 1, {
      categoryId: `cat${(spec.categories[i] ?? 0) + 1}`,
      panelId: `p${spec.panels[i] ?? 0}`,
    }),
  );
  const jurors = Array.from({ length: spec.nJurors }, (_, j) =>
    juror(`j${j}`, { panelId: `p${spec.panels[spec.nEntries + j] ?? 0}` }),
  );
  const sheets: SheetVersion[] = [];
  spec.cells.forEach((cell, k) => {
    if (!cell) return;
    const e = Math.floor(k / spec.nJurors);
    const j = k % spec.nJurors;
    const values = Object.fromEntries(
      criteria.map((c, i) => [c.id, (cell.steps[i] ?? 0) * stepX100]),
    );
    sheets.push({
      id: `s-${e}-${j}`,
      submissionId: `sub-${e}-${j}-xxxx`,
      jurorId: `j${j}`,
      entryId: `e${e}`,
      stageId: st.id,
      version: 1,
      status: cell.draft ? 'draft' : 'submitted',
      values,
      comment: '',
      createdAt: 0,
      author: 'juror',
      reason: null,
    });
  });
  return input(st, entries, jurors, sheets);
}
