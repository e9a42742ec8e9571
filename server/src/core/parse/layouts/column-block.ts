// PDF text in reading order (`pdftotext` without -layout, a copy from a PDF viewer): every
// table cell on a line of its own, and the values often printed as a column block away from
// their labels, with the header words scrambled. The reader cannot tell which value belongs
// to which label without the format, so it only delimits the block (a run of short
// cell-like lines with enough lone numbers, between headings and prose) and keeps every
// line as one cell in reading order. interpret-table hands such blocks to
// readColumnBlockTable (./column-block-read.ts), which reads a table only when the count of
// values fits the statutory grid unambiguously.
import { LineMap } from '../../text/line-map';
import { readCellValue } from '../cell-value';
import type { RawRow, TableBlock } from '../tables';
import type { LayoutReader } from './index';

/** Longest line taken as a cell (PDF prose wraps at ~30-40 characters, but has 。 or long runs). */
const MAX_CELL = 40;
/** Blank lines a block may span (page breaks leave two). */
const MAX_BLANKS = 3;
const MIN_NUMBERS = 3;

type Kind = 'blank' | 'num' | 'text' | 'break';

/** One number alone on a line: 0, 12, 1,322, 7730.28, an amount in 万元 to the fen (4166.241619). */
const LONE_NUMBER = /^[\s\u3000]*\d{1,12}(?:,\d{3})*(?:\.\d{1,6})?[\s\u3000]*$/;
/** Headings end a block: 一、 (also 三 、 with PDF spaces) and markdown #. */
const HEADING = /^[\s\u3000]*(?:#{1,6}\s|[一二三四五六七八九十]{1,3}[\s\u3000]*[、，,.．])/;

export function classifyLine(text: string): Kind {
  const t = text.trim();
  if (t === '') return 'blank';
  if (t.length > MAX_CELL || text.includes('\t') || text.includes('|') || text.includes('<')) return 'break';
  if (LONE_NUMBER.test(t)) return 'num';
  if (HEADING.test(text) || /[。！？!?]/.test(t) || /[，,；;：:]$/.test(t)) return 'break';
  // Several numbers on one line are a spaced (pdftotext -layout) row, not a cell.
  if (/\d[\s\u3000]+\d/.test(t) && !/[\u3400-\u9fff]/.test(t)) return 'break';
  return 'text';
}

/** Pieces of a row label's wrapped rest a narrow label cell prints below its first line (理, 申请数量). */
const MAX_REST_PIECES = 2;
const MAX_REST_PIECE = 4;

/**
 * A numbered row label that looks like a heading (二、上年结转政府信息公开申请数量, 四、结转下年度继续办理)
 * inside a run of cells: short, and its next non-blank line (within a page-break's blanks) a lone
 * number (or two run into one line: 217 1), or up to MAX_REST_PIECES short pieces of its wrapped rest and then a lone number (an office
 * document's narrow label cell: 四、结转下年度继续办 / 理 / 4). A section heading is followed by prose
 * or its table's header words, not by a value; a short one (二、下一节) or a section title (…情况,
 * …事项) is never taken for a label.
 */
function isRowLabelHeading(lines: LineMap, line: number): boolean {
  const text = lines.lineText(line);
  const t = text.trim();
  if (t.length > MAX_CELL || !HEADING.test(text) || /^[\s\u3000]*#/.test(text) || /[。！？!?，,；;：:]/.test(t)) return false;
  // A row label names a count (…申请数量, …办理结果, …继续办理); a short title or one ending in 情况/事项 is a section.
  const body = t.replace(HEADING, '').replace(/[\s\u3000]/g, '');
  if (body.length < 6 || /(?:情况|事项|问题)$/.test(body)) return false;
  let pieces = 0;
  for (let next = line + 1, blanks = 0; next < lines.lineCount && blanks <= MAX_BLANKS; next++) {
    const n = lines.lineText(next).trim();
    if (!n) { blanks++; continue; }
    // (Or two figures a converter ran into one line: 一、本年新收政府信息公开申请数量 / 217 1 / 0 / ….)
    if (LONE_NUMBER.test(n) || TWO_NUMBERS.test(n)) return true;
    if (++pieces > MAX_REST_PIECES || n.length > MAX_REST_PIECE || classifyLine(n) !== 'text' || /\d/.test(n)) return false;
    blanks = 0;
  }
  return false;
}

function rowOf(lines: LineMap, line: number): RawRow {
  const text = lines.lineText(line);
  const lead = text.length - text.replace(/^[\s\u3000]+/, '').length;
  const t = text.trim();
  const s = lines.lineStarts[line] + lead;
  return { line, endLine: line, start: s, end: s + t.length, cells: [{ text: t, start: s, end: s + t.length, value: readCellValue(t) }], width: null };
}

const TWO_NUMBERS = /^([\s\u3000]*)(\d{1,12})([ \u3000]+)(\d{1,12})[\s\u3000]*$/;

/** A line of exactly two numbers between lone numbers (the line before and the next non-blank line): a row of two cells. */
function twoCells(lines: LineMap, line: number): RawRow | null {
  const text = lines.lineText(line);
  const m = TWO_NUMBERS.exec(text);
  if (!m) return null;
  let next = line + 1;
  while (next < lines.lineCount && lines.lineText(next).trim() === '') next++;
  let prev = line - 1;
  while (prev >= 0 && lines.lineText(prev).trim() === '') prev--;
  const lone = (l: number) => l >= 0 && l < lines.lineCount && classifyLine(lines.lineText(l)) === 'num';
  if (!lone(next) && !lone(prev)) return null;
  const a = lines.lineStarts[line] + m[1].length;
  const b = a + m[2].length + m[3].length;
  const cell = (start: number, t: string) => ({ text: t, start, end: start + t.length, value: readCellValue(t) });
  return { line, endLine: line, start: a, end: b + m[4].length, cells: [cell(a, m[2]), cell(b, m[4])], width: null };
}

/** Cells per lone number a block the text stops in may hold (rows left blank before the cut): 4 otherwise. */
const CUT_SHARE = 8;
/** Non-blank lines a cut page may hold after its last table cell: a label broken off, copy debris (a lone pipe). */
const MAX_CUT_TAIL = 2;

/**
 * Does the text stop inside a table ending at `last`: nothing after it but blank lines and at most
 * MAX_CUT_TAIL short lines that are no sentence (三、本年度办 broken off by the end of a stored copy)?
 */
export function stopsAfter(lines: LineMap, last: number): boolean {
  let n = 0;
  for (let line = last + 1; line < lines.lineCount; line++) {
    const t = lines.lineText(line).trim();
    if (!t) continue;
    if (++n > MAX_CUT_TAIL || t.length > MAX_CELL || /[。！？!?；;]/.test(t)) return false;
  }
  return true;
}

/** One Han character alone on its line. */
const isOneChar = (text: string) => /^[\s\u3000]*[\u3400-\u9fff][\s\u3000]*$/.test(text);

/** A horizontal rule alone on its line (------, ______, ═════): no cell. */
const PAGE_RULE = /^[\s\u3000]*(?:[-_=─━═*]{3,}|(?:[-_=─━═*][ \u3000]){3,}[-_=─━═*]?)[\s\u3000]*$/;

/** Blocks of one-cell lines in reading order. Linear in the number of lines. */
export function findColumnBlocks(lines: LineMap, free: (line: number) => boolean = () => true): TableBlock[] {
  const blocks: TableBlock[] = [];
  let rows: RawRow[] = [];
  let nums = 0;
  let blanks = 0;
  // Lines after the first of a run of one-character lines (a header cell's text printed vertically, one
  // character a line: 结 / 果 / 维 / 持): one cell's text, not counted as cells in the share of numbers.
  let vertical = 0;
  const flush = () => {
    // Enough lone numbers, and numbers make up a fair share of the cells (not wrapped prose); in a
    // text that stops inside the table, a smaller share (its rows after the figures left blank).
    const last = rows[rows.length - 1];
    const cut = nums >= MIN_NUMBERS && stopsAfter(lines, last.line);
    if (nums >= MIN_NUMBERS && nums * (cut ? CUT_SHARE : 4) >= rows.length - vertical) {
      const first = rows[0];
      blocks.push({ layout: 'column-block', startLine: first.line, endLine: last.line, start: first.start, end: last.end, rows, ...(cut ? { cut } : {}) });
    }
    rows = [];
    nums = 0;
    blanks = 0;
    vertical = 0;
  };
  for (let line = 0; line < lines.lineCount; line++) {
    if (!free(line)) { flush(); continue; }
    const text = lines.lineText(line);
    // A rule line a converter draws at a page break (pdftohtml + pandoc: a line of dashes): not there.
    if (rows.length && PAGE_RULE.test(text)) continue;
    const kind = classifyLine(text);
    if (kind === 'blank') {
      if (rows.length && ++blanks > MAX_BLANKS) flush();
      continue;
    }
    // Two cells a PDF → HTML conversion ran into one line (72 64) among lone numbers: two cells.
    const pair = kind === 'break' && rows.length ? twoCells(lines, line) : null;
    if (pair) { blanks = 0; rows.push(pair); nums += 2; continue; }
    if (kind === 'break' && !(rows.length && isRowLabelHeading(lines, line))) { flush(); continue; }
    blanks = 0;
    const prev = rows[rows.length - 1];
    if (kind === 'text' && prev && isOneChar(text) && isOneChar(prev.cells[0].text) && prev.cells.length === 1) vertical++;
    rows.push(rowOf(lines, line));
    if (kind === 'num') nums++;
  }
  flush();
  return blocks;
}

export const columnBlockReader: LayoutReader = {
  layout: 'column-block',
  read: (lines, free) => findColumnBlocks(lines, free),
};
