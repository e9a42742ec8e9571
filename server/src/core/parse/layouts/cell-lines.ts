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
// The pipe-terminated shape is read first (cell-lines-pipe.ts), what both shapes share is in
// cell-lines-shape.ts; this file reads the blank-line separated shape.
import { LineMap } from '../../text/line-map';
import { readCellValue } from '../cell-value';
import { padless } from '../line-pad';
import { isDoubleSpaced, isDoubleSpacedPdf, readUndoubled } from '../double-spaced';
import type { Cell, TableBlock } from '../tables';
import type { LayoutReader } from './index';
import { MAX_CELL, NUMERALS, TOP_NUMERAL, blockOf, isText, looksLikeTable, rowOf } from './cell-lines-shape';
import { hanCount } from '../../text/han';
import { readPipeCells } from './cell-lines-pipe';
import { isTablePageFooter } from '../page-footer';

/** Blank lines allowed between two cells of one table. */
const MAX_GAP = 2;
/** Most blank lines read as a row of blank cells (table 三 has seven value columns). */
const MAX_EMPTY_GAP = 16;

/** A part heading of the report (二、主动公开政府信息情况): numbered, words only, no figure. */
const partHeading = (lines: LineMap, line: number, t = lines.lineText(line).trim()) => TOP_NUMERAL.test(t) && hanCount(t) >= 8 && !/[\d０-９]/.test(t);

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

/** A PDF's page footer on the line (decorated page number or 第 N 页). */
const footerLine = (lines: LineMap, line: number) => isTablePageFooter(lines.lineText(line).trim());

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

/** The most figures a row of a statutory table holds (表四's one row: 15). */
const MAX_ROW_FIGURES = 15;

/**
 * Figures in a row, more than any row of a statutory table holds: the cells come column by column
 * (PDF text in reading order, pasted with a blank line after every line), not row by row. Such a run
 * is left to the column-block reader, which places values only where they fit without a guess.
 */
function inColumnOrder(cells: PlainCell[]): boolean {
  let run = 0;
  for (const c of cells) {
    const t = c.cell.value.type;
    run = t === 'int' || t === 'signed' || t === 'decimal' ? run + 1 : 0;
    if (run > MAX_ROW_FIGURES) return true;
  }
  return false;
}

/**
 * Most lines between a block this reader read and a short run right after it that continues that table
 * (a run of one label → figures step: 表二's last captions, 第二十条第（八）项 / 信息内容 / … / 行政事业性收费 / 0 / 0,
 * parted from the block above by a few more blank lines than lie between two cells).
 */
const MAX_CONTINUATION_GAP = MAX_EMPTY_GAP + 1;

/** Characters a piece's first cell shares with the first cell of the block before it (第二十条…, captions alike). */
const CAPTION_STEM = 4;

/** Does a cell open as the first cell of the block before it did (CAPTION_STEM characters alike: 第二十条…)? */
const opensAs = (text: string, first: string | null): boolean => first !== null && [...first].length >= CAPTION_STEM
  && [...text].slice(0, CAPTION_STEM).join('') === [...first].slice(0, CAPTION_STEM).join('');

/**
 * `follows`: the first cell of the block this reader read right before the run (see MAX_CONTINUATION_GAP),
 * if any. A run that opens as that block did (第二十条第（八）项 after 第二十条第（六）项: the same first four
 * characters) with a header cell or more and one label → figures step is the table's next piece. (Its share of
 * values is counted from that label on: the caption and header cells before it are the piece's own, 第二十条第（五）项
 * / 信息内容 / 本年处理决定数量 / 行政许可 / 4529.)
 */
function readPlainRun(lines: LineMap, run: PlainCell[], lastLine: number, follows: string | null = null): TableBlock | null {
  // Trailing text after the last value is prose or a signature, not the table, unless the
  // text stops there (a copy cut inside the table). Empty cells read from a gap before a label
  // (soft) that end the run belonged to no row: the gap only ended the table.
  let n = run.length;
  if (!run.length || run[run.length - 1].line < lastLine) while (n > 0 && isText(run[n - 1].cell)) n--;
  while (n > 0 && run[n - 1].soft) n--;
  const cells = run.slice(0, n);
  if (inColumnOrder(cells)) return null;
  // A short run right after a block read: the same table's next piece when it opens with text (its caption
  // or header) and has one label → figures step (no blank cell: those need the run's own evidence).
  const head = cells.findIndex((c) => !isText(c.cell));
  const piece = head >= 3 && opensAs(cells[0].cell.text, follows)
    && cells.every((c) => c.cell.value.type !== 'empty') && looksLikeTable(cells.slice(head - 1).map((c) => c.cell), 1, 1, false);
  if (!piece) {
    if (cells.length < 6) return null;
    // Without pipes the shape is the only evidence: several label → numbers rows, mostly numbers.
    // Blank cells read from long gaps are evidence too: a row of them ending in a figure.
    const blanks = cells.filter((c) => c.cell.value.type === 'empty').length;
    if (!looksLikeTable(cells.map((c) => c.cell), 2, blanks >= 3 ? 2 : 4, false)) return null;
  }
  return blockOf(cells.map((c) => rowOf(lines, [c.cell], c.line, c.endLine ?? c.line)));
}

