// Which statutory part a numbered heading names (parse/report.ts): the title or a common variant it resembles most,
// read without a lead of year and subject, or a title cut short that begins its own numeral's part.
import type { FormatSpec } from '../formats/types';
import { runInTitle } from '../formats/run-in-title';
import { labelKey, lcs } from '../text/normalize';
import { StringMemo } from '../text/string-memo';

function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  return (2 * lcs(a, b)) / (a.length + b.length);
}

/**
 * A heading's lead of year and subject: 2019年(度)、本年度、政府信息公开(工作)的 / 政务公开工作 / 信息公开工作,
 * and 年度 alone before the subject (一、年度信息公开总体情况: the year of the title not repeated).
 */
export const HEADING_LEAD = /^(?:(?:19|20)\d{2}年度?)?(?:(?:本?年度)?(?:政府信息|政务信息|政务|信息)公开(?:工作)?的?)?/;

/** Per format: a heading's label key → the index of the section it names, or -1 (bestSection), once per key. */
const titleMatchers = new WeakMap<FormatSpec, StringMemo<number>>();

export function titleMatcher(format: FormatSpec): StringMemo<number> {
  let m = titleMatchers.get(format);
  if (!m) {
    const keys = format.sections.map((s) => [s.title, ...(s.variants ?? [])].map(labelKey));
    titleMatchers.set(format, (m = new StringMemo((full) => bestSection(full, keys))));
  }
  return m;
}

/**
 * The section (index into the format's sections) whose statutory title or a common real variant
 * (总体概述 for 总体情况) a heading's label key resembles most, or -1.
 */
function bestSection(full: string, keys: string[][]): number {
  // The heading led by the year and the subject (2019年政府信息公开工作的总体情况) is read
  // without them too; the better of the two readings counts.
  const bare = full.replace(HEADING_LEAD, '');
  const readings = bare !== full && bare.length >= 2 ? [full, bare] : [full];
  let best = -1;
  let bestScore = 0.7;
  for (const k of readings) {
    keys.forEach((ts, i) => {
      for (const t of ts) {
        // The similarity is at most 2·min/(sum) of the lengths: skip the LCS when that cannot win.
        if ((2 * Math.min(k.length, t.length)) / (k.length + t.length) <= bestScore) continue;
        const sc = similarity(k, t);
        if (sc > bestScore) { bestScore = sc; best = i; }
      }
    });
  }
  // A title run into its paragraph (一、总体情况 2023年，…, read as one title when no sentence ends
  // near) is read as the statutory title it starts with.
  if (best < 0) best = runInTitle(full, keys)?.index ?? -1;
  return best;
}

/**
 * A numbered heading cut short (四、政府信息公开行: a page stored part-way, a title broken over two lines) is the part
 * of its own numeral when its text begins that part's title or a variant (four characters at least), whatever other
 * title the fragment happens to resemble more (政府信息总体公开情况, a variant of 一、总体情况). `best` otherwise.
 */
export function cutShortPart(format: FormatSpec, numeral: number | null, key: string, best: number): number {
  if (!numeral || key.length < 4 || (best >= 0 && format.sections[best].number === numeral)) return best;
  const own = format.sections.findIndex((sp) => sp.number === numeral
    && [sp.title, ...(sp.variants ?? [])].some((t) => { const k = t ? labelKey(t) : ''; return k.length > key.length && k.startsWith(key); }));
  return own >= 0 ? own : best;
}
