// A whole report pasted without line breaks (a web page flattened to one line, paragraphs
// joined by spaces): headings 一、… and （一）… inside a long line. A heading is taken only
// where a sentence or a paragraph ends before it (start of line, 。；！？ or a space) and its
// title ends at a space or a sentence mark within a heading's length; offsets point into the
// original text, which is never rewritten. One pass of a pattern without nested repetition.
import { chineseNumeral, normalize } from '../text/normalize';
import type { Heading } from './headings';

/** Longest title taken (statutory titles are shorter). */
const MAX_TITLE = 40;

// (A converter's pinyin after the numeral is read through: 一(yī)、总体情况, (二(èr))主动公开.)
const PY = '(?:[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）])?';
const MARKER = new RegExp(`(^|[。；;！!？?\\s\\u3000])(?:([一二三四五六七八九十]{1,3})${PY}[、．.]|[（(]([一二三四五六七八九十]{1,3})${PY}[）)])`, 'g');
const TITLE_END = /[\s\u3000。；;！!？?：:]/;

/** Headings inside one long line (`lineStart` is the line's offset in the text). */
export function inlineHeadings(lineText: string, line: number, lineStart: number): Heading[] {
  const out: Heading[] = [];
  MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKER.exec(lineText)) !== null) {
    const at = m.index + m[1].length;
    const numeral = chineseNumeral(m[2] ?? m[3]);
    const titleStart = m.index + m[0].length;
    let end = titleStart;
    const limit = Math.min(lineText.length, titleStart + MAX_TITLE + 1);
    // (A year spaced from its 年 inside the title, （一）2024 年工作中存在问题的改进情况 as PDF text
    // spaces it, does not end it.)
    while (end < limit && (!TITLE_END.test(lineText[end]) || yearSpace(lineText, end))) end++;
    // The title must end at a space or a sentence mark (not run on into the text), or at the
    // line's end (a page cut after a heading), and be words.
    // (At the line's end only a short title without figures: 一、总体情况2023年我区…各项 runs on.)
    const atEnd = end === lineText.length && end - titleStart <= 24 && !/\d/.test(lineText.slice(titleStart, end));
    if (end === titleStart || (end >= limit && !atEnd)) continue;
    if (end < lineText.length && !TITLE_END.test(lineText[end])) continue;
    const title = lineText.slice(titleStart, end);
    if ((title.match(/[\u3400-\u9fff]/g)?.length ?? 0) < 2 || numeral === null || numeral === 0) continue;
    // A label in a flattened table row (| 二、上年结转…申请数量 |) is a cell, not a heading.
    // (A heading right before or after a flattened table has a pipe on one side only.)
    if (/[|\t]\s*$/.test(lineText.slice(Math.max(0, at - 4), at)) && /^\s*[|\t]/.test(lineText.slice(end, end + 4))) continue;
    const level = m[2] ? 1 : 2;
    out.push({
      level, style: m[2] ? 'cn' : 'paren-cn', numeral, title, norm: normalize(title), line,
      start: lineStart + at, end: lineStart + end,
      titleStart: lineStart + titleStart, titleEnd: lineStart + end, runIn: true, hashes: 0,
    });
    // Continue after the title (the terminator may itself precede the next marker).
    MARKER.lastIndex = end;
  }
  return out;
}

/** A space between a year's figures and its 年 (2024 年). */
function yearSpace(text: string, i: number): boolean {
  return text[i] === ' ' && text[i + 1] === '年' && /(?:19|20)\d{2}$/.test(text.slice(Math.max(0, i - 4), i));
}

/**
 * The headings of a long line when it is a flattened report: at least three top-level
 * headings 一、二、三… numbered in increasing order (`minParts`: fewer when the line is the whole
 * document or opens with the report's title, see document.ts). Otherwise null (a long paragraph that
 * mentions a numbered point is not a report on one line). `rowLabels`: starts of table row
 * labels in the line (layouts/one-line.ts).
 */
export function flattenedReportHeadings(lineText: string, line: number, lineStart: number, rowLabels?: Set<number>, minParts = 3): Heading[] | null {
  // Row labels of a table flattened into the line (followed by its figures) are no headings.
  const hs = inlineHeadings(lineText, line, lineStart).filter((h) => !rowLabels?.has(h.start));
  // Top-level headings continue the numbering (一、二、三…); a 一、 or 二、 out of turn is a list
  // item or a table label inside a part, not a heading.
  let prev = 0;
  const out: Heading[] = [];
  for (const h of hs) {
    if (h.level === 1) {
      if (h.numeral !== prev + 1) continue;
      prev = h.numeral;
    }
    out.push(h);
  }
  if (prev >= 3) return out;
  // A flattened page cut short (a stored excerpt) may reach only the first part: taken when that
  // part is the statutory first one (一、总体情况 / 一、概述) and two or more （一）… follow it.
  if (prev >= 1 && FIRST_PART.test(out[0]?.norm ?? '') && out.filter((h) => h.level === 2).length >= 2) return out;
  if (minParts >= 3) return null;
  // Fewer parts (a document that is this one line, see document.ts) only where each stands as a
  // paragraph of its own: its title followed by a space, not a list point ending in ；or 。.
  const spaced = (h: Heading) => /[\s\u3000]/.test(lineText[h.titleEnd - lineStart] ?? '');
  let parts = 0;
  let sub = 0;
  for (const h of out) {
    if (!spaced(h)) continue;
    if (h.level === 1) parts++;
    // Cut after part 一: its sub-parts （一）（二）… in order.
    else if (h.numeral === sub + 1) sub++;
  }
  return parts >= minParts || (parts >= 1 && sub >= 2) ? out : null;
}

/** The statutory first part of a government information disclosure report. */
const FIRST_PART = /^(?:总体情况|概述)$/;
