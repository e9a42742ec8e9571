// Helpers for the section rules: statutory heading text and skeleton inserts.
import type { Analysis } from '../engine/lint';
import type { FormatSection } from '../formats/types';
import { renderTable } from '../features/table-skeleton';
import { toChineseNumeral } from '../text/normalize';
import type { TableLayout } from '../parse/tables';

export function statutoryHeading(s: FormatSection): string {
  return s.number ? `${toChineseNumeral(s.number)}、${s.title}` : s.title;
}

/** Layout for inserted tables: the draft's own, else GFM in markdown-looking drafts, else tabs. */
export function preferredLayout(a: Analysis): TableLayout {
  const t = a.doc.tables[0];
  if (t) return t.layout;
  return /^#{1,6}\s|^\|/m.test(a.doc.text) ? 'gfm' : 'tab';
}

export function eol(a: Analysis): string {
  return a.doc.text.includes('\r\n') ? '\r\n' : '\n';
}

export function tableSkeleton(a: Analysis, s: FormatSection): string | null {
  if (!s.table || !a.format?.tables[s.table]) return null;
  return renderTable(a.format.tables[s.table], preferredLayout(a)).replace(/\n/g, eol(a));
}
