// The draft's own conventions, so that inserted text looks like the author's: statutory
// heading wording, heading marks, table layout, line ends, and where the signing block starts.
import type { Analysis } from './lint';
import type { FormatSection } from '../formats/types';
import { toChineseNumeral } from '../text/normalize';
import { EditableLayout, isEditableLayout } from '../parse/tables';
import { findDates } from '../parse/prose';
import { headingLineSet } from '../parse/document';

export function statutoryHeading(s: FormatSection): string {
  return s.number ? `${toChineseNumeral(s.number)}、${s.title}` : s.title;
}

/** Layout for inserted tables: the draft's own, else GFM in markdown-looking drafts, else tabs. */
export function preferredLayout(a: Analysis): EditableLayout {
  const t = a.doc.tables.find((b) => isEditableLayout(b.layout));
  if (t && isEditableLayout(t.layout)) return t.layout;
  return /^#{1,6}\s|^\|/m.test(a.doc.text) ? 'gfm' : 'tab';
}

/** The draft's line ending, looked up once per draft (fixes ask for it one by one: a whole-text search each). */
export function eol(a: Analysis): string {
  let e = eols.get(a.doc);
  if (e === undefined) eols.set(a.doc, (e = a.doc.text.includes('\r\n') ? '\r\n' : '\n'));
  return e;
}
const eols = new WeakMap<object, string>();

/**
 * Start of the signing block at the end of a draft (issuer, date, 联系人, 公开方式 lines),
 * or null. It belongs to no section: a 六 followed only by it is empty, and a missing last
 * section is inserted before it.
 */
export function signatureStart(a: Analysis): number | null {
  const lines = a.doc.lines;
  let line = lines.lineCount - 1;
  let start: number | null = null;
  let dated = false;
  const headingLines = headingLineSet(a.doc);
  for (let seen = 0; line >= 0 && seen < 5; line--) {
    const t = lines.lineText(line).trim();
    if (!t) continue;
    if (headingLines.has(line) || a.doc.tableLines.has(line)) break;
    seen++;
    const short = t.length <= 40 && !/[。；]/.test(t);
    const dateLine = short && findDates(t).length > 0;
    const contact = /^[（(]?(联系人|联系电话|联系方式|公开方式|公开属性|聯系人|聯繫人|公開方式)/.test(t);
    const org = short && !/^[一二三四五六七八九十（(\d]/.test(t) && /[\u3400-\u9fff]$/.test(t.replace(/[)）]$/, ''));
    if (!(dateLine || contact || org)) break;
    if (dateLine) dated = true;
    start = lines.lineStarts[line];
  }
  return dated ? start : null;
}

/** "## " when the draft's statutory headings are markdown headings, else "". */
export function headingPrefix(a: Analysis): string {
  for (const m of a.report?.sections.values() ?? []) {
    const h = m.sections[0]?.heading;
    if (h && h.style === 'cn' && h.hashes > 0) return '#'.repeat(h.hashes) + ' ';
  }
  return '';
}
