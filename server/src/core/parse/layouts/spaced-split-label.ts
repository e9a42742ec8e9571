// Split row labels in PDF layout text (spaced.ts): a numbered first line printed alone
// (一、本年新收), one-piece continuations and vertical header characters (办 / 理, one a line)
// before the line with the label's last piece and the figures. A section heading is never such
// a label; vertical characters are looked past on their own only inside a table under way. Also the
// first row whose cells are all blank: its label alone under the column headers (blankFirstRow).
import type { Line } from './spaced-line';
import type { Cell } from '../tables';
import { hanCount } from '../../text/han';
import { cellAt } from '../cell-at';

export const NUMBERED = /^(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}\s*[、,，.．]|\d{1,2}\s*[.．、](?!\d))/;

/**
 * A piece of a group label printed down its own narrow column left of the row labels, one piece a
 * line (三、/ 本年 / 度办 / 理结 / 果, （三）/ 不予公 / 开): three characters at most.
 */
const GROUP_PIECE = /^(?:[（(][一二三四五六七八九十]{1,2}[）)]|[\u3400-\u9fff]{1,3})$/;
/** The same piece one space before a numbered row label, in one cell: 本年 (二)部分公开（区分处理的，…; or the
 * group label's own first piece, its number and a character or three: （五）不 1.信访举. */
