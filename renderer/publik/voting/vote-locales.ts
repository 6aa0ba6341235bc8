// Text of the voting view on /publik (namespace "page", under "vote"), loaded with the
// voting chunk and added to the page's messages then: phones that never vote never fetch it.
import type { Messages } from '../../common/i18n.js';

export const voteId = {
  vote: {
    heading: 'Favorit Penonton',
    lead: 'Pilih satu inovasi favorit Anda. Suara penonton terpisah dari penilaian juri.',
    open: 'Pilih favorit',
    close: 'Kembali ke hasil',
    ticket: 'Kupon {{code}}',
    otherTicket: 'Pakai kupon lain',
    phoneMode: 'Satu suara per ponsel',
    phoneModeNote:
      'Mode ini lebih lemah daripada kupon: satu orang dengan beberapa ponsel bisa memilih lebih dari sekali.',
    codeTitle: 'Masukkan kode kupon suara',
    codeLead: 'Kode ada di kupon Anda, di bawah QR (10 huruf dan angka).',
    codeLabel: 'Kode kupon',
    codeSubmit: 'Lanjut',
    codeInvalid:
      'Kode kupon terdiri dari 10 huruf dan angka (tanpa O, I, 0, 1), misalnya ABCDE-FGH23.',
    festival: 'Seluruh festival',
    groupOpen: 'Dibuka',
    groupClosed: 'Ditutup',
    choose: 'Pilih',
    chosen: 'Pilihan Anda',
    confirmTitle: 'Kirim suara untuk inovasi ini?',
    confirmNote: 'Satu kupon satu suara di {{group}}. Suara tidak bisa diubah setelah dikirim.',
    confirmNotePhone:
      'Satu ponsel satu suara di {{group}}. Suara tidak bisa diubah setelah dikirim.',
    send: 'Kirim suara',
    cancel: 'Batal',
    sending: 'Mengirim suara…',
    waiting:
      'Suara disimpan di ponsel ini dan dikirim otomatis begitu Wi-Fi tersambung lagi. Jangan khawatir, tidak akan terhitung dua kali.',
    recorded: 'Suara Anda tercatat',
    receipt: 'Kode bukti',
    receiptNote: 'Simpan kode bukti ini. Panitia dapat mencocokkannya bila perlu.',
    votedFor: 'Anda memilih',
    closedNote: 'Pemungutan suara untuk kelompok ini belum dibuka atau sudah ditutup.',
    noneOpen: 'Belum ada pemungutan suara yang dibuka. Coba lagi nanti.',
    loading: 'Memuat kertas suara…',
    offline: 'Tidak tersambung ke server. Mencoba lagi…',
    retry: 'Coba sambung sekarang',
    notKept:
      'Penyimpanan ponsel ini tidak tersedia: jangan muat ulang halaman sebelum suara terkirim.',
    empty: 'Belum ada inovasi di kelompok ini.',
  },
} satisfies Messages;

export const voteEn = {
  vote: {
    heading: "People's choice",
    lead: 'Pick your one favourite innovation. The audience vote is kept apart from the jury.',
    open: 'Vote for a favourite',
    close: 'Back to results',
    ticket: 'Ticket {{code}}',
    otherTicket: 'Use another ticket',
    phoneMode: 'One vote per phone',
    phoneModeNote:
      'This mode is weaker than tickets: one person with several phones can vote more than once.',
    codeTitle: 'Enter your ballot ticket code',
    codeLead: 'The code is on your ticket, under the QR (10 letters and digits).',
    codeLabel: 'Ticket code',
    codeSubmit: 'Continue',
    codeInvalid:
      'A ticket code is 10 letters and digits (no O, I, 0 or 1), for example ABCDE-FGH23.',
    festival: 'Whole festival',
    groupOpen: 'Open',
    groupClosed: 'Closed',
    choose: 'Choose',
    chosen: 'Your choice',
    confirmTitle: 'Send your vote for this innovation?',
    confirmNote: 'One ticket, one vote in {{group}}. A vote cannot be changed once sent.',
    confirmNotePhone: 'One phone, one vote in {{group}}. A vote cannot be changed once sent.',
    send: 'Send vote',
    cancel: 'Cancel',
    sending: 'Sending your vote…',
    waiting:
      'Your vote is kept on this phone and sent automatically once the Wi-Fi is back. It will not be counted twice.',
    recorded: 'Your vote is recorded',
    receipt: 'Receipt code',
    receiptNote: 'Keep this receipt code. The organizers can check it if needed.',
    votedFor: 'You voted for',
    closedNote: 'Voting for this group is not open yet or has closed.',
    noneOpen: 'No voting is open yet. Try again later.',
    loading: 'Loading the ballot…',
    offline: 'Not connected to the server. Retrying…',
    retry: 'Reconnect now',
    notKept:
      "This phone's storage is unavailable: do not reload the page before your vote is sent.",
    empty: 'No innovations in this group yet.',
  },
} satisfies Messages;
