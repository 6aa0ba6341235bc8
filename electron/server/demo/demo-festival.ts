// The demo festival seeded on first start: a Trenggalek-sized event (67 innovations in
// four categories across two parallel panels, IGA-style rubric). Deterministic: the same
// setup every time, so screenshots, tests and rehearsals agree.
import { defaultStageRules } from '../../../shared/model.js';
import type { FestivalSetup } from '../../../shared/contract/schemas.js';
import { rubricPresets } from '../../../shared/presets/rubrics.js';
import { demoDetails } from './demo-details.js';

const categories = [
  { id: 'opd', name: 'Perangkat Daerah (OPD)', order: 1 },
  { id: 'desa', name: 'Kecamatan & Desa', order: 2 },
  { id: 'sekolah', name: 'Sekolah', order: 3 },
  { id: 'kesehatan', name: 'Kesehatan', order: 4 },
];

const institutions: Record<string, string[]> = {
  opd: [
    'Dinas Kependudukan dan Pencatatan Sipil',
    'Dinas Kesehatan, Pengendalian Penduduk dan KB',
    'Badan Perencanaan Pembangunan Daerah',
    'Dinas Pendidikan, Pemuda dan Olahraga',
    'Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak',
    'Dinas Komunikasi dan Informatika',
    'Badan Pendapatan Daerah',
    'Dinas Pertanian dan Pangan',
    'Dinas Penanaman Modal dan PTSP',
    'Dinas Lingkungan Hidup',
    'Badan Penanggulangan Bencana Daerah',
    'Dinas Perdagangan',
    'Dinas Perikanan',
  ],
  desa: [
    'Kecamatan Trenggalek',
    'Kecamatan Pogalan',
    'Kecamatan Durenan',
    'Kecamatan Watulimo',
    'Desa Sumberbening',
    'Desa Karanganyar',
    'Desa Nglebo',
    'Desa Ngadirenggo',
    'Kelurahan Sumbergedong',
  ],
  sekolah: [
    'SMPN 1 Trenggalek',
    'SMPN 2 Pogalan',
    'SDN 1 Ngantru',
    'SMAN 1 Karangan',
    'SMKN 1 Pogalan',
    'SDN 2 Sumbergedong',
    'MTsN 1 Trenggalek',
  ],
  kesehatan: [
    'RSUD dr. Soedomo',
    'Puskesmas Pogalan',
    'Puskesmas Durenan',
    'Puskesmas Watulimo',
    'Puskesmas Karangan',
    'Puskesmas Rejowinangun',
  ],
};

const titles: Record<string, string[]> = {
  opd: [
    'Si Dukun: Surat Keterangan Kependudukan Daring',
    'Lapak Aduan Warga Terpadu',
    'Gerakan Rumah Layak Huni Gotong Royong',
    'Sapa Lansia: Layanan Jemput Bola',
    'Dashboard Perencanaan Berbasis Data Desa',
    'Pajak Daerah Lewat Warung',
    'Lumbung Pangan Digital',
    'Izin Usaha Sehari Jadi',
    'Bank Sampah Sekolah dan Kampung',
    'Peta Rawan Bencana Partisipatif',
    'Pasar Rakyat Non-Tunai',
    'Kartu Nelayan Pintar',
    'Posyandu Remaja Digital',
    'Mal Pelayanan Publik Keliling',
    'Satu Data Trenggalek',
    'Gerai Ketahanan Keluarga',
    'Sistem Antrean Terpadu Dinas',
    'E-Arsip Dokumen Kependudukan',
    'Pupuk Organik Mandiri Petani',
    'Layanan Disabilitas Ramah',
    'Ruang Aman Perempuan dan Anak',
    'Bantuan Sosial Tepat Sasaran',
    'Pelatihan UMKM Naik Kelas',
    'Festival Ikan Lokal',
    'Kampung Siaga Iklim',
  ],
  desa: [
    'Desa Wisata Berbasis Komunitas',
    'Sistem Informasi Desa Terbuka',
    'BUMDes Air Bersih',
    'Kampung KB Mandiri',
    'Jaga Desa Anti Narkoba',
    'Lumbung Desa Tanggap Darurat',
    'Musyawarah Desa Daring',
    'Kebun Gizi Keluarga',
    'Pelayanan Administrasi di Balai RW',
    'Taman Baca Desa',
    'Ronda Digital',
    'Pengelolaan Sampah Tiga R',
    'Sekolah Lapang Petani Muda',
    'Dana Desa Transparan',
    'Ojek Sehat Ibu Hamil',
    'Embung Desa Produktif',
  ],
  sekolah: [
    'Kantin Sehat Tanpa Plastik',
    'Literasi Pagi Bersama Orang Tua',
    'Laboratorium Mini dari Barang Bekas',
    'Kelas Inklusi Ramah Anak',
    'Rapor Digital untuk Wali Murid',
    'Sekolah Adiwiyata Mandiri',
    'Bimbingan Belajar Sebaya',
    'Radio Sekolah Komunitas',
    'Koperasi Siswa Digital',
    'Gerakan Sarapan Bergizi',
    'Anti Perundungan Berbasis Siswa',
    'Kebun Hidroponik Sekolah',
    'Pojok Baca Desa Binaan',
    'Ekstrakurikuler Robotik Murah',
  ],
  kesehatan: [
    'Deteksi Dini Stunting Berbasis Kader',
    'Ambulans Desa Siaga',
    'Telekonsultasi Ibu Hamil',
    'Antrean Puskesmas Lewat Pesan Singkat',
    'Kelas Gizi Balita',
    'Skrining Hipertensi di Pasar',
    'Apotek Hidup Keluarga',
    'Rumah Tunggu Kelahiran',
    'Pos Kesehatan Pesantren',
    'Pemantauan TBC Terpadu',
    'Senam Lansia Keliling',
    'Rujukan Daring Terintegrasi',
  ],
};

