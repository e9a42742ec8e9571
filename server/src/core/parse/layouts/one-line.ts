// Tables inside a report pasted on one line (a web page or PDF flattened to one line, see
// ../one-line.ts for its headings): the rows are flattened into the line, cells separated by
// spaces (`…（一）予以公开 5 0 0 0 0 0 5 （二）部分公开 …`) or by the pipes of a flattened
// markdown table (`| 规章 | 0 | 0 | 3 | | 行政规范性文件 | …`, blank cells visible). The reader
// knows no format: it takes runs of short cells (no sentence inside) where labels are followed
// by figures at least three times, and leaves the rows to interpret-table, which regroups the
// cells with the statutory labels and column count (`regroup`) and reads the table only when
// every row's value count fits the format exactly (otherwise the table is unreadable).
// One linear pass over each long line; offsets point into the original text.
import { LineMap } from '../../text/line-map';
import { readCellValue } from '../cell-value';
import { cellAt } from '../cell-at';
import type { Cell, RawRow, TableBlock } from '../tables';
import type { LayoutReader } from './index';
import { isWhiteSpaceUnit } from '../../text/white-space';

/** Shorter lines are never flattened tables (a spaced PDF row is read by layouts/spaced.ts). */
const MIN_LINE = 200;
/** A cell longer than this is prose. */
const MAX_CELL = 80;
/** Label → figures steps a run needs to be a table. */
const MIN_STEPS = 3;
/** A run without label → figures steps: column headers over a row of this many figures. */
const MIN_HEADERS = 5;
const MIN_RUN = 10;
/** Number cells a run needs. */
const MIN_NUMBERS = 6;

type Kind = 'num' | 'value' | 'empty' | 'label' | 'prose';

interface Tok { cell: Cell; kind: Kind }

/** Measure words and units that follow a figure in prose (no statutory row label starts so). */
const MEASURE = /^[个名台件条项次篇期场户位人元家所]/;
const YEAR = /^(?:19|20)\d{2}$/;
const SENTENCE = /[。；;！!？?]|[：:]$/;
/** A heading or numbered label at the start of a cell: 一、 （一） 1. */
const NUMBERED = /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)])/;

function kindOf(c: Cell): Kind {
  const t = c.value.type;
  if (t === 'empty') return 'empty';
  if (t === 'int' || t === 'decimal' || t === 'signed' || t === 'amount') return 'num';
  if (t !== 'text') return 'value';
  if (SENTENCE.test(c.text)) return 'prose';
  // A long cell is prose, unless it is a short label with its bracketed notes (2019 表二's
  // 其他对外管理服务事项(指行政许可以外的政务服务事项,含行政确认、……以及公共服务事项)).
  if (c.text.length > MAX_CELL && c.text.replace(NOTES, '').length > MAX_NOTED_LABEL) return 'prose';
  return 'label';
}

/** Bracketed notes (one level of nesting: a converter's pinyin, 服务(wù), inside a note). */
const NOTES = /[（(](?:[^（()）]|[（(][^（()）]*[）)])*[）)]/g;
/** Longest label left once its notes are taken out. */
const MAX_NOTED_LABEL = 30;

function mkCell(text: string, start: number): Cell {
  return cellAt(text, start);
}

/**
 * The cells of a line: runs of non-space text between spaces and pipes; between two pipes with
 * only spaces, an empty cell. A numbering token (`1.`) joins the label after it; markdown
 * separator cells (---) and heading marks (##) are dropped.
 */
export function lineCells(text: string, lineStart: number): Cell[] {
  const out: Cell[] = [];
  let i = 0;
  let lastPipe = -1;
  let sinceContent = true;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '|' || ch === '｜') {
      if (lastPipe >= 0 && !sinceContent) out.push(mkCell('', lineStart + lastPipe + 1));
      lastPipe = i;
      sinceContent = false;
      i++;
      continue;
    }
    if (isWhiteSpaceUnit(text.charCodeAt(i))) { i++; continue; }
    const s = i;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x7c /* | */ || c === 0xff5c /* ｜ */ || isWhiteSpaceUnit(c)) break;
    }
    const tok = text.slice(s, i);
    sinceContent = true;
    if (/^:?-{3,}:?$/.test(tok) || /^#{1,6}$/.test(tok)) continue;
    const prev = out[out.length - 1];
    // `1. 属于国家秘密`: the number of a label, not a figure.
    if (prev && /^\d{1,2}[.．、]$/.test(prev.text) && readCellValue(tok).type === 'text' && prev.end === lineStart + s - 1) {
      out[out.length - 1] = mkCell(text.slice(prev.start - lineStart, i), prev.start);
      continue;
    }
    out.push(mkCell(tok, lineStart + s));
  }
  return out;
}

/** Table blocks in one long line. */
export function readOneLine(text: string, line: number, lineStart: number): TableBlock[] {
  const toks: Tok[] = lineCells(text, lineStart).map((cell) => ({ cell, kind: kindOf(cell) }));
  // A year spaced from its 年 (PDF text: 五、存在的主要问题 2023 年，…) opens a sentence, not a figure of the table before it.
  for (let i = 0; i + 1 < toks.length; i++) if (toks[i].kind === 'num' && YEAR.test(toks[i].cell.text) && toks[i + 1].cell.text.startsWith('年')) toks[i].kind = 'prose';
  const blocks: TableBlock[] = [];
  let a = 0;
  while (a < toks.length) {
    if (toks[a].kind === 'prose') { a++; continue; }
    let b = a;
    while (b < toks.length && toks[b].kind !== 'prose') b++;
    // A part heading inside the run (…表二的末行 三、收到和处理政府信息公开申请情况 表三的表头…)
    // starts the next table.
    let from = a;
    for (let i = a + 1; i < b; i++) {
      if (!partHeadingAt(toks, i, b)) continue;
      const block = runBlock(toks.slice(from, i), line);
      if (block) blocks.push(block);
      from = i;
    }
    const block = runBlock(toks.slice(from, b), line);
    if (block) blocks.push(block);
    a = b;
  }
  return blocks;
}

