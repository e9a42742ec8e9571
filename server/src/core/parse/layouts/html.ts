// HTML <table> markup inside a draft (a web page's table pasted into a .md file): rows from
// <tr>, cells from <td>/<th>, over many lines or all on one line. Each cell's range is the
// text between its tags (inner tags such as <p>, <span>, <br> are skipped); rowspan and
// colspan are placed on a grid so that values land in their columns, the slots a span
// covers being blank cells (merged-cell gaps, as in tab copies). One linear pass: tags are
// found with indexOf, never with a backtracking pattern.
import { LineMap } from '../../text/line-map';
import { readCellValue } from '../cell-value';
import type { Cell, RawRow, TableBlock } from '../tables';
import type { LayoutReader } from './index';

/** Largest span honoured (a bigger rowspan/colspan is taken as 1: broken markup). */
const MAX_SPAN = 50;
/** Widest row kept (cells beyond are dropped). */
const MAX_COLS = 200;

interface Tag { name: string; close: boolean; start: number; end: number; attrs: string }

/** The tag starting at `lt` ('<'), or null when it is not a tag; `end` is just after '>'. */
function readTag(text: string, lt: number, gt: number): Tag | null {
  let i = lt + 1;
  const close = text.charCodeAt(i) === 47; // '/'
  if (close) i++;
  let j = i;
  while (j < gt && /[A-Za-z0-9]/.test(text[j])) j++;
  if (j === i) return null;
  return { name: text.slice(i, j).toLowerCase(), close, start: lt, end: gt + 1, attrs: text.slice(j, gt) };
}

function span(attrs: string, name: string): number {
  const m = new RegExp(`\\b${name}\\s*=\\s*["']?\\s*(\\d{1,4})`, 'i').exec(attrs.length > 500 ? attrs.slice(0, 500) : attrs);
  const n = m ? Number(m[1]) : 1;
  return n >= 1 && n <= MAX_SPAN ? n : 1;
}

const SPACE = /[\s\u3000\u00a0]/;

/** Trims whitespace and &nbsp; from both ends of text[a, b). */
function trimRange(text: string, a: number, b: number): [number, number] {
  for (;;) {
    if (a < b && SPACE.test(text[a])) a++;
    else if (text.startsWith('&nbsp;', a) && a + 6 <= b) a += 6;
    else break;
  }
  for (;;) {
    if (b > a && SPACE.test(text[b - 1])) b--;
    else if (b - 6 >= a && text.startsWith('&nbsp;', b - 6)) b -= 6;
    else break;
  }
  return [a, b];
}

interface OpenCell { start: number; runs: [number, number][]; colspan: number; rowspan: number }
interface OpenRow { line: number; start: number; cells: { cell: Cell; colspan: number; rowspan: number }[] }

function finishCell(text: string, c: OpenCell, at: number): Cell {
  const runs = c.runs.map(([a, b]) => trimRange(text, a, b)).filter(([a, b]) => b > a);
  if (!runs.length) return { text: '', start: at, end: at, value: readCellValue('') };
  const start = runs[0][0];
  const end = runs[runs.length - 1][1];
  const t = runs.length === 1 ? text.slice(start, end) : runs.map(([a, b]) => text.slice(a, b)).join('');
  return { text: t, start, end, value: readCellValue(t.replace(/&nbsp;/g, ' ')) };
}

/** Places the cells of each row on the grid (rowspan/colspan), blanks in the covered slots. */
function layRows(rows: { line: number; endLine: number; start: number; end: number; cells: { cell: Cell; colspan: number; rowspan: number }[] }[]): RawRow[] {
  const carry: number[] = [];
  const out: RawRow[] = [];
  for (const r of rows) {
    const cells: Cell[] = [];
    let col = 0;
    const gap = (at: number): Cell => ({ text: '', start: at, end: at, value: readCellValue('') });
    for (const { cell, colspan, rowspan } of r.cells) {
      while (col < MAX_COLS && (carry[col] ?? 0) > 0) { cells.push(gap(cell.start)); col++; }
      if (col >= MAX_COLS) break;
      cells.push(cell);
      for (let k = 0; k < colspan && col + k < MAX_COLS; k++) {
        if (k > 0) cells.push(gap(cell.end));
        carry[col + k] = rowspan;
      }
      col += colspan;
    }
    for (let k = 0; k < carry.length; k++) if (carry[k] > 0) carry[k]--;
    out.push({ line: r.line, endLine: r.endLine, start: r.start, end: r.end, cells, width: null });
  }
  // Cells sit at their grid positions: a row as wide as the table's widest row is positional
  // (its last slots are the value columns, blank slots included), as a GFM row is.
  let widest = 0;
  for (const r of out) widest = Math.max(widest, r.cells.length);
  if (widest >= 3) for (const r of out) if (r.cells.length === widest) r.width = widest;
  return out;
}

