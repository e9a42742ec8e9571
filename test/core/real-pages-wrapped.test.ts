// The harvested real pages (test/fixtures/real-pages/) as PDF text of a narrow page: every line
// broken every 32 characters, the way a PDF prints a paragraph (parse/wrap-view.ts). The kind and
// the year read from each must be those read from the page itself; the pages listed in
// WRAP_KNOWN are the ones that still differ (a ratchet: one that no longer differs fails too, so
// the list only shrinks).
import { test } from 'node:test';
import { assertRatchet, readingsThatDiffer } from './real-pages-variants';

/**
 * Still read differently when wrapped: reports pasted on one line (a 2008 report's title, 一、引言
 * and opening; a Traditional excerpt's part 一 with its sub-parts run on) whose wrapped pieces leave
 * neither a title line nor the heading lines the one-line reader wanted (mW/25): the flat view reads
 * a line that is the whole text, and a wrapped one is many lines. (mQ/20 reads right since an opening's
 * list of parts counts them by their variants and the 2008 keywords: 概述, 依申请公开, 收费.)
 */
// (nL/12: its breadcrumb is exactly two widths long, so its last piece fills the width and the view joins the
// opening to it — harvested with nL, not fixed there: no PDF prints it. nL/21, whose line of hundreds of pipes
// pushed the opening below the lines read, reads right since an opening's later sentence listing the parts counts.)
// qF/03: the two-line title (管委会 / 政府信息公开工作2013年度报告) wrapped at 32 characters is no title (no kind).
const WRAP_KNOWN = new Set(['mW/25.txt', 'nL/12.txt', 'qF/03.txt']);

function wrap(text: string, width = 32): string {
  return text.split(/\r?\n/).map((line) => {
    const cps = [...line];
    const out: string[] = [];
    for (let i = 0; i < cps.length; i += width) out.push(cps.slice(i, i + width).join(''));
    return out.join('\n');
  }).join('\n');
}

test('real pages broken at a narrow page width keep their kind and year', () => {
  assertRatchet(readingsThatDiffer({ wrap: (t: string) => wrap(t) }).wrap, WRAP_KNOWN, 'wrapped');
});
