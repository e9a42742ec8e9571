// Paragraphs wrapped at the page width (text copied from a PDF): which line breaks fall inside a
// sentence. A line continues on the next one when it is a full-width line of running text that
// does not end a sentence, and the next line is running text too (not a heading, table, list
// item or signing/date line). Page footers (-1-, — 4 —, 第 3 页) between the two halves are
// skipped. A sentence the writer broke by a line break inside its paragraph (a soft line break
// in Markdown, a PDF copy without a wrap width) continues on the next line when the line plainly
// cannot end there (softBreaks). Everything is one pass over the lines (linear in the text length).
import type { Analysis } from '../engine/lint';
import { isPageNumberLine } from '../parse/page-footer';
import { isDoubleSpaced } from '../parse/double-spaced';
import { dropPinyin } from '../text/normalize';

/** Sentence or clause-list ends (full and half width). */
const ENDS = /[。；;！!？?：:）)」』”"…]$/;
/** A clause that goes on: a line ending here is inside its sentence. */
const COMMA_END = /[，,、]$/;
/** Starts of list items, headings and markup that never continue a sentence. */
const ITEM_START = /^(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}\s*[、,，.．]|\d{1,3}\s*[、.．](?!\d)|[①-⑳]|[-*+•●◆■□▪]\s|#|>|\||第[一二三四五六七八九十百\d]{1,4}[章节条部分])/;
/** A date line (signing date) or an issuing body alone. */
const DATE_LINE = /^[\d〇零一二三四五六七八九十○Ｏ０-９\s]{2,8}年[\d〇零一二三四五六七八九十○０-９\s]{1,4}月(?:[\d〇零一二三四五六七八九十○０-９\s]{1,4}日)?$/;

/** Display width: CJK and full-width characters count 2, others 1; spaces are not counted. */
function width(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0x3000) continue;
    w += c >= 0x2e80 ? 2 : 1;
  }
  return w;
}

const cache = new WeakMap<Analysis, Int32Array>();
const paraCache = new WeakMap<Analysis, Int32Array>();
/** A sentence end that may fall exactly at the wrap edge with the paragraph going on. */
const SENTENCE_END = /[。！!？?]$/;

/**
 * For every line that ends a sentence exactly at the wrap width, the next line when it goes on with
 * the same paragraph (running text, not indented, no blank line, heading, table, list item or date
 * between), else -1. A PDF that wraps a paragraph does not mark where a sentence ends at the edge.
 */
export function paragraphTargets(a: Analysis): Int32Array {
  wrapTargets(a);
  return paraCache.get(a)!;
}

/**
 * For every line, the line its sentence continues on (its wrapped second half), or -1 when the
 * line break ends the sentence. Lines between the two (blank lines, page footers) carry no prose.
 */
