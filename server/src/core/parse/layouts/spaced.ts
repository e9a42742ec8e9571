// PDF text with layout (`pdftotext -layout`, copies from a PDF viewer): cells separated by
// runs of spaces. Labels may be split over two or three lines with the values on a line of
// their own; group labels sit between their sub-rows; vertical or spaced-out header text,
// multi-line column headers and page footers are mixed in. A block is accepted only when
// it has rows of numbers laid out as a table, so that prose lines ending in a number stay prose.
// (What each line is: spaced-line.ts.)
import { LineMap } from '../../text/line-map';
import { Cell, RawRow, TableBlock } from '../tables';
import { cellAt } from '../cell-at';
import type { LayoutReader } from './index';
import { fillBlankCells } from './spaced-columns';
import { classifyLine, Line, unclosed } from './spaced-line';
import { blankFirstRow, isCaption, isVertical, labelTailEnd, loneFigureBelow, MAX_LABEL_LINES, NUMBERED, onlyGroupPieces, ownLabel, lonePiece, ownLabelColumn, ownTail, pieceAtColumn, rowHeading, splitHeadAbove, splitHeadBelow } from './spaced-split-label';

/** Blank and footer lines a block may span (page breaks inside a table). */
const MAX_GAP = 8;

function isNumeric(l: Line): boolean {
  return (l.kind === 'values' && l.cells.length > 0) || l.kind === 'row';
}

/** Columns (character offsets within their lines) of the values of a numeric line. */
function columns(l: Line, lineStart: number): { first: number; last: number; n: number } | null {
  if (l.kind !== 'values' && l.kind !== 'row') return null;
  const toks = l.tokens;
  return { first: toks[0].start - lineStart, last: toks[toks.length - 1].end - lineStart, n: toks.length };
}

/** Several numeric lines laid out as a table (or one line of many numbers). */
function tabular(nums: { l: Line; start: number }[]): boolean {
  const cols = nums.map((x) => columns(x.l, x.start)!);
  if (nums.some((x, i) => x.l.kind === 'values' && cols[i].n >= 5)) return true;
  const multi = cols.filter((c) => c.n >= 2);
  if (multi.length >= 2) return true;
  // Rows of one value line up only if they are far from their labels: justified prose lines
  // ending in a number also end at the same column.
  const single = nums.map((x, i) => (x.l.kind === 'row' && x.l.values.length === 1 ? x.l.tokens[0].start - x.l.labelEnd : 99) >= 4 ? i : -1)
    .filter((i) => i >= 0);
  // Pairs among the first rows only: the answer comes early on a table, and a huge run stays linear.
  const some = single.slice(0, 64);
  for (let a = 0; a < some.length; a++) {
    for (let b = a + 1; b < some.length; b++) {
      const [i, j] = [some[a], some[b]];
      if (Math.abs(cols[i].first - cols[j].first) <= 3 || Math.abs(cols[i].last - cols[j].last) <= 3) return true;
    }
  }
  return false;
}
/** A label line waiting for its figures; `grouped`: a group label's piece stood before it (（五）不 1.信访举). */
interface Pending { line: number; cells: Cell[]; numbered: boolean; grouped?: boolean }

/**
 * Label lines a split label may hold before its figures: a numbered head with one-cell pieces below it
 * (a long label wrapped in a narrow cell, printed row by row: 2.申请人逾期未按收费通知要求缴 / 纳费用、 /
 * 行政机关不再处理其政府信息公开 / 申请 / 0 0 …; four characters a line in the narrowest: 2.申请人 / 逾期未按 / … / 请)
 * takes up to MAX_HEAD_PIECES lines, any other run MAX_LABEL_LINES.
 */
const MAX_HEAD_PIECES = 12;
const roomIn = (p: Pending[]): boolean => p.length < (isHeadRun(p) ? MAX_HEAD_PIECES : MAX_LABEL_LINES);

function rowOf(lines: LineMap, first: number, last: number, cells: Cell[]): RawRow {
  return { line: first, endLine: last, start: lines.lineStarts[first], end: lines.lineEnd(last), cells, width: null };
}

