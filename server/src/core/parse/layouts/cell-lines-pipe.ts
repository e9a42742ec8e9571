// Web copies with one table cell per line, pipe-terminated (cell-lines.ts reads both shapes): every
// cell line ends in "|" (`规章 |`), a line of pipes only separates rows (`|||`, `||`), a lone `|` is a
// blank cell when such separators exist and a row separator otherwise; a caption may carry extra
// pipes (`第二十条第（一）项 | |||`); some copies put each cell's pipe on the line below it.
import { LineMap } from '../../text/line-map';
import { isValueLike, readCellValue } from '../cell-value';
import type { Cell, RawRow, TableBlock } from '../tables';
import { MAX_CELL, NUMERALS, TOP_NUMERAL, blockOf, looksLikeTable, rowOf } from './cell-lines-shape';
import { hanCount } from '../../text/han';
import { isTablePageFooter } from '../page-footer';

interface PipeLine {
  line: number; content: Cell | null; pipes: number; pipeAt: number;
  /** Last line of a cell broken over two lines. */ endLine?: number;
  /** A row's values on one line among the cell lines (`1 | 0 | 0 | 0 | 0 | 0 | 1 | ||`): all its cells. */ cells?: Cell[];
}

/**
 * A line of two or more figures, each closed by its pipe (`1 | 0 | 0 | 0 | 0 | 0 | 1 | ||`): a row's values
 * on one line under a label on its own (`一、本年新收政府信息公开申请数量 |`), in a copy whose header and labels
 * are one cell a line. Blank cells between figures are kept, the empty ones after the last figure dropped.
 */
function valueLine(lines: LineMap, line: number): PipeLine | null {
  const text = lines.lineText(line);
  const end = text.trimEnd();
  if (!end.endsWith('|') || end.length > 400) return null;
  const s = lines.lineStarts[line];
  const cells: Cell[] = [];
  let from = 0;
  for (let bar = end.indexOf('|'); bar >= 0; from = bar + 1, bar = end.indexOf('|', from)) {
    const raw = end.slice(from, bar);
    const t = raw.trim();
    const at = s + from + (raw.length - raw.trimStart().length);
    const cell: Cell = { text: t, start: at, end: at + t.length, value: readCellValue(t) };
    if (t !== '' && !isValueLike(cell.value)) return null;
    cells.push(cell);
  }
  while (cells.length && cells[cells.length - 1].text === '') cells.pop();
  if (cells.filter((c) => c.text !== '').length < 2 || cells[0].text === '') return null;
  return { line, content: cells[0], pipes: 1, pipeAt: s + end.lastIndexOf('|'), cells };
}

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

/**
 * Pipe-terminated cell lines: one raw row per cell line, and an empty raw row (no cells) for
 * each separator line, which interpret-table keeps as a row boundary.
 */
function readPipeRun(lines: LineMap, run: PipeLine[]): TableBlock | null {
  const multiSep = run.some((p) => !p.content && p.pipes >= 2);
  const rows: RawRow[] = [];
  for (const p of run) {
    if (p.cells) rows.push(rowOf(lines, p.cells, p.line, p.line));
    else if (p.content) rows.push(rowOf(lines, [p.content], p.line, p.endLine ?? p.line));
    // A blank cell: its range is the gap before the pipe.
    else if (multiSep && p.pipes === 1) rows.push(rowOf(lines, [{ text: '', start: p.pipeAt, end: p.pipeAt, value: { type: 'empty' } }], p.line, p.line));
    else if (rows.length && rows[rows.length - 1].cells.length) rows.push({ ...rowOf(lines, [], p.line, p.line), pipes: { count: p.pipes, at: p.pipeAt } });
  }
  while (rows.length && !rows[rows.length - 1].cells.length) rows.pop();
  const all = rows.flatMap((r) => r.cells);
  // A table left wholly blank shows its blank cells only where pipes mark them: label → blank cells, row after row.
  if (all.length < 4 || !(looksLikeTable(all, 1, 1) || (multiSep && looksLikeTable(all, 2, 0, false)))) return null;
  return blockOf(rows);
}

/**
 * The pipe-terminated tables of `lines` (among the lines `free` leaves), and the lines they took:
 * the blank-line separated reader skips those.
 */
export function readPipeCells(lines: LineMap, free: (line: number) => boolean): { blocks: TableBlock[]; taken: Set<number> } {
  const blocks: TableBlock[] = [];
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
    // A PDF's page footer inside a run (-3-, — 4 —, 第 2 页 共 9 页) with the page break's blank line before it.
    if (run.length && isTablePageFooter(lines.lineText(line).trim())) { blanks = 0; continue; }
    // (A row's figures on one line count only inside a run, under its label.)
    const p = pipeLine(lines, line) ?? (run.length ? valueLine(lines, line) : null);
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
  return { blocks, taken };
}
