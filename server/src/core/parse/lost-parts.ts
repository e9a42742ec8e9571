// What a PDF converter does to a report's parts: a part heading lost while its sub-headings stand,
// and group labels merged into a line that reads as a heading inside a part's table.
import type { FormatSection, FormatSpec, TableSpec } from '../formats/types';
import type { LineMap } from '../text/line-map';
import { labelKey } from '../text/normalize';
import type { ParsedDocument, Section } from './document';
import type { SectionMatch } from './report';

/**
 * A part whose heading a PDF converter lost while its sub-headings stand where the part belongs
 * (（一）主要问题 / （二）改进情况 between parts 四 and 六): a （一）/（二） heading after the nearest part
 * found before it, and before any part after it, that names the part's usual sub-heading words.
 */
export function lostPartHeading(format: FormatSpec, spec: FormatSection, found: Map<string, SectionMatch>, doc: ParsedDocument): boolean {
  let from = -1;
  let to = Infinity;
  for (const other of format.sections) {
    const starts = found.get(other.id)!.sections.map((x) => x.start);
    if (!other.number || !starts.length) continue;
    if (other.number < spec.number!) from = Math.max(from, ...starts);
    else if (other.number > spec.number!) to = Math.min(to, ...starts);
  }
  if (from < 0) return false;
  return doc.headings.some((h) => h.style === 'paren-cn' && (h.numeral === 1 || h.numeral === 2) && h.start > from && h.start < to
    && spec.subheadings!.some((w) => labelKey(h.title).includes(w)));
}

/** Short lines after a numbered line that may finish a row label printed in pieces (三、本 / 年度办 / 理结果). */
const MAX_LABEL_PIECES = 4;
const MAX_LABEL_PIECE = 10;
/** Characters (label key) a row label's start broken over lines needs before its figures. */
const MIN_PIECES_KEY = 5;
const LONE_FIGURE = /^\d{1,9}$/;

/**
 * Is the numbered line `line`, alone or with the short lines after it (blank lines skipped), exactly
 * a numbered statutory row label of `spec` (一、本年新收政府信息公开申请数量, 三、本 / 年度办 / 理结果,
 * 四、结转下年度继续办理), or the start of one broken over two lines or more right before a figure alone
 * on its line? Such a line is a cell of the table that PDF text in reading order printed alone, never a
 * part heading.
 */
export function isTableRowLine(spec: TableSpec | undefined, lines: LineMap, line: number): boolean {
  if (!spec || spec.kind !== 'grid') return false;
  const labels = spec.rows.map((r) => r.label).filter((l) => /^[一二三四五六七八九十]{1,2}、/.test(l)).map(labelKey);
  let joined = labelKey(lines.lineText(line).trim());
  let pieces = 0;
  for (let next = line + 1; ; next++) {
    if (labels.includes(joined)) return true;
    if (!labels.some((l) => l.startsWith(joined)) || pieces >= MAX_LABEL_PIECES) return false;
    while (next < lines.lineCount && !lines.lineText(next).trim()) next++;
    const t = next < lines.lineCount ? lines.lineText(next).trim() : '';
    // Broken over lines and then the row's figures (三、本 / 年度办 / 71: 理结果 printed further down
    // among other cells): the start of the label still, as no part heading is printed in pieces.
    if (pieces > 0 && [...joined].length >= MIN_PIECES_KEY && LONE_FIGURE.test(t)) return true;
    if (!t || t.length > MAX_LABEL_PIECE || /\d/.test(t)) return false;
    joined += labelKey(t);
    pieces++;
  }
}

/**
 * A numbered line inside a part's table that reads as a heading with the part's own numeral and no
 * part's title (三、本法提供: a converter's merge of the group labels 三、本年度办理结果 and （四）无法提供),
 * or that is one of the table's numbered row labels (isTableRowLine; PDF text in reading order puts
 * 一、本年新收… and 三、本 / 年度办 / 理结果 on lines of their own): the blocks under it are still that
 * part's table. `tops`: the candidate part headings (topSections).
 */
export function strayPartHeadings(tops: Section[], sections: Map<string, SectionMatch>, format: FormatSpec, lines: LineMap): { section: Section; table: string }[] {
  const owners = new Map<Section, string>();
  const matched = new Set<Section>();
  for (const m of sections.values()) for (const s of m.sections) { matched.add(s); if (m.spec.table) owners.set(s, m.spec.table); }
  const out: { section: Section; table: string }[] = [];
  let prev: Section | null = null;
  for (const s of tops) {
    if (s.heading.numeral === null) continue;
    const table = prev && owners.get(prev);
    if (table && !matched.has(s) && (s.heading.numeral === prev!.heading.numeral
      || (s.heading.style === 'cn' && isTableRowLine(format.tables[table], lines, s.heading.line)))) out.push({ section: s, table });
    else prev = s;
  }
  return out;
}

/** isTableRowLine for any table of `format` (rules: a numbered line that is a table's cell is no heading). */
export function isFormatTableRowLine(format: FormatSpec | null | undefined, lines: LineMap, line: number): boolean {
  return !!format && Object.values(format.tables).some((t) => isTableRowLine(t, lines, line));
}
