// The weighted total as the juror types, by the scoring engine's own exact function
// (shared/scoring/sheet.ts), so the pad never shows a number the server would not.
import type { Criterion, SheetValues } from '../../shared/model.js';
import { sheetTotalMicro } from '../../shared/scoring/sheet.js';

export type LiveTotal = { complete: boolean; scored: number; totalMicro: number | null };

/** Exact total over the scored criteria: the final total once all are scored, else the points so far. */
export function liveTotal(criteria: readonly Criterion[], values: SheetValues): LiveTotal {
  const scored = criteria.filter((c) => values[c.id] !== null && values[c.id] !== undefined);
  return {
    complete: scored.length === criteria.length,
    scored: scored.length,
    totalMicro: scored.length === 0 ? null : sheetTotalMicro(scored, values),
  };
}