const PIECE_BEFORE = /^(?:[\u3400-\u9fff]{1,3}|[（(][一二三四五六七八九十]{1,2}[）)][\u3400-\u9fff]{0,3}) (?=\S)/;
/** A group label's later piece one space before the rest of a row label, in one cell: 予处理 报投诉类. */
const PIECE_BEFORE_TAIL = /^[\u3400-\u9fff]{1,3} (?=[\u3400-\u9fff“"])/;

/** A line of group label pieces only, two or more one space apart (果 不予公, 理结 （三）): no row label of its own. */
export function onlyGroupPieces(cells: Cell[]): boolean {
  const toks = cells.flatMap((c) => c.text.split(' '));
  return toks.length >= 2 && toks.every((t) => GROUP_PIECE.test(t));
}

/**
 * The label cells of a line without the group label's piece printed before them, when that leaves the
 * row's own label as one cell: ['（四）', '政府信息'] → ['政府信息'], ['本年 (二)部分公开(…'] →
 * ['(二)部分公开(…']. The same array when there is no such piece.
 */
export function ownLabel(cells: Cell[]): Cell[] {
  if (cells.length === 2 && GROUP_PIECE.test(cells[0].text)) return [cells[1]];
  if (cells.length !== 1) return cells;
  const m = PIECE_BEFORE.exec(cells[0].text);
  if (!m || !NUMBERED.test(cells[0].text.slice(m[0].length))) return cells;
  return [cellAt(cells[0].text.slice(m[0].length), cells[0].start + m[0].length)];
}

/**
 * The label cell of a line continuing a row label whose first line had a group label's piece before it
 * (（五）不 1.信访举 / 予处理 报投诉类 0 0 …): the continuation without the group label's next piece
 * (['报投诉类']). The same array when there is no such piece.
 */
export function ownTail(cells: Cell[]): Cell[] {
  if (cells.length === 2 && GROUP_PIECE.test(cells[0].text) && !NUMBERED.test(cells[1].text)) return [cells[1]];
  if (cells.length !== 1) return cells;
  const m = PIECE_BEFORE_TAIL.exec(cells[0].text);
  if (!m || NUMBERED.test(cells[0].text.slice(m[0].length))) return cells;
  return [cellAt(cells[0].text.slice(m[0].length), cells[0].start + m[0].length)];
}

/** Label lines that make one row (head and continuations). */
export const MAX_LABEL_LINES = 3;


/** One character of vertical header text alone on its line. */
export function isVertical(l: Line): boolean {
  return l.kind === 'debris' && l.cells.length === 1 && [...l.cells[0].text].length === 1 && hanCount(l.cells[0].text) === 1;
}

/** A section heading of the reports (一、总体情况, 六、其他需要报告的事项), never a row label. */
const SECTION_TAIL = /(?:情况|事项|问题|概述|说明|措施|目标|成效|计划|安排)$/;

/** A numbered line alone that may be a row label (一、本年新收政府信息公开申请数量), not a section heading. */
export function rowHeading(l: Line | null | undefined): boolean {
  return !!l && l.kind === 'heading' && l.cells.length === 1 && !SECTION_TAIL.test(l.cells[0].text);
}

/** A row of figures that ends a split label: one unnumbered label piece and several values, spaced apart. */
function isLabelledTail(l: Line | null | undefined): boolean {
  return !!l && l.kind === 'row' && !l.tight && !l.numbered && l.label.length === 1 && l.values.length >= 2;
}

/**
 * Whether the numbered line `line` (一、本年新收, classified as a heading) begins a split row label:
 * right below it, past vertical characters, either one unnumbered piece and then a row of figures
 * with the label's last piece (政府信息公开 / 申请数量  13 4 …), or, inside a table already under way
 * (`inTable`), the row itself. A section heading (…情况, …事项) is never such a label.
 */
export function splitHeadBelow(classified: (Line | null)[], line: number, inTable: boolean): boolean {
  const head = classified[line];
  if (!head || head.kind !== 'heading' || head.cells.length !== 1 || SECTION_TAIL.test(head.cells[0].text)) return false;
  let j = line + 1;
  let verticals = 0;
  const skipVertical = () => { while (j < classified.length && verticals < MAX_LABEL_LINES && isVertical(classified[j]!)) { j++; verticals++; } };
  skipVertical();
  const at = classified[j];
  if (verticals && inTable && at?.kind === 'row' && !at.tight) return true;
  const piece = at;
  if (!piece || piece.kind !== 'label' || piece.numbered || piece.cells.length !== 1) return false;
  j++;
  skipVertical();
  return isLabelledTail(classified[j]);
}

/**
 * The index in `seg` where the split label of the row at `firstNum` starts (a numbered heading line
 * that splitHeadBelow accepts, at most one piece and vertical characters between), or -1.
 */
export function splitHeadAbove(seg: { line: number; l: Line }[], firstNum: number): number {
  if (!isLabelledTail(seg[firstNum].l)) return -1;
  let k = firstNum - 1;
  let pieces = 0;
  while (k >= 0 && seg[k].line === seg[k + 1].line - 1 && firstNum - k <= MAX_LABEL_LINES * 2) {
    const l = seg[k].l;
    if (isVertical(l)) { k--; continue; }
    if (l.kind === 'heading') return l.cells.length === 1 && !SECTION_TAIL.test(l.cells[0].text) ? k : -1;
    if (l.kind !== 'label' || l.numbered || l.cells.length !== 1 || ++pieces > 1) return -1;
    k--;
  }
  return -1;
}

/**
 * The first row of a table when all its cells are blank: its label alone on the line between the
 * column headers (a line of two or more cells: 信息内容  本年制发件数  本年废止件数 …) and the first
 * row of figures. Without it the row would be taken for header text and reported missing.
 */
export function blankFirstRow(seg: { line: number; l: Line }[], firstNum: number): { line: number; cells: Cell[] } | null {
  const k = firstNum - 1;
  if (k < 1 || seg[firstNum].l.kind !== 'row') return null;
  const at = seg[k].l;
  const above = seg[k - 1].l;
  if (seg[k].line !== seg[firstNum].line - 1 || seg[k - 1].line !== seg[k].line - 1) return null;
  if (above.kind !== 'label' || above.cells.length < 2) return null;
  const ok = (at.kind === 'label' && !at.numbered) || at.kind === 'debris';
  if (!ok || at.cells.length !== 1 || hanCount(at.cells[0].text) < 2) return null;
  return { line: seg[k].line, cells: at.cells };
}

/** A 表二 block caption (第二十条第（五）项): rows below it are a table's, one space apart or not. */
export function isCaption(l: Line): boolean {
  return l.kind === 'label' && /^第二十条第/.test(l.cells[0]?.text ?? '');
}

/** The next line with content within `gap` lines below `line` is one figure alone (PDF text in reading order). */
export function loneFigureBelow(classified: (Line | null)[], line: number, gap: number): boolean {
  for (let j = line + 1; j < classified.length && j <= line + gap; j++) {
    const l = classified[j];
    if (l && l.kind !== 'blank' && l.kind !== 'footer') return l.kind === 'values' && l.cells.length === 1;
  }
  return false;
}

/** A wrapped label's last piece: a few Han characters alone, no numbering, no figures (性收费, 事项). */
const LABEL_TAIL = /^[\u3400-\u9fff]{1,8}$/;

/**
 * The index the block ends at, given its last line of figures: the line right below when it is the
 * last piece of that row's label wrapped inside its cell (行政事业  18651.06 / 性收费, a narrow label
 * column printed to PDF). The format joins it to the row only when the two make a statutory label.
 */
export function labelTailEnd(seg: { line: number; l: Line }[], lastNum: number): number {
  const row = seg[lastNum].l;
  const next = seg[lastNum + 1];
  if (row.kind !== 'row' || !next || next.line !== seg[lastNum].line + 1 || next.l.kind !== 'label' || next.l.numbered) return lastNum;
  return next.l.cells.length === 1 && LABEL_TAIL.test(next.l.cells[0].text.trim()) ? lastNum + 1 : lastNum;
}

/**
 * The column (offset in its first line) where a row's own numbered label starts: the last numbered
 * piece on that line (1.属于 in （三） 1.属于  4 0 0 …, （二）部分公 in 年度   （二）部分公  29 …), or -1.
 */
export function ownLabelColumn(lineText: string, labelEnd: number): number {
  const head = lineText.slice(0, labelEnd);
  let col = -1;
  for (const m of head.matchAll(/(^|[ \u3000])(?=\S)/g)) {
    const at = m.index + m[1].length;
    if (NUMBERED.test(head.slice(at))) col = at;
  }
  return col;
}

/**
 * The piece of a line that continues, in its own column, a label whose first line had its figures
 * (a label wrapped inside a narrow cell of an office document's table, the cell's text at its top:
 * （三） 1.属于  4 0 … / 不予公 国家 / 开   秘密): the text from `col` (or a column either side, as
 * pdftotext -layout rounds wide characters) to the end, when a space or the line's start stands before
 * it and only group label pieces (不予公, 开) or nothing stand left of it. Null otherwise, for a
 * numbered piece (the next row's label) and for one with a space or a figure in it (果 不予公: pieces
 * of a group label).
 */
export function pieceAtColumn(text: string, col: number): { at: number; text: string } | null {
  if (col < 0) return null;
  for (const c of [col, col - 1, col + 1]) {
    if (c < 0 || c >= text.length || /\s/.test(text[c]) || (c > 0 && !/[ \u3000]/.test(text[c - 1]))) continue;
    const left = text.slice(0, c).trim();
    if (left && !left.split(/[ \u3000]+/).every((t) => GROUP_PIECE.test(t))) return null;
    const piece = text.slice(c).trim();
    if (!piece || NUMBERED.test(piece) || /[ \u3000]/.test(piece) || /\d/.test(piece)) return null;
    return { at: c, text: piece };
  }
  return null;
}

/**
 * The piece that goes on a label at the top of a new page, whose columns may stand elsewhere: the last
 * piece of the line after the group label's pieces (\f无法提 关不), or one piece alone on an indented line
 * (\f    由大), as pieceAtColumn gives it.
 */
export function lonePiece(text: string): { at: number; text: string } | null {
  const m = /[ \u3000](\S+)[\s\u3000]*$/.exec(text);
  return m ? pieceAtColumn(text, m.index + 1) : null;
}
