// The V8 heap's growth in a CLI run. V8 lets the old generation grow to up to four times what the
// last full collection kept before collecting again (less when collections are costly). Two runs
// pay for that in peak memory without need:
// - one very large draft: with the model of a 20 MB draft (several hundred MB) the peak doubles;
// - a batch: every file's analysis dies young, but a part of it is promoted before it dies, and
//   over hundreds of files the old generation fills with that garbage up to four times the
//   summaries and memos really held (1,809 drafts: 130 MB of heap for 36 MB kept).
// A smaller growth factor trades a few more full collections (each a few ms for a batch's live
// heap) for a peak close to what the run really holds. It is a growth factor, not a limit: any
// input still gets all the memory it needs.
import * as v8 from 'node:v8';

/** Drafts of this many UTF-16 code units or more (about 4 MB of Chinese text) are "very large". */
export const LARGE_TEXT = 2 * 1024 * 1024;

/** Heap growth after each full collection, in per cent, once a very large draft is read. */
export const LARGE_TEXT_PERCENT = 20;

/** Heap growth after each full collection, in per cent, while a batch of several files is checked. */
export const BATCH_PERCENT = 50;

/** The growth set so far (undefined: V8's own). */
let current: number | undefined;

/**
 * The growth to set given the one set so far and the one asked for: the smaller wins, so a very
 * large draft in a batch tightens the batch's growth and a batch never loosens a draft's.
 * Undefined: leave the heap as it is.
 */
export function tighterGrowth(current: number | undefined, wanted: number): number | undefined {
  return current !== undefined && current <= wanted ? undefined : wanted;
}

function setGrowth(percent: number): void {
  const next = tighterGrowth(current, percent);
  if (next === undefined) return;
  current = next;
  try {
    v8.setFlagsFromString(`--heap-growing-percent=${next}`);
  } catch {
    // Only memory is at stake: the check goes on with V8's own growth.
  }
}

/** Called with each text read: the first very large one sets the heap's growth for the rest of the process. */
export function noteTextSize(length: number): void {
  if (length >= LARGE_TEXT) setGrowth(LARGE_TEXT_PERCENT);
}

/** Called before pass one of a batch (two files or more): the batch's growth for the rest of the process. */
export function noteBatch(files: number): void {
  if (files >= 2) setGrowth(BATCH_PERCENT);
}
