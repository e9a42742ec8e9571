// A numbered part heading glued to the text of a flattened report (a PDF copy that lost its line
// breaks: …责任追究情况。二、行政机关主动公开政府信息情况2020年，…): the heading reader cannot tell
// where its title ends, so parse/report.ts looks, after the part's own numeral, for a title read
// as a heading would be — close to one the caller gives (words before it, a character off). Bounded:
// at most MAX_HITS numerals per line, each compared over a short window.
import { labelKey, lcs } from '../text/normalize';

const MAX_HITS = 200;
/** Share of the title's characters found in order in the window. */
const MIN_SHARE = 0.8;

/** `line` normalised; `numeral` 一…十; `titles` as labelKey; `lead`: words that may lead a title (read past). */
export function gluedPartTitle(line: string, numeral: string, titles: string[], lead?: RegExp): boolean {
  const keys = titles.filter((t) => t.length >= 4);
  if (!keys.length) return false;
  const longest = Math.max(...keys.map((t) => t.length));
  const mark = `${numeral}、`;
  let from = 0;
  for (let hits = 0; hits < MAX_HITS; hits++) {
    const p = line.indexOf(mark, from);
    if (p < 0) return false;
    from = p + mark.length;
    // The numeral after a sentence's end, a space, a table's cell or at the line's start (not 第二、 inside words).
    if (p > 0 && !/[。；;！!？?：:\s|)）\d]/.test(line[p - 1])) continue;
    // Read as it stands and, past the year and the subject that may lead the title (`lead`:
    // 一、2023年政务公开总体情况), once more.
    const plain = labelKey(line.slice(from, from + longest + 8));
    const led = lead ? labelKey(line.slice(from, from + longest + 24)).replace(lead, '').slice(0, longest + 8) : plain;
    for (const window of led !== plain ? [plain, led] : [plain]) {
      for (const t of keys) {
        const w = window.slice(0, t.length + 6);
        // The title starts near the numeral (a few words such as 行政机关 may lead it).
        if (!w.slice(0, 7).includes(t[0])) continue;
        if (lcs(w, t) >= Math.ceil(MIN_SHARE * t.length)) return true;
        // A title cut by the end of the text (a stored excerpt stops inside the heading).
        if (from + longest + 8 >= line.length && window.length >= 4 && window.length < t.length && t.startsWith(window)) return true;
      }
    }
  }
  return false;
}
