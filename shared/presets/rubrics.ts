// Rubric presets from public figures (IGA 2023 presentation weights; KIPP criteria at equal
// weights, as KIPP publishes none). Organizers start from one and edit.
import type { Criterion } from '../model.js';

type Preset = { id: string; name: { id: string; en: string }; criteria: Criterion[] };

const scale10 = { minX100: 100, maxX100: 1000, stepX100: 50 } as const;

/** Level bands on a 1-10 scale, shared by the presets. */
function levels10(low: string, mid: string, good: string, high: string) {
  return [
    { fromX100: 100, toX100: 400, label: low },
    { fromX100: 450, toX100: 600, label: mid },
    { fromX100: 650, toX100: 800, label: good },
    { fromX100: 850, toX100: 1000, label: high },
  ];
}

export const rubricPresets: Preset[] = [
  {
    id: 'iga-2023',
    name: { id: 'IGA 2023 (presentasi)', en: 'IGA 2023 (presentation)' },
    criteria: [
      {
        id: 'kebaruan',
        name: 'Kebaruan',
        description: 'Apa yang baru dibandingkan praktik yang sudah ada.',
        weightBp: 3000,
        ...scale10,
        levels: levels10(
          'Meniru tanpa perubahan',
          'Modifikasi kecil',
          'Pendekatan baru di daerah',
          'Terobosan yang belum ada',
        ),
      },
      {
        id: 'kemanfaatan',
        name: 'Kemanfaatan',
        description: 'Hasil yang terukur dan dirasakan masyarakat.',
        weightBp: 2500,
        ...scale10,
        levels: levels10(
          'Manfaat belum terlihat',
          'Manfaat terbatas',
          'Manfaat terukur',
          'Manfaat luas dan terbukti',
        ),
      },
      {
        id: 'kewenangan',
        name: 'Kewenangan daerah & kolaborasi',
        description: 'Sesuai kewenangan daerah dan melibatkan kolaborasi.',
        weightBp: 1500,
        ...scale10,
        levels: levels10(
          'Di luar kewenangan',
          'Kolaborasi minim',
          'Kolaborasi lintas OPD',
          'Kolaborasi pentahelix',
        ),
      },
      {
        id: 'replikasi',
        name: 'Replikasi & aplikatif',
        description: 'Dapat ditiru dan diterapkan di daerah lain.',
        weightBp: 2000,
        ...scale10,
        levels: levels10(
          'Sulit direplikasi',
          'Perlu penyesuaian besar',
          'Dapat direplikasi',
          'Sudah direplikasi',
        ),
      },
      {
        id: 'penyajian',
        name: 'Penguasaan materi & penyajian',
        description: 'Penguasaan materi dan kualitas penyajian.',
        weightBp: 1000,
        ...scale10,
        levels: levels10('Kurang menguasai', 'Cukup', 'Baik dan runtut', 'Sangat meyakinkan'),
      },
    ],
  },
  {
    id: 'kipp',
    name: { id: 'KIPP (lima kriteria, bobot sama)', en: 'KIPP (five criteria, equal weights)' },
    criteria: ['Kebaruan', 'Efektif', 'Bermanfaat', 'Dapat direplikasi', 'Berkelanjutan'].map(
      (name, i) => ({
        id: ['kebaruan', 'efektif', 'bermanfaat', 'replikasi', 'berkelanjutan'][i] ?? `k${i}`,
        name,
        description: '',
        weightBp: 2000,
        ...scale10,
        levels: levels10('Kurang', 'Cukup', 'Baik', 'Sangat baik'),
      }),
    ),
  },
];
