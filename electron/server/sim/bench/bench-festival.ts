// The benchmark's festival, written straight into a fresh data folder before the server
// starts: J jurors in panels of about ten, E entries (default 67, Trenggalek 2022) in four
// categories spread over the panels, the IGA 2023 rubric, every entry open for scoring and
// the live leaderboard released to screens (the heaviest screen snapshot a festival has).
import type { FestivalSetupInput } from '../../../../shared/contract/schemas.js';
import type { Criterion } from '../../../../shared/model.js';
import { rubricPresets } from '../../../../shared/presets/rubrics.js';
import { checkpoint, openDatabase } from '../../db/connection.js';
import { setRelease, transitionEntry } from '../../services/live.js';
import { importSetup } from '../../services/setup.js';
import { createVenue } from '../../services/venue.js';

export type BenchFestival = {
  stageId: string;
  criteria: Criterion[];
  jurors: Array<{ id: string; pin: string; panelId: string; entries: string[] }>;
};

export function benchSetup(jurorCount: number, entryCount: number): FestivalSetupInput {
  const criteria = rubricPresets.find((p) => p.id === 'iga-2023')?.criteria;
  if (!criteria) throw new Error('IGA preset missing');
  const panelCount = Math.max(1, Math.round(jurorCount / 10));
  const panels = Array.from({ length: panelCount }, (_, i) => ({
    id: `p${i + 1}`,
    name: `Panel ${i + 1}`,
    order: i + 1,
  }));
  const categories = ['OPD', 'Desa', 'Sekolah', 'Kesehatan'].map((name, i) => ({
    id: `k${i + 1}`,
    name,
    order: i + 1,
  }));
  const orders = new Map<string, number>();
  const entries = Array.from({ length: entryCount }, (_, n) => {
    const panelId = panels[n % panelCount]?.id ?? 'p1';
    const order = (orders.get(panelId) ?? 0) + 1;
    orders.set(panelId, order);
    return {
      id: `e${n + 1}`,
      order,
      code: `INO-${String(n + 1).padStart(3, '0')}`,
      title: `Inovasi pelayanan publik nomor ${n + 1}`,
      institution: `Instansi ${(n % 23) + 1}`,
      categoryId: categories[n % categories.length]?.id ?? 'k1',
      panelId,
      presenter: `Penyaji ${n + 1}`,
    };
  });
  const jurors = Array.from({ length: jurorCount }, (_, i) => ({
    id: `j${i + 1}`,
    name: `Juri ${i + 1}`,
    panelId: panels[i % panelCount]?.id ?? 'p1',
    isChair: i < panelCount,
  }));
  return {
    festival: {
      name: 'Benchmark Festival',
      theme: '',
      venue: 'loopback',
      startDate: '2026-12-08',
      endDate: '2026-12-09',
      organizerName: '',
    },
    stages: [
      {
        id: 'presentasi',
        name: 'Presentasi',
        order: 1,
        finalWeightBp: 10_000,
        rules: { aggregation: 'mean' },
        criteria: structuredClone(criteria),
        presentationSec: 420,
        qaSec: 780,
      },
    ],
    categories,
    panels,
    entries,
    jurors,
  };
}

export function prepareBenchFestival(
  dataDir: string,
  jurorCount: number,
  entryCount: number,
): BenchFestival {
  const db = openDatabase(dataDir);
  try {
    const venue = createVenue(db);
    importSetup(venue, 'bench', benchSetup(jurorCount, entryCount), false);
    const setup = venue.requireSetup();
    const stage = setup.stages[0];
    if (!stage) throw new Error('no stage');
    for (const e of setup.entries)
      transitionEntry(venue, 'bench', { entryId: e.id, stageId: stage.id, action: 'open' });
    // A new festival shows progress only; the benchmark measures the live leaderboard.
    setRelease(venue, 'bench', { privacy: 'live' });
    checkpoint(db);
    return {
      stageId: stage.id,
      criteria: stage.criteria,
      jurors: setup.jurors.map((j) => ({
        id: j.id,
        pin: j.pin,
        panelId: j.panelId,
        entries: setup.entries
          .filter((e) => e.panelId === j.panelId)
          .sort((a, b) => a.order - b.order)
          .map((e) => e.id),
      })),
    };
  } finally {
    db.close();
  }
}