const counts: Record<string, number> = { opd: 25, desa: 16, sekolah: 14, kesehatan: 12 };
const presenters = [
  'Sri Wahyuni',
  'Agus Santoso',
  'Dewi Lestari',
  'Bambang Prasetyo',
  'Rina Kusuma',
  'Hadi Susilo',
  'Yuli Astuti',
  'Eko Purnomo',
  'Nur Hidayah',
  'Joko Widodo S.',
  'Fitri Handayani',
  'Slamet Riyadi',
  'Ani Rahmawati',
  'Teguh Wibowo',
];

export function demoFestival(): FestivalSetup {
  const preset = rubricPresets.find((p) => p.id === 'iga-2023');
  if (!preset) throw new Error('IGA preset missing');
  const entries: FestivalSetup['entries'] = [];
  const order = { 'panel-a': 0, 'panel-b': 0 };
  let n = 0;
  for (const cat of categories) {
    const count = counts[cat.id] ?? 0;
    for (let i = 0; i < count; i++) {
      n++;
      // OPD and health present on panel A, villages and schools on panel B, so each panel
      // holds whole categories (about 37 and 30 entries).
      const panelId = cat.id === 'opd' || cat.id === 'kesehatan' ? 'panel-a' : 'panel-b';
      const list = institutions[cat.id] ?? [];
      const title = titles[cat.id]?.[i] ?? `Inovasi ${n}`;
      const institution = list[i % list.length] ?? cat.name;
      const presenter = presenters[n % presenters.length] ?? '';
      entries.push({
        id: `e${String(n).padStart(3, '0')}`,
        order: ++order[panelId],
        code: `${cat.id.toUpperCase().slice(0, 3)}-${String(i + 1).padStart(2, '0')}`,
        title,
        institution,
        categoryId: cat.id,
        panelId,
        presenter,
        details: demoDetails(n, title, institution, presenter),
      });
    }
  }
  return {
    festival: {
      name: 'Festival Inovasi Daerah 2026',
      theme: 'Yang baik di satu tempat, ditiru di tempat lain',
      venue: 'GOR Gajah Putih, Trenggalek',
      startDate: '2026-12-08',
      endDate: '2026-12-09',
      organizerName: 'Bappeda Kabupaten Trenggalek',
      documentNumber: '000.8/412/406.012/2026',
      signatories: [
        { role: 'Ketua Panitia', name: 'Drs. Hari Wibowo, M.Si.', nip: '19700512 199503 1 002' },
      ],
    },
    stages: [
      {
        id: 'presentasi',
        name: 'Presentasi & Wawancara',
        order: 1,
        finalWeightBp: 10_000,
        rules: defaultStageRules(),
        criteria: structuredClone(preset.criteria),
        presentationSec: 7 * 60,
        qaSec: 13 * 60,
      },
    ],
    categories,
    panels: [
      { id: 'panel-a', name: 'Panel A — Panggung Utama', order: 1 },
      { id: 'panel-b', name: 'Panel B — Ruang Rapat', order: 2 },
    ],
    entries,
    jurors: [
      {
        id: 'j-a1',
        name: 'Prof. Dr. Suhartono',
        panelId: 'panel-a',
        isChair: true,
        conflictInstitutions: [],
        conflictEntryIds: [],
      },
      {
        id: 'j-a2',
        name: 'Dr. Ratna Widyaningsih',
        panelId: 'panel-a',
        isChair: false,
        conflictInstitutions: ['Dinas Komunikasi dan Informatika'],
        conflictEntryIds: [],
      },
      {
        id: 'j-a3',
        name: 'Ir. Bambang Haryanto',
        panelId: 'panel-a',
        isChair: false,
        conflictInstitutions: [],
        conflictEntryIds: [],
      },
      {
        id: 'j-a4',
        name: 'Dra. Endang Sulistyowati',
        panelId: 'panel-a',
        isChair: false,
        conflictInstitutions: [],
        conflictEntryIds: [],
      },
      {
        id: 'j-b1',
        name: 'Dr. Hendra Gunawan',
        panelId: 'panel-b',
        isChair: true,
        conflictInstitutions: [],
        conflictEntryIds: [],
      },
      {
        id: 'j-b2',
        name: 'Siti Nurjanah, M.Pd.',
        panelId: 'panel-b',
        isChair: false,
        conflictInstitutions: ['SMPN 1 Trenggalek'],
        conflictEntryIds: [],
      },
      {
        id: 'j-b3',
        name: 'Dr. Yusuf Effendi',
        panelId: 'panel-b',
        isChair: false,
        conflictInstitutions: [],
        conflictEntryIds: [],
      },
    ],
  };
}
