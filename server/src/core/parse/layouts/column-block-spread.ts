// 表三 in PDF reading order whose rows' figures are spread over lines of a few numbers each: a
// table printed by a browser without rules and copied back with `pdftotext` (default mode) keeps
// each row's figures together but cuts them where its column groups part (自然人 / 商业企业 科研机构
// 社会公益组织 / 法律服务机构 / 其他 总计), one blank line between the pieces:
//   （一）予以公开 / 71 / 0 0 0 / 0 / 0 71
// The `spaced` reader takes the lines of several numbers for rows short of figures (blank cells it
// cannot place: unreadable). Read as cells in reading order instead (each number of such a line one
// cell), a row label followed by exactly its figures and then the next label is a row, as
// `column-block-partial.ts` reads it (a label's first figures on its line are cells of their own, and the
// rest of a label broken in its narrow cell, printed after them, is no cell). Such a row is certain only when its figures are cut into
// pieces as most rows' are (the same count of figures on each line: which piece is which column
// group is then the same for all), and when they keep the sums within the row; any other row (the
// first row's figures printed around the header's debris, `0` / `151 3 0 0` / `0 154`, a cell of 法律服务
// 机构 before 自然人's) is left unread. The table is partial: the rows read are checked, the others
// neither missing nor zero.
import type { Constraint, GridTable } from '../../formats/types';
import { LineMap } from '../../text/line-map';
import { asWritten, restoreWritten } from '../as-written';
import type { ParsedDocument } from '../document';
import type { SectionMatch } from '../report';
import { readCellValue } from '../cell-value';
import type { StatTable, TableRow } from '../interpret-table';
import type { Cell, RawRow, TableBlock } from '../tables';
import { readGridPartial } from './column-block-partial';
import { continuesLabel, names, type Token } from './column-block-cells';

/** A line of two numbers or more and nothing else (0 0 0, 217 1 0 0). */
const NUMBERS = /^[\s\u3000\f]*\d{1,9}(?:[ \u3000]+\d{1,9})+[\s\u3000]*$/;
/** Non-blank lines after the last block taken while they are short cells (四、结转下年度继续办理 and its figures). */
const MAX_AFTER = 12;
const MAX_CELL = 40;

const cellOf = (start: number, text: string): Cell => ({ text, start, end: start + text.length, value: readCellValue(text) });

/** A row label with its first figures on its line (（二）部分公开（区分处理的，只 38 0 0 0). */
const LABEL_NUMBERS = /^(.*[\u3400-\u9fff）)”])([ \u3000]+\d{1,9})+[\s\u3000]*$/;

/** One line as a row: each number of a line of numbers a cell, a label with figures the label and each figure, any other line one cell. */
function lineRow(lines: LineMap, line: number): RawRow | null {
  const text = lines.lineText(line);
  const t = text.trim();
  if (!t) return null;
  const s = lines.lineStarts[line];
  const at = s + text.indexOf(t);
  const m = NUMBERS.test(t) ? null : LABEL_NUMBERS.exec(t);
  const cells = NUMBERS.test(t)
    ? [...t.matchAll(/\d+/g)].map((d) => cellOf(at + d.index!, d[0]))
    : m ? [cellOf(at, m[1]), ...[...t.slice(m[1].length).matchAll(/\d+/g)].map((d) => cellOf(at + m[1].length + d.index!, d[0]))]
    : [cellOf(at, t)];
  return { line, endLine: line, start: cells[0].start, end: cells[cells.length - 1].end, cells, width: null };
}

const token = (cell: Cell, line: number): Token => ({ cell, line, kind: cell.value.type === 'text' ? 'text' : 'num' });

/**
 * Lines that carry on a row label broken in its narrow cell, printed after the label's line, also after
 * its first figures (2.其他法律行政法规 0 / 禁止公开 / 0 0 0 …, 1.申请人无正当理由逾期不补 / 正、行政机关 / 8 /
 * 不再处理其政府信息公开申请): no cells (the label reads as its start).
 */
function withoutLabelTails(spec: GridTable, rows: RawRow[]): RawRow[] {
  let cur: { label: Token; id: string; tail: string } | null = null;
  return rows.filter((r) => {
    const first = r.cells[0];
    if (first.value.type !== 'text') return true;
    const row = spec.rows.find((x) => !x.group && names(first.text, x.label));
    if (row) {
      cur = { label: token(first, r.line), id: row.id, tail: '' };
      return true;
    }
    const tail = !!cur && r.cells.length === 1 && continuesLabel(spec, cur, token(first, r.line));
    if (!tail) cur = null;
    return !tail;
  });
}