export function wrapTargets(a: Analysis): Int32Array {
  let out = cache.get(a);
  if (out) return out;
  const doc = a.doc;
  const lines = doc.lines;
  const n = lines.lineCount;
  out = new Int32Array(n).fill(-1);
  cache.set(a, out);
  const para = new Int32Array(n).fill(-1);
  paraCache.set(a, para);
  const text = doc.work;
  const trimmed: string[] = new Array(n);
  const widths = new Int32Array(n);
  for (let l = 0; l < n; l++) {
    const t = text.slice(lines.lineStarts[l], lines.lineEnd(l)).trim();
    trimmed[l] = t;
    // (A converter's pinyin after characters, 報(bào)告, is no part of the printed line: a mirror of PDF
    // text annotated after the lines were broken is measured without it.)
    widths[l] = width(t.includes('(') || t.includes('（') ? dropPinyin(t) : t);
  }
  // Closed lines: headings that are the whole line, tables, the title.
  const closed = new Uint8Array(n);
  for (const l of doc.tableLines) if (l < n) closed[l] = 1;
  for (const h of doc.headings) if (!h.runIn && h.line < n) closed[h.line] = 1;
  // (Not a title read from an opening sentence the wrap carried over lines, 编制了《田 / 黄镇2020年…年度报告》:
  // those lines are the sentence's, which goes on across the wrap like any other. A title sentence on
  // one line, 现将…2010年度政府信息公开工作报告公布如下, still ends there.)
  const wrappedTitle = doc.title?.source === 'sentence' && (doc.title.endLine ?? doc.title.line) > doc.title.line;
  if (doc.title && !wrappedTitle && doc.title.line < n) closed[doc.title.line] = 1;
  const runIn = new Set(doc.headings.filter((h) => h.runIn).map((h) => h.line));
  // A text pasted double-spaced (a blank line after every line) has its one blank line between the
  // halves of a sentence too: there the next line with text is the next line.
  const spaced = isDoubleSpaced(lines);
  const after = (l: number) => (spaced && l + 2 < n && !trimmed[l + 1] && trimmed[l + 2] ? l + 2 : l + 1);
  const before = (l: number) => (spaced && l >= 2 && !trimmed[l - 1] && trimmed[l - 2] ? l - 2 : l - 1);
  // Wrap width: the most common width among unfinished lines of running text, where a PDF wraps.
  // Plain text (one paragraph per line) has no such width and joins nothing. Some copies wrap
  // at a count of characters instead (a half-width digit takes a full place): their full lines
  // share a length, not a width, so the most common length is measured too.
  const counts = new Map<number, number>();
  const lengths = new Map<number, number>();
  let candidates = 0;
  for (let l = 0; l < n; l++) {
    if (closed[l] || widths[l] < 24 || ENDS.test(trimmed[l])) continue;
    candidates++;
    counts.set(widths[l], (counts.get(widths[l]) ?? 0) + 1);
    lengths.set(trimmed[l].length, (lengths.get(trimmed[l].length) ?? 0) + 1);
  }
  if (candidates < 2) { softBreaks(lines, trimmed, text, closed, runIn, out, after); return out; }
  // Widths of wrapped lines vary by a few columns (half-width digits, punctuation at the edge):
  // count each width's neighbourhood; lengths by one character (a space trimmed at the edge).
  const [best, bestCount] = mode(counts, 3);
  const [bestLength, lengthCount] = mode(lengths, 1);
  // At least two lines share the width, and they are most of the unfinished lines.
  const byWidth = bestCount >= 2 && bestCount * 2 >= candidates;
  // A shared length counts only where it is that of a line of (mostly) full-width text.
  const byLength = lengthCount >= 2 && lengthCount * 2 >= candidates && bestLength * 2 >= 24;
  if (!byWidth && !byLength) { softBreaks(lines, trimmed, text, closed, runIn, out, after); return out; }
  const minWidth = byWidth ? best - 6 : Infinity;
  const maxWidth = byWidth ? best + 6 : byLength ? bestLength * 2 + 6 : -1;
  /** A line as long as the wrapped lines of its paragraph. */
  const full = (l: number) =>
    (widths[l] >= minWidth && widths[l] <= maxWidth) ||
    (byLength && trimmed[l].length >= bestLength - 2 && trimmed[l].length <= bestLength + 1);
  for (let l = 0; l < n; l++) {
    const t = trimmed[l];
    // A full line ending a sentence: the paragraph goes on when the next line is running text, not indented.
    const a = after(l);
    if (!closed[l] && t && byWidth && widths[l] >= best - 2 && widths[l] <= maxWidth && SENTENCE_END.test(t) && a < n) {
      const u = trimmed[a];
      const raw = text.slice(lines.lineStarts[a], lines.lineEnd(a));
      if (u && !closed[a] && !/^[\s\u3000]/.test(raw) && !ITEM_START.test(u) && !DATE_LINE.test(u) && !runIn.has(a)
        && !isPageNumberLine(u) && widths[a] >= 8) para[l] = a;
    }
    if (closed[l] || !t || widths[l] > maxWidth || ENDS.test(t) || DATE_LINE.test(t)) continue;
    // A short line continues only where a sentence cannot end: after a comma, or in the middle of
    // a sentence that a line above carried on to it (pdftotext -raw breaks at text runs too).
    if (!full(l) && !(COMMA_END.test(t) || (l > 0 && out[before(l)] === l))) continue;
    // The next line with text, past blank lines only when a page footer lies between.
    let next = a;
    let footer = false;
    let blank = false;
    while (next < n) {
      const u = trimmed[next];
      if (!u) blank = true;
      else if (isPageNumberLine(u) && !closed[next]) footer = true;
      else break;
      next++;
    }
    if (next >= n || (blank && !footer) || closed[next]) continue;
    const u = trimmed[next];
    if (ITEM_START.test(u) || DATE_LINE.test(u) || runIn.has(next)) continue;
    out[l] = next;
  }
  softBreaks(lines, trimmed, text, closed, runIn, out, after);
  return out;
}

/** Cell separators: a line with them is a table's, read or not. */
const CELLS = /[|\t]/;
/** A figure with its unit, or a unit after a figure that ended the line above: the count goes on. */
const COUNT_START = /^(?:\d[\d,，.]*\s*)?(?:件|条|个|项|次|人次|人|篇|期|场|份|万元|元|%|％)/;
/** A clause mark inside the line: running text, not a title or a label. */
const CLAUSE = /[，,、；;]/;

/**
 * A sentence broken by the writer inside its paragraph (no blank line between): a line of running
 * text that does not end a sentence or clause list continues on the next line when that line is
 * running text too (not a heading, table, list item, date, footer or indented line), and either the
 * line holds a clause mark (it is prose, not a title or label) or the next line goes on with a
 * count or its unit (申请 / 25件，…; 申请25 / 件). Only sentence breaks are joined: a line ending a
 * sentence keeps its paragraph as written.
 */
function softBreaks(lines: Analysis['doc']['lines'], trimmed: string[], text: string, closed: Uint8Array, runIn: Set<number>,
  out: Int32Array, after: (l: number) => number): void {
  const n = trimmed.length;
  for (let l = 0; l + 1 < n; l++) {
    const t = trimmed[l];
    const a = after(l);
    const u = trimmed[a];
    if (out[l] >= 0 || closed[l] || closed[a] || !t || !u || runIn.has(a) || width(t) < 8) continue;
    if (ENDS.test(t) || CELLS.test(t) || CELLS.test(u) || DATE_LINE.test(t) || DATE_LINE.test(u) || ITEM_START.test(u) || isPageNumberLine(u)) continue;
    if (!/[\u3400-\u9fff\d]$/.test(t)) continue;
    const raw = text.slice(lines.lineStarts[a], lines.lineEnd(a));
    if (/^[\s\u3000]/.test(raw)) continue;
    const count = COUNT_START.test(u) && (/\d/.test(u[0]) ? /[\u3400-\u9fff]$/.test(t) : /\d$/.test(t));
    if (!count && !(CLAUSE.test(t) && /[\u3400-\u9fff\d“"（(]/.test(u[0]))) continue;
    out[l] = a;
  }
}

/** The most common key, counting each key's neighbourhood (±spread); the larger key on a tie. */
function mode(counts: Map<number, number>, spread: number): [number, number] {
  let best = 0;
  let bestCount = 0;
  for (const w of counts.keys()) {
    let c = 0;
    for (let d = -spread; d <= spread; d++) c += counts.get(w + d) ?? 0;
    if (c > bestCount || (c === bestCount && w > best)) { best = w; bestCount = c; }
  }
  return [best, bestCount];
}
