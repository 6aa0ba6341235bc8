// The desk's hot standby messages ("Laptop cadangan") in Bahasa Indonesia; ./standby-en.ts
// mirrors it. Spread into the page messages by ./id.ts.
import type { Messages } from '../../common/i18n.js';

export const standbyId = {
  sb: {
    nav: 'Laptop cadangan',
    title: 'Laptop cadangan',
    lead: 'Laptop kedua yang menyalin festival ini setiap saat. Jika laptop ini mati, laptop cadangan mengambil alih dan tidak ada nilai yang hilang.',
    pairTitle: 'Pasangkan laptop cadangan',
    pairLead:
      'Di laptop kedua: buka Panggung, menu Festival → “Jadikan laptop cadangan...”, lalu ketik alamat dan kode ini (atau tempel baris lengkapnya).',
    address: 'Alamat laptop ini',
    code: 'Kode pasangan',
    line: 'Baris lengkap (alamat + kode)',
    qrAlt: 'QR berisi alamat dan kode pasangan',
    show: 'Tampilkan kode pasangan',
    hide: 'Sembunyikan kode',
    loopback:
      'Alamat ini hanya bisa dibuka dari laptop ini sendiri. Sambungkan laptop ke jaringan aula (Wi-Fi) agar laptop cadangan bisa menjangkaunya.',
    statusTitle: 'Keadaan laptop cadangan',
    none: 'Belum ada laptop cadangan. Tanpa cadangan, festival berhenti jika laptop ini mati.',
    connected: 'Tersambung',
    disconnected: 'Terputus',
    standbyAt: 'Laptop cadangan: {{address}}',
    behind: 'Tertinggal {{changes}} perubahan ({{seconds}} detik)',
    caughtUp: 'Sudah sama dengan laptop ini',
    alarmDisconnected:
      'Laptop cadangan terputus. Festival tetap berjalan di laptop ini saja; periksa Wi-Fi dan laptop cadangan.',
    alarmBehind:
      'Laptop cadangan tertinggal {{seconds}} detik. Nilai juri menunggu sampai cadangan menyimpannya.',
    followingBanner: 'Cadangan dari {{primary}} — tertinggal {{changes}} perubahan',
    followingLost: 'Cadangan dari {{primary}} — laptop utama tidak terjangkau',
    followingHeld:
      'Cadangan dari {{primary}} — tersambung, tetapi TIDAK menerima perubahan (lihat alarm)',
    readOnly: 'Meja ini hanya-baca: semua perubahan dibuat di laptop utama.',
    takeover: 'Ambil alih',
    takeoverTitle: 'Ambil alih festival di laptop ini?',
    takeoverBody:
      'Lakukan hanya jika laptop utama ({{primary}}) benar-benar mati atau tidak bisa dipakai. Laptop ini menjadi laptop utama; pad juri dan layar pindah ke sini sendiri. Laptop lama, jika menyala lagi, menolak semua perubahan.',
    takeoverBehind:
      'Perhatian: laptop ini tertinggal {{changes}} perubahan dari laptop utama. Perubahan itu tidak ada di sini; pad juri mengirim ulang nilai yang belum dikonfirmasi.',
    takeoverHeld:
      'Perhatian: laptop ini tersambung tetapi tidak menerima perubahan dari laptop utama (lihat alarm). Perubahan sejak itu, termasuk nilai yang sudah dikonfirmasi ke juri, mungkin tidak ada di sini.',
    takeoverConfirm: 'Ya, ambil alih',
    takeoverCancel: 'Batal',
    takenOver: 'Laptop ini sekarang laptop utama (epoch {{epoch}}).',
    replacedBanner:
      'Laptop ini sudah digantikan oleh laptop cadangan. Perubahan tidak diterima di sini.',
    replacedGo: 'Buka meja panitia di laptop cadangan: {{address}}',
    epoch: 'Epoch {{epoch}}',
    become: {
      title: 'Jadikan laptop ini cadangan',
      lead: 'Laptop ini akan menyalin festival dari laptop utama dan mengikuti setiap perubahannya. Festival yang terbuka sekarang tidak dihapus.',
      address: 'Alamat laptop utama',
      addressHint:
        'Seperti di kartu “Laptop cadangan” laptop utama, mis. http://192.168.1.10:4321 (atau tempel baris lengkapnya).',
      code: 'Kode pasangan',
      codeHint: '12 huruf/angka; boleh kosong jika baris lengkap sudah ditempel di atas.',
      submit: 'Lanjut',
      badAddress: 'Ini bukan alamat. Ketik alamat laptop utama, mis. http://192.168.1.10:4321.',
      badCode: 'Kode pasangan terdiri dari 12 huruf/angka, seperti di laptop utama.',
    },
  },
} satisfies Messages;
