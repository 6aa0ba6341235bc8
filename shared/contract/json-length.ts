// JSON lengths counted without writing anything out, for json-diff.ts and the patches:
// whether a diff is shorter than the value it replaces is asked at every level of a 200 KB
// view four times a second, and writing each part out to weigh it was most of the desk's
// diff time and garbage (docs/PERFORMANCE.md).

/** The length of JSON.stringify(s), without writing it out. */
export function jsonStringLength(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) n += 2;
    else if (c < 0x20) n += c === 8 || c === 9 || c === 10 || c === 12 || c === 13 ? 2 : 6;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 2;
        i += 1;
      } else n += 6; // a lone surrogate is written \udxxx
    } else if (c >= 0xdc00 && c <= 0xdfff) n += 6;
    else n += 1;
  }
  return n;
}

/** The length of a finite number as JSON (what String(x) writes). */
export function numberLength(x: number): number {
  const v = Math.abs(x);
  if (!Number.isInteger(x) || v > Number.MAX_SAFE_INTEGER) return String(x).length;
  let n = x < 0 ? 2 : 1;
  for (let p = 10; v >= p; p *= 10) n += 1;
  return n;
}

const has = Object.prototype.hasOwnProperty;

/**
 * The length of JSON.stringify(v), or, once past `limit`, some count past it: reads no
 * more of `v` than it takes to pass the limit, and writes nothing out. Counts as
 * JSON.stringify does: an undefined or function field is left out, in a list it is null,
 * and so is a number that is not finite.
 */
export function jsonLengthUpTo(v: unknown, limit: number): number {
  let n = 0;
  const walk = (x: unknown, inList: boolean): boolean => {
    if (x === undefined || typeof x === 'function' || typeof x === 'symbol') {
      if (inList) n += 4;
      return n > limit;
    }
    if (x === null) n += 4;
    else if (typeof x === 'boolean') n += x ? 4 : 5;
    else if (typeof x === 'number') n += Number.isFinite(x) ? numberLength(x) : 4;
    else if (typeof x === 'string') n += jsonStringLength(x);
    else if (typeof (x as { toJSON?: unknown }).toJSON === 'function') {
      n += JSON.stringify(x).length;
    } else if (Array.isArray(x)) {
      n += 2 + Math.max(0, x.length - 1);
      if (n > limit) return true;
      for (const item of x) if (walk(item, true)) return true;
    } else {
      n += 2;
      let fields = 0;
      for (const k in x as object) {
        if (!has.call(x, k)) continue;
        const val = (x as Record<string, unknown>)[k];
        if (val === undefined || typeof val === 'function' || typeof val === 'symbol') continue;
        n += (fields > 0 ? 1 : 0) + jsonStringLength(k) + 1;
        fields += 1;
        if (walk(val, false)) return true;
      }
    }
    return n > limit;
  };
  walk(v, false);
  return n;
}

/**
 * Whether JSON.stringify(v) is longer than `limit` characters, reading no more of `v`
 * than it takes to pass the limit: a diff of a few hundred bytes is weighed against a
 * 150 KB view without writing the view out (this was most of the desk's diff time).
 */
export const jsonLongerThan = (v: unknown, limit: number): boolean =>
  jsonLengthUpTo(v, limit) > limit;

/** JSON.stringify(v).length (0 for undefined), without writing `v` out. */
export const jsonLength = (v: unknown): number => jsonLengthUpTo(v, Infinity);
