// Table formatting: aligns GFM and loose pipe tables by display width (a CJK character
// takes two columns). Only whitespace changes, plus the dashes of separator rows; every
// cell, pipe and character of text stays where the parser reads it, so the formatted
// table parses to the same cells. Tab tables (pasted from Word) are left as they are.
import type { FormatTablesMode, TextEdit } from '../types';
import type { Analysis } from '../engine/lint';
import { parseDocument, ParsedDocument } from '../parse/document';
import type { TableBlock } from '../parse/tables';
import { codePointWidth, displayWidth } from './display-width';
import { isEditableLayout, isSeparatorRow } from '../parse/tables';

type Align = 'left' | 'right' | 'center' | null;

interface RowShape {
  /** The line starts with a pipe that is not part of a cell. */
  lead: boolean;
  /** The line ends with a pipe (the blank after it is not a cell). */
  trail: boolean;
  /** Cell texts without the spaces around them. */
  cells: string[];
}

// Same test as parse/tables.ts: a separator row needs two dashes per cell.
/** The parser gives up on a row after this many cells; such lines are not formatted. */
const MAX_CELLS = 200;

/** Splits a line at unescaped pipes, as parse/tables.ts does. */
function segments(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '|' && !(i > 0 && text[i - 1] === '\\')) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out;
}

/**
 * Cells of one row. `pipeLed`: the table's first row starts with a pipe, so a blank
 * before the first pipe is outside the table (otherwise it is an empty first cell, as
 * the parser reads loose tables). Only ASCII spaces are padding: a full-width space
 * inside a cell is the author's (indented sub-row labels) and stays.
 */
function shape(text: string, pipeLed: boolean, separator: boolean): RowShape | null {
  const segs = segments(text);
  if (segs.length > MAX_CELLS) return null;
  let lead = false;
  let trail = false;
  if ((pipeLed || separator) && segs.length > 1 && segs[0].trim() === '') { segs.shift(); lead = true; }
  if (segs.length > 1 && segs[segs.length - 1].trim() === '') { segs.pop(); trail = true; }
  if (!segs.length) return null;
  // Trailing ideographic spaces are the padding alignGroup adds to wide characters (leading ones
  // are the author's indentation and stay).
  return { lead, trail, cells: segs.map((s) => s.replace(/^ +|[ \u3000]+$/g, '')) };
}

/** Characters of a cell by display width: wide (2 columns) and narrow (1); zero-width ones neither. */
function measure(cell: string): { wide: number; narrow: number } {
  let wide = 0;
  let narrow = 0;
  for (const ch of cell) {
    const w = codePointWidth(ch.codePointAt(0)!);
    if (w === 2) wide++;
    else if (w === 1) narrow++;
  }
  return { wide, narrow };
}

function alignOf(cell: string): Align {
  const l = cell.startsWith(':');
  const r = cell.endsWith(':');
  return l && r ? 'center' : r ? 'right' : l ? 'left' : null;
}

function dashes(width: number, align: Align): string {
  if (align === 'center') return ':' + '-'.repeat(width - 2) + ':';
  if (align === 'left') return ':' + '-'.repeat(width - 1);
  if (align === 'right') return '-'.repeat(width - 1) + ':';
  return '-'.repeat(width);
}

interface RawLine { line: number; text: string; sep: boolean }
interface Line extends RawLine { row: RowShape }

/**
 * New text for the lines of one pipe table block, or null when it is left alone.
 * The block is aligned in groups: runs of lines between blank lines, where consecutive
 * runs without a separator row and with the same leading-pipe style are one group (a
 * pasted table broken by blank lines). A run with a separator row is a table of its own:
 * the parser may have joined a GFM table to a loose line above it, and aligning them
 * together would indent the GFM table into a code block.
 */
function formatBlock(doc: ParsedDocument, block: TableBlock, mode: FormatTablesMode): Map<number, string> | null {
  const rowLines = new Set(block.rows.map((r) => r.line));
  const runs: RawLine[][] = [[]];
  for (let ln = block.startLine; ln <= block.endLine; ln++) {
    const text = doc.lines.lineText(ln);
    if (text.trim() === '') {
      if (runs[runs.length - 1].length) runs.push([]);
      continue;
    }
    // Lines with a comment (blanked in the working text) or a tab are not ours to touch.
    if (text.includes('\t') || text !== doc.work.slice(doc.lines.lineStarts[ln], doc.lines.lineEnd(ln))) return null;
    const sep = !rowLines.has(ln);
    if (sep && !isSeparatorRow(text)) return null;
    runs[runs.length - 1].push({ line: ln, text, sep });
  }
  const led = (run: RawLine[]) => /^\s*\|/.test(run[0].text);
  const hasSep = (run: RawLine[]) => run.some((l) => l.sep);
  const groups: RawLine[][] = [];
  let last: RawLine[] | null = null;
  for (const run of runs) {
    if (!run.length) continue;
    if (last && !hasSep(last) && !hasSep(run) && led(last) === led(run)) last.push(...run);
    else groups.push((last = [...run]));
  }
  const out = new Map<number, string>();
  for (const g of groups) {
    const lines = alignGroup(g, mode === 'compact');
    if (!lines) return null;
    for (const [ln, t] of lines) out.set(ln, t);
  }
  return out;
}

