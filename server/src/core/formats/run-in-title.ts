// A part heading run into its paragraph on the same line (一、总体情况 2023年，我局…。 or
// 一、总体情况2023年，…): the heading reader ends the title at the first sentence end, so the
// title read is the statutory title followed by the text. The statutory titles of the format
// (data: a section's title and variants) tell where the title ends: the run-in text starts with
// one of them, nearly exactly (at most one character in eight differs, in order).
import { lcs } from '../text/normalize';

/** Shortest statutory title read this way (shorter ones are too easily a sentence's opening words). */
const MIN_TITLE = 4;

/**
 * The index of the title in `titles` (label keys, one list per section) that `key` (a run-in
 * heading's title as a label key) starts with, and how well (0..1); null when none does.
 */
export function runInTitle(key: string, titles: string[][]): { index: number; score: number } | null {
  let best: { index: number; score: number } | null = null;
  titles.forEach((ts, index) => {
    for (const t of ts) {
      if (t.length < MIN_TITLE || key.length <= t.length) continue;
      const head = key.slice(0, t.length);
      // The first character is the title's own (no drift into another sentence).
      if (head[0] !== t[0]) continue;
      const score = lcs(head, t) / t.length;
      if (score >= 7 / 8 && (!best || score > best.score || (score === best.score && t.length > titles[best.index][0]!.length))) {
        best = { index, score };
      }
    }
  });
  return best;
}
