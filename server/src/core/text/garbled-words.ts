// The statutory words of a report title with their characters out of order: 政府信息公开工作告年度报
// for 政府信息公开工作年度报告 (a paste or an edit moved characters). An anagram of exactly these
// words never occurs in finished text, so both detection (a garbled title still names the report)
// and title-nonstandard (which names the garble) read them as the statutory words.
import { readSimplified } from './normalize';

/** The words after 政府信息公开 in a title, in their statutory order. */
const SUFFIXES = ['工作年度报告', '年度报告'];
const LEAD = '政府信息公开';
const sorted = (w: string) => [...w].sort().join('');

export interface GarbledWords {
  /** Offset of the garbled words in the text given. */
  at: number;
  /** The words as written. */
  wrote: string;
  /** The statutory words. */
  want: string;
}

/**
 * The statutory words after 政府信息公开 with their characters in another order (an anagram of
 * 工作年度报告 or 年度报告, never the words themselves), with their offset. Traditional text is read
 * through readSimplified, which keeps offsets (one code unit for one).
 */
export function garbledWords(text: string): GarbledWords | null {
  const s = readSimplified(text);
  for (let i = s.indexOf(LEAD); i >= 0; i = s.indexOf(LEAD, i + 1)) {
    // (A space may stand between 公开 and the words: 政府信息公开 工作告年度报, a title broken for width.)
    let after = i + LEAD.length;
    while (after < s.length && (s[after] === ' ' || s[after] === '\u3000')) after++;
    if (s.startsWith(SUFFIXES[0], after)) continue;
    for (const want of SUFFIXES) {
      const got = s.slice(after, after + want.length);
      if (got === want) break;
      if (got.length === want.length && sorted(got) === sorted(want)) return { at: after, wrote: text.slice(after, after + want.length), want };
    }
  }
  return null;
}

/** The text with its garbled statutory words put back in order (the same length). */
export function ungarbled(text: string): string {
  const g = garbledWords(text);
  return g ? text.slice(0, g.at) + g.want + text.slice(g.at + g.want.length) : text;
}
