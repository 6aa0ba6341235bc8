// The shell's own words (menus and native dialogs), in Bahasa Indonesia (default) and
// English. The pages have their own i18n; these are the only strings main shows.

export type Lang = 'id' | 'en';

const id = {
  festival: 'Festival',
  newFestival: 'Festival baru…',
  openFestival: 'Buka festival…',
  importTemplate: 'Impor template…',
  backup: 'Cadangkan…',
  restore: 'Pulihkan dari cadangan…',
  becomeStandby: 'Jadikan laptop cadangan…',
  standbyTitle: 'Jadikan laptop cadangan',
  standbyConfirm: (primary: string) =>
    `Laptop ini akan menjadi laptop cadangan dari ${primary}: menyalin festival itu dan mengikuti setiap perubahannya.`,
  standbyDetail: (dataDir: string) =>
    `Festival yang terbuka sekarang ditutup (tidak dihapus). Salinan disimpan di folder baru:\n${dataDir}`,
  standbyGo: 'Jadikan cadangan',
  standbyFailedTitle: 'Laptop ini tidak dapat menjadi laptop cadangan',
  standbyFailedGeneric:
    'Laptop utama tidak dapat dihubungi atau salinannya gagal. Periksa alamat dan kode pasangan laptop utama serta Wi-Fi antara kedua laptop, lalu coba lagi.',
  previousReopened:
    'Festival sebelumnya dibuka kembali di alamat yang sama: laptop ini bekerja seperti tadi.',
  previousFailed:
    'Festival sebelumnya juga tidak dapat dibuka kembali. Panggung ditutup; buka Panggung lagi untuk mencoba.',
  technical: 'Rincian teknis',
  exportSetup: 'Ekspor pengaturan…',
  exportResults: 'Ekspor hasil…',
  quit: 'Keluar',
  edit: 'Sunting',
  undo: 'Urungkan',
  redo: 'Ulangi',
  cut: 'Potong',
  copy: 'Salin',
  paste: 'Tempel',
  selectAll: 'Pilih semua',
  view: 'Tampilan',
  projector: 'Layar proyektor',
  projectorDisplay: 'Tampilkan proyektor di',
  automatic: 'Otomatis (layar eksternal terbesar)',
  display: 'Layar',
  primary: 'utama',
  reload: 'Muat ulang',
  zoomIn: 'Perbesar',
  zoomOut: 'Perkecil',
  resetZoom: 'Ukuran asli',
  fullscreen: 'Layar penuh',
  devTools: 'Alat pengembang',
  language: 'Bahasa / Language',
  help: 'Bantuan',
  jurorAddresses: 'Alamat untuk juri (QR)…',
  firewall: 'Juri tidak bisa terhubung?',
  logFolder: 'Buka folder log',
  about: 'Tentang Panggung',
  ok: 'OK',
  copyAddress: 'Salin alamat',
  cancel: 'Batal',
  jurorTitle: 'Alamat untuk juri',
  jurorMessage:
    'Juri membuka alamat ini di peramban laptop atau tablet mereka (jaringan yang sama):',
  noLan:
    'Komputer ini belum terhubung ke jaringan lokal. Sambungkan ke Wi-Fi/LAN panitia, lalu buka menu ini lagi.',
  firewallTitle: 'Juri tidak bisa terhubung',
  firewallMessage: 'Periksa hal berikut:',
  firewallDetail: (port: number) =>
    [
      '1. Laptop juri dan komputer ini berada di jaringan Wi-Fi/LAN yang sama (bukan jaringan tamu yang mengisolasi perangkat).',
      `2. Windows: izinkan Panggung di Windows Defender Firewall untuk jaringan "Pribadi" (Private), atau buka port TCP ${port}.`,
      '3. Ubah profil jaringan Windows menjadi "Pribadi" (Private), bukan "Publik".',
      `4. Linux: izinkan port TCP ${port} (mis. sudo ufw allow ${port}/tcp).`,
      '5. Ketik alamatnya persis seperti di menu Bantuan > Alamat untuk juri.',
    ].join('\n'),
  serverFailedTitle: 'Server tempat acara gagal dijalankan',
  templateFilter: 'Template festival',
  saveTitle: 'Simpan berkas',
  saveBackupTitle: 'Simpan salinan cadangan',
  openTemplateTitle: 'Pilih template festival',
  fileTooLarge: 'Berkas terlalu besar.',
  newFestivalTitle: 'Pilih folder kosong untuk festival baru',
  openFestivalTitle: 'Pilih folder festival (berisi panggung.db)',
  folderHasFestival: 'Folder ini sudah berisi festival. Gunakan "Buka festival…" untuk membukanya.',
  folderNoFestival: 'Folder ini tidak berisi festival (panggung.db).',
  openFailedTitle: 'Festival tidak dapat dibuka',
  newFailedTitle: 'Festival baru tidak dapat dibuat',
  folderFailedGeneric:
    'Folder festival itu tidak dapat dipakai. Periksa bahwa folder itu masih ada (mis. flashdisk masih terpasang) dan boleh ditulisi, lalu coba lagi.',
  databaseRefused:
    'Basis data festival tidak dapat dibuka. Tidak ada yang ditimpa. Pulihkan dari cadangan (folder backups) atau hubungi dukungan.',
  databaseNewer:
    'Festival ini disimpan oleh versi Panggung yang lebih baru. Perbarui Panggung di laptop ini untuk membukanya. Tidak ada yang ditimpa.',
  databaseUnwritable:
    'Folder festival ini hanya-baca (mis. flashdisk yang dikunci). Salin folder itu ke laptop ini atau pilih folder yang boleh ditulisi. Tidak ada yang ditimpa.',
  restoreOffer: (file: string) =>
    `Cadangan terakhir: ${file}. Pulihkan? Berkas yang rusak disimpan di sampingnya, tidak dihapus.`,
  restoreLatest: 'Pulihkan cadangan terakhir',
  aboutDetail: (version: string, dataDir: string, logFile: string) =>
    `Versi ${version}\nData festival: ${dataDir}\nLog: ${logFile}`,
};

