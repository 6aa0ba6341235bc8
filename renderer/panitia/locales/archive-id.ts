// The desk's results archive page in Bahasa Indonesia; ./archive-en.ts mirrors it.
import type { Messages } from '../../common/i18n.js';

export const archiveId = {
  arch: {
    nav: 'Arsip hasil',
    title: 'Arsip hasil',
    lead: 'Festival tahun-tahun lalu berdampingan: cara menilainya (babak, metode, bobot kriteria) dan para juaranya. Berkas arsip hanya dibaca, tidak pernah diubah.',
    where:
      'Arsip ada di folder data, subfolder archive/: salin ke sana folder data festival lalu (berisi panggung.db) atau berkas .db-nya (cadangan pun bisa). Nama berkas: huruf, angka, titik, garis bawah dan tanda hubung.',
    save: 'Simpan festival ini ke arsip',
    saved: 'Tersimpan di arsip sebagai {{id}}.',
    empty: 'Belum ada festival di arsip.',
    readOnly: 'hanya-baca',
    file: 'Berkas: {{id}}',
    entries: '{{count}} inovasi',
    method: 'Metode: {{method}}',
    locked: '{{locked}} dari {{entries}} terkunci',
    criteria: 'Kriteria dan bobot',
    winners: 'Juara',
    noWinners: 'Belum ada peringkat.',
    refused: 'Tidak bisa dibuka: {{why}}',
  },
} satisfies Messages;
