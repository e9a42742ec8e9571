// 表二's blocks copied column by column (the text of an office PDF, or a Word table copied as text, in
// reading order: each cell a line, a column's cells one after the other, a blank line after each column):
//   第二十条第(一)项 |
//   信息内容 / 规章 / 行政规范性文件            (the label column: its header, then one label a row)
//   (blank line)
//   本年制发件数 / 0 / 0                         (each value column: its header, then one figure a row)
//   (blank line) …
// A block is read only when it has exactly this shape: a 第二十条 caption, a label column of one to four text
// lines, then one to three columns each of a text header and exactly as many figures as there are labels, the
// columns parted by one blank line; and the table only when every block from its first (第二十条第（一）项) to the
// last caption that follows a block has it. Rows are then the labels with the figures at their places (every
// value column holds one per row, so no figure is placed by a guess). Anything else is left to the other readers.
import { LineMap } from '../../text/line-map';
import { cellAt, lineCell } from '../cell-at';
import type { Cell, RawRow, TableBlock } from '../tables';
import type { LayoutReader } from './index';

/** A 表二 block's caption: 第二十条第（一）项, with a converter's trailing pipe or the sentence's 规定. */
const CAPTION = /^第二十条第[（(][一二三四五六七八九十]{1,3}[）)]项[\s|]*$/;
/** Most rows and most value columns a 表二 block has (第二十条第（一）项: 规章, 行政规范性文件; three figures). */
const MAX_ROWS = 4;
const MAX_COLUMNS = 3;
/** Longest cell line. */
const MAX_CELL = 30;

const isFigure = (c: Cell) => c.value.type !== 'text' && c.value.type !== 'empty' && c.value.type !== 'lookalike';
/** A header or label cell: words, no sentence and no figure (a bracketed note aside: 本年收费金额（单位：万元）). */
const isWords = (c: Cell) => {
  const bare = c.text.replace(/[（(][^）)]*[）)]/g, '');
  return c.value.type === 'text' && c.text.length <= MAX_CELL && bare.length > 0 && !/[|\t。；;，,：:\d]/.test(bare);
};

/** The block whose caption is on `at`, or null. */
function readBlock(lines: LineMap, free: (line: number) => boolean, at: number): TableBlock | null {
  const n = lines.lineCount;
  const usable = (l: number) => l < n && free(l);
  const blank = (l: number) => l >= n || lines.lineText(l).trim() === '';
  // The label column: its header and the labels, lines that touch.
  let l = at + 1;
  const labels: Cell[] = [];
  const labelLines: number[] = [];
  while (usable(l) && !blank(l)) {
    const c = lineCell(lines, l);
    if (!isWords(c)) return null;
    labels.push(c);
    labelLines.push(l);
    l++;
  }
  const head = labels.shift();
  labelLines.shift();
  if (!head || labels.length < 1 || labels.length > MAX_ROWS) return null;
  // The value columns, one blank line before each.
  /** The value column after the blank line `l`: a header and exactly one figure a row, then a blank line. */
  const columnAt = (l: number): { head: Cell; values: Cell[]; last: number } | null => {
    if (!blank(l) || l >= n || !usable(l) || blank(l + 1) || !usable(l + 1)) return null;
    const h = lineCell(lines, l + 1);
    if (!isWords(h)) return null;
    const values: Cell[] = [];
    let k = l + 2;
    while (values.length < labels.length && usable(k) && !blank(k)) {
      const c = lineCell(lines, k);
      if (!isFigure(c)) return null;
      values.push(c);
      k++;
    }
    return values.length === labels.length && blank(k) ? { head: h, values, last: k - 1 } : null;
  };
  const columns: { head: Cell; values: Cell[]; last: number }[] = [];
  for (let c = columnAt(l); c; c = columnAt(l)) {
    // More value columns than a 表二 block has: the office's reading order ran the next blocks' columns on
    // (第二十条第（一）项's three, then （五）项's 本年增/减 …): no block to read by this shape.
    if (columns.length === MAX_COLUMNS) return null;
    columns.push(c);
    l = c.last + 1;
  }
  if (!columns.length) return null;
  const endLine = columns[columns.length - 1].last;
  const row = (cells: Cell[], line: number): RawRow => ({ line, endLine: line, start: cells[0].start, end: cells[cells.length - 1].end, cells, width: null });
  const line = lineCell(lines, at);
  const caption = cellAt(line.text.replace(/[\s|]+$/, ''), line.start);
  // (A row's cells stand on several lines, its label first: the row runs from its label's line to its last figure's.)
  const lastColumn = columns[columns.length - 1];
  const rows: RawRow[] = [
    row([caption], at),
    { ...row([head, ...columns.map((c) => c.head)], at + 1), endLine: lastColumn.last - labels.length },
    ...labels.map((lab, i) => ({ ...row([lab, ...columns.map((c) => c.values[i])], labelLines[i]), endLine: lastColumn.last - (labels.length - 1) + i })),
  ];
  for (const r of rows) r.end = Math.max(...r.cells.map((c) => c.end));
  return { layout: 'cell-lines', startLine: at, endLine, start: caption.start, end: lastColumn.values[labels.length - 1].end, rows };
}

/** The first block's caption: 第二十条第（一）项. */
const FIRST = /^第二十条第[（(]一[）)]项/;

export const columnOrderReader: LayoutReader = {
  layout: 'cell-lines',
  read(lines, free) {
    const blocks: TableBlock[] = [];
    for (let line = 0; line < lines.lineCount; line++) {
      const t = lines.lineText(line).trim();
      if (!free(line) || !CAPTION.test(t) || !FIRST.test(t)) continue;
      // The table from its first block on, each caption after a block (past blank lines) opening the next one: read
      // only when every block has the shape (one block that has not, its columns run on into the next blocks' as
      // an office's reading order may give them, and no block of the table is read by this reader).
      const chain: TableBlock[] = [];
      let at = line;
      let whole = true;
      for (;;) {
        const b = readBlock(lines, free, at);
        if (!b) { whole = false; break; }
        chain.push(b);
        let next = b.endLine + 1;
        while (next < lines.lineCount && lines.lineText(next).trim() === '') next++;
        if (next >= lines.lineCount || !free(next) || !CAPTION.test(lines.lineText(next).trim())) break;
        at = next;
      }
      if (!whole) continue;
      blocks.push(...chain);
      line = chain[chain.length - 1].endLine;
    }
    return blocks;
  },
};
