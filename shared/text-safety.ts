// Text that people read on the projector and on printed minutes must look like what it
// is: names and codes are normalised (NFC, so "é" typed two ways is one code) and may not
// carry invisible or direction-changing characters (a zero-width space makes a duplicate
// code look unique; a right-to-left override reverses a juror's name on the minutes).

type Range = readonly [number, number];

/** Direction controls: they reorder what follows them on screen and on paper. */
const bidiControls: Range[] = [
  [0x061c, 0x061c],
  [0x200e, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
];
/** Characters that draw nothing: zero-width, joiners, soft hyphen, fillers, selectors, BOM. */
const invisible: Range[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200d],
  [0x2060, 0x2064],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
];
/** Control characters other than tab, line feed and carriage return. */
const controls: Range[] = [
  [0x00, 0x08],
  [0x0b, 0x0c],
  [0x0e, 0x1f],
  [0x7f, 0x9f],
];

function hasAny(s: string, ...sets: Range[][]): boolean {
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    for (const set of sets) for (const [lo, hi] of set) if (c >= lo && c <= hi) return true;
  }
  return false;
}

/** True when a name or code carries something invisible or a direction control. */
export function hasHiddenCharacters(s: string): boolean {
  return hasAny(s, bidiControls, invisible, controls);
}

/**
 * Free text (comments, messages) may keep joiners (emoji sequences, some scripts) but
 * never direction controls or control characters.
 */
export function hasUnsafeProse(s: string): boolean {
  return hasAny(s, bidiControls, controls);
}

/** Normalises text the way every stored name and code is normalised. */
export function normalizeText(s: string): string {
  return s.normalize('NFC').trim();
}
