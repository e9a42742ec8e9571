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

export function headingsWithoutNumeral(a: Analysis): LostNumeral[] {
  const format = a.format;
  if (!format) return [];
  const statutory = statutoryHeadings(a);
  // The draft numbers its parts as the format does (一、总体情况 … 六、): every statutory heading's
  // numeral is its part's number.
  const numbered: Heading[] = [];
  const byKey = new Map<string, FormatSection>();
  for (const spec of format.sections) {
    const found = statutory.get(spec.id) ?? [];
    for (const s of found) {
      if (s.heading.style !== 'cn' || spec.number === undefined || s.heading.numeral !== spec.number) return [];
      numbered.push(s.heading);
    }
    if (found.length || !spec.title || spec.number === undefined) continue;
    for (const t of [spec.title, ...(spec.variants ?? [])]) byKey.set(labelKey(t), spec);
  }
  if (!numbered.length || !byKey.size) return [];
  numbered.sort((x, y) => x.line - y.line);
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
    let before: Heading | undefined;
    let after: Heading | undefined;
    for (const h of numbered) {
      if (h.line < l) before = h;
      else { after = h; break; }
    }
    if (!before && !after) continue;
    if (before ? before.numeral !== n - 1 : n !== 1) continue;
    if (after && after.numeral !== n + 1) continue;
    out.push({ start: t.start, end: t.end, text: t.text, numeral: n, mark: mark.length, title });
  }
  return out;
}
