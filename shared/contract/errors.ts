// The one error envelope every reply uses, with its codes and their messages in
// Bahasa Indonesia (id) and English (en).
import type { VoteReceipt } from './voting-views.js';

export const errorMessages = {
  BAD_INPUT: { id: 'Data yang dikirim tidak valid.', en: 'The data sent is not valid.' },
  UNAUTHORIZED: { id: 'Kode akses atau kunci tidak dikenal.', en: 'Unknown access code or key.' },
  REVOKED: {
    id: 'Kode akses ini sudah dicabut. Hubungi panitia.',
    en: 'This access code was revoked. Contact the organizers.',
  },
  THROTTLED: {
    id: 'Terlalu banyak percobaan. Tunggu sebentar lalu coba lagi.',
    en: 'Too many attempts. Wait a moment and try again.',
  },
  SESSION_ACTIVE: {
    id: 'Juri ini sedang tersambung di perangkat lain. Tutup sesi di sana, atau minta panitia menerbitkan kode baru.',
    en: 'This juror is connected on another device. Close it there, or ask the organizers for a new code.',
  },
  FORBIDDEN: { id: 'Anda tidak berhak melakukan ini.', en: 'You are not allowed to do this.' },
  NOT_FOUND: { id: 'Data tidak ditemukan.', en: 'Not found.' },
  NOT_YOUR_PANEL: {
    id: 'Inovasi ini bukan bagian dari panel Anda.',
    en: 'This entry is not in your panel.',
  },
  RECUSED: {
    id: 'Anda tidak menilai inovasi ini (konflik kepentingan).',
    en: 'You are recused from this entry (conflict of interest).',
  },
  LOCKED: { id: 'Penilaian inovasi ini sudah dikunci.', en: 'Scoring for this entry is locked.' },
  SCORING_CLOSED: {
    id: 'Penilaian inovasi ini belum dibuka atau sudah ditutup.',
    en: 'Scoring for this entry is not open.',
  },
  SCORE_OUT_OF_RANGE: {
    id: 'Nilai di luar skala kriteria.',
    en: 'A score is outside the criterion scale.',
  },
  SCORE_OFF_STEP: {
    id: 'Nilai tidak sesuai langkah skala.',
    en: 'A score does not fit the scale step.',
  },
  INCOMPLETE_SHEET: {
    id: 'Semua kriteria harus dinilai sebelum dikirim.',
    en: 'Every criterion must be scored before submitting.',
  },
  UNKNOWN_CRITERION: {
    id: 'Kriteria tidak dikenal untuk babak ini.',
    en: 'Unknown criterion for this stage.',
  },
  SUBMISSION_REUSED: {
    id: 'ID pengiriman sudah dipakai untuk lembar lain.',
    en: 'This submission id was already used for another sheet.',
  },
  BAD_TRANSITION: {
    id: 'Perubahan status ini tidak diizinkan.',
    en: 'This state change is not allowed.',
  },
  PROVISIONAL: {
    id: 'Hasil masih SEMENTARA: ada inovasi yang belum dikunci. Kunci dulu, atau konfirmasi dengan alasan tertulis.',
    en: 'Results are PROVISIONAL: some entries are not locked. Lock them first, or confirm with a written reason.',
  },
  MISSING_SHEETS: {
    id: 'Masih ada juri yang belum mengirim nilai. Mengunci sekarang perlu konfirmasi dengan alasan tertulis.',
    en: 'Some jurors have not submitted. Locking now needs a confirmation with a written reason.',
  },
  TIMER_RUNNING: {
    id: 'Waktu presentasi atau tanya jawab sedang berjalan. Mengatur ulang perlu konfirmasi.',
    en: 'The presentation or Q&A clock is under way. Resetting it needs a confirmation.',
  },
  REASON_REQUIRED: { id: 'Alasan tertulis wajib diisi.', en: 'A written reason is required.' },
  INVALID_SETUP: { id: 'Pengaturan festival tidak valid.', en: 'The festival setup is not valid.' },
  RUBRIC_FROZEN: {
    id: 'Rubrik sudah dibekukan karena sudah ada lembar nilai.',
    en: 'The rubric is frozen because score sheets exist.',
  },
  RULES_FROZEN: {
    id: 'Metode penilaian dan urutan penentu seri hanya bisa diubah dengan alasan tertulis karena sudah ada lembar nilai.',
    en: 'The aggregation method and tie-break chain change only with a written reason: score sheets exist.',
  },
  NOT_TIED: {
    id: 'Inovasi yang dipilih tidak seri di peringkat saat ini.',
    en: 'The chosen entries are not tied in the current ranking.',
  },
  STORAGE_FAILED: {
    id: 'Nilai TIDAK tersimpan (penyimpanan gagal). Coba lagi dan hubungi panitia.',
    en: 'The score was NOT stored (storage failed). Try again and tell the organizers.',
  },
  RATE_LIMITED: {
    id: 'Terlalu banyak permintaan. Pelan-pelan.',
    en: 'Too many requests. Slow down.',
  },
  TICKET_UNKNOWN: {
    id: 'Kode kupon tidak dikenal. Periksa lagi kodenya.',
    en: 'Unknown ticket code. Check the code again.',
  },
  TICKET_VOIDED: {
    id: 'Kupon ini sudah dibatalkan panitia.',
    en: 'This ticket was voided by the organizers.',
  },
  VOTING_CLOSED: {
    id: 'Pemungutan suara untuk pilihan ini belum dibuka atau sudah ditutup.',
    en: 'Voting for this choice is not open.',
  },
  VOTE_ALREADY_CAST: {
    id: 'Suara Anda untuk pilihan ini sudah tercatat sebelumnya. Suara pertama yang dihitung.',
    en: 'Your vote for this choice was already recorded. The first vote is the one counted.',
  },
  VOTE_ID_REUSED: {
    id: 'ID suara sudah dipakai untuk suara lain.',
    en: 'This vote id was already used for another vote.',
  },
  REPLACED: {
    id: 'Laptop ini sudah digantikan oleh laptop cadangan. Nilai tidak disimpan di sini: sambungkan ke laptop cadangan.',
    en: 'This laptop was replaced by the standby. Nothing was stored here: connect to the standby.',
  },
  STANDBY: {
    id: 'Ini laptop cadangan (hanya-baca). Kirim ke laptop utama, atau ambil alih dulu.',
    en: 'This is the standby laptop (read-only). Send to the primary, or take over first.',
  },
  COPY_NEEDED: {
    id: 'Laptop cadangan tidak bisa melanjutkan dari salinannya: perlu salinan baru dari laptop utama.',
    en: 'The standby cannot resume from its copy: it needs a fresh copy from the primary.',
  },
  REPLICA_VERSION: {
    id: 'Laptop utama dan laptop cadangan memakai versi Panggung yang berbeda. Pasang versi Panggung yang sama di kedua laptop, lalu pasangkan lagi.',
    en: 'The primary and the standby run different Panggung versions. Install the same Panggung version on both laptops, then pair again.',
  },
  // The three below are a standby's own (replication/standby-errors.ts), not a server's
  // reply: its primary did not answer, every try of its copy stalled (also the running
  // standby's alarm after stalls in a row), or the copy arrived unusable.
  PRIMARY_UNREACHABLE: {
    id: 'Laptop utama tidak menjawab di alamat itu.',
    en: 'The primary did not answer at that address.',
  },
  COPY_STALLED: {
    id: 'Salinan dari laptop utama macet berulang kali: untuk beberapa saat tidak ada data yang tiba.',
    en: 'The copy from the primary stalled again and again: nothing arrived for a while.',
  },
  COPY_DAMAGED: {
    id: 'Salinan dari laptop utama tiba dalam keadaan rusak dan tidak dipakai.',
    en: 'The copy from the primary arrived damaged and was not used.',
  },
  INTERNAL: { id: 'Terjadi kesalahan di server.', en: 'Something went wrong on the server.' },
} as const satisfies Record<string, { id: string; en: string }>;

