// Whether an offset falls in the body of any of a list of sections (after its heading, before its
// end), by a binary search instead of a walk over the list. buildReport asks it of every table
// block for every statutory part: a draft of thousands of reports pasted into one file has
// thousands of blocks and thousands of sections each (a walk was O(blocks × sections)).
import type { Section } from './document';
import { countAtMost } from '../text/sorted-search';

/** A test of `x` against `sections`: true when some section has bodyStart ≤ x < end. */
export function inSomeBody(sections: readonly Section[]): (x: number) => boolean {
  if (sections.length <= 8) return (x) => sections.some((s) => x >= s.bodyStart && x < s.end);
  const order = sections.slice().sort((a, b) => a.bodyStart - b.bodyStart);
  const starts = order.map((s) => s.bodyStart);
  // The largest end among the sections up to each place in that order.
  const reach: number[] = [];
  let most = -Infinity;
  for (const s of order) reach.push((most = Math.max(most, s.end)));
  return (x) => {
    // The last section whose body starts at or before x: some section up to it reaches past x.
    const lo = countAtMost(starts, x);
    return lo > 0 && reach[lo - 1] > x;
  };
}
