// The desk's publishing messages (comments released, feedback sheets, the catalogue) in
// Bahasa Indonesia; ./publish-en.ts mirrors it. Spread into the page messages by ./id.ts.
import type { Messages } from '../../common/i18n.js';

export const publishId = {
  pub: {
    nav: 'Umpan balik & katalog',
    title: 'Umpan balik & Katalog Inovasi',
    lead: 'Yang baik di satu tempat, ditiru di tempat lain: lembar umpan balik untuk setiap inovator dan katalog inovasi yang bisa dibuka tanpa internet.',
    stage: 'Babak',
    provisionalNote:
      '{{count}} inovasi di babak ini belum dikunci: lembar dan katalog ditandai SEMENTARA.',
    comments: {
      title: 'Catatan juri untuk dipublikasikan',
      lead: 'Hanya catatan yang Anda setujui yang tampil di lembar umpan balik dan katalog, tanpa nama juri. Anda boleh menyunting teksnya (mis. menghapus nama orang).',
      empty: 'Belum ada catatan juri di babak ini.',
      entry: 'Inovasi',
      juror: 'Juri',
      comment: 'Catatan juri',
      publicText: 'Teks yang dipublikasikan',
      status: 'Status',
      released: 'Dirilis',
      stale: 'Berubah sejak disetujui',
      notReleased: 'Belum dirilis',
      approve: 'Setujui',
      approveOne: 'Setujui catatan {{juror}} untuk {{code}}',
      withdraw: 'Tarik',
      withdrawOne: 'Tarik catatan {{juror}} untuk {{code}}',
      filter: 'Tampilkan',
      filterAll: 'Semua',
      filterPending: 'Belum dirilis atau berubah',
    },
    feedback: {
      title: 'Lembar umpan balik',
      lead: 'Satu halaman A4 per inovasi: nilai per kriteria di samping median dan nilai terbaik kategorinya, peringkat, dan catatan juri yang dirilis.',
      institution: 'Instansi',
      allInstitutions: 'Semua instansi',
      show: 'Tampilkan',
      print: 'Cetak / simpan PDF',
      export: 'Ekspor per instansi (.zip)',
      exported: '{{files}} berkas instansi disimpan: {{where}}',
      sheets: '{{count}} lembar',
      previewTitle: 'Pratinjau lembar umpan balik',
    },
    pack: {
      exportTitle: 'Paket festival',
      exportLead:
        'Untuk daerah lain yang ingin meniru: rubrik dengan deskriptor tingkat, babak, waktu presentasi, kategori, panel, teks layar dan logo. Tanpa peserta, juri, PIN, atau nilai.',
      note: 'Catatan untuk penyelenggara berikutnya',
      noteHint: 'Mis. apa yang berjalan baik, apa yang perlu diubah.',
      export: 'Simpan paket festival',
      importTitle: 'Mulai dari paket festival',
      importLead:
        'Berkas paket dari festival lain. Isinya ditampilkan dulu; tidak ada yang diterapkan sebelum Anda menekan "Terapkan paket".',
      importElsewhere:
        'Paket festival dibuka di folder data kosong: festival baru dengan susunan dari paket.',
      file: 'Berkas paket (.json)',
      unreadable: 'Bukan berkas paket festival Panggung yang valid.',
      from: 'Dari: {{festival}} ({{organizer}}), {{start}} – {{end}}',
      noteFrom: 'Catatan: {{note}}',
      brings: 'Isi paket',
      stage:
        '{{name}}: {{count}} kriteria, presentasi {{present}} menit + tanya jawab {{qa}} menit',
      criterion: '{{name}} — {{weight}}% (skala {{min}}–{{max}}, {{levels}} deskriptor)',
      categories: 'Kategori: {{list}}',
      panels: 'Panel: {{list}}',
      logos: 'Logo: {{count}}',
      screenMessage: 'Teks layar: {{text}}',
      newFestival: 'Festival baru',
      apply: 'Terapkan paket',
      applied:
        'Paket diterapkan: {{stages}} babak, {{categories}} kategori, {{panels}} panel, {{logos}} logo.',
    },
    catalogue: {
      title: 'Katalog Inovasi',
      lead: 'Satu klik: folder HTML (.zip) berisi daftar inovasi dengan pencarian dan saringan kategori/penghargaan, satu halaman per inovasi, dan versi cetak A4. Terbuka tanpa internet dari flashdisk, atau diunggah apa adanya ke situs pemda. Tanpa nilai juri, nama juri, atau PIN; catatan juri hanya yang disetujui.',
      places: 'Juara per kategori',
      reason: 'Alasan menerbitkan hasil sementara',
      reasonHint: 'Masih ada inovasi yang belum dikunci; katalog akan ditandai SEMENTARA.',
      build: 'Buat katalog (.zip)',
      preview: 'Pratinjau versi cetak',
      print: 'Cetak / simpan PDF',
      previewTitle: 'Pratinjau katalog versi cetak',
      saved: 'Katalog {{entries}} inovasi disimpan: {{where}}',
    },
  },
} satisfies Messages;