function nonEmpty(cells: Cell[]): number {
  let n = 0;
  for (const c of cells) if (c.text !== '') n++;
  return n;
}

/** Tables in HTML markup. Linear in the text length. */
export function findHtmlTables(lines: LineMap, free: (line: number) => boolean = () => true): TableBlock[] {
  const text = lines.text;
  const blocks: TableBlock[] = [];
  let depth = 0;
  let tableStart = -1;
  let rows: { line: number; endLine: number; start: number; end: number; cells: { cell: Cell; colspan: number; rowspan: number }[] }[] = [];
  let row: OpenRow | null = null;
  let cell: OpenCell | null = null;
  let textFrom = -1;
  const closeCell = (at: number) => {
    if (!cell) return;
    if (textFrom >= 0) cell.runs.push([textFrom, at]);
    if (!row) row = { line: lines.lineAt(cell.start), start: cell.start, cells: [] };
    row.cells.push({ cell: finishCell(text, cell, cell.start), colspan: cell.colspan, rowspan: cell.rowspan });
    cell = null;
    textFrom = -1;
  };
  const closeRow = (at: number) => {
    closeCell(at);
    if (!row) return;
    if (row.cells.length) rows.push({ line: row.line, endLine: lines.lineAt(Math.max(row.start, at - 1)), start: row.start, end: at, cells: row.cells });
    row = null;
  };
  const closeTable = (at: number) => {
    closeRow(at);
    const laid = layRows(rows);
    if (laid.filter((r) => nonEmpty(r.cells) >= 2).length >= 2) {
      const startLine = lines.lineAt(tableStart);
      const endLine = lines.lineAt(Math.max(tableStart, at - 1));
      let ok = true;
      for (let l = startLine; l <= endLine && ok; l++) ok = free(l);
      if (ok) blocks.push({ layout: 'html', startLine, endLine, start: laid[0].start, end: laid[laid.length - 1].end, rows: laid });
    }
    rows = [];
    tableStart = -1;
  };
  let gtAt = 0;
  let i = text.indexOf('<');
  while (i >= 0) {
    if (text.startsWith('<!--', i)) {
      const e = text.indexOf('-->', i + 4);
      if (cell && textFrom >= 0) { cell.runs.push([textFrom, i]); textFrom = -1; }
      if (e < 0) break;
      if (cell) textFrom = e + 3;
      i = text.indexOf('<', e + 3);
      continue;
    }
    // The first '>' after i; reused while it lies ahead, so runs of '<' stay linear.
    if (gtAt <= i) gtAt = text.indexOf('>', i + 1);
    const gt = gtAt;
    if (gt < 0) break; // no tag can follow
    const next = text.indexOf('<', i + 1);
    if (next >= 0 && next < gt) { i = next; continue; } // a lone '<' in text
    const tag = readTag(text, i, gt);
    if (!tag) { i = next; continue; }
    if (tag.name === 'table') {
      if (!tag.close) {
        if (depth === 0) { tableStart = tag.start; rows = []; row = null; cell = null; }
        depth++;
      } else if (depth > 0) {
        depth--;
        if (depth === 0) closeTable(tag.start);
      }
    } else if (depth === 1) {
      if (tag.name === 'tr') {
        if (!tag.close) { closeRow(tag.start); row = { line: lines.lineAt(tag.start), start: tag.start, cells: [] }; }
        else closeRow(tag.start);
      } else if (tag.name === 'td' || tag.name === 'th') {
        closeCell(tag.start);
        if (!tag.close) {
          cell = { start: tag.end, runs: [], colspan: span(tag.attrs, 'colspan'), rowspan: span(tag.attrs, 'rowspan') };
          textFrom = tag.end;
        }
      } else if (cell) {
        // An inner tag (<p>, <span>, <br>): the text on either side is part of the cell.
        if (textFrom >= 0) cell.runs.push([textFrom, tag.start]);
        textFrom = tag.end;
      }
    } else if (cell && depth > 1) {
      if (textFrom >= 0) cell.runs.push([textFrom, tag.start]);
      textFrom = tag.end;
    }
    i = next;
  }
  return blocks;
}

export const htmlReader: LayoutReader = {
  layout: 'html',
  read: (lines, free) => findHtmlTables(lines, free),
};
