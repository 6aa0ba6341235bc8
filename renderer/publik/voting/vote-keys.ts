// Where the phone keeps its voting state (localStorage), and the one question the page's
// first load asks of it: is a vote waiting to be sent? Kept tiny and apart from the voting
// chunk, which the page loads only when the voter needs it.
export const voteKeys = {
  ticket: 'panggung.vote.ticket',
  phone: 'panggung.vote.phone',
  outbox: 'panggung.vote.outbox',
  receipts: 'panggung.vote.receipts',
} as const;

/** The ?kupon= of a scanned ticket link (raw: the voting chunk normalizes and checks it). */
export function ticketFromSearch(search: string): string | null {
  const raw = new URLSearchParams(search).get('kupon');
  return raw !== null && raw.trim() !== '' ? raw : null;
}

/** True when a vote made before a reload still waits to be sent: the page reopens voting. */
export function votesWaiting(): boolean {
  try {
    const raw = localStorage.getItem(voteKeys.outbox);
    return raw !== null && raw !== '[]';
  } catch {
    return false;
  }
}
