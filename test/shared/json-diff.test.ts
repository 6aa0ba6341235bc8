// The structural diff behind screen patches: applying diff(a, b) to a gives exactly b, for
// arbitrary JSON and for leaderboard-like lists of rows that move, appear and vanish; a
// removed key is never listed (the whole object is sent instead); a moved row costs itself
// and the ranks of the rows it passed, not those rows; a diff that does not fit is refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyDiff,
  diff,
  jsonLength,
  type Diff,
  jsonLongerThan,
  type Json,
} from '../../shared/contract/json-diff.js';

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

  it('a diff is sent only when shorter than the new value', () => {
    fc.assert(
      fc.property(view, view, (a, b) => {
        const d = diff(a, b, keys);
        if (d && !('put' in d))
          expect(JSON.stringify(d).length).toBeLessThan(JSON.stringify(b).length);
      }),
      { numRuns: 400 },
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