/** A part heading 一、…十、: a numbered label that column headers follow (three cells or more before
 * any figure, the first not numbered), where a row label (一、本年新收… 5, 三、本年度办理结果
 * （一）予以公开 3) is followed by figures or by its numbered sub-rows. */
function partHeadingAt(toks: Tok[], i: number, end: number): boolean {
  if (toks[i].kind !== 'label' || !/^[一二三四五六七八九十]{1,2}[、．]/.test(toks[i].cell.text)) return false;
  // Blank cells after a row label (| 三、本年度办理结果 | | | |) are its empty values.
  // (The look-ahead is bounded: a row is at most a few dozen cells.)
  const stop = Math.min(end, i + 40);
  let j = i + 1;
  while (j < stop && toks[j].kind === 'empty') j++;
  if (j >= stop || toks[j].kind !== 'label' || NUMBERED.test(toks[j].cell.text)) return false;
  // (A row label broken into pieces by PDF text, 三、本 年度办 理结果 （一）予以公开 71 …, reaches its
  // numbered sub-row among them: no part heading either.)
  let labels = 0;
  for (; j < stop && toks[j].kind !== 'num' && labels < 3; j++) {
    if (toks[j].kind !== 'label') continue;
    if (NUMBERED.test(toks[j].cell.text)) return false;
    labels++;
  }
  return labels >= 3;
}

/** A run of cells without prose as a table block, or null when it has no table rhythm. */
function runBlock(run: Tok[], line: number): TableBlock | null {
  const firstNum = run.findIndex((t) => t.kind === 'num');
  if (firstNum < 0) return null;
  // Leading text before the table: keep only what follows the last heading that is not itself
  // a row label (a heading followed by more text, not by figures).
  let s = 0;
  for (let i = 0; i < firstNum - 1; i++) if (run[i].kind === 'label' && NUMBERED.test(run[i].cell.text)) s = i + 1;
  // Trailing text after the last figure is prose or the next heading; but one unnumbered label
  // right after a figure alone after a header cell may be that figure's row label, printed after
  // it in PDF reading order (本年收费金额（单位：万元） 7730.28 行政事业性收费 三、…): it is kept
  // (the regrouping joins them only when the label is a statutory one).
  let e = run.length;
  while (e > s && run[e - 1].kind === 'label') e--;
  if (e === run.length - 1 && e >= 2 && run[e - 1].kind === 'num' && run[e - 2].kind === 'label' && !NUMBERED.test(run[e].cell.text)) e++;
  const cells = run.slice(s, e);
  // Figures counted in prose (3 个科室 5 名工作人员): a unit right after a figure is no table.
  let counted = 0;
  for (let i = 1; i < cells.length; i++) if (cells[i - 1].kind === 'num' && cells[i].kind === 'label' && MEASURE.test(cells[i].cell.text)) counted++;
  if (counted >= 2) return null;
  let steps = 0;
  let numbers = 0;
  for (let i = 0; i < cells.length; i++) {
    if (cells[i].kind === 'num') numbers++;
    if (cells[i].kind === 'label' && i + 1 < cells.length && cells[i + 1].kind !== 'label') {
      // The label's figures (or blank cells followed by figures).
      let j = i + 1;
      while (j < cells.length && cells[j].kind === 'empty') j++;
      if (j < cells.length && cells[j].kind === 'num') steps++;
    }
  }
  // Or a row of figures under its column headers (the review table has no row labels).
  let labels = 0;
  let longest = 0;
  for (let i = 0, runLen = 0; i < cells.length; i++) {
    if (cells[i].kind === 'label') labels++;
    runLen = cells[i].kind === 'num' || cells[i].kind === 'value' || cells[i].kind === 'empty' ? runLen + (cells[i].kind === 'num' ? 1 : 0) : 0;
    longest = Math.max(longest, runLen);
  }
  const headed = labels >= MIN_HEADERS && longest >= MIN_RUN;
  if ((steps < MIN_STEPS && !headed) || numbers < MIN_NUMBERS) return null;
  const rows: RawRow[] = cells.map(({ cell }) => ({ line, endLine: line, start: cell.start, end: cell.end, cells: [cell], width: null }));
  return { layout: 'one-line', startLine: line, endLine: line, start: rows[0].start, end: rows[rows.length - 1].end, rows, regroup: true };
}

/**
 * Starts of the cells of one-line blocks that are row labels followed by figures: inside a
 * flattened report they are table labels (一、本年新收… 5 0 …), not headings.
 */
export function oneLineLabelStarts(blocks: TableBlock[]): Set<number> {
  const out = new Set<number>();
  for (const b of blocks) {
    if (b.layout !== 'one-line') continue;
    for (let i = 0; i + 1 < b.rows.length; i++) {
      const c = b.rows[i].cells[0];
      if (c.value.type === 'text' && b.rows[i + 1].cells[0].value.type !== 'text') out.add(c.start);
    }
  }
  return out;
}

export const oneLineReader: LayoutReader = {
  layout: 'one-line',
  read(lines: LineMap, free: (line: number) => boolean): TableBlock[] {
    const out: TableBlock[] = [];
    for (let line = 0; line < lines.lineCount; line++) {
      if (!free(line)) continue;
      const text = lines.lineText(line);
      if (text.length < MIN_LINE) continue;
      out.push(...readOneLine(text, line, lines.lineStarts[line]));
    }
    return out;
  },
};
