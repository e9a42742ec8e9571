// Browser copies (select all + copy, a page's innerText) of web tables whose cells are paragraphs
// (<td><p>821</p></td>, the way most government sites and Word exports write cells): each cell's
// text stands on a line of its own and the tab between two cells of a row on a line of its own,
// with blank lines around it (`821` / `` / `\t` / `` / `35`). A blank cell (<p>&nbsp;</p>) is a
// line of a no-break space (a space once copied); cells without a paragraph stay on the tab's line
// (`\t \t \t`: two blank cells). A row ends where a cell is followed, after a blank line, by
// another cell without a tab between them. Rows are then what the `tab` layout reads from a
// tab-separated copy: a cell spanning its row (a caption, 三、本年度办理结果 above its rows) is a
// row of one cell, rows as wide as their block show all their slots (`fullWidth`).
import { LineMap } from '../../text/line-map';
import { cellAt } from '../cell-at';
import { padless } from '../line-pad';
import type { Cell, RawRow, TableBlock } from '../tables';
import type { LayoutReader } from './index';

/** Longest cell read (a label with its statutory note is about 40 characters). */
const MAX_CELL = 80;
/** A numbered row-group label of a statutory table, alone: 三、本年度办理结果, （三）不予公开. */
const GROUP_LABEL = /^(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[）)])[\u3400-\u9fff]{2,12}$/;

/** A paragraph that can be one of several in a cell: short, not a sentence. */
function cellPiece(text: string): boolean {
  const t = text.trim();
  return t.length <= 40 && !/[。；！？!?]$/.test(t);
}

/** A part or sub-part heading (二、主动公开政府信息情况): a paragraph of its own above a table, never a cell's first piece. */
function isHeading(text: string): boolean {
  // (A Markdown draft's heading too: ## 三、收到和处理政府信息公开申请情况.)
  const t = text.trim().replace(/^#{1,6}\s*/, '');
  return /^[一二三四五六七八九十]{1,2}、.{2,}(?:情况|事项)$/.test(t) || /^[（(][一二三四五六七八九十]{1,2}[）)].{2,}(?:情况|方面|问题|措施)$/.test(t);
}

/** A line that is only a tab (and blanks): the separator between two cells of a row. */
function isTabLine(text: string): boolean {
  return text.includes('\t') && text.trim() === '';
}

interface Row {
  cells: Cell[];
  line: number;
  endLine: number;
}

/**
 * Cells of the lines [from, to): a row ends at a cell that a blank line (or more) parts from the
 * next cell with no tab between them; a tab line (or a tab inside a line) parts two cells of a row.
 */
function readRows(lines: LineMap, from: number, to: number): Row[] {
  const rows: Row[] = [];
  let cells: Cell[] = [];
  let rowLine = -1;
  let lastLine = -1;
  /** The open cell: its trimmed text's range, or null when nothing was written in it yet. */
  let open: { start: number; end: number } | null = null;
  /** The open cell is one a tab opened (its content, if any, is still to come). */
  let afterTab = false;
  /** Blank lines since the open cell's last line. */
  let gap = 0;
  /** The open cell has a line of blanks only (a copied &nbsp;): a blank cell that was written. */
  let blankSeen = false;
  let blankAt = -1;
  /** Where the open cell's last paragraph starts. */
  let pieceStart = -1;
  const close = (at: number) => {
    if (open) cells.push(cellAt(lines.text.slice(open.start, open.end), open.start));
    else cells.push(cellAt('', blankSeen ? blankAt : at));
    open = null;
    blankSeen = false;
  };
  const endRow = () => {
    if (cells.length) rows.push({ cells, line: rowLine, endLine: lastLine });
    cells = [];
    rowLine = -1;
  };
  const startRow = (line: number) => {
    if (rowLine < 0) rowLine = line;
  };
  for (let line = from; line < to; line++) {
    // (A text that pads every line end with a space: the pad is no cell, a line of it a blank line.)
    const text = padless(lines, line);
    const start = lines.lineStarts[line];
    if (text === '' || text === '\r') {
      gap++;
      continue;
    }
    const hasContent = text.trim() !== '';
    // A cell's line after a blank line, with no tab since the open cell's text: a new row, unless
    // it is the next paragraph of a cell written in several (商业 / 企业, 三、本 / 年度办 / 理结果:
    // one blank line between them, three between rows).
    const written = open !== null || blankSeen;
    const nextParagraph = gap === 1 && open !== null && hasContent && !text.includes('\t')
      && cellPiece(lines.text.slice(pieceStart, open.end)) && cellPiece(text) && !isHeading(lines.text.slice(open.start, open.end))
      && !isHeading(text) && !/^[\d.,，%+\-\s]+$/.test(lines.text.slice(open.start, open.end));
    if (nextParagraph) {
      gap = 0;
    } else if (!text.includes('\t') && written && gap >= 1) {
      close(start);
      endRow();
      afterTab = false;
    } else if (!text.includes('\t') && !written && afterTab && gap >= 3) {
      // An empty last cell (`\t` then nothing before the next row's first cell, far below).
      close(start);
      endRow();
      afterTab = false;
    }
    gap = 0;
    startRow(line);
    lastLine = line;
    if (!text.includes('\t')) {
      if (hasContent) {
        const lead = text.length - text.trimStart().length;
        const s = start + lead;
        const e = start + text.trimEnd().length;
        open = open ? { start: open.start, end: e } : { start: s, end: e };
        pieceStart = s;
      } else if (!blankSeen) {
        blankSeen = true;
        blankAt = start + text.length;
      }
      continue;
    }
    // A line with tabs: its pieces are cells (the first one continues the open cell).
    let from = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && text[i] !== '\t') continue;
      const piece = text.slice(from, i);
      const t = piece.trim();
      if (t) {
        const s = start + from + (piece.length - piece.trimStart().length);
        open = open ? { start: open.start, end: s + t.length } : { start: s, end: s + t.length };
        pieceStart = s;
      } else if (piece.length && !blankSeen && !open) {
        blankSeen = true;
        blankAt = start + from + piece.length;
      }
      if (i < text.length) {
        close(start + i);
        afterTab = true;
      }
      from = i + 1;
    }
  }
  if (open || blankSeen || afterTab) close(lines.lineStarts[Math.min(to, lines.lineCount - 1)] ?? lines.text.length);
  endRow();
  return rows;
}

