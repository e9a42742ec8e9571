// Web copies with one table cell per line, in two shapes:
//   - pipe-terminated: every cell line ends in "|" (`规章 |`), a line of pipes only separates
//     rows (`|||`, `||`), a lone `|` is a blank cell when such separators exist and a row
//     separator otherwise; a caption may carry extra pipes (`第二十条第（一）项 | |||`);
//   - blank-line separated: each cell is a short one-line paragraph of its own, no pipes at
//     all; blank cells cannot be seen.
// The reader knows no report format: it looks for the general shape (runs of short cell lines,
// text labels followed by numbers) and leaves the rows to interpret-table, which regroups the
// cells with the statutory labels and column count (`regroup`). Raw rows are one per cell line,
// in reading order; a pipe separator line is an empty raw row, a row boundary the regrouping keeps.
import { LineMap } from '../../text/line-map';
import { readCellValue } from '../cell-value';
import type { Cell, RawRow, TableBlock } from '../tables';
import type { LayoutReader } from './index';

/** Longest line taken as one cell of a blank-line separated table (labels with notes are long). */
const MAX_CELL = 120;
/** Blank lines allowed between two cells of one table. */
const MAX_GAP = 2;
/** Most blank lines read as a row of blank cells (table 三 has seven value columns). */
const MAX_EMPTY_GAP = 16;
interface PipeLine { line: number; content: Cell | null; pipes: number; pipeAt: number; /** Last line of a cell broken over two lines. */ endLine?: number }

/** A line that is one cell followed by pipes only (`规章 |`, `|||`, `第二十条 | |||`); null otherwise. */
function pipeLine(lines: LineMap, line: number): PipeLine | null {
  const text = lines.lineText(line);
  const end = text.trimEnd();
  if (!end.endsWith('|')) return null;
  const first = end.indexOf('|');
  // Everything from the first pipe on is pipes and spaces.
  for (let i = first; i < end.length; i++) {
    const ch = end[i];
    if (ch !== '|' && ch !== ' ' && ch !== '\t' && ch !== '\u3000') return null;
  }
  let pipes = 0;
  for (let i = first; i < end.length; i++) if (end[i] === '|') pipes++;
  const raw = text.slice(0, first);
  const t = raw.trim();
  const s = lines.lineStarts[line];
  if (t === '') return { line, content: null, pipes, pipeAt: s + first };
  // Table cells are never tab-separated rows or GFM separator rows.
  if (t.includes('\t') || /^:?-{2,}:?$/.test(t)) return null;
  const lead = raw.length - raw.replace(/^[\s\u3000]+/, '').length;
  const cell: Cell = { text: t, start: s + lead, end: s + lead + t.length, value: readCellValue(t) };
  return { line, content: cell, pipes, pipeAt: s + first };
}

/** A line that is one lone pipe: the terminator of the cell on the line(s) above in some web copies. */
function lonePipe(lines: LineMap, line: number): boolean {
  return line >= 0 && line < lines.lineCount && lines.lineText(line).trim() === '|';
}

/** A line that may be a cell whose pipe stands on the next line: short, no pipe, tab or sentence end. */
function bareCellText(lines: LineMap, line: number): string | null {
  const t = lines.lineText(line).trim();
  if (t === '' || t.length > MAX_CELL || /[|\t。；;！!？?]/.test(t) || /[：:]$/.test(t)) return null;
  return t;
}

/**
 * The cell of a copy that puts each cell's pipe on the line below it (`规章` / `|` / `0` / `|`):
 * the cell line(s) read as one pipe-terminated cell line, and the line after its pipe. A header
 * cell broken over two short lines (`商业` / `企业` / `|`) is one cell. Null when `line` is not such.
 */
