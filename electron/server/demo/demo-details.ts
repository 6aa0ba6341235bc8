// Details for the demo festival's entries (ringkasan, problem, year, contact, link), made
// from the title and institution so the catalogue of the demo has something to show.
// Deterministic, like the rest of the demo. Invented text: no real person or office.
import type { EntryDetails } from '../../../shared/model.js';

const problems = [
  'Warga harus datang berkali-kali ke kantor dan antre lama untuk layanan yang sederhana.',
  'Data tersebar di banyak tempat sehingga keputusan sering terlambat dan tidak tepat sasaran.',
  'Kelompok rentan sulit menjangkau layanan karena jarak, biaya dan informasi yang terbatas.',
  'Laporan masyarakat tidak tercatat rapi dan tindak lanjutnya tidak dapat dipantau.',
  'Biaya operasional tinggi dan hasilnya belum terasa di tingkat desa.',
];

const approaches = [
  'memindahkan layanan ke kanal yang sudah dipakai warga sehari-hari',
  'menggandeng kader dan perangkat desa sebagai ujung tombak',
  'menyatukan data dalam satu dasbor yang dapat dibuka semua pihak',
  'menjemput bola ke lokasi warga dengan jadwal tetap',
  'melatih warga agar dapat mengelola layanan secara mandiri',
];

export function demoDetails(
  n: number,
  title: string,
  institution: string,
  presenter: string,
): EntryDetails {
  const code = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 30);
  return {
    summary: `${title}: inovasi ${institution} yang ${approaches[n % approaches.length] ?? ''}, sehingga layanan lebih cepat, murah dan mudah diakses.`,
    problem: problems[(n * 3) % problems.length] ?? '',
    yearStarted: 2017 + (n % 8),
    contact: presenter ? `${presenter} (${institution})` : institution,
    link:
      n % 3 === 0 ? `Profil inovasi ${title}.pdf` : `https://inovasi.trenggalekkab.go.id/${code}`,
  };
}
