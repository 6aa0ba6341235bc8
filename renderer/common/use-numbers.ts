// The number formatter bound to the page's current language (re-renders on a switch).
// Every page formats numbers through this or, outside React, through
// shared/number-format.ts with an explicit language: never with a bare toFixed.
import { useTranslation } from 'react-i18next';
import {
  formatHundredths,
  formatPlain,
  formatPoints,
  orDash,
  type NumberLanguage,
} from '../../shared/number-format.js';

export type Numbers = {
  lng: NumberLanguage;
  /** Micro-points, 2 decimals by default; a dash when not scored (never a zero). */
  points: (micro: number | null | undefined, decimals?: number) => string;
  /** Hundredths (criterion scores, weights in basis points): 950 -> "9,5". */
  hundredths: (x100: number | null | undefined) => string;
  plain: (value: number, decimals?: number) => string;
  /** A count (votes, voters, tickets), grouped from a thousand: "1.000" / "1,000". */
  count: (value: number) => string;
};

export const numbersFor = (lng: string): Numbers => {
  const l: NumberLanguage = lng === 'en' ? 'en' : 'id';
  return {
    lng: l,
    points: (m, d = 2) => orDash(m, (v) => formatPoints(v, l, d)),
    hundredths: (v) => orDash(v, (x) => formatHundredths(x, l)),
    plain: (v, d = 2) => formatPlain(v, l, d),
    count: (v) => formatPlain(v, l, 0),
  };
};

export function useNumbers(): Numbers {
  const { i18n } = useTranslation();
  return numbersFor(i18n.language);
}
