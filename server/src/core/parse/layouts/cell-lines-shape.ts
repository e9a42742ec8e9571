// What the two readers of one-cell-a-line web copies share (cell-lines.ts: the reader, and the
// blank-line separated shape; cell-lines-pipe.ts: the pipe-terminated shape): what a cell line may
// be, the label → values rhythm that makes a run a table, and the raw rows and block they become.
import { LineMap } from '../../text/line-map';
import { hanCount } from '../../text/han';
import type { Cell, RawRow, TableBlock } from '../tables';

/** Longest line taken as one cell of a blank-line separated table (labels with notes are long). */
export const MAX_CELL = 120;

/** A part's or row's top-level numeral (二、…). */
export const TOP_NUMERAL = /^[一二三四五六七八九十]+(?=、)/;
export const NUMERALS = '一二三四五六七八九十';


export const isText = (c: Cell) => c.value.type === 'text';
export const isLabelish = (c: Cell) => isText(c) && hanCount(c.text) >= 2;
export const isNumber = (c: Cell) => !isText(c) && c.value.type !== 'empty';

/**
 * Table rhythm: label cells followed by value cells, at least `rows` times, with enough numbers.
 * Blank cells (explicit in pipe copies) count as values.
 */
export function looksLikeTable(cells: Cell[], rows: number, minNumbers: number, oneRowOfFigures = true): boolean {
  let transitions = 0;
  let numbers = 0;
  let values = 0;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (!isText(c)) {
      values++;
      if (isNumber(c)) numbers++;
      if (i > 0 && isLabelish(cells[i - 1])) transitions++;
    }
  }
  if (numbers < minNumbers || values * 4 < cells.length) return false;
  // A row of figures under a header of many cells (table 四) has one label → values step.
  return transitions >= rows || (oneRowOfFigures && numbers >= 10 && values * 5 >= cells.length * 2);
}

export function rowOf(lines: LineMap, cells: Cell[], firstLine: number, lastLine: number): RawRow {
  const start = lines.lineStarts[firstLine];
  return { line: firstLine, endLine: lastLine, start, end: lines.lineStarts[lastLine] + lines.lineText(lastLine).length, cells, width: null };
}

export function blockOf(rows: RawRow[]): TableBlock {
  const first = rows[0];
  const last = rows[rows.length - 1];
  return { layout: 'cell-lines', startLine: first.line, endLine: last.endLine, start: first.start, end: last.end, rows, regroup: true };
}
