// Fixed-point helpers. Scores travel and rest as integers (see model.ts); these convert
// at the edges (typing, display) and never let a float decide anything.

export const X100 = 100;
export const MICRO = 1_000_000;
export const FULL_WEIGHT_BP = 10_000;

/** "7,5" or "7.5" -> 750; null for blank; NaN-free: returns undefined for anything else. */
export function parseX100(text: string): number | null | undefined {
  const t = text.trim().replace(',', '.');
  if (t === '') return null;
  if (!/^-?\d{1,6}(\.\d{1,2})?$/.test(t)) return undefined;
  const [whole = '0', frac = ''] = t.replace('-', '').split('.');
  const value = Number(whole) * X100 + Number((frac + '00').slice(0, 2));
  return t.startsWith('-') ? -value : value;
}

/** 750 -> "7.5", 800 -> "8" (no trailing zeros). Use the locale formatter for display. */
export function formatX100(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const whole = Math.floor(abs / X100);
  const frac = abs % X100;
  if (frac === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
}

/** 82_004_999 -> "82.00" with the given decimals, rounding half away from zero on integers. */
export function formatMicro(value: number, decimals = 2): string {
  const unit = 10 ** (6 - decimals);
  const sign = value < 0 ? '-' : '';
  const rounded = Math.floor((Math.abs(value) + unit / 2) / unit);
  const whole = Math.floor(rounded / 10 ** decimals);
  const frac = rounded % 10 ** decimals;
  return decimals === 0
    ? `${sign}${whole}`
    : `${sign}${whole}.${String(frac).padStart(decimals, '0')}`;
}

/** Integer division rounding half away from zero, exact for safe integers. */
export function divRound(numerator: bigint, denominator: bigint): bigint {
  const neg = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (2n * n + d) / (2n * d);
  return neg ? -q : q;
}
