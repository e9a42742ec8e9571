// The V8 heap's growth while one very large draft is checked. V8 lets the heap grow to about twice
// what the last full collection kept before collecting again; with the model of a 20 MB draft
// (several hundred MB) that doubles the peak memory. A smaller growth factor trades a few more
// collections (a few per cent of the time) for a peak close to what the check really holds.
import * as v8 from 'node:v8';

/** Drafts of this many UTF-16 code units or more (about 4 MB of Chinese text) are "very large". */
export const LARGE_TEXT = 2 * 1024 * 1024;

/** Heap growth after each full collection, in per cent, once a very large draft is read. */
const GROWING_PERCENT = 20;

let tightened = false;

/** Called with each text read: the first very large one sets the heap's growth for the rest of the process. */
export function noteTextSize(length: number): void {
  if (tightened || length < LARGE_TEXT) return;
  tightened = true;
  try {
    v8.setFlagsFromString(`--heap-growing-percent=${GROWING_PERCENT}`);
  } catch {
    // Only memory is at stake: the check goes on with V8's own growth.
  }
}
