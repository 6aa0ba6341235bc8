// Pure helpers for typing scores on a criterion scale (hundredths of a point, see
// shared/fixed.ts). The number box and the slider both go through these.
import { parseX100 } from '../../shared/fixed.js';
import { formatHundredths } from '../../shared/number-format.js';

export type Scale = { minX100: number; maxX100: number; stepX100: number };

export type ParsedScore =
  | { kind: 'empty' }
  | { kind: 'value'; value: number }
  | { kind: 'invalid'; reason: 'not-a-number' | 'out-of-range' | 'off-step' };

export function parseScore(text: string, scale: Scale): ParsedScore {
  // "7," is "7" on its way to "7,5": no error while the juror is still typing.
  const v = parseX100(text.trim().replace(/^(\d+)[.,]$/, '$1'));
  if (v === null) return { kind: 'empty' };
  if (v === undefined) return { kind: 'invalid', reason: 'not-a-number' };
  if (v < scale.minX100 || v > scale.maxX100) return { kind: 'invalid', reason: 'out-of-range' };
  if ((v - scale.minX100) % scale.stepX100 !== 0) return { kind: 'invalid', reason: 'off-step' };
  return { kind: 'value', value: v };
}

/** Nearest valid value to v, clamped to the scale. */
export function snapToScale(v: number, scale: Scale): number {
  const steps = Math.round((v - scale.minX100) / scale.stepX100);
  const snapped = scale.minX100 + steps * scale.stepX100;
  return Math.min(scale.maxX100, Math.max(scale.minX100, snapped));
}

/** Value after pressing a key; null = key not handled. From "not scored", keys start mid-scale. */
export function keyStep(value: number | null, key: string, scale: Scale): number | null {
  const mid = snapToScale((scale.minX100 + scale.maxX100) / 2, scale);
  const big = Math.max(scale.stepX100, snapToScale(scale.minX100 + 100, scale) - scale.minX100);
  switch (key) {
    case 'ArrowUp':
      return value === null ? mid : snapToScale(value + scale.stepX100, scale);
    case 'ArrowDown':
      return value === null ? mid : snapToScale(value - scale.stepX100, scale);
    case 'PageUp':
      return value === null ? mid : snapToScale(value + big, scale);
    case 'PageDown':
      return value === null ? mid : snapToScale(value - big, scale);
    case 'Home':
      return scale.minX100;
    case 'End':
      return scale.maxX100;
    default:
      return null;
  }
}

/** 750 -> "7,5" in Indonesian, "7.5" in English. */
export function formatScore(value: number, lng: 'id' | 'en'): string {
  return formatHundredths(value, lng, true);
}
