// A piece of text read without its converter pinyin (總體(tǐ)情況 → 總體情況), for the readers of a copy joined without
// breaks whose patterns need a word's characters side by side (parse/glued-title.ts, parse/flat-head.ts: 年報(bào)告
// is no 年报告): the text without the annotations and, per character of it, its offset in the piece, so that what
// they find is placed back in the text as written.
import { blankPinyin, mayHavePinyin } from './normalize';

/**
 * `s` without its pinyin annotations, and `at[i]`, the offset in `s` of the result's character `i` (`at[length]`:
 * `s.length`); null when `s` has none.
 */
export function withoutPinyin(s: string): { text: string; at: number[] } | null {
  if (!mayHavePinyin(s)) return null;
  const blank = blankPinyin(s);
  if (blank === s) return null;
  const at: number[] = [];
  let text = '';
  let kept = 0; // start of the run of kept characters not yet copied
  for (let i = 0; i < s.length; i++) {
    if (blank.charCodeAt(i) === 32 && s.charCodeAt(i) !== 32) {
      text += s.slice(kept, i);
      kept = i + 1;
      continue;
    }
    at.push(i);
  }
  text += s.slice(kept);
  at.push(s.length);
  return { text, at };
}

/**
 * The offsets `read(piece, 0, piece.length)` finds in `text`'s [from, to), read on the piece without its pinyin
 * annotations when it has any (at most `within` characters of it), each placed back at its offset in `text`.
 */
export function readThroughPinyin(text: string, from: number, to: number, within: number, read: (t: string, from: number, to: number) => number[]): number[] {
  const end = Math.min(to, from + within);
  const piece = withoutPinyin(text.slice(from, end));
  if (!piece) return read(text, from, to);
  return read(piece.text, 0, piece.text.length).map((c) => from + piece.at[c]);
}