/**
 * A header cell this much wider than its column's data is left unpadded: padding every data
 * row to it would make each row wrap in a normal-width editor (table 三's long first header).
 */
const WIDE_HEADER_MIN = 12;
const WIDE_HEADER_RATIO = 2;

/**
 * `compact`: one space around each cell, no padding, separator rows of three dashes. Otherwise
 * every column is padded to its widest cell, except header cells (rows above the separator, or
 * the first row of a table without one) much wider than the column's data.
 */
function alignGroup(raw: RawLine[], compact = false): Map<number, string> | null {
  const pipeLed = /^\s*\|/.test(raw[0].text);
  // Spaces before a leading pipe indent the table; before a loose row they are the first cell's padding.
  const indent = pipeLed ? /^ */.exec(raw[0].text)![0] : '';
  const lines: Line[] = [];
  for (const l of raw) {
    const row = shape(l.text, pipeLed, l.sep);
    if (!row) return null;
    lines.push({ ...l, row });
  }
  const ncols = Math.max(...lines.map((l) => l.row.cells.length));
  const aligns = new Array<Align>(ncols).fill(null);
  const sepMin = new Array<number>(ncols).fill(0);
  for (const l of lines) {
    if (!l.sep) continue;
    l.row.cells.forEach((c, i) => {
      aligns[i] = aligns[i] ?? alignOf(c);
      // At least three dashes besides the colons, so the row stays a separator row.
      sepMin[i] = Math.max(sepMin[i], 3 + (c.startsWith(':') ? 1 : 0) + (c.length > 1 && c.endsWith(':') ? 1 : 0));
    });
  }
  // Header rows: those above the first separator row; without one, the first row.
  const firstSep = lines.findIndex((l) => l.sep);
  const headerCount = firstSep >= 0 ? firstSep : Math.min(1, lines.length - 1);
  const dataWidths = new Array<number>(ncols).fill(0);
  lines.forEach((l, k) => {
    if (l.sep || k < headerCount) return;
    l.row.cells.forEach((c, i) => { dataWidths[i] = Math.max(dataWidths[i], displayWidth(c)); });
  });
  const wide = (k: number, i: number, c: string): boolean => {
    if (k >= headerCount) return false;
    const w = displayWidth(c);
    return w > WIDE_HEADER_MIN && w > WIDE_HEADER_RATIO * dataWidths[i];
  };
  // Data cells are padded with ideographic spaces (U+3000) for the wide characters they lack
  // against the column's data and ASCII spaces for the narrow ones, so that the data rows line up
  // whatever the font's ratio of CJK to Latin width is (VS Code's default fonts draw a CJK
  // character narrower than two Latin ones). Header cells too, where they have no more wide and
  // narrow characters than the column holds; otherwise (a CJK header over numbers) ASCII spaces.
  const maxWide = new Array<number>(ncols).fill(0);
  const maxNarrow = new Array<number>(ncols).fill(0);
  lines.forEach((l, k) => {
    if (l.sep || k < headerCount) return;
    l.row.cells.forEach((c, i) => {
      const m = measure(c);
      maxWide[i] = Math.max(maxWide[i], m.wide);
      maxNarrow[i] = Math.max(maxNarrow[i], m.narrow);
    });
  });
  const widths = sepMin.map((min, i) => Math.max(min, 2 * maxWide[i] + maxNarrow[i]));
  lines.forEach((l, k) => {
    if (l.sep || k >= headerCount) return;
    l.row.cells.forEach((c, i) => { if (!wide(k, i, c)) widths[i] = Math.max(widths[i], displayWidth(c)); });
  });
  const out = new Map<number, string>();
  lines.forEach((l, k) => {
    const { row } = l;
    // Rows of a pipe-led table without their own leading pipe are indented to line up.
    let s = indent + (row.lead ? '| ' : pipeLed ? '  ' : '');
    row.cells.forEach((c, i) => {
      const last = i === row.cells.length - 1;
      let text: string;
      if (l.sep) {
        text = dashes(compact ? Math.max(sepMin[i], 3) : Math.max(widths[i], 3), alignOf(c));
      } else {
        const m = measure(c);
        const header = k < headerCount;
        const plain = compact || wide(k, i, c);
        // A header cell lines up with the data too when it has no more wide characters than they do.
        const fits = !header || (m.wide <= maxWide[i] && m.narrow <= widths[i] - 2 * maxWide[i]);
        const gapWide = plain || !fits ? 0 : Math.max(0, maxWide[i] - m.wide);
        const gapNarrow = plain ? 0 : Math.max(0, widths[i] - 2 * gapWide - displayWidth(c));
        // Wide padding always follows the text (leading ideographic spaces are the author's indent).
        const leftNarrow = aligns[i] === 'right' ? gapNarrow : aligns[i] === 'center' ? gapNarrow >> 1 : 0;
        // No padding after the last cell of a row without a closing pipe: no trailing blanks.
        const after = last && !row.trail ? '' : '\u3000'.repeat(gapWide) + ' '.repeat(gapNarrow - leftNarrow);
        text = ' '.repeat(leftNarrow) + c + after;
      }
      s += text + (last ? (row.trail ? ' |' : '') : ' | ');
    });
    out.set(l.line, s);
  });
  return out;
}