export type ErrorCode = keyof typeof errorMessages;

export type ErrorEnvelope = {
  ok: false;
  code: ErrorCode;
  /** Default-language message (Bahasa Indonesia); messages carries both. */
  message: string;
  messages: { id: string; en: string };
  /** Field-level details, e.g. ["values.kebaruan: must be <= 10"] or ["row 7: title is empty"]. */
  details?: string[];
  /** VOTE_ALREADY_CAST only: the vote that counts (its receipt, to show again). */
  receipt?: VoteReceipt;
};

export type Ok<T> = { ok: true; data: T };
export type Result<T> = Ok<T> | ErrorEnvelope;

export function fail(
  code: ErrorCode,
  details?: string[],
  extra?: { receipt?: VoteReceipt },
): ErrorEnvelope {
  const messages = errorMessages[code];
  const base: ErrorEnvelope = { ok: false, code, message: messages.id, messages };
  if (details && details.length > 0) base.details = details;
  if (extra?.receipt) base.receipt = extra.receipt;
  return base;
}

export function ok<T>(data: T): Ok<T> {
  return { ok: true, data };
}

/** A thrown domain error that adapters turn into the envelope. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: string[],
    readonly extra?: { receipt?: VoteReceipt },
  ) {
    super(`${code}${details ? `: ${details.join('; ')}` : ''}`);
    this.name = 'DomainError';
  }
}
