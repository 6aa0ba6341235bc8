// The structural diff behind screen patches: applying diff(a, b) to a gives exactly b, for
// arbitrary JSON and for leaderboard-like lists of rows that move, appear and vanish; a
// removed key is never listed (the whole object is sent instead); a moved row costs itself
// and the ranks of the rows it passed, not those rows; a diff that does not fit is refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyDiff,
  diff,
  sizedDiff,
  type Diff,
  type Json,
} from '../../shared/contract/json-diff.js';
import { jsonLength, jsonLongerThan } from '../../shared/contract/json-length.js';

const keys = ['entryId', 'panelId'];
const json: fc.Arbitrary<Json> = fc.jsonValue() as fc.Arbitrary<Json>;

const row = fc.record({
  entryId: fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8'),
  rank: fc.option(fc.integer({ min: 1, max: 8 })),
  scoreMicro: fc.option(fc.integer({ min: 0, max: 100_000_000 })),
  tied: fc.boolean(),
});
const rows = fc.uniqueArray(row, { selector: (r) => r.entryId, maxLength: 8 });
const view = fc.record({
  version: fc.nat(),
  privacy: fc.constantFrom('live', 'progress', 'hidden'),
  leaderboard: fc.option(
    fc.record({ categories: fc.array(fc.record({ rows }), { maxLength: 3 }) }),
  ),
  entries: fc.dictionary(
    fc.constantFrom('e1', 'e2', 'e3', 'e4'),
    fc.record({ title: fc.string() }),
  ),
}) as fc.Arbitrary<Json>;

/**
 * A leaderboard and the next one, as a festival makes them: rows that move, appear, vanish
 * and change a field, so that most diffs are shorter than the list (and are weighed).
 */
const boardAndNext = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { minLength: 4, maxLength: 24 }),
    fc.array(
      fc.record({
        kind: fc.constantFrom('move', 'drop', 'add', 'change', 'undefine'),
        from: fc.nat(),
        to: fc.nat(),
        value: fc.integer({ min: -5, max: 1_000_000 }),
      }),
      { maxLength: 5 },
    ),
  )
  .map(([ids, ops]) => {
    const rowOf = (id: number) => ({
      entryId: `e${id}`,
      scoreMicro: id * 1_234_567,
      title: `Inovasi "${id}" \u2014 layanan ${'x'.repeat(Math.abs(id) % 7)}`,
      tied: id % 3 === 0,
    });
    const a: Array<Record<string, unknown>> = ids.map(rowOf);
    const b = a.map((r) => ({ ...r }));
    for (const op of ops) {
      const i = b.length > 0 ? op.from % b.length : 0;
      if (op.kind === 'move' && b.length > 0) b.splice(op.to % b.length, 0, ...b.splice(i, 1));
      else if (op.kind === 'drop') b.splice(i, 1);
      else if (op.kind === 'add' && !b.some((r) => r.entryId === `e${op.value}`))
        b.splice(op.to % (b.length + 1), 0, rowOf(op.value));
      else if (op.kind === 'change' && b[i]) b[i]!.scoreMicro = op.value;
      else if (op.kind === 'undefine' && b[i]) b[i]!.tied = undefined;
    }
    b.forEach((r, i) => (r.rank = i + 1));
    return [
      { version: 1, rows: a },
      { version: 2, rows: b },
    ] as [Json, Json];
  });

const roundTrip = (a: Json, b: Json) => {
  const d = diff(a, b, keys);
  const got = d ? applyDiff(a, d) : a;
  expect(got).toEqual(b);
};

