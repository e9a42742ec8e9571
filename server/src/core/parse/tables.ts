// Table blocks as laid out in the text, before any knowledge of report formats:
// GFM pipe tables, loose pipe rows (no leading pipe, no separator row) and
// tab-separated rows pasted from Word (with merged-cell gaps and blank lines).
// The other layouts people paste (PDF text, web copies …) have one reader each in
// ./layouts/, run after this one on the lines it left (see layouts/index.ts).
import { LineMap } from '../text/line-map';
import { CellValue, isValueLike, readCellValue } from './cell-value';
import { isFigureRow, isLabelledFigureRow } from './lone-row';
import { cellAt } from './cell-at';
import { joinBrokenBlankCells } from './pipe-blank-breaks';

/** Layouts a draft's author writes and GovReport can write back (inserted rows and tables). */
export type EditableLayout = 'gfm' | 'loose-pipe' | 'tab';
/**
 * Every layout a table is read from. Those beyond the editable three come from pasted PDF
 * and web text: their cells have exact ranges (cell fixes work), but GovReport never inserts
 * rows or tables into them.
 */
export type TableLayout = EditableLayout | 'spaced' | 'cell-lines' | 'tab-lines' | 'column-block' | 'one-line' | 'html';

export function isEditableLayout(layout: TableLayout): layout is EditableLayout {
  return layout === 'gfm' || layout === 'loose-pipe' || layout === 'tab';
}

export interface Cell {
  /** Text as written, trimmed. */
  text: string;
  /** Offsets of the trimmed text (start === end for an empty cell: the gap's position). */
  start: number;
  end: number;
  value: CellValue;
}

export interface RawRow {
  /** First line of the row. */
  line: number;
  /** Last line of the row (rows of PDF and web copies can span several lines). */
  endLine: number;
  start: number;
  end: number;
  cells: Cell[];
  /** GFM rows: the number of cells of the table's header row (rows of another width are suspect). */
  width: number | null;
  /**
   * Tab and loose-pipe rows whose every slot is written out (a tab row as wide as its block's widest
   * row, a loose-pipe row closed by a trailing pipe): blank last cells are blank values, not cells
   * the paste lost. Spaced rows whose blank cells were placed by position (layouts/spaced-columns.ts) too.
   */
  fullWidth?: boolean;
  /**
   * A cell-lines separator (a line of pipes only, no cells): how many pipes it has and where the
   * first stands. Right under a row label with no value yet they are that row's blank cells.
   */
  pipes?: { count: number; at: number };
}

export interface TableBlock {
  layout: TableLayout;
  startLine: number;
  endLine: number;
  start: number;
  end: number;
  rows: RawRow[];
  /**
   * Set by readers that could not settle the rows themselves (one cell per line, cells
   * separated by blank lines): the cells are in reading order and interpret-table regroups
   * them with the statutory table's labels and column count.
   */
  regroup?: boolean;
  /**
   * Set with `regroup` by readers whose blank lines are blank cells (layouts/blank-cells.ts): the
   * table is read only when every regrouped row takes exactly its values (layouts/blank-cells-read.ts).
   */
  positional?: boolean;
  /**
   * Set by the reading-order reader (layouts/column-block.ts) when the text stops inside the block
   * or a line or two after it (a stored copy of part of a page): the rows there may be read without
   * the rest of the table (layouts/column-block-read.ts).
   */
  cut?: true;
  /**
   * Set when the rows were read in a text pasted double-spaced through its lines without the blank
   * line after each line (layouts/index.ts): two rows one blank line apart were touching rows.
   */
  spaced?: true;
}

const MAX_CELLS = 200;

/** A whole line as one cell: its trimmed text at its offsets (`start`: the line's offset). */
function lineCell(text: string, start: number): Cell {
  const lead = text.length - text.trimStart().length;
  const t = text.trim();
  return { text: t, start: start + lead, end: start + lead + t.length, value: readCellValue(t) };
}

/** A numbered row-group label of a statutory table, alone: 三、本年度办理结果, （三）不予公开. */
const GROUP_LABEL = /^(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[）)])[\u3400-\u9fff]{2,12}$/;

