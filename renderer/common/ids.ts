// Client-made ids (submission ids). Built on crypto.getRandomValues, which browsers offer
// on any origin: crypto.randomUUID exists only in secure contexts, and a juror pad is
// served over plain HTTP on a LAN address, which is not one.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

type RandomSource = { getRandomValues(array: Uint8Array): Uint8Array };

/** A url-safe random id: 22 characters = 132 bits, matching the contract's submission id. */
export function newId(length = 22, source: RandomSource = globalThis.crypto): string {
  const bytes = new Uint8Array(length);
  source.getRandomValues(bytes);
  let out = '';
  // 64 symbols: a byte's low 6 bits map uniformly, so there is no modulo bias.
  for (const b of bytes) out += ALPHABET[b & 63];
  return out;
}
