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
// makes no list it can do without (lengths are counted, json-length.ts; ids compared as
// they are), so the garbage it leaves is about the diff itself, and each level is weighed
// from the lengths its parts counted, not by walking them again (docs/PERFORMANCE.md).

import { keyedMatches } from './keyed-matches.js';
import { jsonLengthUpTo, jsonStringLength, numberLength } from './json-length.js';

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
  // A short list (a row's juror totals: the desk has a hundred of them) is compared pair by
  // pair: two sets per list per diff were a third of what a diff of equal views allocated.
  if (list.length <= 16) {
    for (let i = 1; i < list.length; i++)
      for (let j = 0; j < i; j++) if (sameId(list[i]!, list[j]!, key)) return false;
    return true;
  }
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

const has = Object.prototype.hasOwnProperty;

/** Past this many items removed and added, a keyed list is one splice (keyed-matches.ts). */
const maxEdits = 64;

// Every diff is weighed against the value it replaces, at every level. Weighing each
// level by walking it would walk a deep change once per level above it, so each call
// leaves, for the diff it returns, its exact JSON length (`made`) and a lower bound of
// the new value's (`atLeast`: exact for a put), and the level above adds them up. An
// unchanged field counts for its name and one character: most diffs are much shorter
// than that already; when not, the value is measured, reading no more than it takes.
let made = 0;
let atLeast = 0;

/** Whether JSON.stringify writes a field holding `v` (it leaves out undefined and functions). */
const written = (v: unknown) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';

/** The diff if it is shorter than `b`, else `b` whole; sets made and atLeast. */
function weigh<D extends Diff>(d: D, length: number, low: number, b: Json): D | { put: Json } {
  if (low <= length) low = jsonLengthUpTo(b, length);
  if (low > length) {
    made = length;
    atLeast = low;
    return d;
  }
  return put(b, low); // low is exact: the walk did not pass `length`
}

function put(b: Json, length: number): { put: Json } {
  made = written(b) ? length + 8 : 2; // {"put":...}, or {} for undefined
  atLeast = length;
  return { put: b };
}

/** Length of a JSON object or list, from the summed lengths of its members and their count. */
const members = (sum: number, count: number) => 2 + sum + Math.max(0, count - 1);

function diffArray(
  a: Json[],
  b: Json[],
  key: string,
  keyFields: readonly string[],
): Diff | undefined {
  const same = (i: number, j: number) => sameId(a[i]!, b[j]!, key);
  let edits: Splice[] | undefined;
  let sub: Record<string, Diff> | undefined;
  let editsLength = 0;
  let subLength = 0;
  let subCount = 0;
  let low = 2 + Math.max(0, b.length - 1);
  let i0 = 0;
  let j0 = 0;
  const splice = (i: number, j: number) => {
    if (i === i0 && j === j0) return;
    const edit: Splice = { at: j0 };
    let length = 7 + numberLength(j0); // {"at":N}
    if (i > i0) {
      edit.del = i - i0;
      length += 7 + numberLength(i - i0);
    }
    if (j > j0) {
      edit.ins = b.slice(j0, j);
      let items = 0;
      for (const item of edit.ins) items += jsonLengthUpTo(item, Infinity);
      low += items;
      length += 7 + members(items, j - j0);
    }
    editsLength += (edits ? 1 : 0) + length;
    (edits ??= []).push(edit);
  };
  keyedMatches(a.length, b.length, same, maxEdits, (i, j) => {
    splice(i, j);
    const d = diffIn(a[i], b[j] as Json, keyFields);
    if (d) {
      const id = idOf(b[j] as Json, key);
      (sub ??= {})[id] = d;
      subLength += jsonStringLength(id) + 1 + made;
      subCount += 1;
      low += atLeast;
    } else low += 2; // an item is an object: at least {}
    i0 = i + 1;
    j0 = j + 1;
  });
  splice(a.length, b.length);
  if (!edits && !sub) return undefined;
  const out: ArrDiff = { key };
  let length = 8 + jsonStringLength(key); // {"key":K}
  if (edits) {
    out.edits = edits;
    length += 9 + 2 + editsLength; // ,"edits":[...]
  }
  if (sub) {
    out.sub = sub;
    length += 7 + members(subLength, subCount); // ,"sub":{...}
  }
  return weigh(out, length, low, b);
}

function diffObject(a: Obj, b: Obj, keyFields: readonly string[]): Diff | undefined {
  for (const k in a) if (has.call(a, k) && !(k in b)) return put(b, jsonLengthUpTo(b, Infinity));
  let set: Record<string, Json> | undefined;
  let sub: Record<string, Diff> | undefined;
  let setLength = 0;
  let setCount = 0;
  let subLength = 0;
  let subCount = 0;
  let low = 2;
  let fields = 0;
  for (const k in b) {
    if (!has.call(b, k)) continue;
    const v = b[k] as Json;
    let value: Json = v;
    let valueLength: number;
    if (k in a) {
      const d = diffIn(a[k], v, keyFields);
      if (!d) {
        if (written(v)) {
          low += k.length + 4; // "name": and at least one character
          fields += 1;
        }
        continue;
      }
      if (!('put' in d)) {
        const name = jsonStringLength(k) + 1;
        (sub ??= {})[k] = d;
        subLength += name + made;
        subCount += 1;
        low += name + atLeast;
        fields += 1;
        continue;
      }
      value = d.put;
      valueLength = atLeast;
    } else valueLength = jsonLengthUpTo(v, Infinity);
    (set ??= {})[k] = value;
    if (written(value)) {
      const member = jsonStringLength(k) + 1 + valueLength;
      setLength += member;
      setCount += 1;
      low += member;
      fields += 1;
    }
  }
  if (!set && !sub) return undefined;
  low += Math.max(0, fields - 1);
  const out: ObjDiff = {};
  let length = 2;
  if (set) {
    out.set = set;
    length += 6 + members(setLength, setCount); // "set":{...}
  }
  if (sub) {
    out.sub = sub;
    length += (set ? 1 : 0) + 6 + members(subLength, subCount); // ,"sub":{...}
  }
  return weigh(out, length, low, b);
}

/** diff() inside: also sets made and atLeast for what it returns. */
function diffIn(a: Json | undefined, b: Json, keyFields: readonly string[]): Diff | undefined {
  if (a === b) return undefined;
  if (isObj(a) && isObj(b)) return diffObject(a, b, keyFields);
  if (Array.isArray(a) && Array.isArray(b)) {
    const key = idField(a, b, keyFields);
    if (key) return diffArray(a, b, key, keyFields);
  }
  if (jsonEqual(a, b)) return undefined;
  return put(b, jsonLengthUpTo(b, Infinity));
}

/**
 * What turns `a` into `b`; undefined when they are equal. Objects and keyed lists are
 * compared on the way down (an empty diff is equality), so an unchanged part is read once,
 * not once per level above it; a diff not shorter than the value it replaces is that
 * value (`put`).
 */
export function diff(
  a: Json | undefined,
  b: Json,
  keyFields: readonly string[] = [],
): Diff | undefined {
  return diffIn(a, b, keyFields);
}

/** diff(), with the diff's JSON length (what JSON.stringify writes), counted as it was made. */
export function sizedDiff(
  a: Json | undefined,
  b: Json,
  keyFields: readonly string[] = [],
): { diff: Diff; length: number } | undefined {
  const d = diffIn(a, b, keyFields);
  return d && { diff: d, length: made };
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
