// One line of PDF text with layout, for spaced.ts: blank, a page footer, prose, a label (a row label
// or a piece of one), a heading, header debris, figures alone, or a row (label cells, then the values).
// Split from spaced.ts.
import { readCellValue } from '../cell-value';
import { hanCount } from '../../text/han';
import { cellAt } from '../cell-at';
import type { Cell } from '../tables';
import { isPageFooter } from '../page-footer';
import { Token, tokens } from './spaced-tokens';
import { NUMBERED } from './spaced-split-label';

/** Lines longer than this are never table lines (and are not scanned token by token). */
const MAX_LINE = 400;

export type Line =
  | { kind: 'blank' | 'footer' | 'prose' | 'skip' }
  | { kind: 'heading'; cells: Cell[] }
  | { kind: 'debris'; cells: Cell[] }
  | { kind: 'label'; cells: Cell[]; numbered: boolean }
  | { kind: 'values'; cells: Cell[]; tokens: Token[] }
  | { kind: 'row'; label: Cell[]; values: Cell[]; tokens: Token[]; numbered: boolean; labelEnd: number; tight?: boolean };

const TOP_HEADING = /^[一二三四五六七八九十]{1,3}、/;
const SENTENCE = /[。，；！？;!?]|,\s/;

function isValueToken(t: string): boolean {
  const v = readCellValue(t).type;
  return v === 'int' || v === 'decimal' || v === 'signed' || v === 'amount' || v === 'dash';
}

/** A cell among numbers that is no clean number: OCR look-alikes (U, l), a count with its unit (2件). */
function isOddCell(t: string): boolean {
  const v = readCellValue(t).type;
  return v === 'lookalike' || /^\d{1,6}[件条个项次人]$/.test(t);
}

const hasDigit = (t: string) => /\d/.test(t);

function cell(text: string, start: number): Cell {
  return cellAt(text, start);
}

/** Groups tokens into cells: tokens one space apart stay together. */
function cellsOf(toks: Token[], text: string, lineStart: number): Cell[] {
  const out: Cell[] = [];
  let a = 0;
  for (let i = 1; i <= toks.length; i++) {
    if (i === toks.length || toks[i].start - toks[i - 1].end >= 2 || text[toks[i - 1].end - lineStart] !== ' ') {
      out.push(cell(text.slice(toks[a].start - lineStart, toks[i - 1].end - lineStart), toks[a].start));
      a = i;
    }
  }
  return out;
}

/** Text with parenthetical notes removed (unclosed ones at either end too). */
function outsideParens(s: string): string {
  return s.replace(/[（(][^（()）]*(?:[）)]|$)/g, '').replace(/^[^（(]*[）)]/, '');
}

/** Spaced-out or one-character text: header debris of vertical or letter-spaced cells. */
function isDebris(toks: Token[]): boolean {
  if (toks.length === 1) return [...toks[0].text].length <= 2;
  return toks.every((t) => [...t.text].length <= 2);
}


/**
 * One line of PDF text. `inParens`: the line above left a parenthesis open (a note split over
 * lines: （区分处理的，/ 只计这一情形，/ 不计其他情形）), so its commas are no sentence.
 */
export function classifyLine(text: string, lineStart: number, inParens = false): Line {
  const t = text.trim();
  if (t === '') return { kind: 'blank' };
  if (text.length > MAX_LINE || text.includes('\t')) return { kind: 'skip' };
  if (isPageFooter(t)) return { kind: 'footer' };
  // Markdown headings, quotes and list items are the draft's own structure.
  if (/^(?:#{1,6}\s|>|[-*+]\s)/.test(t)) return { kind: 'prose' };
  const all = tokens(text, lineStart).filter((x) => x.text !== '|' && x.text !== '｜');
  if (!all.length) return { kind: 'skip' };
  // The trailing run of values.
  let k = all.length;
  while (k > 0 && (isValueToken(all[k - 1].text) || isOddCell(all[k - 1].text))) k--;
  // Odd cells count only among enough clean numbers (two clean numbers for each odd one).
  const clean = all.slice(k).filter((x) => isValueToken(x.text) && hasDigit(x.text)).length;
  if (all.length - k - clean > 0 && clean < 2 * (all.length - k - clean)) {
    k = all.length;
    while (k > 0 && isValueToken(all[k - 1].text)) k--;
  }
  const valueToks = all.slice(k);
  const labelToks = all.slice(0, k);
  if (valueToks.length && !valueToks.some((x) => hasDigit(x.text))) {
    // Dashes alone are no values (rules, footers): the whole line is text.
    labelToks.push(...valueToks.splice(0));
  }
  const values = valueToks.map((x) => cell(x.text, x.start));
  if (!labelToks.length) {
    // A lone bare number is a page number unless a split label claims it (see the reader).
    return { kind: 'values', cells: values, tokens: valueToks };
  }
  const labelText = text.slice(labelToks[0].start - lineStart, labelToks[labelToks.length - 1].end - lineStart);
  // Punctuation of vertical header text (、 alone on its line) is debris; other text without Han is no table.
  const han = hanCount(labelText);
  if (han === 0) return isDebris(labelToks) && !values.length ? { kind: 'debris', cells: [] } : { kind: 'skip' };
  if (SENTENCE.test(outsideParens(inParens ? `（${labelText}` : labelText)) || /[：:]$/.test(labelText) || han > 40) return { kind: 'prose' };
  const label = cellsOf(labelToks, text, lineStart);
  const numbered = NUMBERED.test(labelText);
  if (!values.length) {
    if (isDebris(labelToks)) return { kind: 'debris', cells: labelToks.map((x) => cell(x.text, x.start)) };
    if (TOP_HEADING.test(labelText)) return { kind: 'heading', cells: label };
    return { kind: 'label', cells: label, numbered };
  }
  // Label and values: one space between them only before several values ("会议 7" is prose), or
  // before one value after a short label inside a table (`pdftotext -raw`: 行政许可 9487; see
  // findSpacedTables: such a line is a row only below other rows of the same table).
  const gap = valueToks[0].start - labelToks[labelToks.length - 1].end;
  if (gap < 2 && values.length < 2) {
    if (labelToks.length > 2 || han < 2 || [...labelText].length > 16) return { kind: 'prose' };
    return { kind: 'row', label, values, tokens: valueToks, numbered, labelEnd: labelToks[labelToks.length - 1].end, tight: true };
  }
  // Spaced-out text before figures is prose, unless it closes a note wrapped from the line above
  // beside a group label's piece (度办   形)   0 0 …).
  if (isDebris(labelToks) && labelToks.length > 1 && !(inParens && /[）)]$/.test(labelText))) return { kind: 'prose' };
  return { kind: 'row', label, values, tokens: valueToks, numbered, labelEnd: labelToks[labelToks.length - 1].end };
}

/** Whether a parenthesis is still open after the line (given whether one was open before it). */
export function unclosed(open: boolean, text: string): boolean {
  let depth = open ? 1 : 0;
  for (const ch of text) {
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
  }
  return depth > 0;
}
