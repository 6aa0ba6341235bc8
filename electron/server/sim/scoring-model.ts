// How a simulated juror scores: every entry has a hidden "true quality" (0..1) shared by
// all jurors; each juror adds a severity (bias) and a spread (noise) of their own. All
// draws come from seeded PRNGs keyed by (seed, juror, entry), so a rehearsal or a test
// replays the same scores whatever order the pushes arrive in. No Math.random here.
import type { Criterion, SheetValues } from '../../../shared/model.js';
import { seededRandom } from '../../../shared/scoring/bench-fixture.js';

/** FNV-1a over the parts: a stable 32-bit seed from strings and numbers. */
export function hashSeed(...parts: Array<string | number>): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0000')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A PRNG for one decision stream, e.g. rngFor(seed, 'juror', jurorId, entryId). */
export function rngFor(...parts: Array<string | number>): () => number {
  return seededRandom(hashSeed(...parts));
}

export type JurorProfile = {
  /** Added to the entry quality on the 0..1 scale: negative = a strict juror. */
  severity: number;
  /** Half-width of the uniform noise on the 0..1 scale. */
  spread: number;
};

/** A juror's temperament, drawn once per (seed, juror): severity in +-0.15, spread 0.05..0.2. */
export function jurorProfile(seed: number, jurorId: string): JurorProfile {
  const r = rngFor(seed, 'profile', jurorId);
  return { severity: (r() - 0.5) * 0.3, spread: 0.05 + r() * 0.15 };
}

/** The entry's true quality in 0.2..0.9, the same for every juror. */
export function entryQuality(seed: number, entryId: string): number {
  return 0.2 + rngFor(seed, 'quality', entryId)() * 0.7;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** One value on the criterion's scale (min..max in whole steps) for a 0..1 level. */
export function onScale(c: Criterion, level: number): number {
  const steps = Math.round(((c.maxX100 - c.minX100) / c.stepX100) * clamp01(level));
  return c.minX100 + steps * c.stepX100;
}

/** A complete sheet for (juror, entry); `round` varies the draw for a revision. */
export function scoreSheet(
  criteria: readonly Criterion[],
  seed: number,
  jurorId: string,
  entryId: string,
  profile: JurorProfile,
  round = 0,
): SheetValues {
  const q = entryQuality(seed, entryId);
  const r = rngFor(seed, 'sheet', jurorId, entryId, round);
  const values: SheetValues = {};
  for (const c of criteria)
    values[c.id] = onScale(c, q + profile.severity + (r() * 2 - 1) * profile.spread);
  return values;
}

/** A partial draft: roughly half the criteria filled, the rest null ("not scored"). */
export function draftSheet(
  criteria: readonly Criterion[],
  seed: number,
  jurorId: string,
  entryId: string,
  profile: JurorProfile,
): SheetValues {
  const full = scoreSheet(criteria, seed, jurorId, entryId, profile);
  const r = rngFor(seed, 'draft', jurorId, entryId);
  const values: SheetValues = {};
  for (const c of criteria) values[c.id] = r() < 0.5 ? (full[c.id] ?? null) : null;
  return values;
}

/** A revision: one criterion moved by one step (up or down, inside the scale). */
export function reviseSheet(
  criteria: readonly Criterion[],
  values: SheetValues,
  seed: number,
  jurorId: string,
  entryId: string,
  round: number,
): SheetValues {
  const r = rngFor(seed, 'revise', jurorId, entryId, round);
  const c = criteria[Math.floor(r() * criteria.length)];
  const next = { ...values };
  if (!c) return next;
  const v = next[c.id] ?? c.minX100;
  const up = r() < 0.5;
  next[c.id] = up
    ? v + c.stepX100 <= c.maxX100
      ? v + c.stepX100
      : v - c.stepX100
    : v - c.stepX100 >= c.minX100
      ? v - c.stepX100
      : v + c.stepX100;
  return next;
}

/** Submission ids as a pad makes them: url-safe, 8-64 characters, unique per juror run. */
export function makeSubmissionId(prefix: string, counter: number): string {
  return `${prefix}-${counter.toString(36)}`
    .replace(/[^A-Za-z0-9_-]/g, '_')
    .padEnd(8, '0')
    .slice(0, 64);
}

/** A delay in [min, max] ms drawn from r. */
export function between(r: () => number, [min, max]: readonly [number, number]): number {
  return Math.round(min + r() * Math.max(0, max - min));
}
