import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeStandings, expectedJurors, isRecused } from '../../../shared/scoring/index.js';
import { build, specArb } from './arbitraries.js';
import { entry, juror } from './helpers.js';

describe('recusal', () => {
  const e = entry('a', 1, { institution: ' Dinas Pendidikan ' });
  it('matches the institution trimmed and case-insensitive', () => {
    expect(isRecused(juror('j', { conflictInstitutions: ['dinas pendidikan'] }), e)).toBe(true);
    expect(isRecused(juror('j', { conflictInstitutions: ['DINAS PENDIDIKAN  '] }), e)).toBe(true);
    expect(isRecused(juror('j', { conflictInstitutions: ['Dinas Kesehatan'] }), e)).toBe(false);
    expect(
      isRecused(juror('j', { conflictInstitutions: [''] }), entry('b', 2, { institution: '' })),
    ).toBe(false);
  });
  it('matches the entry id', () => {
    expect(isRecused(juror('j', { conflictEntryIds: ['a'] }), e)).toBe(true);
    expect(isRecused(juror('j', { conflictEntryIds: ['b'] }), e)).toBe(false);
  });
  it('expects the non-recused jurors of the same panel, in order', () => {
    const jurors = [
      juror('j1'),
      juror('j2', { panelId: 'p2' }),
      juror('j3', { conflictEntryIds: ['a'] }),
      juror('j4'),
    ];
    expect(expectedJurors(e, jurors).map((j) => j.id)).toEqual(['j1', 'j4']);
  });
  it('agrees with the standings (which apply the same rule on their fast path)', () => {
    const arb = specArb({ panels: 2 }).chain((spec) =>
      fc.record({
        spec: fc.constant(spec),
        conflicts: fc.array(
          fc.record({ inst: fc.nat(9), byId: fc.nat(9), caseFlip: fc.boolean() }),
          {
            minLength: spec.nJurors,
            maxLength: spec.nJurors,
          },
        ),
      }),
    );
    fc.assert(
      fc.property(arb, ({ spec, conflicts }) => {
        const base = build(spec);
        const inp = {
          ...base,
          jurors: base.jurors.map((j, i) => {
            const c = conflicts[i] ?? { inst: 0, byId: 0, caseFlip: false };
            const inst = ` inst-e${c.inst} `;
            return {
              ...j,
              conflictInstitutions: [c.caseFlip ? inst.toUpperCase() : inst],
              conflictEntryIds: [`e${c.byId}`],
            };
          }),
        };
        const s = computeStandings(inp);
        for (const en of inp.entries) {
          const row = s.overall.find((r) => r.entryId === en.id);
          const exp = expectedJurors(en, inp.jurors).map((j) => j.id);
          expect(row?.expectedCount).toBe(exp.length);
          expect(row?.jurorTotals.every((t) => exp.includes(t.jurorId))).toBe(true);
          expect(
            [
              ...(row?.missingJurorIds ?? []),
              ...(row?.jurorTotals.map((t) => t.jurorId) ?? []),
            ].sort(),
          ).toEqual([...exp].sort());
        }
      }),
      { numRuns: 200 },
    );
  });
});