/** The counts of a row's figures on each line they stand on, in column order (1,3,1,2). */
function pieces(lines: LineMap, spec: GridTable, row: TableRow): string {
  const counts: number[] = [];
  let last = -1;
  for (const col of spec.columns) {
    const c = row.values.get(col.id);
    if (!c) return '';
    const line = lines.lineAt(c.start);
    if (line === last) counts[counts.length - 1]++;
    else counts.push(1);
    last = line;
  }
  return counts.join(',');
}

function keepsSums(spec: GridTable, rowSums: readonly Constraint[], row: TableRow): boolean {
  const at = (col: string) => {
    const v = row.values.get(col)?.value;
    return v && 'value' in v ? v.value : NaN;
  };
  const sum = (cols: string[]) => cols.reduce((a, c) => a + at(c), 0);
  return rowSums.every((c) => {
    const l = sum(c.left);
    const r = sum(c.right);
    return !Number.isNaN(l) && !Number.isNaN(r) && Math.abs(l - r) < 1e-9;
  });
}

/**
 * The certain rows of a 表三 whose `spaced` reading left it unreadable for its blank cells, read from
 * the lines `from`..`to` (the table's part, up to its last block; then short lines before `stop`) in reading order; null when fewer
 * than two rows are certain or no row's figures stand on several lines.
 */
export function readSpreadTable(id: string, spec: GridTable, lines: LineMap, from: number, to: number, rowSums: readonly Constraint[], stop = lines.lineCount): StatTable | null {
  if (!rowSums.length) return null;
  let end = to;
  for (let line = to + 1, n = 0; line < stop && n < MAX_AFTER; line++) {
    const t = lines.lineText(line).trim();
    if (!t) continue;
    if (t.length > MAX_CELL || /[。；;：:]/.test(t)) break;
    end = line;
    n++;
  }
  let rows: RawRow[] = [];
  for (let line = from; line <= end; line++) {
    const r = lineRow(lines, line);
    if (r) rows.push(r);
  }
  rows = withoutLabelTails(spec, rows);
  if (!rows.length) return null;
  const block: TableBlock = { layout: 'column-block', startLine: rows[0].line, endLine: rows[rows.length - 1].line, start: rows[0].start, end: rows[rows.length - 1].end, rows };
  // (A row's figures may end at any text: a group label's piece after them, 三、本 after 二's; each row is checked below.)
  const read = readGridPartial(spec, [block], rowSums, true);
  if (!read) return null;
  // The way most rows' figures are cut over lines; a row cut otherwise, or breaking a sum, stays unread.
  const cut = read.map((r) => pieces(lines, spec, r));
  const freq = new Map<string, number>();
  for (const p of cut) if (p.includes(',')) freq.set(p, (freq.get(p) ?? 0) + 1);
  const best = [...freq].sort((a, b) => b[1] - a[1]);
  if (!best.length || (best.length > 1 && best[1][1] === best[0][1])) return null;
  const kept = read.filter((r, i) => cut[i] === best[0][0] && keepsSums(spec, rowSums, r));
  if (kept.length < 2) return null;
  return { id, spec, layout: 'column-block', blocks: [block], rows: kept, start: block.start, end: block.end, partial: true };
}

/**
 * readSpreadTable over the table's part (from the body of the statutory section begun last before its
 * first block to its last block), in the draft's own characters (read in Simplified script: parse/as-written.ts).
 */
export function spreadRows(id: string, spec: GridTable, doc: ParsedDocument, sections: Map<string, SectionMatch>, blocks: TableBlock[], rowSums: readonly Constraint[]): StatTable | null {
  const first = blocks[0].start;
  // (Its row labels 一、本年新收… may have ended the section as headings: the last one begun before the block.)
  const section = [...sections.values()].filter((m) => m.spec.table === id).flatMap((m) => m.sections)
    .filter((x) => x.bodyStart <= first).sort((a, b) => b.bodyStart - a.bodyStart)[0];
  if (!section) return null;
  // (The table readers read the lines' whole text: the read text made whole for this table.)
  const read = doc.read.whole();
  const lines = doc.read.sparse ? new LineMap(read, doc.lines.lineStarts) : doc.readLines;
  const to = Math.max(...blocks.map((b) => b.endLine));
  // (Never past the next statutory part's heading.)
  const next = Math.min(...[...sections.values()].flatMap((m) => m.sections).map((x) => lines.lineAt(x.start)).filter((l) => l > to), lines.lineCount);
  const t = readSpreadTable(id, spec, lines, lines.lineAt(section.bodyStart), to, rowSums, next);
  if (!t || doc.read.same) return t;
  restoreWritten(read, doc.work, t.blocks, [], []);
  const written = new Map(t.blocks.flatMap((b) => b.rows.flatMap((r) => r.cells.map((c) => [c.start, c] as const))));
  for (const r of t.rows) {
    r.label = asWritten(r.label, r.labelStart, read, doc.work);
    r.raw.cells = r.raw.cells.map((c) => written.get(c.start) ?? c);
  }
  return t;
}