/** Rows of one segment, from its first to its last numeric line. */
function rowsOf(lines: LineMap, seg: { line: number; l: Line }[]): RawRow[] {
  const rows: RawRow[] = [];
  let pending: Pending[] = [];
  let prevLine = -2;
  let lastRow: RawRow | null = null;
  /** The last row with figures on its label's first line, its own label's column and the line its label has reached. */
  let tailRow: RawRow | null = null;
  let tailCol = -1;
  let tailLine = -2;
  const openTail = (row: RawRow | null, col: number) => { tailRow = col >= 0 ? row : null; tailCol = col; tailLine = row?.endLine ?? -2; };
  const flush = () => {
    for (const p of pending) rows.push(rowOf(lines, p.line, p.line, p.cells));
    pending = [];
  };
  // Vertical header text, one character a line (办 / 理 of 三、本年度办理结果), may sit between
  // the lines of one split label: such lines neither end the label nor break its lines apart.
  const vertical = new Set<number>();
  const follows = (a: number, line: number): boolean => {
    if (a === line - 1) return true;
    if (a < 0 || line - a > MAX_LABEL_LINES + 1) return false;
    for (let k = a + 1; k < line; k++) if (!vertical.has(k)) return false;
    return true;
  };
  /** The pending label lines that a values line right below continues (head first), or []. */
  const labelRun = (line: number): Pending[] => {
    if (!pending.length || !follows(pending[pending.length - 1].line, line)) return [];
    return pending;
  };
  for (let i = 0; i < seg.length; i++) {
    const { line, l } = seg[i];
    const adjacent = prevLine === line - 1;
    if (l.kind === 'blank' || l.kind === 'footer') { prevLine = -2; lastRow = null; continue; }
    if (isVertical(l) && pending.length && pending.length < MAX_LABEL_LINES) {
      vertical.add(line);
      continue;
    }
    // A row label wrapped in its narrow cell with the figures on its first line (an office document's
    // table: the cell's text at its top): the pieces below in the label's own column, past the group
    // label's pieces left of it, go on that label (（三） 1.属于  4 0 … / 不予公 国家 / 开   秘密), also past
    // one blank line (a paragraph break in the cell) and onto the next page, whose columns may stand
    // elsewhere (a lone indented piece first on the page sets the label's column anew).
    const tail = tailRow as RawRow | null;
    if ((l.kind === 'label' || l.kind === 'debris') && !pending.length && tail && line - tailLine <= 2 && continuesRow(seg, i)) {
      const text = lines.lineText(line);
      const pageTop = text.startsWith('\f') && line === tailLine + 1;
      const piece = pieceAtColumn(text, tailCol) ?? (pageTop ? lonePiece(text) : null);
      // (Not a character of vertical header text: 三 / 、 / 本 / 年 …, one a line.)
      const oneChar = (k: number) => k < lines.lineCount && [...lines.lineText(k).trim()].length === 1;
      if (piece && !(oneChar(line) && oneChar(line + 1))) {
        const labelCells = tail.cells.filter((c) => c.value.type === 'text');
        tail.cells = [...labelCells, cellAt(piece.text, lines.lineStarts[line] + piece.at), ...tail.cells.slice(labelCells.length)];
        tail.endLine = line;
        tail.end = lines.lineEnd(line);
        tailCol = piece.at;
        tailLine = prevLine = line;
        continue;
      }
    }
    // A group label's pieces alone (度办, 理结 （三）) between a row and the end of its label (其他情形）)
    // neither end the row nor start one.
    if ((l.kind === 'debris' && l.cells.length === 1 || l.kind === 'label' && onlyGroupPieces(l.cells)) && !pending.length) { prevLine = line; continue; }
    // The last short piece of a split label (申请) on the line right above its figures alone.
    // (Also a short piece inside such a label (用、), when the label goes on or its figures follow on the next line.)
    if (l.kind === 'debris' && l.cells.length === 1 && /^[“"]?[\u3400-\u9fff]{1,3}[、，”"]?$/.test(l.cells[0].text) && pending.length > 0 && roomIn(pending)
      && isHeadRun(pending) && follows(pending[pending.length - 1].line, line) && seg[i + 1]?.line === line + 1 && pieceOrFigures(seg[i + 1].l)) {
      pending.push({ line, cells: l.cells, numbered: false });
      prevLine = line;
      continue;
    }
    if (l.kind === 'debris') {
      flush();
      // Spaced-out text (三 、本 年 度办 理 结果) is one label read cell by cell; one character alone is nothing.
      if (l.cells.length > 1) rows.push(rowOf(lines, line, line, l.cells));
      prevLine = -2; lastRow = null;
      continue;
    }
    if (l.kind === 'label' || l.kind === 'heading') {
      // The line's own label piece, past a group label's piece in its narrow column (（四）  政府信息).
      let own = ownLabel(l.cells);
      // (Below a first line that had a group label's piece before it, the group label's next piece.)
      if (own === l.cells && pending[0]?.grouped && follows(pending[pending.length - 1].line, line)) own = ownTail(l.cells);
      const numbered = l.kind === 'heading' || (own !== l.cells ? NUMBERED.test(own[0].text) : l.numbered);
      if (!numbered && own.length === 1 && pending.length && roomIn(pending) && follows(pending[pending.length - 1].line, line)) {
        pending.push({ line, cells: own, numbered });
      } else if (!numbered && own.length === 1 && adjacent && lastRow && !pending.length && lastRow.cells.length && NUMBERED.test(ownLabel([lastRow.cells[0]])[0].text) && continuesRow(seg, i)) {
        // The end of the label of the row above, whose values were printed on its first line.
        const labelCells = lastRow.cells.filter((c) => c.value.type === 'text');
        const valueCells = lastRow.cells.slice(labelCells.length);
        lastRow.cells = [...labelCells, ...own, ...valueCells];
        lastRow.endLine = line;
        lastRow.end = lines.lineEnd(line);
        lastRow = null;
      } else {
        flush();
        pending = [{ line, cells: own.length === 1 ? own : l.cells, numbered, grouped: own !== l.cells && own.length === 1 }];
        lastRow = null;
      }
      prevLine = line;
      continue;
    }
    if (l.kind === 'values') {
      const run = labelRun(line);
      const bare = l.cells.length === 1 && !run.length;
      if (run.length && isHeadRun(run)) {
        const cells = [...run.flatMap((p) => p.cells), ...l.cells];
        pending = [];
        rows.push((lastRow = rowOf(lines, run[0].line, line, cells)));
        // (Figures alone on their line: text in reading order, whose lines below are the next row's.)
        openTail(null, -1);
      } else {
        flush();
        if (!bare) rows.push((lastRow = rowOf(lines, line, line, l.cells)));
        else lastRow = null;
        openTail(null, -1);
      }
      prevLine = line;
      continue;
    }
    if (l.kind === 'row') {
      const run = labelRun(line);
      let own = ownLabel(l.label);
      if (own === l.label && run[0]?.grouped) own = ownTail(l.label);
      if (run.length && own.length === 1 && !NUMBERED.test(own[0].text) && roomIn(run) && isHeadRun(run)) {
        // Values on the middle or last line of a split label.
        const cells = [...run.flatMap((p) => p.cells), ...own, ...l.values];
        pending = [];
        rows.push((lastRow = rowOf(lines, run[0].line, line, cells)));
        openTail(lastRow, run[0].cells[0].start - lines.lineStarts[run[0].line]);
      } else {
        flush();
        // A group label printed on the line of its first sub-row: （四）无法提供   1.本机关不掌握…   31 …
        const subAt = l.label.length >= 2 && NUMBERED.test(l.label[0].text)
          ? l.label.findIndex((c, k) => k > 0 && NUMBERED.test(c.text)) : -1;
        if (subAt > 0) {
          const group = l.label.slice(0, subAt);
          rows.push({ line, endLine: line, start: lines.lineStarts[line], end: group[group.length - 1].end, cells: group, width: null });
          const rest = [...l.label.slice(subAt), ...l.values];
          rows.push((lastRow = { line, endLine: line, start: rest[0].start, end: lines.lineEnd(line), cells: rest, width: null }));
          openTail(lastRow, rest[0].start - lines.lineStarts[line]);
        } else {
          rows.push((lastRow = rowOf(lines, line, line, [...l.label, ...l.values])));
          openTail(lastRow, ownLabelColumn(lines.lineText(line), l.label[l.label.length - 1].end - lines.lineStarts[line]));
        }
      }
      prevLine = line;
      continue;
    }
  }
  flush();
  return rows;
}

