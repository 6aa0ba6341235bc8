// The desk's messages for the festival's moments of truth (the lock with sheets missing,
// the reveal panel, provisional documents and exports) in Bahasa Indonesia;
// ./moments-en.ts mirrors it. Spread into the page messages by ./id.ts.
import type { Messages } from '../../common/i18n.js';

export const momentsId = {
  mom: {
    timerTitle: 'Atur ulang waktu ({{segment}})?',
    timerBody:
      '{{segment}} {{code}} sedang berjalan ({{clock}}). Jika diatur ulang, waktunya hilang dan jam kembali ke awal.',
    timerConfirm: 'Ya, atur ulang',
    lockTitle: 'Kunci {{code}} dengan lembar belum lengkap?',
    lockBody:
      'Juri berikut belum mengirim nilai untuk inovasi ini. Jika dikunci sekarang, nilai mereka tidak ikut dihitung. Alasan tertulis dicatat di log audit.',
    lockConfirm: 'Kunci tanpa lembar mereka',
    reason: 'Alasan (wajib)',
    cancel: 'Batal',
    revealScreens: 'Layar untuk pengumuman',
    revealScreensHelp:
      'Saat dimulai, layar yang dipilih langsung beralih ke pengumuman juara; setelah selesai kembali ke mode sebelumnya.',
    noScreenShowing:
      'Tidak ada layar yang sedang menampilkan pengumuman. Periksa proyektor atau pilih layar lain.',
    showingOn: 'Tampil di: {{names}}',
    wasPublic:
      'Perhatian: nilai babak ini pernah ditampilkan langsung di layar, jadi penonton mungkin sudah tahu urutannya.',
    isPublicNow:
      'Nilai sedang ditampilkan langsung di layar (privasi “Nilai langsung”). Selama pengumuman papan peringkat disembunyikan.',
    provisionalTitle: 'Hasil masih SEMENTARA',
    provisionalBody:
      'Inovasi berikut belum dikunci. Kunci dulu di Jalannya acara, atau lanjutkan dengan alasan tertulis: hasilnya ditandai SEMENTARA di layar dan di kertas, dan alasannya dicatat di log audit.',
    provisionalConfirm: 'Lanjutkan sebagai SEMENTARA',
    provisionalReveal: 'Pengumuman ini SEMENTARA (belum semua nilai dikunci).',
    provisionalDocs: 'Dokumen ini SEMENTARA: {{reason}}',
    stepsLeft: 'Langkah berikutnya: juara {{place}}',
    revealDone: 'Semua juara sudah diumumkan.',
    locked: 'terkunci',
    provisional: 'sementara',
    publicAddress: 'Alamat untuk penonton (QR di layar sambutan)',
    publicAddressHint: 'Ponsel penonton membuka alamat ini; pilih jaringan Wi-Fi aula.',
    noLan:
      'Server tidak punya alamat jaringan (LAN): QR di layar sambutan tidak bisa dibuka dari ponsel. Jalankan server di 0.0.0.0 dan sambungkan laptop ke Wi-Fi aula.',
    tied: 'seri',
  },
  sign: {
    number: 'Nomor',
    nip: 'NIP. {{nip}}',
    heading: 'Dokumen resmi',
    lead: 'Nomor berita acara dan penandatangan dari panitia. Sertifikat ditandatangani ketua juri panel yang menilai inovasinya dan penandatangan di bawah ini (tanpa penandatangan: satu baris kosong untuk panitia).',
    documentNumber: 'Nomor berita acara',
    documentNumberHint: 'Contoh: 000.8/412/406.012/2026. Kosong: dicetak garis untuk diisi tangan.',
    signatory: 'Penandatangan {{n}}',
    role: 'Jabatan',
    name: 'Nama lengkap dan gelar',
    nipLabel: 'NIP (boleh kosong)',
    add: 'Tambah penandatangan',
    remove: 'Hapus penandatangan {{n}}',
  },
} satisfies Messages;
