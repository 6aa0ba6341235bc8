// The pairing line a primary's desk shows (text and QR) and a standby reads back: the
// primary's address with the pairing code in the fragment, "http://10.0.0.2:4321#pair=CODE".
// One line to copy, paste or scan; the Electron menu's "Jadikan laptop cadangan..." and
// `npm run serve -- --standby-of` both accept it, or the address and the code apart.
// The code's own rules (alphabet, length) are shared/contract/replica.ts's pairCodeSchema.

export function pairLink(primaryUrl: string, code: string): string {
  return `${primaryUrl.replace(/\/+$/, '')}#pair=${code}`;
}

export type PairInput = { address: string; code: string | null };

/**
 * Reads what the organizer typed or pasted as the primary's address: an http(s) base URL,
 * optionally with "#pair=CODE"; a bare "host:port" gets http://. Null when it is not an
 * address (the caller says so in both languages).
 */
export function parsePairInput(text: string): PairInput | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  const code = new URLSearchParams(url.hash.replace(/^#/, '')).get('pair');
  return { address: url.origin, code: code === null || code === '' ? null : code };
}
