// The reveal ceremony walks rank groups, not numbers: with ranks 1, 1, 3 and three places
// the steps are place 3, then the tied place 1 (both entries together); there is no empty
// "place 2" step. Pure functions over the ranked rows (no database, no socket); the server
// decides each step from the current standings and screens only ever receive rows at or
// below the revealed place.

type Ranked = { rank: number | null };

/** The distinct ranks within the first `places` places, lowest place first (e.g. [3, 1]). */
export function revealGroups(rows: readonly Ranked[], places: number): number[] {
  const ranks = new Set<number>();
  for (const r of rows) if (r.rank !== null && r.rank <= places) ranks.add(r.rank);
  return [...ranks].sort((a, b) => b - a);
}

/**
 * The place revealed by the next step: the next rank group above the current one, or the
 * lowest group when nothing is revealed yet. The same place when there is none left.
 */
export function nextRevealPlace(
  rows: readonly Ranked[],
  places: number,
  current: number | null,
): number | null {
  const groups = revealGroups(rows, places);
  const next = groups.find((g) => current === null || g < current);
  return next ?? current;
}

/** One step back: the rank group below the current one, or null (nothing revealed). */
export function previousRevealPlace(
  rows: readonly Ranked[],
  places: number,
  current: number | null,
): number | null {
  if (current === null) return null;
  const groups = revealGroups(rows, places);
  const lower = groups.filter((g) => g > current);
  return lower.length > 0 ? lower[lower.length - 1]! : null;
}

/** Rows a screen may receive: ranked, within the places, at or below the revealed place. */
export function revealedRows<R extends Ranked>(
  rows: readonly R[],
  places: number,
  revealedPlace: number | null,
): R[] {
  if (revealedPlace === null) return [];
  return rows.filter((r) => r.rank !== null && r.rank >= revealedPlace && r.rank <= places);
}

/** True when every step has been taken (the best group is out). */
export function revealComplete(
  rows: readonly Ranked[],
  places: number,
  current: number | null,
): boolean {
  const groups = revealGroups(rows, places);
  return groups.length === 0 || (current !== null && current <= groups[groups.length - 1]!);
}
