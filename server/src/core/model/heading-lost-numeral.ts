// A statutory part heading that lost its numeral: 总体情况 alone on its line before 二、主动公开政府信息情况,
// 、主动公开政府信息情况 after 一、总体情况 (a page's copy dropped the 一 or the 二). Only where the
// line says a part's title (or a variant of it) and nothing else, that part has no numbered heading,
// and the numbered statutory headings around it are the part's neighbours in the format's numbering
// (the one before is n − 1, the one after n + 1; one of them at least is there). Linear in lines.
import type { Analysis } from '../engine/lint';
import type { FormatSection } from '../formats/types';
import type { Heading } from '../parse/headings';
import { labelKey } from '../text/normalize';
import { trimmedLine } from './artifacts-lines';
import { statutoryHeadings } from './structure';

export interface LostNumeral {
  /** The line's text, trimmed, and its offsets. */
  start: number;
  end: number;
  text: string;
  /** The numeral the heading should carry. */
  numeral: number;
  /** The length of what the line kept of the numeral's mark (、 of 、主动公开…, with the spaces after it; 0 for none). */
  mark: number;
  /** The title after that mark (主动公开政府信息情况). */
  title: string;
}

const MARK = /^([、,，.．]?)[\s\u3000]*/;

interface PartKeys {
  /** The numbered statutory headings, in line order. */
  numbered: Heading[];
  /** The titles (and variants) of the parts without a numbered heading, by normalised key. */
  byKey: Map<string, FormatSection>;
}

function partKeys(a: Analysis): PartKeys | null {
  const format = a.format;
  if (!format) return null;
  const statutory = statutoryHeadings(a);
  // The draft numbers its parts as the format does (一、总体情况 … 六、): every statutory heading's
  // numeral is its part's number.
  const numbered: Heading[] = [];
  const byKey = new Map<string, FormatSection>();
  for (const spec of format.sections) {
    const found = statutory.get(spec.id) ?? [];
    for (const s of found) {
      if (s.heading.style !== 'cn' || spec.number === undefined || s.heading.numeral !== spec.number) return null;
      numbered.push(s.heading);
    }
    if (found.length || !spec.title || spec.number === undefined) continue;
    for (const t of [spec.title, ...(spec.variants ?? [])]) byKey.set(labelKey(t), spec);
  }
  if (!numbered.length || !byKey.size) return null;
  numbered.sort((x, y) => x.line - y.line);
  return { numbered, byKey };
}

/** Whether part n at line l sits between the numbered parts n − 1 and n + 1 (one of them at least there). */
function fitsBetween(numbered: readonly Heading[], l: number, n: number): boolean {
  let before: Heading | undefined;
  let after: Heading | undefined;
  for (const h of numbered) {
    if (h.line < l) before = h;
    else { after = h; break; }
  }
  if (!before && !after) return false;
  if (before ? before.numeral !== n - 1 : n !== 1) return false;
  return !(after && after.numeral !== n + 1);
}

export function headingsWithoutNumeral(a: Analysis): LostNumeral[] {
  const keys = partKeys(a);
  if (!keys) return [];
  const { numbered, byKey } = keys;
  const headingLines = new Set(a.doc.headings.map((h) => h.line));
  const out: LostNumeral[] = [];
  for (let l = 0; l < a.doc.lines.lineCount; l++) {
    if (headingLines.has(l) || a.doc.tableLines.has(l)) continue;
    // (A long line is no bare title even with its indent: measured before a copy is made.)
    if (a.doc.lines.lineEnd(l) - a.doc.lines.lineStarts[l] > 80) continue;
    const t = trimmedLine(a, l);
    if (t.text.length < 2 || t.text.length > 40) continue;
    const mark = MARK.exec(t.text)![0];
    const title = t.text.slice(mark.length);
    const spec = byKey.get(labelKey(title));
    if (!spec) continue;
    const n = spec.number!;
    if (!fitsBetween(numbered, l, n)) continue;
    out.push({ start: t.start, end: t.end, text: t.text, numeral: n, mark: mark.length, title });
  }
  return out;
}

/**
 * A statutory part heading numbered with an Arabic numeral (1. 总体情况) among parts numbered 二、 三、:
 * the line is exactly the part's title (or a variant) after the numeral of its own part, the part has
 * no 一、-style heading, and the numbered parts around it are its neighbours. `mark` is the length of
 * the numeral with its stop and the spaces after it.
 */
export function headingsArabicNumeral(a: Analysis): LostNumeral[] {
  const keys = partKeys(a);
  if (!keys) return [];
  const { numbered, byKey } = keys;
  const out: LostNumeral[] = [];
  for (const h of a.doc.headings) {
    if (h.style !== 'arabic' || h.runIn || h.hashes || a.doc.tableLines.has(h.line)) continue;
    const spec = byKey.get(labelKey(h.title));
    if (!spec || spec.number !== h.numeral || !fitsBetween(numbered, h.line, spec.number)) continue;
    const t = trimmedLine(a, h.line);
    const mark = t.text.length - t.text.slice(t.text.indexOf(h.title)).length;
    if (mark <= 0 || t.text.slice(mark) !== h.title) continue;
    out.push({ start: t.start, end: t.end, text: t.text, numeral: spec.number, mark, title: h.title });
  }
  return out;
}
