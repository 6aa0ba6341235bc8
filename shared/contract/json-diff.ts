// A small structural diff for JSON views, made for screen patches (screen-patch.ts): what
// changed between two versions of a view, small enough that one sheet costs a screen a few
// hundred bytes instead of the whole view. Pure functions, no I/O.
//
// - An object diff lists the fields set to a new value (`set`, literally, so a new value
//   reads on the wire as it would in the full view) and the fields changed inside (`sub`).
//   A field that disappears makes the whole object a new value: a diff never lists
//   removed keys (keys of records are entry ids: a removal would name an entry).
// - An array of objects that carry an id field (`keyFields`, e.g. entryId) is diffed by
//   id: the items that stay are the longest run of ids both lists share in order
//   (keyed-matches.ts), the rest are splices (`edits`: at a place of the new list, `del`
//   items removed, `ins` new items in full, applied in order), and the changes inside
//   the items that stay are listed by id (`sub`). A row that moves costs itself and the
//   changed fields of the rows it passed (their rank), not those rows in full.
// - Anything else that changed is a new value. A diff larger than the new value is the
//   new value.
//
// The desk diffs its 200 KB view four times a second: the walk writes nothing out and
// makes no list it can do without (lengths are counted, ids compared as they are), so
// the garbage it leaves is about the diff itself (docs/PERFORMANCE.md).

import { keyedMatches } from './keyed-matches.js';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type ObjDiff = { set?: Record<string, Json>; sub?: Record<string, Diff> };
/** One splice of a keyed list, at a place of the new list (earlier splices applied). */
export type Splice = { at: number; del?: number; ins?: Json[] };
export type ArrDiff = {
  key: string;
  edits?: Splice[];
  sub?: Record<string, Diff>;
};
export type Diff = ObjDiff | ArrDiff | { put: Json };

type Obj = { [k: string]: Json };
const isObj = (v: Json | undefined): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function jsonEqual(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => jsonEqual(x, b[i]));
  }
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => k in b && jsonEqual(a[k], b[k]));
}

/** Whether every item's `key` is present, not an object, and unique as JSON. */
function uniqueIds(list: Json[], key: string): boolean {
  for (const x of list) {
    const id = (x as Obj)[key];
    if (id === undefined || (typeof id === 'object' && id !== null)) return false;
  }
  if (list.length < 2) return true;
  // Strings and the other values apart: their JSON never meets ("1" is not 1).
  const strings = new Set<string>();
  const others = new Set<string>();
  for (const x of list) {
    const id = (x as Obj)[key];
    const seen = typeof id === 'string' ? strings : others;
    const k = typeof id === 'string' ? id : JSON.stringify(id);
    if (seen.has(k)) return false;
    seen.add(k);
  }
  return true;
}

/** The id field shared by every item of both arrays (unique ids in each), or null. */
function idField(a: Json[], b: Json[], keyFields: readonly string[]): string | null {
  if (a.length + b.length === 0) return null;
  for (const x of a) if (!isObj(x)) return null;
  for (const x of b) if (!isObj(x)) return null;
  for (const key of keyFields) if (uniqueIds(a, key) && uniqueIds(b, key)) return key;
  return null;
}

const idOf = (item: Json, key: string) => JSON.stringify(isObj(item) ? item[key] : null);

/** Whether two items of a keyed list have the same id as JSON writes it (strings compared as they are). */
const sameId = (x: Json, y: Json, key: string) => {
  const a = (x as Obj)[key];
  const b = (y as Obj)[key];
  return (
    a === b || (typeof a !== 'string' && typeof b !== 'string' && idOf(x, key) === idOf(y, key))
  );
};