function splitCells(text: string, lineStart: number, sep: '|' | '\t', stripLeading: boolean, stripTrailing: boolean): Cell[] {
  // Each cell's bounds as a pair of numbers in one flat list (no array per cell), by code unit.
  const bounds: number[] = [];
  let from = 0;
  const sepCode = sep.charCodeAt(0);
  for (let i = 0; i <= text.length; i++) {
    const atSep = i < text.length && text.charCodeAt(i) === sepCode && !(sep === '|' && i > 0 && text.charCodeAt(i - 1) === 0x5c /* \\ */);
    if (atSep || i === text.length) {
      bounds.push(from, i);
      from = i + 1;
      if (bounds.length > 2 * MAX_CELLS) break;
    }
  }
  let first = 0;
  let last = bounds.length;
  if (stripLeading && last > first && isBlank(text, bounds[first], bounds[first + 1])) first += 2;
  if (stripTrailing && last > first && isBlank(text, bounds[last - 2], bounds[last - 1])) last -= 2;
  const cells: Cell[] = new Array((last - first) / 2);
  for (let k = first; k < last; k += 2) {
    const a = bounds[k];
    const b = bounds[k + 1];
    // The cell trimmed as String.prototype.trim() does, read off the line by offsets (no copy of
    // the raw cell, no regular expression per cell). An all-blank cell stands at its end.
    let i = a;
    while (i < b && isTrimmed(text.charCodeAt(i))) i++;
    let j = b;
    while (j > i && isTrimmed(text.charCodeAt(j - 1))) j--;
    const t = i === a && j === b ? (a === 0 && b === text.length ? text : text.slice(a, b)) : text.slice(i, j);
    cells[(k - first) / 2] = cellAt(t, lineStart + i);
  }
  return cells;
}

/** Whether text[a, b) is all blank as String.prototype.trim() reads blanks. */
function isBlank(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isTrimmed(text.charCodeAt(i))) return false;
  return true;
}

/** The characters String.prototype.trim() removes (JavaScript's WhiteSpace and LineTerminator). */
function isTrimmed(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A GFM delimiter row: | --- | :--: | */
export function isSeparatorRow(text: string): boolean {
  return /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(text);
}

function lineKind(text: string): 'pipe' | 'tab' | null {
  // Indented HTML table markup is read by layouts/html.ts, not as tab rows.
  if (/^\s*<\/?(?:table|thead|tbody|tr|td|th)\b/i.test(text)) return null;
  if (text.includes('\t') && text.trim() !== '') {
    // Tabs that only indent a pipe-terminated cell (`\t\t\t0  | `, a web page's source indentation
    // kept by the copy) do not make a tab row: the line is a pipe line.
    if (!/^[\s\u3000]*[^\s\u3000][^\t]*$/.test(text) || !text.includes('|')) return 'tab';
  }
  if (text.includes('|')) return 'pipe';
  return null;
}

const LABEL_HEAD = /^[\s\u3000]*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]{1,2}、|\d{1,2}[.．、](?!\d))/;

/** The first line of a numbered row label broken over two lines (一、本年新收政府信息 / 公开申请数量 → values). */
function isLabelHead(text: string): boolean {
  const t = text.trim();
  return LABEL_HEAD.test(t) && !/^第.{1,6}条/.test(t) && !/(?:情况|事项|问题|概述|说明|措施|目标)$/.test(t) && [...t].length <= 30 && /[\u3400-\u9fff]/.test(t) && !/[。；;！？!?：:]/.test(t);
}

/** A tab row whose first cell ends a broken label (unnumbered, no figures) and which has figures. */
function continuesLabel(text: string): boolean {
  if (!text.includes('\t')) return false;
  const [first, ...rest] = text.split('\t');
  const f = first.trim();
  if (!f || LABEL_HEAD.test(f) || /\d/.test(f) || [...f].length > 30 || !/[\u3400-\u9fff]/.test(f) || /[。；;！？!?：:]/.test(f)) return false;
  return rest.some((c) => /^\s*\d[\d,.]*\s*$/.test(c));
}

/**
 * A line without tabs right after a tab row with a label and figures, before another tab row, that
 * is a short piece of text without numbering: the rest of the row's wrapped label.
 */
