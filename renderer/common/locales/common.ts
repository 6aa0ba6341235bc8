// Messages shared by every page (namespace "common"). Page-specific text lives with the page.
import type { Messages } from '../i18n.js';

export const commonId = {
  appName: 'Panggung',
  language: { label: 'Bahasa', id: 'Bahasa Indonesia', en: 'English' },
  connection: {
    online: 'Tersambung',
    connecting: 'Menyambung…',
    offline: 'Terputus',
    refused: 'Ditolak',
  },
  actions: { cancel: 'Batal', close: 'Tutup', confirm: 'Ya, lanjutkan', retry: 'Coba lagi' },
  score: { notScored: 'Belum dinilai', of: 'dari' },
} satisfies Messages;

export const commonEn = {
  appName: 'Panggung',
  language: { label: 'Language', id: 'Bahasa Indonesia', en: 'English' },
  connection: {
    online: 'Connected',
    connecting: 'Connecting…',
    offline: 'Disconnected',
    refused: 'Refused',
  },
  actions: { cancel: 'Cancel', close: 'Close', confirm: 'Yes, continue', retry: 'Try again' },
  score: { notScored: 'Not scored', of: 'of' },
} satisfies typeof commonId;