/** The length of JSON.stringify(s), without writing it out. */
function jsonStringLength(s: string): number {
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
function numberLength(x: number): number {
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
function jsonLengthUpTo(v: unknown, limit: number): number {
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

/** Whether the diff `d` is shorter on the wire than the new value `b` itself. */
const shorter = (d: Diff, b: Json) => jsonLongerThan(b, jsonLength(d));

/** Past this many items removed and added, a keyed list is one splice (keyed-matches.ts). */
const maxEdits = 64;

function diffArray(a: Json[], b: Json[], key: string, keyFields: readonly string[]): ArrDiff {
  const same = (i: number, j: number) => sameId(a[i]!, b[j]!, key);
  let edits: Splice[] | undefined;
  let sub: Record<string, Diff> | undefined;
  let i0 = 0;
  let j0 = 0;
  const splice = (i: number, j: number) => {
    if (i === i0 && j === j0) return;
    const edit: Splice = { at: j0 };
    if (i > i0) edit.del = i - i0;
    if (j > j0) edit.ins = b.slice(j0, j);
    (edits ??= []).push(edit);
  };
  keyedMatches(a.length, b.length, same, maxEdits, (i, j) => {
    splice(i, j);
    const d = diff(a[i], b[j] as Json, keyFields);
    if (d) (sub ??= {})[idOf(b[j] as Json, key)] = d;
    i0 = i + 1;
    j0 = j + 1;
  });
  splice(a.length, b.length);
  const out: ArrDiff = { key };
  if (edits) out.edits = edits;
  if (sub) out.sub = sub;
  return out;
}

function diffObject(a: Obj, b: Obj, keyFields: readonly string[]): ObjDiff | null {
  for (const k in a) if (has.call(a, k) && !(k in b)) return null;
  let set: Record<string, Json> | undefined;
  let sub: Record<string, Diff> | undefined;
  for (const k in b) {
    if (!has.call(b, k)) continue;
    const v = b[k] as Json;
    if (!(k in a)) {
      (set ??= {})[k] = v;
      continue;
    }
    const d = diff(a[k], v, keyFields);
    if (!d) continue;
    if ('put' in d) (set ??= {})[k] = d.put;
    else (sub ??= {})[k] = d;
  }
  const out: ObjDiff = {};
  if (set) out.set = set;
  if (sub) out.sub = sub;
  return out;
}

/**
 * What turns `a` into `b`; undefined when they are equal. Objects and keyed lists are
 * compared on the way down (an empty diff is equality), so an unchanged part is read once,
 * not once per level above it.
 */
export function diff(
  a: Json | undefined,
  b: Json,
  keyFields: readonly string[] = [],
): Diff | undefined {
  if (a === b) return undefined;
  let d: Diff | null = null;
  if (isObj(a) && isObj(b)) {
    d = diffObject(a, b, keyFields);
    if (d && !d.set && !d.sub) return undefined;
  } else if (Array.isArray(a) && Array.isArray(b)) {
    const key = idField(a, b, keyFields);
    if (key) {
      const ad = diffArray(a, b, key, keyFields);
      if (!ad.edits && !ad.sub) return undefined;
      d = ad;
    } else if (jsonEqual(a, b)) return undefined;
  } else if (jsonEqual(a, b)) return undefined;
  return d && shorter(d, b) ? d : { put: b };
}

const arrayFields = new Set(['key', 'edits', 'sub']);
const objectFields = new Set(['set', 'sub']);
/** A diff with a field this code does not know (made by another version) is refused. */
const knownFields = (d: object, fields: Set<string>) => {
  for (const k in d) if (!fields.has(k)) throw new Error(`patch: unknown field ${k}`);
};

/**
 * Applies a diff made by diff(); never changes its inputs. Throws on a diff that does not
 * fit `value` or has a field it does not know (the caller asks for the whole view).
 */
export function applyDiff(value: Json | undefined, d: Diff): Json {
  if ('put' in d) return d.put;
  if ('key' in d) {
    knownFields(d, arrayFields);
    if (!Array.isArray(value)) throw new Error('patch: an array diff on a non-array');
    const out = [...value];
    for (const e of d.edits ?? []) {
      const del = e.del ?? 0;
      if (!(e.at >= 0 && del >= 0 && e.at + del <= out.length))
        throw new Error('patch: a splice outside the list');
      out.splice(e.at, del, ...(e.ins ?? []));
    }
    if (d.sub) {
      const at = new Map(out.map((x, i) => [idOf(x, d.key), i]));
      for (const [id, sd] of Object.entries(d.sub)) {
        const i = at.get(id);
        if (i === undefined) throw new Error(`patch: no item ${id}`);
        out[i] = applyDiff(out[i], sd);
      }
    }
    return out;
  }
  if (!isObj(value ?? null)) throw new Error('patch: an object diff on a non-object');
  knownFields(d, objectFields);
  const out: Obj = { ...(value as Obj) };
  if (d.set) Object.assign(out, d.set);
  if (d.sub) for (const [k, sd] of Object.entries(d.sub)) out[k] = applyDiff(out[k], sd);
  return out;
}
