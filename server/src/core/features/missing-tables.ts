// Statutory sections whose table is missing: the heading of 二、三、四 is there, but no table of
// that section was found anywhere in the draft. The editor offers "插入表三" on such a heading
// (a CodeLens), which inserts the format's canonical table. Pure: analysis in, places out.
import type { Analysis } from '../engine/lint';
import type { TableSpec } from '../formats/types';
import { toChineseNumeral } from '../text/normalize';

export interface MissingTable {
  /** Table id in the format data (`applications`). */
  tableId: string;
  /** The number printed in the format: 3 for 表三 (the table of section 三). */
  number: number;
  /** 表三 */
  name: string;
  /** The table's statutory title. */
  title: string;
  /** The heading line of the section that should hold the table (offsets of the line). */
  headingStart: number;
  headingEnd: number;
  /** Where the table goes: the end of a line (the block is inserted on lines of its own after it). */
  insertAt: number;
}

/** Body lines looked at per section: a section with a table pasted as bare labels is left alone. */
const MAX_SCAN_LINES = 400;
/** Label-like lines: short lines that name one of the table's identifying words. */
const LABEL_LINE_MAX = 40;

function identifyWords(spec: TableSpec): string[] {
  return spec.identify.filter((w) => w.length >= 2);
}

/**
 * The statutory tables of the detected format that have a section heading in the draft and no
 * table: neither read (`report.tables`), nor found but unreadable, nor any table block inside
 * the section, nor two or more label-like lines of that table in it (a table pasted without its
 * cells). Conservative: when in doubt, no offer.
 */
export function missingTables(a: Analysis): MissingTable[] {
  const { format, report, doc } = a;
  if (!format || !report) return [];
  const out: MissingTable[] = [];
  const textEnd = doc.work.trimEnd().length;
  for (const spec of format.sections) {
    if (!spec.table || !spec.number) continue;
    const tspec = format.tables[spec.table];
    if (!tspec) continue;
    if (report.tables.has(spec.table) || report.unreadable?.some((u) => u.id === spec.table)) continue;
    const section = report.sections.get(spec.id)?.sections[0];
    if (!section) continue;
    if (doc.tables.some((t) => t.start < section.end && t.end > section.bodyStart)) continue;
    const { lines } = doc;
    const headingLine = lines.lineAt(section.start);
    const first = lines.lineAt(section.bodyStart);
    const last = lines.lineAt(Math.max(section.bodyStart, section.end - 1));
    const words = identifyWords(tspec);
    let labelLines = 0;
    let lastText = headingLine;
    // Only lines that start inside the body (an empty body ends where the next heading starts).
    for (let l = Math.max(first, headingLine + 1); l <= last && lines.lineStarts[l] < section.end && l - first < MAX_SCAN_LINES; l++) {
      const text = doc.work.slice(lines.lineStarts[l], lines.lineEnd(l)).trim();
      if (!text) continue;
      lastText = l;
      if (text.length <= LABEL_LINE_MAX && words.some((w) => text.includes(w))) labelLines++;
    }
    if (labelLines >= 2) continue;
    // After the section's own text when another part follows it and it has no sub-parts;
    // otherwise (the last part, whose end may hold the signature) right under the heading.
    const afterText = section.end < textEnd && section.children.length === 0 && last - first < MAX_SCAN_LINES;
    const insertLine = afterText ? lastText : headingLine;
    out.push({
      tableId: spec.table,
      number: spec.number,
      name: `表${toChineseNumeral(spec.number)}`,
      title: tspec.title,
      headingStart: lines.lineStarts[headingLine],
      headingEnd: lines.lineEnd(headingLine),
      insertAt: lines.lineEnd(insertLine),
    });
  }
  return out;
}