/** readPipeCells on the lines of a double-spaced text without its doubling blank lines: the lines its blocks span are taken. */
function pipeCellsUndoubled(lines: LineMap, free: (line: number) => boolean): { blocks: TableBlock[]; taken: Set<number> } {
  const blocks = readUndoubled(lines, free, (view, f) => readPipeCells(view, f).blocks);
  const taken = new Set<number>();
  for (const b of blocks) for (let l = b.startLine; l <= b.endLine; l++) taken.add(l);
  return { blocks, taken };
}

export const cellLinesReader: LayoutReader = {
  layout: 'cell-lines',
  read(lines, free) {
    // Pipe-terminated cell lines first; the plain reader then skips the lines they took.
    // (In a text pasted double-spaced, read on its lines without the blank line after each line.)
    const { blocks, taken } = isDoubleSpaced(lines) ? pipeCellsUndoubled(lines, free) : readPipeCells(lines, free);

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
    // (Such text pasted double-spaced shows no touching pair: its page-width prose tells it instead.)
    const pdfText = isDoubleSpacedPdf(lines);
    /** The last block this shape gave: its last line and first cell (a short run right after it may continue it). */
    let lastEnd = -1;
    let lastFirst = '';
    const flushPlain = () => {
      if (!tainted && !pdfText) {
        for (const part of splitAtHeadings(plain)) {
          const follows = lastEnd >= 0 && part.length > 0 && part[0].line - lastEnd <= MAX_CONTINUATION_GAP ? lastFirst : null;
          const b = readPlainRun(lines, part, lastLine, follows);
          if (b) { blocks.push(b); lastEnd = b.endLine; lastFirst = b.rows[0].cells[0]?.text ?? ''; }
        }
      }
      plain = [];
      gap = 0;
      gapCells = 0;
      tainted = false;
    };
    const blank = (l: number) => l < 0 || l >= lines.lineCount || lines.lineText(l).trim() === '';
    const cellLike = (l: number) => !blank(l) && free(l) && !taken.has(l) && plainCell(lines, l) !== null && !footerLine(lines, l);
    /** After a page footer inside a run: the blank lines up to the next cell are the page break's, no empty cells. */
    let afterFooter = false;
    for (let line = 0; line < lines.lineCount; line++) {
      if (!free(line) || taken.has(line)) { flushPlain(); continue; }
      // A PDF's page footer between two cells of a run (-3-, — 4 —, 第 2 页 共 9 页): skipped with the page break's blank lines.
      if (plain.length && footerLine(lines, line)) { afterFooter = true; continue; }
      if (afterFooter && lines.lineText(line).trim() === '') continue;
      afterFooter = false;
      // A line of spaces alone between blank lines, inside a run that already holds figures, is
      // an empty cell the page kept as a space (an empty <td> copied as &nbsp;): its row stays whole.
      // (Not the one space a text that pads every line end writes for a blank line.)
      if (padless(lines, line) !== '' && lines.lineText(line).trim() === '' && blank(line - 1) && blank(line + 1)
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
        // A caption alone that opens as the block read just before it did (第二十条第（六）项 after the
        // （五）项's block), parted from its header cells by a few more blank lines than lie between two cells:
        // the gap is the caption's, no blank cells and no end; readPlainRun checks the run as the table's next piece.
        const captionGap = !!next && isText(next) && plain.length === 1 && lastEnd >= 0
          && plain[0].line - lastEnd <= MAX_CONTINUATION_GAP && opensAs(plain[0].cell.text, lastFirst);
        if (captionGap) { /* kept in the run */ }
        else if (!next || (isText(next) && !beforeLabel)) flushPlain();
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
