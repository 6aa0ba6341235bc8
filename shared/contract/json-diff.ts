// A small structural diff for JSON views, made for screen patches (screen-patch.ts): what
// changed between two versions of a view, small enough that one sheet costs a screen a few
// hundred bytes instead of the whole view. Pure functions, no I/O.
//
// - An object diff lists the fields set to a new value (`set`, literally, so a new value
//   reads on the wire as it would in the full view) and the fields changed inside (`sub`).
//   A field that disappears makes the whole object a new value: a diff never lists
//   removed keys (keys of records are entry ids: a removal would name an entry).
// - An array of objects that carry an id field (`keyFields`, e.g. entryId) is diffed by
//   id: one splice of the ids that moved, with the new items in full (`at`, `del`, `ins`),
//   and the changes inside items that kept their place (`sub`, by id).
// - Anything else that changed is a new value. A diff larger than the new value is the
//   new value.

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type ObjDiff = { set?: Record<string, Json>; sub?: Record<string, Diff> };
export type ArrDiff = {
  key: string;
  at?: number;
  del?: number;
  ins?: Json[];
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

/** The id field shared by every item of both arrays (unique ids in each), or null. */
function idField(a: Json[], b: Json[], keyFields: readonly string[]): string | null {
  const items = [...a, ...b];
  if (items.length === 0 || !items.every(isObj)) return null;
  for (const key of keyFields) {
    const unique = (list: Json[]) => {
      const ids = list.map((x) => (isObj(x) ? x[key] : undefined));
      if (ids.some((id) => id === undefined || (typeof id === 'object' && id !== null)))
        return false;
      return new Set(ids.map((id) => JSON.stringify(id))).size === ids.length;
    };
    if (unique(a) && unique(b)) return key;
  }
  return null;
}

const idOf = (item: Json, key: string) => JSON.stringify(isObj(item) ? item[key] : null);

/**
 * Whether JSON.stringify(v) is longer than `limit` characters, reading no more of `v`
 * than it takes to pass the limit: a diff of a few hundred bytes is weighed against a
 * 150 KB view without writing the view out (this was most of the desk's diff time).
 * Counts as JSON.stringify does: an undefined or function field is left out, in a list it
 * is null, and so is a number that is not finite.
 */
export function jsonLongerThan(v: unknown, limit: number): boolean {
  let n = 0;
  const walk = (x: unknown, inList: boolean): boolean => {
    if (x === undefined || typeof x === 'function' || typeof x === 'symbol') {
      if (inList) n += 4;
      return n > limit;
    }
    if (x === null) n += 4;
    else if (typeof x === 'boolean') n += x ? 4 : 5;
    else if (typeof x === 'number') n += Number.isFinite(x) ? String(x).length : 4;
    else if (typeof x === 'string') n += JSON.stringify(x).length;
    else if (typeof (x as { toJSON?: unknown }).toJSON === 'function') {
      n += JSON.stringify(x).length;
    } else if (Array.isArray(x)) {
      n += 2 + Math.max(0, x.length - 1);
      if (n > limit) return true;
      for (const item of x) if (walk(item, true)) return true;
    } else {
      n += 2;
      let fields = 0;
      for (const [k, val] of Object.entries(x as object)) {
        if (val === undefined || typeof val === 'function' || typeof val === 'symbol') continue;
        n += (fields > 0 ? 1 : 0) + JSON.stringify(k).length + 1;
        fields += 1;
        if (walk(val, false)) return true;
      }
    }
    return n > limit;
  };
  return walk(v, false);
}

/** Whether the diff `d` is shorter on the wire than the new value `b` itself. */
const shorter = (d: Diff, b: Json) => jsonLongerThan(b, JSON.stringify(d).length);

function diffArray(a: Json[], b: Json[], key: string, keyFields: readonly string[]): ArrDiff {
  const ia = a.map((x) => idOf(x, key));
  const ib = b.map((x) => idOf(x, key));
  let p = 0;
  while (p < ia.length && p < ib.length && ia[p] === ib[p]) p++;
  let s = 0;
  while (s < ia.length - p && s < ib.length - p && ia[ia.length - 1 - s] === ib[ib.length - 1 - s])
    s++;
  const out: ArrDiff = { key };
  if (p < ia.length - s || p < ib.length - s) {
    out.at = p;
    out.del = ia.length - s - p;
    out.ins = b.slice(p, b.length - s);
  }
  const sub: Record<string, Diff> = {};
  const kept = [...Array(p).keys(), ...Array.from({ length: s }, (_, i) => b.length - s + i)];
  for (const i of kept) {
    const before = a[i - (b.length - a.length) * (i >= p ? 1 : 0)];
    const d = diff(before, b[i] as Json, keyFields);
    if (d) sub[ib[i] as string] = d;
  }
  if (Object.keys(sub).length > 0) out.sub = sub;
  return out;
}

function diffObject(a: Obj, b: Obj, keyFields: readonly string[]): ObjDiff | null {
  if (Object.keys(a).some((k) => !(k in b))) return null;
  const set: Record<string, Json> = {};
  const sub: Record<string, Diff> = {};
  for (const [k, v] of Object.entries(b)) {
    if (!(k in a)) {
      set[k] = v;
      continue;
    }
    const d = diff(a[k], v, keyFields);
    if (!d) continue;
    if ('put' in d) set[k] = d.put;
    else sub[k] = d;
  }
  const out: ObjDiff = {};
  if (Object.keys(set).length > 0) out.set = set;
  if (Object.keys(sub).length > 0) out.sub = sub;
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
      if (ad.at === undefined && !ad.sub) return undefined;
      d = ad;
    } else if (jsonEqual(a, b)) return undefined;
  } else if (jsonEqual(a, b)) return undefined;
  return d && shorter(d, b) ? d : { put: b };
}

/** Applies a diff made by diff(); never changes its inputs. */
export function applyDiff(value: Json | undefined, d: Diff): Json {
  if ('put' in d) return d.put;
  if ('key' in d) {
    if (!Array.isArray(value)) throw new Error('patch: an array diff on a non-array');
    const out = [...value];
    if (d.at !== undefined) out.splice(d.at, d.del ?? 0, ...(d.ins ?? []));
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
  const out: Obj = { ...(value as Obj) };
  if (d.set) Object.assign(out, d.set);
  if (d.sub) for (const [k, sd] of Object.entries(d.sub)) out[k] = applyDiff(out[k], sd);
  return out;
}
