// A deterministic large stage for timing the engine: 200 entries x 50 jurors x 10 criteria
// (10,000 submitted sheets) in one panel. Seeded PRNG, no Math.random, no clock: the caller
// passes `now` (performance.now in Node or a browser), so this file stays pure.
import type { Aggregation, Criterion, Entry, Juror, SheetVersion, Stage } from '../model.js';
import { computeStandings, createStandingsCache } from './standings.js';
import type { StageInput } from './types.js';

/** mulberry32: small, fast, good enough for fixtures. Returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type BenchOptions = {
  entries?: number;
  jurors?: number;
  criteria?: number;
  seed?: number;
  aggregation?: Aggregation;
  categories?: number;
};

export type BenchFixture = {
  input: StageInput;
  /** A fresh submitted sheet version for (juror, entry): a new id, values drawn from the PRNG. */
  newVersion: (jurorIndex: number, entryIndex: number, version?: number) => SheetVersion;
};

export function buildBenchFixture(opts: BenchOptions = {}): BenchFixture {
  const nEntries = opts.entries ?? 200;
  const nJurors = opts.jurors ?? 50;
  const nCriteria = opts.criteria ?? 10;
  const nCategories = opts.categories ?? 4;
  const rand = seededRandom(opts.seed ?? 20_221);
  const weights = Array.from(
    { length: nCriteria },
    (_, i) => Math.floor(10_000 / nCriteria) + (i < 10_000 % nCriteria ? 1 : 0),
  );
  const criteria: Criterion[] = weights.map((weightBp, i) => ({
    id: `c${i}`,
    name: `Kriteria ${i + 1}`,
    description: '',
    weightBp,
    minX100: 100,
    maxX100: 1000,
    stepX100: 50,
    levels: [],
  }));
  const stage: Stage = {
    id: 'bench',
    name: 'Presentasi',
    order: 1,
    finalWeightBp: 10_000,
    rules: {
      aggregation: opts.aggregation ?? 'mean',
      disagreementBandMicro: 20_000_000,
      tieBreak: [],
      zscoreMinSheets: 5,
    },
    criteria,
    presentationSec: 420,
    qaSec: 780,
    rubricFrozen: true,
  };
  const entries: Entry[] = Array.from({ length: nEntries }, (_, i) => ({
    id: `e${i}`,
    order: i + 1,
    code: `E-${String(i + 1).padStart(3, '0')}`,
    title: `Inovasi ${i + 1}`,
    institution: `Instansi ${i}`,
    categoryId: `k${i % nCategories}`,
    panelId: 'p1',
    presenter: '',
  }));
  const jurors: Juror[] = Array.from({ length: nJurors }, (_, i) => ({
    id: `j${i}`,
    name: `Juri ${i + 1}`,
    panelId: 'p1',
    isChair: i === 0,
    conflictInstitutions: [],
    conflictEntryIds: [],
  }));
  const quality = entries.map(() => rand());
  const severity = jurors.map(() => rand() * 0.3 - 0.15);
  let seq = 0;
  const newVersion = (j: number, e: number, version = 1): SheetVersion => {
    seq += 1;
    const values: Record<string, number> = {};
    for (const c of criteria) {
      const x = 0.15 + 0.7 * (quality[e] ?? 0.5) + (severity[j] ?? 0) + (rand() - 0.5) * 0.3;
      const steps = Math.round(Math.min(1, Math.max(0, x)) * 18); // 0..18 steps of 0.5 above 1
      values[c.id] = c.minX100 + steps * c.stepX100;
    }
    return {
      id: `s${seq}`,
      submissionId: `bench-sub-${seq}`,
      jurorId: `j${j}`,
      entryId: `e${e}`,
      stageId: stage.id,
      version,
      status: 'submitted',
      values,
      comment: '',
      createdAt: seq,
      author: 'juror',
      reason: null,
    };
  };
  const sheets: SheetVersion[] = [];
  for (let e = 0; e < nEntries; e++)
    for (let j = 0; j < nJurors; j++) sheets.push(newVersion(j, e));
  const categories = Array.from({ length: nCategories }, (_, i) => ({
    id: `k${i}`,
    name: `Kategori ${i + 1}`,
    order: i + 1,
  }));
  return { input: { stage, entries, jurors, categories, sheets, tieDecisions: [] }, newVersion };
}

export type BenchResult = {
  sheets: number;
  /** computeStandings from scratch, ms (median of `runs`). */
  fullMs: number;
  /** Cached recomputation after one new sheet version, ms (median and worst of `runs`). */
  incrementalMs: number;
  incrementalMaxMs: number;
  runs: number;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/**
 * Times full and incremental recomputation on the fixture. Each incremental run replaces
 * one current sheet by a new version (new id), as a juror's revision would.
 */
export function benchStandings(
  now: () => number,
  opts: BenchOptions & { runs?: number } = {},
): BenchResult {
  const runs = opts.runs ?? 21;
  const fx = buildBenchFixture(opts);
  const full: number[] = [];
  for (let i = 0; i < Math.min(runs, 7); i++) {
    const t0 = now();
    computeStandings(fx.input);
    full.push(now() - t0);
  }
  const cache = createStandingsCache();
  let sheets = fx.input.sheets;
  cache.compute(fx.input); // warm: every total memoized once
  const inc: number[] = [];
  const nJ = fx.input.jurors.length;
  const nE = fx.input.entries.length;
  for (let i = 0; i < runs; i++) {
    const pos = (i * 7919) % sheets.length;
    const old = sheets[pos];
    if (!old) break;
    const fresh = {
      ...fx.newVersion(i % nJ, (i * 31) % nE, old.version + 1),
      jurorId: old.jurorId,
      entryId: old.entryId,
    };
    sheets = sheets.slice();
    sheets[pos] = fresh;
    const t0 = now();
    cache.compute({ ...fx.input, sheets });
    inc.push(now() - t0);
  }
  return {
    sheets: sheets.length,
    fullMs: median(full),
    incrementalMs: median(inc),
    incrementalMaxMs: Math.max(...inc),
    runs,
  };
}