/** A run of label lines is one split label when it starts with a numbered line, one cell a line. */
function isHeadRun(run: Pending[]): boolean {
  return run[0].numbered && run.every((p) => p.cells.length === 1);
}

/** The line after a split label's short piece: its figures alone, or another unnumbered piece. */
function pieceOrFigures(l: Line): boolean {
  return l.kind === 'values' || (l.kind === 'label' && !l.numbered && l.cells.length === 1)
    || (l.kind === 'row' && !l.numbered && !l.tight && l.label.length === 1 && l.values.length >= 2);
}

/** An unnumbered label line after a row continues that row's label unless a values line follows it. */
function continuesRow(seg: { line: number; l: Line }[], i: number): boolean {
  const next = seg[i + 1];
  return !next || next.line !== seg[i].line + 1 || next.l.kind !== 'values';
}

export function findSpacedTables(lines: LineMap, free: (line: number) => boolean): TableBlock[] {
  const blocks: TableBlock[] = [];
  const n = lines.lineCount;
  const classified: (Line | null)[] = new Array(n).fill(null);
  let open = false;
  for (let line = 0; line < n; line++) {
    const text = lines.lineText(line);
    const l: Line = free(line) ? classifyLine(text, lines.lineStarts[line], open) : { kind: 'skip' };
    classified[line] = l;
    open = (l.kind === 'label' || l.kind === 'row') && unclosed(open, text);
  }
  let seg: { line: number; l: Line }[] = [];
  let gap = 0;
  // The segment holds figures set apart from a label or several on a line; a 表二 caption (kept as it grows: linear).
  let wide = false, caption = false;
  const flush = () => {
    const numIdx = seg.map((s, i) => (isNumeric(s.l) && !(s.l.kind === 'values' && s.l.cells.length === 1) ? i : -1)).filter((i) => i >= 0);
    if (numIdx.length) {
      const firstNum = numIdx[0];
      // Label lines right above the first numeric line may be its split label.
      let from = firstNum;
      while (from > 0 && firstNum - from < MAX_LABEL_LINES - 1 && seg[from - 1].line === seg[from].line - 1 && (seg[from - 1].l.kind === 'label' || (rowHeading(seg[from - 1].l) && from === firstNum)) && seg[firstNum].l.kind === 'values') from--;
      // So may a numbered first line, one-piece continuations and vertical characters above a row
      // whose label is one unnumbered piece (一、本年新收 / 办 / 政府信息公开 / 申请数量  13 4 …).
      const top = splitHeadAbove(seg, firstNum);
      if (top >= 0) from = Math.min(from, top);
      const part = seg.slice(from, labelTailEnd(seg, numIdx[numIdx.length - 1]) + 1); // and a wrapped label's last piece below
      const nums = numIdx.map((i) => ({ l: seg[i].l, start: lines.lineStarts[seg[i].line] }));
      if (tabular(nums) || (caption && nums.length >= 2)) {
        // Header lines above the first numeric line belong to no row unless they are its split label.
        const rows = rowsOf(lines, part).filter((r) => r.endLine >= seg[firstNum].line);
        const blankFirst = blankFirstRow(seg, firstNum);
        if (blankFirst && rows.length && rows[0].line > blankFirst.line) rows.unshift(rowOf(lines, blankFirst.line, blankFirst.line, blankFirst.cells));
        if (rows.length) {
          fillBlankCells(lines, rows);
          const first = rows[0];
          const last = rows.reduce((a, b) => (b.endLine >= a.endLine ? b : a));
          blocks.push({ layout: 'spaced', startLine: first.line, endLine: last.endLine, start: first.start, end: last.end, rows });
        }
      }
    }
    seg = [];
    gap = 0;
    wide = caption = false;
  };
  const nextContent = (line: number): Line | null => {
    for (let j = line + 1; j < n && j <= line + MAX_GAP; j++) {
      const l = classified[j]!;
      if (l.kind !== 'blank' && l.kind !== 'footer') return l;
    }
    return null;
  };
  /** The segment so far already has rows of figures (a table is under way). */
  const tableAbove = () => seg.some((s) => (s.l.kind === 'row' && !s.l.tight && s.l.values.length >= 2) || (s.l.kind === 'values' && s.l.cells.length >= 2));
  for (let line = 0; line < n; line++) {
    const l = classified[line]!;
    if (l.kind === 'skip' || l.kind === 'prose') { flush(); continue; }
    // A short label and one number one space apart is a row only inside a table already found (or below a 表二 caption:
    // 行政许可 97), never with lone figures below it (行政规范性文件 62 / 33 / 440: reading order, layouts/column-block.ts).
    if (l.kind === 'row' && l.tight && !wide && (!caption || loneFigureBelow(classified, line, MAX_GAP))) { flush(); continue; }
    if (l.kind === 'heading') {
      // A section heading ends the table; a numbered row label printed alone (三、本年度办理结果) does not,
      // nor one whose figures follow on the next line (PDF text in reading order: 一、本年新收… / 40 4 0 …).
      const next = nextContent(line);
      const figuresBelow = rowHeading(l) && classified[line + 1]?.kind === 'values' && (classified[line + 1] as { cells: Cell[] }).cells.length >= 2;
      if ((!next || next.kind !== 'row' || next.tight) && !figuresBelow && !splitHeadBelow(classified, line, tableAbove())) { flush(); continue; }
    }
    if (l.kind === 'blank' || l.kind === 'footer') {
      if (!seg.length) continue;
      if (++gap > MAX_GAP) { flush(); continue; }
    } else {
      gap = 0;
    }
    seg.push({ line, l });
    if (l.kind === 'row' ? !l.tight : l.kind === 'values' && l.cells.length > 1) wide = true;
    if (isCaption(l)) caption = true;
  }
  flush();
  return blocks;
}

export const spacedReader: LayoutReader = {
  layout: 'spaced',
  read: findSpacedTables,
};