describe('json diff', () => {
  it('applyDiff(a, diff(a, b)) is b: any JSON', () => {
    fc.assert(fc.property(json, json, roundTrip), { numRuns: 400 });
  });

  it('applyDiff(a, diff(a, b)) is b: views with keyed rows', () => {
    fc.assert(fc.property(view, view, roundTrip), { numRuns: 400 });
  });

  it('a list whose ids repeat is not diffed by id, short or long, and still round-trips', () => {
    // A long field that does not change, so that a diff by id would be shorter than the list.
    const title = 'a title long enough that diffs pay';
    const item = fc.record({
      entryId: fc.constantFrom('e1', 'e2', 'e3', 1, '1'),
      n: fc.integer({ min: 0, max: 3 }),
      title: fc.constant(title),
    });
    for (const size of [{ maxLength: 8 }, { minLength: 17, maxLength: 30 }]) {
      const list = fc.array(item, size) as fc.Arbitrary<Json>;
      fc.assert(
        fc.property(list, list, (a, b) => roundTrip({ rows: a }, { rows: b })),
        { numRuns: 500 },
      );
    }
    const twice = [
      { entryId: 'e1', n: 1, title },
      { entryId: 'e1', n: 2, title },
    ];
    const next = [twice[1]!, { entryId: 'e1', n: 3, title }];
    expect(applyDiff(twice, diff(twice, next, keys)!)).toEqual(next);
  });

  it('an equal copy has no diff', () => {
    fc.assert(
      fc.property(view, (a) => {
        expect(diff(a, structuredClone(a), keys)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('jsonLength(v) is JSON.stringify(v).length, and jsonLongerThan(v, n) that > n', () => {
    // Values as views hold them before their JSON trip: undefined fields, non-finite numbers;
    // strings with what JSON escapes (quotes, control characters, lone surrogates); numbers
    // of every width, -0, fractions and exponents.
    const char = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('"', '\\', '\n', '\u0001', '\ud83c\udfc6', '\ud83c', '\udfc6', 'é'),
    );
    const text = fc.string({ unit: char });
    const number = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.maxSafeInteger(),
      fc.constantFrom(-0, 1e21, -1e21, 2 ** 53 + 2, 1e-7, 123.456, 10, 99, 100),
    );
    const loose = fc.anything({
      key: text,
      values: [fc.jsonValue(), text, number, fc.constant(undefined), fc.constant(NaN)],
    });
    fc.assert(
      fc.property(fc.oneof(json, loose, text, number), (v) => {
        const written = JSON.stringify(v);
        if (written === undefined) return;
        expect(jsonLength(v), written).toBe(written.length);
        for (const n of [0, 1, written.length - 2, written.length - 1, written.length])
          expect(jsonLongerThan(v, n), `${written} > ${n}`).toBe(written.length > n);
      }),
      { numRuns: 1000 },
    );
  });

  it('sizedDiff counts exactly what JSON.stringify writes, undefined fields and escapes included', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom('"', '\\', '\n', '\u0001', '\ud83c\udfc6', '\ud83c', 'é'),
        fc.string({ minLength: 1, maxLength: 1 }),
      ),
    });
    const leaf = fc.oneof(
      text,
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
    );
    const loose = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        leaf,
        tie('object'),
        fc.array(tie('value'), { maxLength: 4 }),
        rows,
      ),
      object: fc.dictionary(fc.constantFrom('entryId', 'a', 'b', 'é"', 'rows'), tie('value'), {
        maxKeys: 4,
      }),
    })).value as fc.Arbitrary<Json>;
    const counted = (a: Json, b: Json) => {
      const sized = sizedDiff(a, b, keys);
      expect(sized?.diff).toEqual(diff(a, b, keys));
      if (sized) expect(sized.length).toBe(JSON.stringify(sized.diff).length);
    };
    fc.assert(fc.property(loose, loose, counted), { numRuns: 2000 });
    fc.assert(
      fc.property(boardAndNext, ([a, b]) => counted(a, b)),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(view, view, counted), { numRuns: 1000 });
  });

  it('a diff is sent only when shorter than the new value, at every level', () => {
    /** Every diff inside `d` (not a put) is shorter on the wire than the value it makes. */
    const everyLevelShorter = (d: Diff, b: Json) => {
      if ('put' in d) return;
      expect(JSON.stringify(d).length).toBeLessThan(JSON.stringify(b).length);
      if ('key' in d) {
        const items = b as Array<Record<string, Json>>;
        for (const [id, sd] of Object.entries(d.sub ?? {}))
          everyLevelShorter(
            sd,
            items.find((x) => JSON.stringify(x[d.key]) === id)!,
          );
      } else
        for (const [k, sd] of Object.entries(d.sub ?? {}))
          everyLevelShorter(sd, (b as Record<string, Json>)[k]!);
    };
    const check = (a: Json, b: Json) => {
      const d = diff(a, b, keys);
      if (d) everyLevelShorter(d, b);
    };
    fc.assert(
      fc.property(boardAndNext, ([a, b]) => check(a, b)),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(view, view, check), { numRuns: 2000 });
    fc.assert(fc.property(json, json, check), { numRuns: 1000 });
    // Small objects over a few names: a diff and its value are often within a character.
    const small = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.integer({ min: 0, max: 99 }),
        fc.string({ maxLength: 3 }),
        tie('object'),
        fc.array(fc.record({ entryId: fc.constantFrom('e1', 'e2', 'e3'), n: tie('value') }), {
          maxLength: 3,
        }),
      ),
      object: fc.dictionary(fc.constantFrom('a', 'bb', 'ccc'), tie('value'), { maxKeys: 3 }),
    })).object as fc.Arbitrary<Json>;
    fc.assert(fc.property(small, small, check), { numRuns: 3000 });
    // ...and one of them with a field or two changed, as views change.
    const edited = fc
      .tuple(small, fc.array(fc.tuple(fc.constantFrom('a', 'bb', 'ccc'), small), { maxLength: 2 }))
      .map(([a, edits]) => {
        const b = structuredClone(a) as Record<string, Json>;
        for (const [k, v] of edits) {
          const inner = b[k];
          if (inner && typeof inner === 'object' && !Array.isArray(inner)) inner[k] = v;
          else b[k] = typeof v === 'object' && v && 'a' in v ? v.a! : v;
        }
        return [a, b] as [Json, Json];
      });
    fc.assert(
      fc.property(edited, ([a, b]) => check(a, b)),
      { numRuns: 5000 },
    );
  });

  it('leaves its inputs alone', () => {
    fc.assert(
      fc.property(view, view, (a, b) => {
        const before = JSON.stringify(a);
        const d = diff(a, b, keys);
        if (d) applyDiff(a, d);
        expect(JSON.stringify(a)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });

  it('never lists a removed key: the object is sent whole', () => {
    const long = 'x'.repeat(200);
    const a = { entries: { e1: { t: 'A' }, e2: { t: 'B' }, e3: { t: 'C' } }, n: 1, long };
    const b = { entries: { e3: { t: 'C' } }, n: 2, long };
    const d = diff(a, b, keys);
    expect(d).toEqual({ set: { entries: { e3: { t: 'C' } }, n: 2 } });
    expect(applyDiff(a, d!)).toEqual(b);
    expect(JSON.stringify(d)).not.toContain('e1');
  });

  it('a row that moves costs itself and the ranks it passed, not the rows; values are literal', () => {
    const list = Array.from({ length: 60 }, (_, i) => ({
      entryId: `entry-${i}`,
      rank: i + 1,
      scoreMicro: 90_000_000 - i * 100_000,
      note: `a long field that no rank change touches ${i}`,
    }));
    // entry-40 gains and moves to place 13: the 27 rows it passed only change rank.
    const moved = [
      ...list.slice(0, 12),
      { ...list[40]!, scoreMicro: 88_850_000 },
      ...list.slice(12, 40),
      ...list.slice(41),
    ].map((r, i) => ({ ...r, rank: i + 1 }));
    const d = diff({ rows: list }, { rows: moved }, keys);
    expect(applyDiff({ rows: list }, d!)).toEqual({ rows: moved });
    const text = JSON.stringify(d);
    expect(text).toContain('"scoreMicro":88850000');
    expect(text.match(/a long field/g)).toEqual(['a long field']); // entry-40 alone, in full
    expect(text).not.toContain('entry-10"');
    const passed = 40 - 12;
    const rankChange = JSON.stringify({ '"entry-20"': { set: { rank: 22 } } }).length;
    expect(text.length).toBeLessThan(JSON.stringify(moved[12]).length + passed * rankChange + 100);
  });

  it('long lists reshuffled past the search bound still round-trip', () => {
    const ids = fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { minLength: 60, maxLength: 150 });
    const list = (xs: number[]) => xs.map((x) => ({ entryId: `e${x}`, n: x % 7 }));
    fc.assert(
      fc.property(ids, ids, (a, b) => roundTrip({ rows: list(a) }, { rows: list(b) })),
      { numRuns: 200 },
    );
  });

  it('a diff that does not fit the value, or has a field it does not know, is refused', () => {
    const rows = [{ entryId: 'e1' }, { entryId: 'e2' }];
    expect(() => applyDiff(rows, { key: 'entryId', edits: [{ at: 1, del: 2 }] })).toThrow();
    expect(() => applyDiff(rows, { key: 'entryId', edits: [{ at: -1 }] })).toThrow();
    expect(() => applyDiff(rows, { key: 'entryId', sub: { '"e9"': { put: 1 } } })).toThrow();
    // A single splice as an older version wrote it.
    const older = { key: 'entryId', at: 0, del: 1, ins: [] } as unknown as Diff;
    expect(() => applyDiff(rows, older)).toThrow(/unknown field/);
    expect(() => applyDiff({ a: 1 }, { set: { a: 2 }, del: ['a'] } as unknown as Diff)).toThrow(
      /unknown field/,
    );
  });
});