/** Lines inside fenced code blocks (``` or ~~~): tables there are examples, not tables. */
function fencedLines(doc: ParsedDocument): Set<number> {
  const out = new Set<number>();
  let fence: string | null = null;
  for (let ln = 0; ln < doc.lines.lineCount; ln++) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(doc.lines.lineText(ln));
    if (fence === null) {
      if (m) { fence = m[1]; out.add(ln); }
    } else {
      out.add(ln);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length) fence = null;
    }
  }
  return out;
}

/** The smallest edit turning `oldText` (at `start`) into `newText`, or null when equal. */
function minimalEdit(start: number, oldText: string, newText: string): TextEdit | null {
  if (oldText === newText) return null;
  let p = 0;
  while (p < oldText.length && p < newText.length && oldText[p] === newText[p]) p++;
  let q = 0;
  while (q < oldText.length - p && q < newText.length - p && oldText[oldText.length - 1 - q] === newText[newText.length - 1 - q]) q++;
  // Never split a surrogate pair.
  const low = (s: string, i: number) => i < s.length && s.charCodeAt(i) >= 0xdc00 && s.charCodeAt(i) <= 0xdfff;
  while (p > 0 && low(oldText, p)) p--;
  while (q > 0 && low(oldText, oldText.length - q)) q--;
  return { start: start + p, end: start + oldText.length - q, newText: newText.slice(p, newText.length - q) };
}

function docOf(text: string, analysis?: Analysis): ParsedDocument {
  return analysis && analysis.doc.text === text ? analysis.doc : parseDocument(text);
}

function editsFor(doc: ParsedDocument, keep: (b: TableBlock) => boolean, mode: FormatTablesMode): TextEdit[] {
  if (mode === 'off') return [];
  const fenced = fencedLines(doc);
  const edits: TextEdit[] = [];
  for (const block of doc.tables) {
    // Only the pipe layouts a user types are aligned (never tabs or pasted web and PDF text).
    if (block.layout === 'tab' || !isEditableLayout(block.layout) || !keep(block)) continue;
    if (fenced.has(block.startLine) || fenced.has(block.endLine)) continue;
    const lines = formatBlock(doc, block, mode);
    if (!lines) continue;
    for (const [ln, newText] of lines) {
      const start = doc.lines.lineStarts[ln];
      const e = minimalEdit(start, doc.lines.lineText(ln), newText);
      if (e) edits.push(e);
    }
  }
  return edits;
}

/**
 * Edits aligning every GFM and loose pipe table of the text. Pass the analysis of the
 * same text to reuse its parse. Edits do not overlap and are in text order.
 * `mode` (govReport.formatTables): `align` (default), `compact` or `off` (no edits).
 */
export function formatTables(text: string, analysis?: Analysis, mode: FormatTablesMode = 'align'): TextEdit[] {
  return editsFor(docOf(text, analysis), () => true, mode);
}

/** Edits aligning the pipe tables that intersect [start, end] (each table as a whole). */
export function formatRange(text: string, start: number, end: number, analysis?: Analysis, mode: FormatTablesMode = 'align'): TextEdit[] {
  return editsFor(docOf(text, analysis), (b) => b.start <= end && b.end >= start, mode);
}
