// Binary searches over a list sorted in ascending order (line starts, paragraph starts, section starts,
// the read text's positions of difference): how many of its first `n` entries are at most, or below, a
// value. Each caller turns the count into what it wants (the last line starting at or before an offset is
// countAtMost − 1; the first difference at or after a position is countBelow). O(log n), no allocation.

/** How many of `sorted[0 … n)` are ≤ x (the index of the first entry > x). */
export function countAtMost(sorted: ArrayLike<number>, x: number, n = sorted.length): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of `sorted[0 … n)` are < x (the index of the first entry ≥ x). */
export function countBelow(sorted: ArrayLike<number>, x: number, n = sorted.length): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
