// The aggregation methods: one registry entry each, and everything else (the Aggregation
// type, the import/edit schemas, the stage form, the desk and paperwork labels, the
// ranking) reads from it. Adding a method = one entry here, its tests, nothing else.
//
// Every method is "the mean of a central window of the entry's sorted totals": mean takes
// them all, a trimmed mean drops one at each end, a median keeps the middle one or two.
// Expressing a method as its window keeps the single exact rounding in one place
// (aggregate.ts) whatever the method: no method computes a float.

import type { Labels } from '../labels.js';

export type AggregationMethod = {
  /** Its name in the contract, the database and imports. */
  readonly name: string;
  /** The name the desk shows (stage form, results, paperwork). */
  readonly label: Labels;
  /** The method inside a sentence ("Aggregation: {method}"), lower case. */
  readonly phrase: Labels;
  /** One line the stage form shows under the choice: what it does and when it falls back. */
  readonly hint: Labels;
  /**
   * Which score ranks: the aggregate of raw juror totals, or of z-score adjusted ones.
   * Both are always computed and shown; the other one is the "other score" tie-break.
   */
  readonly ranks: 'raw' | 'adjusted';
  /**
   * The guard: which of `n` sorted totals (ascending) are averaged, as [from, to). Must be
   * a non-empty window inside [0, n) for every n >= 1; property-tested for every method.
   */
  window(n: number): readonly [from: number, to: number];
};

const all = (n: number) => [0, n] as const;

export const aggregationMethods = {
  mean: {
    name: 'mean',
    label: { id: 'Rata-rata', en: 'Mean' },
    phrase: { id: 'rata-rata', en: 'mean' },
    hint: {
      id: 'Rata-rata total semua juri.',
      en: 'The mean of every juror total.',
    },
    ranks: 'raw',
    window: all,
  },
  trimmed: {
    name: 'trimmed',
    label: { id: 'Rata-rata terpangkas', en: 'Trimmed mean' },
    phrase: { id: 'rata-rata terpangkas', en: 'trimmed mean' },
    hint: {
      id: 'Mulai 4 lembar, total tertinggi dan terendah dibuang; di bawahnya rata-rata biasa.',
      en: 'From 4 sheets on, the highest and lowest totals are dropped; below that, the plain mean.',
    },
    ranks: 'raw',
    window: (n) => (n >= 4 ? ([1, n - 1] as const) : all(n)),
  },
  median: {
    name: 'median',
    label: { id: 'Median', en: 'Median' },
    phrase: { id: 'median', en: 'median' },
    hint: {
      id: 'Total juri yang di tengah; dengan jumlah lembar genap, rata-rata dua total tengah.',
      en: 'The middle juror total; with an even number of sheets, the mean of the two middle ones.',
    },
    ranks: 'raw',
    window: (n) =>
      n % 2 === 1 ? ([(n - 1) / 2, (n + 1) / 2] as const) : ([n / 2 - 1, n / 2 + 1] as const),
  },
  zscore: {
    name: 'zscore',
    label: { id: 'Skor-z (normalisasi)', en: 'Z-score (normalized)' },
    phrase: { id: 'skor-z per juri', en: 'z-score per juror' },
    hint: {
      id: 'Total tiap juri dinormalkan terhadap kebiasaannya menilai; juri dengan lembar terlalu sedikit tetap mentah.',
      en: "Each juror's totals are normalized against their own habits; a juror with too few sheets stays raw.",
    },
    ranks: 'adjusted',
    window: all,
  },
} as const satisfies Record<string, AggregationMethod>;

export type Aggregation = keyof typeof aggregationMethods;

/** The method names, in the order the desk lists them (a non-empty tuple for z.enum). */
export const aggregationNames = Object.keys(aggregationMethods) as [Aggregation, ...Aggregation[]];

export function isAggregation(name: string): name is Aggregation {
  return Object.hasOwn(aggregationMethods, name);
}

export function methodOf(name: Aggregation): AggregationMethod {
  return aggregationMethods[name];
}