function pipeBelow(lines: LineMap, line: number): { p: PipeLine; next: number } | null {
  const t = bareCellText(lines, line);
  if (t === null) return null;
  const s = lines.lineStarts[line];
  const text = lines.lineText(line);
  const lead = text.length - text.replace(/^[\s\u3000]+/, '').length;
  if (lonePipe(lines, line + 1)) {
    const cell: Cell = { text: t, start: s + lead, end: s + lead + t.length, value: readCellValue(t) };
    return { p: { line, content: cell, pipes: 1, pipeAt: lines.lineStarts[line + 1] + lines.lineText(line + 1).indexOf('|') }, next: line + 2 };
  }
  const t2 = line + 1 < lines.lineCount ? bareCellText(lines, line + 1) : null;
  if (t2 !== null && lonePipe(lines, line + 2) && t.length <= 6 && t2.length <= 6 && hanCount(t) === t.length && hanCount(t2) === t2.length) {
    const s2 = lines.lineStarts[line + 1];
    const text2 = lines.lineText(line + 1);
    const lead2 = text2.length - text2.replace(/^[\s\u3000]+/, '').length;
    const cell: Cell = { text: t + t2, start: s + lead, end: s2 + lead2 + t2.length, value: readCellValue(t + t2) };
    return { p: { line, endLine: line + 1, content: cell, pipes: 1, pipeAt: lines.lineStarts[line + 2] + lines.lineText(line + 2).indexOf('|') }, next: line + 3 };
  }
  return null;
}

/**
 * A numbered line (二、主动公开政府信息情况) with its pipe below or at its end (then at a run's start, or
 * long) is a section heading, not a row label, unless values (一、本年新收…申请数量 / | / 0) or, after its own
 * pipe, blank cells follow it, or it continues the run's own short labels (三、本年度办理结果 after 二、上年结转…).
 */
function headingAbove(lines: LineMap, below: { p: PipeLine; next: number }, run: PipeLine[], own = false): boolean {
  const text = below.p.content?.text ?? '';
  const m = TOP_NUMERAL.exec(text);
  if (!m) return false;
  let after = below.next;
  while (after < lines.lineCount && lines.lineText(after).trim() === '') after++;
  const t = after < lines.lineCount ? lines.lineText(after).replace(/\|/g, '').trim() : '';
  if (t ? readCellValue(t).type !== 'text' : own) return false;
  const n = NUMERALS.indexOf(m[0]) + 1;
  if (m[0].length !== 1 || text.length > 12) return true;
  for (let i = run.length - 1; i >= 0; i--) {
    const prev = run[i].content ? TOP_NUMERAL.exec(run[i].content!.text) : null;
    if (prev) return !(prev[0].length === 1 && NUMERALS.indexOf(prev[0]) + 1 === n - 1);
  }
  return true;
}

function hanCount(s: string): number {
  let n = 0; for (const ch of s) if (ch >= '\u3400' && ch <= '\u9fff') n++;
  return n;
}

const isText = (c: Cell) => c.value.type === 'text';
const isLabelish = (c: Cell) => isText(c) && hanCount(c.text) >= 2;
const isNumber = (c: Cell) => !isText(c) && c.value.type !== 'empty';

/**
 * Table rhythm: label cells followed by value cells, at least `rows` times, with enough numbers.
 * Blank cells (explicit in pipe copies) count as values.
 */