export type Strings = {
  [K in keyof typeof id]: (typeof id)[K] extends string ? string : (typeof id)[K];
};

const en: Strings = {
  festival: 'Festival',
  newFestival: 'New festival…',
  openFestival: 'Open festival…',
  importTemplate: 'Import template…',
  backup: 'Back up…',
  restore: 'Restore from backup…',
  becomeStandby: 'Make this the standby laptop…',
  standbyTitle: 'Make this the standby laptop',
  standbyConfirm: (primary: string) =>
    `This laptop becomes the standby of ${primary}: it copies that festival and follows every change.`,
  standbyDetail: (dataDir: string) =>
    `The festival open now is closed (not deleted). The copy is kept in a new folder:\n${dataDir}`,
  standbyGo: 'Make it the standby',
  standbyFailedTitle: 'This laptop could not become the standby',
  standbyFailedGeneric:
    'The primary could not be reached or its copy failed. Check the primary’s address and pairing code and the Wi-Fi between the laptops, then try again.',
  previousReopened:
    'The previous festival was opened again at the same address: this laptop works as before.',
  previousFailed:
    'The previous festival could not be opened again either. Panggung closes; open Panggung again to retry.',
  technical: 'Technical details',
  exportSetup: 'Export setup…',
  exportResults: 'Export results…',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  view: 'View',
  projector: 'Projector screen',
  projectorDisplay: 'Show the projector on',
  automatic: 'Automatic (largest external display)',
  display: 'Display',
  primary: 'primary',
  reload: 'Reload',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetZoom: 'Actual size',
  fullscreen: 'Full screen',
  devTools: 'Developer tools',
  language: 'Bahasa / Language',
  help: 'Help',
  jurorAddresses: 'Addresses for jurors (QR)…',
  firewall: 'Jurors cannot connect?',
  logFolder: 'Open the log folder',
  about: 'About Panggung',
  ok: 'OK',
  copyAddress: 'Copy address',
  cancel: 'Cancel',
  jurorTitle: 'Addresses for jurors',
  jurorMessage: 'Jurors open this address in the browser of their laptop or tablet (same network):',
  noLan:
    'This computer is not on a local network yet. Connect it to the organizers’ Wi-Fi/LAN, then open this menu again.',
  firewallTitle: 'Jurors cannot connect',
  firewallMessage: 'Check the following:',
  firewallDetail: (port: number) =>
    [
      '1. The jurors’ laptops and this computer are on the same Wi-Fi/LAN (not a guest network that isolates devices).',
      `2. Windows: allow Panggung in Windows Defender Firewall for "Private" networks, or open TCP port ${port}.`,
      '3. Set the Windows network profile to "Private", not "Public".',
      `4. Linux: allow TCP port ${port} (e.g. sudo ufw allow ${port}/tcp).`,
      '5. Type the address exactly as shown in Help > Addresses for jurors.',
    ].join('\n'),
  serverFailedTitle: 'The venue server could not start',
  templateFilter: 'Festival template',
  saveTitle: 'Save file',
  saveBackupTitle: 'Save a copy of the backup',
  openTemplateTitle: 'Choose a festival template',
  fileTooLarge: 'The file is too large.',
  newFestivalTitle: 'Choose an empty folder for the new festival',
  openFestivalTitle: 'Choose a festival folder (holding panggung.db)',
  folderHasFestival: 'This folder already holds a festival. Use "Open festival…" to open it.',
  folderNoFestival: 'This folder holds no festival (panggung.db).',
  openFailedTitle: 'The festival could not be opened',
  newFailedTitle: 'The new festival could not be created',
  folderFailedGeneric:
    'That festival folder cannot be used. Check that it is still there (e.g. the USB stick is still plugged in) and writable, then try again.',
  databaseRefused:
    'The festival database cannot be opened. Nothing was overwritten. Restore from a backup (the backups folder) or contact support.',
  databaseNewer:
    'This festival was saved by a newer Panggung. Update Panggung on this laptop to open it. Nothing was overwritten.',
  databaseUnwritable:
    'This festival folder is read-only (e.g. a locked USB stick). Copy the folder onto this laptop or choose a writable one. Nothing was overwritten.',
  restoreOffer: (file: string) =>
    `Latest backup: ${file}. Restore it? The damaged file is kept beside it, not deleted.`,
  restoreLatest: 'Restore the latest backup',
  aboutDetail: (version: string, dataDir: string, logFile: string) =>
    `Version ${version}\nFestival data: ${dataDir}\nLog: ${logFile}`,
};

export const strings: Record<Lang, Strings> = { id, en };
