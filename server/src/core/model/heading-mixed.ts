// Mixed numbering within one heading level: （一）…（二）… then 3. where （三） was due, 一、 二、
// then 3., （一）（二） then (3). GB/T 9704-2012 gives each level one kind of numeral (一、 （一） 1. （1）), so
// a heading whose numeral continues the run of another style is numbered in the wrong style.
// Precise: the heading h (numeral k ≥ 3, style S; after a single 一、 a （二） or 2. is as likely a
// child whose first sibling is missing or run into a paragraph: 一、总体情况 1.2022年… 2.…) must follow right after a heading p of another
// style T with numeral k − 1, and p must close a run of T headings 1 … k − 1 that holds no S
// heading (S would then be T's child style: （一） 1. 2. （二） 3. is not judged) and that does not
// sit under an S heading (（一） 1. 2. （三） is a skipped （二）, heading-sequence's other check);
// the text from the run's start to h must not hold S's marker for k − 1 anywhere (a 1. run into a
// paragraph), no table may start in it, and table row labels and table lines are no headings.
// Markdown headings of different # levels are different levels. Linear in the headings.
import type { Heading } from '../parse/headings';

export interface MixedNumbering {
  heading: Heading;
  previous: Heading;
}

const STYLES = new Set(['cn', 'paren-cn', 'arabic', 'paren-arabic']);
const CN = '一二三四五六七八九十';

function cnNumeral(n: number): string | null {
  if (n <= 10) return CN[n - 1];
  if (n < 20) return '十' + CN[n - 11];
  return null;
}

/** S's marker for numeral n as it would be written anywhere in the text, or null when unsure. */
function marker(style: string, n: number): RegExp | null {
  const c = cnNumeral(n);
  switch (style) {
    case 'cn': return c ? new RegExp(`(?<![一二三四五六七八九十])${c}\\s*[、.．]`) : null;
    case 'paren-cn': return c ? new RegExp(`[（(]\\s*${c}\\s*[)）]`) : null;
    // 2.2022年… and 2) count too: a heading the parser does not take is still written there.
    case 'arabic': return new RegExp(`(?<![\\d.．])${n}\\s*[.．、)）]`);
    case 'paren-arabic': return new RegExp(`(?<![\\d.．])${n}\\s*[)）]`);
    default: return null;
  }
}

export function mixedNumbering(headings: readonly Heading[], text: string, isLabel: (h: Heading) => boolean,
  onTable: (h: Heading) => boolean, tableStarts: readonly number[] = []): MixedNumbering[] {
  const out: MixedNumbering[] = [];
  const hs = headings.filter((h) => STYLES.has(h.style) && h.numeral !== null && !isLabel(h) && !onTable(h));
  const starts = [...tableStarts].sort((x, y) => x - y);
  for (let i = 1; i < hs.length; i++) {
    const h = hs[i];
    const p = hs[i - 1];
    const k = h.numeral!;
    if (k < 3 || p.style === h.style || p.numeral !== k - 1 || p.hashes !== h.hashes) continue;
    // The run of p's style back to its 1, with no heading of h's style inside.
    let j = i - 1;
    let want = k - 1;
    let ok = true;
    for (let q = i - 1; q >= 0 && want >= 1; q--) {
      const x = hs[q];
      if (x.style === h.style || x.hashes !== h.hashes) { ok = false; break; }
      if (x.style !== p.style) continue;
      if (x.numeral !== want) { ok = false; break; }
      j = q;
      want--;
    }
    if (!ok || want !== 0) continue;
    // Under an S heading: h continues the S list, which skipped k − 1 (not judged here).
    if (j > 0 && hs[j - 1].style === h.style) continue;
    const from = hs[j];
    if (starts.some((s) => s > from.line && s < h.line)) continue;
    const re = marker(h.style, k - 1);
    if (!re || re.test(text.slice(from.start, h.start))) continue;
    out.push({ heading: h, previous: p });
  }
  return out;
}
