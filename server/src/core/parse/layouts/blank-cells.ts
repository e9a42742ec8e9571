// Web copies with one cell per line and NO separators between cells, where an empty table cell
// is an empty line (a browser's "text" copy of a page whose <td>s each end a line): `规章` / `13`
// / `13` / `524`, and in table 三 `（二）部分公开` / `3` followed by six empty lines for the six
// blank cells of the row. Blank lines are positions here, not separators, so the reader keeps
// one empty cell per blank line and marks the block `positional`: interpret-table reads it only
// when every row takes exactly the values the format gives it (see ./blank-cells-read.ts), and
// otherwise reads the non-empty cells as PDF text in reading order (column-block) would, or
// reports the table unreadable.
//
// The shape is told apart from the other one-cell-per-line layouts without the format: the cells
// run together (most cells touch the next one: no blank line between cells), blank lines occur
// inside the run (otherwise the column-block reader reads it as before), and few cells stand
// alone between blank lines (PDF text in reading order and blank-line separated web copies put
// blank lines between most cells).
import { LineMap } from '../../text/line-map';
import { lineCell } from '../cell-at';
import type { Cell, RawRow, TableBlock } from '../tables';
import { classifyLine, stopsAfter } from './column-block';
import type { LayoutReader } from './index';

/** Most blank lines in a row of the run: a row of blank cells (表三 has 7 value columns, 表四 15). */
const MAX_BLANKS = 15;
const MIN_NUMBERS = 3;
/** Longest line taken as a cell. */
const MAX_CELL = 60;
/** A numbered row label of table 三 (一、本年新收…数量, 三、本年度办理结果): not a section title. */
const NUMBERED = /^[\s\u3000]*[一二三四五六七八九十]{1,3}[\s\u3000]*、/;

/** A numbered line that is a row label rather than a section heading: short, no sentence, not a 情况/事项 title. */
function isNumberedLabel(t: string): boolean {
  if (!NUMBERED.test(t) || t.length > 40 || /[。！？!?，,；;：:]/.test(t)) return false;
  const body = t.replace(NUMBERED, '').replace(/[\s\u3000]/g, '');
  return body.length >= 6 && !/(?:情况|事项|问题|情況|事項|問題)$/.test(body);
}

/** A line as a cell ('num', 'text'), a blank line, or a line that ends the run ('break'). */
function classify(text: string): ReturnType<typeof classifyLine> {
  const t = text.trim();
  if (t.length <= 40) return classifyLine(text);
  // Labels with their statutory note (（二）部分公开（区分处理的，…）) are longer than PDF cells.
  if (t.length > MAX_CELL || /[\t|<#]/.test(text) || NUMBERED.test(t) || /[。！？!?]/.test(t) || /[，,；;：:]$/.test(t)) return 'break';
  return 'text';
}

type Slot = { line: number; cell: Cell | null };


/** Is a run of lines (cells and blank lines, the first a cell) this layout? */
function isDenseWithBlanks(run: Slot[]): boolean {
  const cells = run.filter((s) => s.cell);
  if (cells.length < 8) return false;
  let numbers = 0;
  for (const s of cells) if (s.cell!.value.type === 'int' || s.cell!.value.type === 'decimal') numbers++;
  const blanks = run.length - cells.length;
  // Values (figures and blank cells) make a fair share of the slots.
  if (numbers < MIN_NUMBERS || (numbers + blanks) * 4 < cells.length) return false;
  // The header cells run together: at least three text cells before the first value or blank
  // line (PDF text in reading order and blank-line separated copies put blank lines between
  // header words); blank lines come later, among the values; and few cells stand
  // alone between blank lines. Or the header shows blank cells of its own as the rows do (gapsAround).
  let head = 0;
  while (head < run.length && run[head].cell && run[head].cell!.value.type === 'text') head++;
  if (blanks === 0) return false;
  if (head >= 3) return true;
  const gaps = gapsAround(run);
  return gaps.head > 0 && gaps.values >= MIN_GAPS;
}

/** Runs of two blank lines or more among the values a run needs when its header cells do not run together. */
const MIN_GAPS = 3;

/** Blank lines in a run among the header cells that are blank cells (more than a page break leaves: two). */
const HEAD_GAP = 3;

/**
 * Runs of HEAD_GAP blank lines or more before the run's first figure (`head`) and of two or more after it
 * (`values`), each followed by a cell: blank cells of the header (申请人情况 over blank slots) and of the rows (一、本年新收… / blank / blank /
 * 26 / five blanks / 26). Such a header does not run together, but shows its blank cells as its rows do; PDF text
 * in reading order and blank-line separated copies put single blank lines between header words.
 */
function gapsAround(run: Slot[]): { head: number; values: number } {
  const first = run.findIndex((s) => s.cell && (s.cell.value.type === 'int' || s.cell.value.type === 'decimal'));
  const gaps = { head: 0, values: 0 };
  let blank = 0;
  for (let i = 0; i < run.length; i++) {
    if (!run[i].cell) { blank++; continue; }
    if (first >= 0 && i > first) { if (blank >= 2) gaps.values++; } else if (blank >= HEAD_GAP) gaps.head++;
    blank = 0;
  }
  return gaps;
}

function blockOf(lines: LineMap, run: Slot[]): TableBlock {
  const rows: RawRow[] = run.map(({ line, cell }) => {
    const at = lines.lineStarts[line];
    const c: Cell = cell ?? { text: '', start: at, end: at, value: { type: 'empty' } };
    return { line, endLine: line, start: c.start, end: c.end, cells: [c], width: null };
  });
  const first = rows[0];
  const last = rows[rows.length - 1];
  return { layout: 'cell-lines', startLine: first.line, endLine: last.line, start: first.start, end: last.end, rows, regroup: true, positional: true };
}

/** Blocks of one-cell lines whose blank lines are blank cells. Linear in the number of lines. */
export function findBlankCellBlocks(lines: LineMap, free: (line: number) => boolean = () => true): TableBlock[] {
  const blocks: TableBlock[] = [];
  let run: Slot[] = [];
  let blanks = 0;
  const flush = () => {
    // Blank lines after the last cell stay in the run (the last row's blank cells): the reading
    // takes only as many as the row needs.
    let end = run.length;
    while (end > 0 && !run[end - 1].cell) end--;
    if (end > 0 && isDenseWithBlanks(run)) {
      const b = blockOf(lines, run);
      // A text that stops inside the table (read as PDF text in reading order when its blank lines do not fit).
      if (stopsAfter(lines, run[end - 1].line)) b.cut = true;
      blocks.push(b);
    }
    run = [];
    blanks = 0;
  };
  for (let line = 0; line < lines.lineCount; line++) {
    if (!free(line)) { flush(); continue; }
    const text = lines.lineText(line);
    const kind = classify(text);
    if (kind === 'blank') {
      if (!run.length) continue;
      if (++blanks > MAX_BLANKS) { flush(); continue; }
      run.push({ line, cell: null });
      continue;
    }
    if (kind === 'break' && !(run.length && isNumberedLabel(text.trim()))) { flush(); continue; }
    blanks = 0;
    run.push({ line, cell: lineCell(lines, line) });
  }
  flush();
  return blocks;
}

export const blankCellsReader: LayoutReader = {
  layout: 'cell-lines',
  read: (lines, free) => findBlankCellBlocks(lines, free),
};