function looksLikeTable(cells: Cell[], rows: number, minNumbers: number, oneRowOfFigures = true): boolean {
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

function rowOf(lines: LineMap, cells: Cell[], firstLine: number, lastLine: number): RawRow {
  const start = lines.lineStarts[firstLine];
  return { line: firstLine, endLine: lastLine, start, end: lines.lineStarts[lastLine] + lines.lineText(lastLine).length, cells, width: null };
}

function blockOf(rows: RawRow[]): TableBlock {
  const first = rows[0];
  const last = rows[rows.length - 1];
  return { layout: 'cell-lines', startLine: first.line, endLine: last.endLine, start: first.start, end: last.end, rows, regroup: true };
}

/**
 * Pipe-terminated cell lines: one raw row per cell line, and an empty raw row (no cells) for
 * each separator line, which interpret-table keeps as a row boundary.
 */
function readPipeRun(lines: LineMap, run: PipeLine[]): TableBlock | null {
  const multiSep = run.some((p) => !p.content && p.pipes >= 2);
  const rows: RawRow[] = [];
  for (const p of run) {
    if (p.content) rows.push(rowOf(lines, [p.content], p.line, p.endLine ?? p.line));
    // A blank cell: its range is the gap before the pipe.
    else if (multiSep && p.pipes === 1) rows.push(rowOf(lines, [{ text: '', start: p.pipeAt, end: p.pipeAt, value: { type: 'empty' } }], p.line, p.line));
    else if (rows.length && rows[rows.length - 1].cells.length) rows.push({ ...rowOf(lines, [], p.line, p.line), pipes: { count: p.pipes, at: p.pipeAt } });
  }
  while (rows.length && !rows[rows.length - 1].cells.length) rows.pop();
  const all = rows.flatMap((r) => r.cells);
  if (all.length < 4 || !looksLikeTable(all, 1, 1)) return null;
  return blockOf(rows);
}

const TOP_NUMERAL = /^[一二三四五六七八九十]+(?=、)/;

/** A part heading of the report (二、主动公开政府信息情况): numbered, words only, no figure. */
const partHeading = (lines: LineMap, line: number, t = lines.lineText(line).trim()) => TOP_NUMERAL.test(t) && hanCount(t) >= 8 && !/[\d０-９]/.test(t);
const NUMERALS = '一二三四五六七八九十';

/** A blank-line separated cell candidate: a short line that is not a sentence, heading mark or other layout. */
function plainCell(lines: LineMap, line: number): Cell | null {
  const text = lines.lineText(line);
  const t = text.trim();
  if (t === '' || t.length > MAX_CELL) return null;
  // Sentences, and lines that lead into what follows (……如下：), are prose.
  if (/[|\t。；;！!？?]/.test(t) || /^#/.test(t) || /[：:，,、]$/.test(t)) return null;
  const s = lines.lineStarts[line];
  const lead = text.length - text.replace(/^[\s\u3000]+/, '').length;
  return { text: t, start: s + lead, end: s + lead + t.length, value: readCellValue(t) };
}

/**
 * Cuts a run of blank-line separated cells at lines that are section headings rather than row
 * labels: a "N、" line followed by text is a heading unless it continues the run's own
 * numbering (三、本年度办理结果 after 二、上年结转…) with a short label.
 */
function splitAtHeadings(run: { line: number; cell: Cell; endLine?: number }[]): { line: number; cell: Cell; endLine?: number }[][] {
  const out: { line: number; cell: Cell; endLine?: number }[][] = [];
  let cur: { line: number; cell: Cell; endLine?: number }[] = [];
  let lastNumeral = 0;
  for (let i = 0; i < run.length; i++) {
    const { cell } = run[i];
    const m = TOP_NUMERAL.exec(cell.text);
    if (m) {
      const n = m[0].length === 1 ? NUMERALS.indexOf(m[0]) + 1 : 0;
      const next = run[i + 1]?.cell;
      const labelOfRow = !!next && !isText(next);
      const continues = n > 0 && n === lastNumeral + 1 && cell.text.length <= 12;
      if (!labelOfRow && !continues) {
        if (cur.length) out.push(cur);
        cur = [];
        lastNumeral = 0;
        continue;
      }
      lastNumeral = n;
    }
    cur.push(run[i]);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Figures a blank-line separated run holds before a line of spaces counts as an empty cell of it. */
const MIN_FIGURES = 4;

/** Figures among a run's first cells, counted up to MIN_FIGURES (bounded: called per line of spaces). */
function figures(run: { cell: Cell }[]): number {
  let n = 0;
  for (let i = 0; i < run.length && i < 200 && n < MIN_FIGURES; i++) {
    const t = run[i].cell.value.type;
    if (t === 'int' || t === 'signed') n++;
  }
  return n;
}

/** Most empty cells a gap before a row label stands for (table 三 has seven value columns). */
const MAX_BLANK_ROW = 8;
/** Figures and empty cells a run holds before a gap followed by a label is read as empty cells. */
const MIN_FILLED = 4;

/** Figures and empty cells among a run's cells, counted up to MIN_FILLED from its end (bounded). */
function filled(run: { cell: Cell }[]): number {
  let n = 0;
  for (let i = run.length - 1; i >= 0 && i >= run.length - 200 && n < MIN_FILLED; i--) {
    if (!isText(run[i].cell)) n++;
  }
  return n;
}

type PlainCell = { line: number; cell: Cell; endLine?: number; soft?: boolean };

function readPlainRun(lines: LineMap, run: PlainCell[], lastLine: number): TableBlock | null {
  // Trailing text after the last value is prose or a signature, not the table, unless the
  // text stops there (a copy cut inside the table). Empty cells read from a gap before a label
  // (soft) that end the run belonged to no row: the gap only ended the table.
  let n = run.length;
  if (!run.length || run[run.length - 1].line < lastLine) while (n > 0 && isText(run[n - 1].cell)) n--;
  while (n > 0 && run[n - 1].soft) n--;
  const cells = run.slice(0, n);
  if (cells.length < 6) return null;
  // Without pipes the shape is the only evidence: several label → numbers rows, mostly numbers.
  // Blank cells read from long gaps are evidence too: a row of them ending in a figure.
  const blanks = cells.filter((c) => c.cell.value.type === 'empty').length;
  if (!looksLikeTable(cells.map((c) => c.cell), 2, blanks >= 3 ? 2 : 4, false)) return null;
  return blockOf(cells.map((c) => rowOf(lines, [c.cell], c.line, c.endLine ?? c.line)));
}

export const cellLinesReader: LayoutReader = {
  layout: 'cell-lines',
  read(lines, free) {
    const blocks: TableBlock[] = [];
    // Pipe-terminated cell lines first; the plain reader then skips the lines they took.
    const taken = new Set<number>();
    let run: PipeLine[] = [];
    let blanks = 0;
    const flushPipe = () => {
      if (run.length) {
        const b = readPipeRun(lines, run);
        if (b) {
          blocks.push(b);
          for (let l = b.startLine; l <= b.endLine; l++) taken.add(l);
        }
      }
      run = [];
      blanks = 0;
    };
    for (let line = 0; line < lines.lineCount; line++) {
      if (!free(line)) { flushPipe(); continue; }
      if (lines.lineText(line).trim() === '') {
        if (run.length && ++blanks > 1) flushPipe();
        continue;
      }
      const p = pipeLine(lines, line);
      if (!p) {
        // The pipe on the line below the cell: both lines belong to the run.
        const below = pipeBelow(lines, line);
        if (below && free(below.next - 1) && free(below.next - 2) && !headingAbove(lines, below, run)) {
          blanks = 0;
          run.push(below.p);
          line = below.next - 1;
          continue;
        }
        flushPipe();
        continue;
      }
      if (p.content && (!run.length || p.content.text.length > 12) && headingAbove(lines, { p, next: (p.endLine ?? line) + 1 }, run, true)) { flushPipe(); continue; }
      blanks = 0;
      run.push(p);
    }
    flushPipe();

    let lastLine = lines.lineCount - 1;
    while (lastLine > 0 && lines.lineText(lastLine).trim() === '') lastLine--;
    let plain: PlainCell[] = [];
    let gap = 0;
    /** Blank cells the run read from long gaps before a figure: the page writes empty cells as line breaks. */
    let gapCells = 0;
    // PDF text in reading order also puts blank lines between cells, but not everywhere: two
    // cell-like lines that touch (a label and its value, two labels) show it is not this layout,
    // and the runs on both sides of them are left to the column-block reader.
    let tainted = false;
    const flushPlain = () => {
      if (!tainted) {
        for (const part of splitAtHeadings(plain)) {
          const b = readPlainRun(lines, part, lastLine);
          if (b) blocks.push(b);
        }
      }
      plain = [];
      gap = 0;
      gapCells = 0;
      tainted = false;
    };
    const blank = (l: number) => l < 0 || l >= lines.lineCount || lines.lineText(l).trim() === '';
    const cellLike = (l: number) => !blank(l) && free(l) && !taken.has(l) && plainCell(lines, l) !== null;
    for (let line = 0; line < lines.lineCount; line++) {
      if (!free(line) || taken.has(line)) { flushPlain(); continue; }
      // A line of spaces alone between blank lines, inside a run that already holds figures, is
      // an empty cell the page kept as a space (an empty <td> copied as &nbsp;): its row stays whole.
      if (lines.lineText(line) !== '' && lines.lineText(line).trim() === '' && blank(line - 1) && blank(line + 1)
        && plain.length && gap <= MAX_GAP && figures(plain) >= MIN_FIGURES) {
        const at = lines.lineStarts[line];
        plain.push({ line, cell: { text: '', start: at, end: at, value: { type: 'empty' } } });
        gap = 0;
        continue;
      }
      if (lines.lineText(line).trim() === '') {
        if (plain.length && ++gap > MAX_EMPTY_GAP) flushPlain();
        continue;
      }
      // A long gap (more blank lines than between two cells) is a run of blank cells when a
      // value follows it: each blank line after the first stands for one empty cell
      // (`一、本年新收…` / 7 blank lines / `0`: six empty cells, then 总计). Before anything
      // else, the gap ends the table.
      // A page that writes an empty cell as one more line break shows a row of blank cells before
      // the next row's label the same way (`二、上年结转…` / 8 blank lines / `三、本年度办理结果`:
      // seven empty cells), inside a run that already holds figures or blank cells: those cells
      // are soft, dropped again when the label turns out to start prose after the table.
      if (plain.length && gap > MAX_GAP) {
        const next = blank(line - 1) && blank(line + 1) ? plainCell(lines, line) : null;
        // (Only once the run has shown the page's way: blank cells read from a gap before a figure.
        // A label alone before a long gap and a caption is otherwise no row of blank cells.)
        const beforeLabel = !!next && isText(next) && gapCells > 0 && gap - 1 <= MAX_BLANK_ROW && filled(plain) >= MIN_FILLED;
        if (!next || (isText(next) && !beforeLabel)) flushPlain();
        else for (let l = line - gap + 1; l < line; l++) {
          const at = lines.lineStarts[l];
          plain.push({ line: l, cell: { text: '', start: at, end: at, value: { type: 'empty' } }, soft: beforeLabel || undefined });
          if (!beforeLabel) gapCells++;
        }
      }
      // A header cell broken over two short lines (`本年新` / `制作数量`), blank lines around
      // the pair: one cell, as the page shows it.
      if (blank(line - 1) && !blank(line + 1) && blank(line + 2) && free(line + 1) && !taken.has(line + 1)) {
        const a = lines.lineText(line).trim();
        const b = lines.lineText(line + 1).trim();
        if (a.length <= 6 && b.length <= 6 && hanCount(a) === a.length && hanCount(b) + (b.match(/[/／]/g)?.length ?? 0) === b.length) {
          const first = plainCell(lines, line)!;
          const second = plainCell(lines, line + 1)!;
          if (first && second) {
            gap = 0;
            plain.push({ line, endLine: line + 1, cell: { text: a + b, start: first.start, end: second.end, value: readCellValue(a + b) } });
            line++;
            continue;
          }
        }
      }
      // A cell is a paragraph of one line: lines run together are prose or PDF text (labels broken
      // over lines, several cells on a line), never this layout. A part heading may touch the table's edge.
      const edge = (l: number) => blank(l) || partHeading(lines, l);
      const isolated = edge(line - 1) && edge(line + 1);
      const c = isolated ? plainCell(lines, line) : null;
      if (!c) {
        const touches = (l: number) => cellLike(l) && !partHeading(lines, l) && !partHeading(lines, line); // (a part heading touching the table's edge is no such pair)
        const pdfPair = !isolated && cellLike(line) && (touches(line - 1) || touches(line + 1));
        if (pdfPair) tainted = true;
        flushPlain();
        if (pdfPair) tainted = true;
        continue;
      }
      gap = 0;
      plain.push({ line, cell: c });
    }
    flushPlain();
    return blocks.sort((a, b) => a.start - b.start);
  },
};