function isLabelTail(text: string, prev: RawRow | undefined, line: number, lines: LineMap): boolean {
  const t = text.trim();
  if (!prev || prev.endLine !== line - 1 || !/^[\u3400-\u9fff“”"‘’']{1,12}$/.test(t) || LABEL_HEAD.test(t)) return false;
  if (!prev.cells.some((c) => /^\s*\d[\d,.]*\s*$/.test(c.text)) || !prev.cells.some((c) => /[\u3400-\u9fff]{2}/.test(c.text))) return false;
  return line + 1 < lines.lineCount && lineKind(lines.lineText(line + 1)) === 'tab';
}

function nonEmpty(cells: Cell[]): number {
  let n = 0;
  for (const c of cells) if (c.text !== '') n++;
  return n;
}

/**
 * A table whose value cells are all blank (labels only: a form pasted without its numbers, or an
 * inserted skeleton): a GFM table (separator row, leading pipes) of two rows, or three tab rows of
 * three cells or more. Such rows have a single non-empty cell, so the two-cell test misses them.
 */
function blankForm(cur: { kind: 'pipe' | 'tab'; rows: RawRow[]; sepSeen: boolean; leadingPipe: boolean }): boolean {
  if (cur.kind === 'pipe' && cur.sepSeen && cur.leadingPipe) return cur.rows.filter((r) => r.cells.length >= 2).length >= 2;
  // Loose pipe rows: three closed rows (trailing pipe) of three cells or more, each with a label,
  // and most rows such (web copies with one cell per line are read by layouts/cell-lines.ts).
  if (cur.kind === 'pipe') {
    const wide = cur.rows.filter((r) => r.fullWidth && r.cells.length >= 3 && nonEmpty(r.cells) >= 1).length;
    return wide >= 3 && wide * 2 >= cur.rows.length;
  }
  if (cur.rows.filter((r) => r.cells.length >= 3 && nonEmpty(r.cells) >= 1).length >= 3) return true;
  // A header of named cells over rows as wide, each a label with blank slots: one small block of a
  // form left blank, copied from a browser (表二's 行政许可 block: 信息内容\t本年处理决定数量 / 行政许可\t).
  const [head, ...rest] = cur.rows;
  const w = head.cells.length;
  const named = (c: Cell) => c.text !== '' && c.value.type === 'text';
  return rest.length >= 1 && w >= 2 && head.cells.every(named)
    && rest.every((r) => r.cells.length === w && named(r.cells[0]) && nonEmpty(r.cells) === 1);
}

/**
 * A loose pipe row holding only its label (规章 |) followed by lines that are a bare pipe: a web
 * copy that put each blank cell of the row on a line of its own. The bare pipes are the row's
 * blank cells (at the pipe's position), so the row reads as a label with blank values.
 */
function joinBareCellLines(rows: RawRow[], lines: LineMap): RawRow[] {
  const out: RawRow[] = [];
  for (const r of rows) {
    const prev = out[out.length - 1];
    const bare = lines.lineText(r.line).trim() === '|';
    if (bare && prev && prev.fullWidth && nonEmpty(prev.cells) === 1 && prev.cells[0].text !== ''
      && prev.cells[0].value.type === 'text' && prev.cells.length <= 12) {
      const at = lines.lineStarts[r.line] + lines.lineText(r.line).indexOf('|');
      prev.cells.push({ text: '', start: at, end: at, value: readCellValue('') });
      prev.endLine = r.line;
      prev.end = r.end;
      continue;
    }
    out.push(r);
  }
  return out;
}

/**
 * A loose pipe row holding only its label (规章 |, 一、本年新收政府信息公开申请数量 |) right above a row of
 * figures only (0 | 0 | 0 |): a web copy that broke the row after its label cell. The two lines are one
 * row, the label first. A caption (第二十条第（一）项 |) is never such a label.
 */
function joinLabelValueLines(rows: RawRow[]): RawRow[] {
  const out: RawRow[] = [];
  for (const r of rows) {
    const prev = out[out.length - 1];
    const label = prev && prev.endLine === r.line - 1 && nonEmpty(prev.cells) === 1 ? prev.cells.find((c) => c.text !== '') : undefined;
    if (prev && label && prev.cells[0] === label && label.value.type === 'text' && /[\u3400-\u9fff]/.test(label.text) && !/^第.{1,6}条/.test(label.text)
      && r.cells.length >= 1 && r.cells[0].text !== '' && nonEmpty(r.cells) >= 1
      && r.cells.every((c) => c.text === '' || isValueLike(c.value))) {
      out[out.length - 1] = { ...r, line: prev.line, start: prev.start, cells: [label, ...r.cells] };
      continue;
    }
    out.push(r);
  }
  return out;
}

/**
 * Finds table blocks: runs of pipe or tab lines; blank lines inside a run are allowed
 * (PDF and Word pastes break tables with them). A block needs two rows of two cells.
 */
export function findDelimitedTables(lines: LineMap, skipLine: (line: number) => boolean = () => false): TableBlock[] {
  const blocks: TableBlock[] = [];
  let cur: { kind: 'pipe' | 'tab'; rows: RawRow[]; sepSeen: boolean; leadingPipe: boolean } | null = null;
  let pendingBlank = 0;
  /** Rows whose label begins on the line above (the count of cells taken from there). */
  const pieces = new Map<RawRow, number>();
  /** A label's first line without tabs, waiting for the tab row that ends it. */
  let piece: { cell: Cell; line: number } | null = null;
  const flush = () => {
    if (cur && cur.kind === 'tab') {
      // A tab row as wide as the block's widest row keeps its blank last slots as blank cells.
      let widest = 0;
      const width = (r: RawRow) => r.cells.length - (pieces.get(r) ?? 0);
      for (const r of cur.rows) widest = Math.max(widest, width(r));
      if (widest >= 2) for (const r of cur.rows) if (width(r) === widest) r.fullWidth = true;
    }
    // Blank cells that each broke the line (label | 25 | / | / | / | 25 |) rejoin their row first.
    if (cur && cur.kind === 'pipe' && !cur.sepSeen && !cur.leadingPipe) cur.rows = joinLabelValueLines(joinBrokenBlankCells(cur.rows, lines));
    const multi = cur ? cur.rows.filter((r) => nonEmpty(r.cells) >= 2).length : 0;
    // Mostly one cell per line, each ending in a pipe: a web copy with one cell per line, read
    // (with its row separators) by layouts/cell-lines.ts, not a loose table with a few wide rows.
    const cellLines = cur && cur.kind === 'pipe' && !cur.sepSeen ? cur.rows.length - multi : 0;
    // A PDF converter's one-row table (| 2.没有现成信息需要另行制作 | 47 | 1 | … | 48 |, | 规章 | 22 | 235 | over its
    // separator, | 行政许可 | 97 | with it or without): a row of figures, or a label and its figures, kept like a longer table.
    const oneRow = !!cur && cur.kind === 'pipe' && cur.leadingPipe && cur.rows.length === 1
      && ((cur.sepSeen && cur.rows[0].cells.filter((c) => /^\d+$/.test(c.text)).length >= 2) || isLabelledFigureRow(cur.rows[0].cells));
    // A lone tab row of figures only, the one data row of a flat table (表四's 15) under header lines laid out with
    // spaces (a copy mixing `pdftotext -layout` text and a browser's tab row): kept as a block of its own.
    // A lone tab row of a label and its figures among lines laid out otherwise (行政许可⇥4529 under its captions, maybe
    // a caption row of one cell beside it: 本年收费金额（单位：万元）⇥⇥ / 行政事业性收费⇥0): the one row of a small table, kept too.
    const figureRow = !!cur && cur.kind === 'tab' && ((cur.rows.length === 1 && isFigureRow(cur.rows[0].cells))
      || (multi === 1 && cur.rows.some((r) => nonEmpty(r.cells) >= 2 && isLabelledFigureRow(r.cells))));
    if (cur && ((multi >= 2 && !(cellLines >= 6 && cellLines >= 3 * multi)) || blankForm(cur) || oneRow || figureRow)) {
      const first = cur.rows[0];
      const last = cur.rows[cur.rows.length - 1];
      const layout: TableLayout = cur.kind === 'tab' ? 'tab' : cur.sepSeen && cur.leadingPipe ? 'gfm' : 'loose-pipe';
      if (layout === 'gfm') for (const r of cur.rows) { r.width = cur.rows[0].cells.length; r.fullWidth = undefined; }
      const rows = layout === 'loose-pipe' ? joinBareCellLines(cur.rows, lines) : cur.rows;
      blocks.push({ layout, startLine: first.line, endLine: last.line, start: first.start, end: last.end, rows });
    }
    cur = null;
    pendingBlank = 0;
  };
  for (let line = 0; line < lines.lineCount; line++) {
    const text = lines.lineText(line);
    if (skipLine(line)) { flush(); continue; }
    if (text.trim() === '') {
      // GFM tables end at a blank line; pasted (loose or tab) tables often have blank lines inside.
      if (cur && cur.kind === 'pipe' && cur.sepSeen && cur.leadingPipe) { flush(); continue; }
      if (cur) pendingBlank++;
      if (pendingBlank > 2) flush();
      continue;
    }
    const kind = lineKind(text);
    const start = lines.lineStarts[line];
    if (!kind && line + 1 < lines.lineCount && isLabelHead(text) && continuesLabel(lines.lineText(line + 1))) {
      // A numbered label broken over two lines, its values on the second (browser copies of a wrapped cell).
      if (cur && cur.kind !== 'tab') flush();
      piece = { cell: lineCell(text, start), line };
      pendingBlank = 0;
      continue;
    }
    const next = line + 1 < lines.lineCount ? lines.lineText(line + 1) : null;
    if (!kind && cur && cur.kind === 'tab' && pendingBlank === 0 && (
      // An unnumbered label's first half alone inside a tab table (行政规范性 / 文件\t1\t0\t5), joined to the
      // next row by the table's interpreter when the halves make a statutory label;
      (next !== null && /^[\u3400-\u9fff]{1,12}$/.test(text.trim()) && continuesLabel(next))
      // a numbered group label on a line of its own between tab rows (a cell spanning the row, which a
      // browser copies without tabs: 三、本年度办理结果 / （三）不予公开): a row of the table, not its end;
      || (next !== null && GROUP_LABEL.test(text.trim()) && lineKind(next) === 'tab')
      // a label's last piece after its row of figures (3.危及“三安全\t0\t… / 一稳定”), joined to the row
      // above by the table's interpreter when the pieces make a statutory label.
      || isLabelTail(text, cur.rows[cur.rows.length - 1], line, lines))) {
      const c = lineCell(text, start);
      cur.rows.push({ line, endLine: line, start: c.start, end: c.end, cells: [c], width: null });
      continue;
    }
    if (!kind || (cur && cur.kind !== kind)) {
      flush();
      if (!kind) continue;
    }
    // After a blank line, a pipe row in the other style (leading pipe or not) starts a new table:
    // "前言 | 说明" prose followed by a GFM table must not become one loose table.
    if (cur && pendingBlank > 0 && kind === 'pipe' && /^\s*\|/.test(text) !== cur.leadingPipe) flush();
    if (!cur) cur = { kind, rows: [], sepSeen: false, leadingPipe: /^\s*\|/.test(text) };
    pendingBlank = 0;
    if (kind === 'pipe' && isSeparatorRow(text)) { cur.sepSeen = true; continue; }
    // A loose block (first row without a leading pipe) keeps a blank first cell: it is a value.
    const cells = kind === 'tab' ? splitCells(text, start, '\t', false, false) : splitCells(text, start, '|', cur.leadingPipe, true);
    // (fullWidth in the literal, unset: a field added to an object after it is made is kept in a
    // property array of its own, 40 bytes more for each of a 20 MB draft's 80,000 full-width rows.)
    const row: RawRow = { line, endLine: line, start, end: start + text.length, cells, width: null, fullWidth: undefined };
    if (kind === 'tab' && continuesLabel(text)) {
      // The label's first line: a line without tabs just above, or a tab row with only that label.
      const prev = cur.rows[cur.rows.length - 1];
      const above = piece && piece.line === line - 1 ? piece.cell : null;
      const head = above ?? (prev && prev.line === line - 1 && prev.cells[0]?.text && nonEmpty(prev.cells) === 1 && isLabelHead(prev.cells[0].text) && !pieces.has(prev) ? prev.cells[0] : null);
      if (head) {
        if (!above) cur.rows.pop();
        row.line = line - 1;
        row.start = head.start;
        row.cells = [head, ...cells];
        pieces.set(row, 1);
      }
    }
    piece = null;
    // A loose pipe row closed by a trailing pipe shows all its cells (GFM rows are read by their width).
    const tail = text.trimEnd();
    if (kind === 'pipe' && tail.endsWith('|') && !tail.endsWith('\\|')) row.fullWidth = true;
    cur.rows.push(row);
  }
  flush();
  return blocks;
}