function nonEmpty(cells: Cell[]): number {
  let n = 0;
  for (const c of cells) if (c.text !== '') n++;
  return n;
}

function toBlock(rows: Row[], lines: LineMap): TableBlock | null {
  // Two rows of two cells or more, one of them with two written (a header over a row whose only
  // value is blank: 信息内容 | 本年收费金额 / 行政事业性收费 | &nbsp;).
  if (rows.filter((r) => r.cells.length >= 2).length < 2 || !rows.some((r) => nonEmpty(r.cells) >= 2)) return null;
  let widest = 0;
  for (const r of rows) widest = Math.max(widest, r.cells.length);
  const raw: RawRow[] = rows.map((r) => ({
    line: r.line,
    endLine: r.endLine,
    start: lines.lineStarts[r.line],
    end: lines.lineStarts[r.endLine] + lines.lineText(r.endLine).length,
    cells: r.cells,
    width: null,
    ...(widest >= 2 && r.cells.length === widest ? { fullWidth: true } : {}),
  }));
  const first = raw[0];
  const last = raw[raw.length - 1];
  return { layout: 'tab-lines', startLine: first.line, endLine: last.endLine, start: first.start, end: last.end, rows: raw };
}

/** Do most lines with text of [a, b] end in a pipe (a Chromium copy's cells never do)? */
function pipeCells(lines: LineMap, a: number, b: number): boolean {
  let text = 0;
  let piped = 0;
  for (let l = a; l <= b; l++) {
    const t = lines.lineText(l).trim();
    if (!t) continue;
    text++;
    if (t.endsWith('|')) piped++;
  }
  return piped >= 4 && piped * 2 >= text;
}

/**
 * Blocks of this layout: runs of free lines holding tab lines. A run is parted into rows; rows of
 * two cells or more (and a numbered group label of one cell before such a row) make a block, any
 * other row of one cell (a caption, a paragraph) ends it.
 */
function read(lines: LineMap, free: (line: number) => boolean): TableBlock[] {
  const blocks: TableBlock[] = [];
  let line = 0;
  /** First line after the last run (a run never reaches back into the one before). */
  let floor = 0;
  while (line < lines.lineCount) {
    if (!free(line) || !isTabLine(lines.lineText(line))) {
      line++;
      continue;
    }
    // The run around this tab line: free lines back to the paragraph before it, on to the last
    // tab line's row (a line of prose longer than a cell ends the run).
    let a = line;
    while (a > floor && free(a - 1) && lines.lineText(a - 1).trim().length <= MAX_CELL && !/[。；！？]$/.test(lines.lineText(a - 1).trim()) && !isHeading(lines.lineText(a - 1))) a--;
    let b = line;
    let lastTab = line;
    while (b + 1 < lines.lineCount && free(b + 1)) {
      const t = lines.lineText(b + 1);
      // (A part heading ends the run, with or without a blank line before it.)
      if (t.trim().length > MAX_CELL || /[。；！？]$/.test(t.trim()) || isHeading(t)) break;
      if (t.includes('\t')) lastTab = b + 1;
      else if (b + 1 - lastTab > 12) break;
      b++;
    }
    // Cells closed by a pipe (规章  | ) are a converter's pipe-terminated cell lines (cell-lines-pipe.ts),
    // their lines of tabs between blank lines only where the text was pasted double-spaced.
    if (pipeCells(lines, a, b)) {
      floor = b + 1;
      line = b + 1;
      continue;
    }
    const rows = readRows(lines, a, b + 1);
    let cur: Row[] = [];
    const flush = () => {
      const block = cur.length ? toBlock(cur, lines) : null;
      if (block) blocks.push(block);
      cur = [];
    };
    rows.forEach((r, i) => {
      const wide = r.cells.length >= 2;
      const next = rows[i + 1];
      const group = r.cells.length === 1 && GROUP_LABEL.test(r.cells[0].text) && cur.length > 0 && !!next && next.cells.length >= 2;
      if (wide || group) cur.push(r);
      else flush();
    });
    flush();
    // The next run may take the one-cell rows after this run's last block (a caption, a header
    // cell such as 信息内容 above the next block's first tab), never a line of a block.
    floor = blocks.length && blocks[blocks.length - 1].endLine >= a ? blocks[blocks.length - 1].endLine + 1 : a;
    line = lastTab + 1;
  }
  return blocks;
}

export const tabLinesReader: LayoutReader = { layout: 'tab-lines', read };
