// One score sheet: its exact total on 0-100 and the checks a sheet must pass before it
// is stored. Pure: no storage, no clock. Does not decide whether a phase accepts sheets
// (see state.ts) nor whether the juror may score the entry (see recusal.ts).
import type { Criterion, Id, LevelDescriptor, SheetStatus, SheetValues } from '../model.js';
import type { ErrorCode } from '../contract/errors.js';
import { divRound } from '../fixed.js';

/**
 * Micro-points per (weight bp x score / max): total = sum w/10000 * v/max * 100 points
 * = sum w * v * 10^4 / max micro-points.
 */
const MICRO_PER_BP_RATIO = 10_000n;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * The common denominator of a rubric: lcm of the scale maxima. A sheet's exact total in
 * micro-points is `numerator / denominator`; aggregation sums numerators so that a mean
 * is rounded once, never a mean of rounded totals.
 */
export function rubricDenominator(criteria: readonly Criterion[]): bigint {
  let d = 1n;
  for (const c of criteria) {
    const m = BigInt(c.maxX100);
    if (m === 0n) continue;
    d = (d / gcd(d, m)) * (m < 0n ? -m : m);
  }
  return d;
}

/**
 * Exact total numerator over `rubricDenominator(criteria)`; null when a criterion is not
 * scored (a draft). Values of unknown criteria are ignored (validation reports them).
 */
export function sheetTotalNumerator(
  criteria: readonly Criterion[],
  values: SheetValues,
  denominator: bigint,
): bigint | null {
  let sum = 0n;
  for (const c of criteria) {
    const v = values[c.id];
    if (v === null || v === undefined) return null;
    if (c.maxX100 === 0) continue;
    sum += BigInt(c.weightBp) * BigInt(v) * MICRO_PER_BP_RATIO * (denominator / BigInt(c.maxX100));
  }
  return sum;
}

/**
 * Sheet total on 0-100 in micro-points, computed exactly and rounded once (half away from
 * zero). Scores 9, 7, 8 (max 10) with weights 50/30/20 give 82_000_000. Null = not complete.
 */
export function sheetTotalMicro(
  criteria: readonly Criterion[],
  values: SheetValues,
): number | null {
  const d = rubricDenominator(criteria);
  const n = sheetTotalNumerator(criteria, values, d);
  return n === null ? null : Number(divRound(n, d));
}

export type SheetIssueCode = Extract<
  ErrorCode,
  'UNKNOWN_CRITERION' | 'SCORE_OUT_OF_RANGE' | 'SCORE_OFF_STEP' | 'INCOMPLETE_SHEET'
>;

export type SheetIssue = { code: SheetIssueCode; criterionId?: Id; detail: string };

/**
 * Every problem with a sheet's values, in a stable order (unknown keys, then criteria in
 * rubric order). Drafts may leave criteria empty; a submitted sheet may not.
 */
export function validateSheetValues(
  criteria: readonly Criterion[],
  values: SheetValues,
  status: SheetStatus,
): SheetIssue[] {
  const issues: SheetIssue[] = [];
  const known = new Set(criteria.map((c) => c.id));
  for (const key of Object.keys(values)) {
    if (!known.has(key))
      issues.push({
        code: 'UNKNOWN_CRITERION',
        criterionId: key,
        detail: `values.${key}: not a criterion of this stage`,
      });
  }
  for (const c of criteria) {
    const v = values[c.id];
    if (v === null || v === undefined) {
      if (status === 'submitted')
        issues.push({
          code: 'INCOMPLETE_SHEET',
          criterionId: c.id,
          detail: `values.${c.id}: not scored`,
        });
      continue;
    }
    if (!Number.isSafeInteger(v)) {
      issues.push({
        code: 'SCORE_OFF_STEP',
        criterionId: c.id,
        detail: `values.${c.id}: must be a whole number of hundredths`,
      });
    } else if (v < c.minX100 || v > c.maxX100) {
      issues.push({
        code: 'SCORE_OUT_OF_RANGE',
        criterionId: c.id,
        detail: `values.${c.id}: must be between ${c.minX100} and ${c.maxX100} (hundredths)`,
      });
    } else if (c.stepX100 > 0 && (v - c.minX100) % c.stepX100 !== 0) {
      issues.push({
        code: 'SCORE_OFF_STEP',
        criterionId: c.id,
        detail: `values.${c.id}: must be ${c.minX100} + a multiple of ${c.stepX100} (hundredths)`,
      });
    }
  }
  return issues;
}

/** The level descriptor whose inclusive band holds the value (first match in rubric order), or null. */
export function levelFor(criterion: Criterion, valueX100: number | null): LevelDescriptor | null {
  if (valueX100 === null) return null;
  return criterion.levels.find((l) => valueX100 >= l.fromX100 && valueX100 <= l.toX100) ?? null;
}

type SheetContent = { values: SheetValues; comment: string };

/** Same criterion values (null and absent alike) and the same comment (ends trimmed). */
export function sameSheetContent(a: SheetContent, b: SheetContent): boolean {
  if (a.comment.trim() !== b.comment.trim()) return false;
  const keys = new Set([...Object.keys(a.values), ...Object.keys(b.values)]);
  for (const k of keys) if ((a.values[k] ?? null) !== (b.values[k] ?? null)) return false;
  return true;
}

/**
 * A pending edit: the latest version is a draft saved after a submission, with content
 * other than the submitted one. Never counted; the submitted version stays the counted
 * sheet until the juror submits again.
 */
export function isPendingEdit(
  latest: (SheetContent & { status: SheetStatus }) | null | undefined,
  submitted: SheetContent | null | undefined,
): boolean {
  return (
    !!latest && !!submitted && latest.status === 'draft' && !sameSheetContent(latest, submitted)
  );
}
