// Which items of two keyed lists stay, for json-diff.ts: the longest run of ids the two
// lists share in the same order (a shortest edit script, Myers 1986), so a row that
// moves costs itself and not every row it passed. Ids are unique in each list, so an
// item stays at most once; `same` compares the ids of a[i] and b[j].
//
// The search is bounded: past `maxEdits` removed plus added items it gives up and
// keeps only the common head and tail (the lists changed wholesale: one splice is about
// as good, and the search costs (n + m) x edits comparisons).

/**
 * Calls `stay(i, j)`, in order, for every a[i] that is b[j] and stays. Allocates only for
 * the middle that differs (most lists of a view are equal or differ in one place).
 */
export function keyedMatches(
  n: number,
  m: number,
  same: (i: number, j: number) => boolean,
  maxEdits: number,
  stay: (i: number, j: number) => void,
): void {
  // The common head and tail first: most pushes change nothing else.
  let p = 0;
  while (p < n && p < m && same(p, p)) p++;
  let s = 0;
  while (s < n - p && s < m - p && same(n - 1 - s, m - 1 - s)) s++;
  for (let i = 0; i < p; i++) stay(i, i);
  const middle = middleMatches(p, n - s, p, m - s, same, maxEdits);
  if (middle) for (const [i, j] of middle) stay(i, j);
  for (let t = s; t > 0; t--) stay(n - t, m - t);
}

/** Myers' greedy search over a[a0, a1) and b[b0, b1), with the path traced back. */
function middleMatches(
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  same: (i: number, j: number) => boolean,
  maxEdits: number,
): Array<[number, number]> | null {
  const n = a1 - a0;
  const m = b1 - b0;
  if (n === 0 || m === 0) return [];
  const max = Math.min(n + m, maxEdits);
  const off = max + 1;
  // v[k + off]: the furthest x reached on diagonal k (y = x - k); trace[d]: v's diagonals
  // -d..d before step d, to walk the path back.
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice(off - d, off + d + 1));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[k - 1 + off]! < v[k + 1 + off]!);
      let x = down ? v[k + 1 + off]! : v[k - 1 + off]! + 1;
      let y = x - k;
      while (x < n && y < m && same(a0 + x, b0 + y)) {
        x++;
        y++;
      }
      v[k + off] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return null;
  const back: Array<[number, number]> = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const before = trace[d]!; // index k + d
    const at = (k: number) => before[k + d]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    // The snake after the step: items that stay.
    while (x > (down ? prevX : prevX + 1) && y > (down ? prevY + 1 : prevY)) {
      x--;
      y--;
      back.push([a0 + x, b0 + y]);
    }
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    back.push([a0 + x, b0 + y]);
  }
  return back.reverse();
}
