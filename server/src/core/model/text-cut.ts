// What a stored excerpt of a page leaves after a statutory table it cut: nothing, lines of bars,
// the table's last figure without its bar, or the first characters of one of the table's labels
// (a caption, a row or a column name, maybe with the start of its bracketed note). Rules that
// count rows or figures take such a table as cut there, not as missing its later rows.
import { labelKey, normalize } from '../text/normalize';

/** Longest remnant taken for a label (or a label and the start of its note) cut with the page. */
const MAX_REMNANT = 30;

/** A lone figure: a row's last cell, cut before its bar (in ASCII or full-width digits). */
const FIGURE = /^[-+－＋]?[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?$/;

/** The number a statutory row's name starts with, cut before the name: 1. of 1.属于国家秘密. */
const ROW_NUMBER = /^[0-9０-９]{1,2}[.．、]$/;

/** An opening bracket, maybe with a numeral: the start of a numbered row name, ( of (二)部分公开. */
const OPEN_NUMBER = /^[（(][一二三四五六七八九十]{0,2}$/;

/** A bracketed note left open at the cut: 其他对外管理服务事项(指行政许可以 → 其他对外管理服务事项. */
const OPEN_NOTE = /\s*[（(][^（()）]*$/;

/** A closed bracketed note in a label (not a numeral: （五） of 第二十条第（五）项, （三） of （三）不予公开). */
const NOTES = /\s*[（(](?![一二三四五六七八九十\d]{1,3}[）)])[^（()）]*[）)]/g;

/** The bars between cells (a run of them is one separator). */
const CELL_BARS = /[|｜]+/;
/** The same, or a run of spaces (cells pasted on one line without bars). */
const CELL_BARS_OR_SPACES = /[|｜\s\u3000]+/;

/** Most lines a cut leaves after a table (the next caption, a header row's cells, one by one: 第二十条第(八)项 / 信息内容 / 本年收费金额(单位:万元) / 行政事业性). */
const MAX_LINES = 4;
/** Most characters of those lines together. */
const MAX_TOTAL = 40;
/**
 * Most lines, and characters, when the whole lines are all different labels: a caption, 信息内容 and
 * a header of three columns before the piece (第二十条第(八)项 | 信息内容 | 上一年项目数量 | 本年增/减 | 行政),
 * as a table pasted on one line leaves them (its reader ends the table at its last figure).
 */
const MAX_LINES_DISTINCT = 6;
const MAX_TOTAL_DISTINCT = 60;
/** A line longer than this is read only for whether it is bars and blanks alone. */
const LONG_LINE = 2000;

/**
 * Whether `rest` (the text after a table or a row, to the end of the text) is only what a cut
 * page leaves of it: up to four short lines or cells between bars: whole `labels` (the table's captions, row and
 * column names), then a lone figure or the first characters of one (the next caption and the first
 * cells of its header, 第二十条第(八)项 / 信息内容 / 本年收费金额(单位:万, count too). With no labels, only bars and a
 * lone figure count.
 */
export function isCutRemnant(rest: string, labels: readonly string[] = []): boolean {
  const cells = remnantLines(rest, CELL_BARS);
  if (cells !== null && judge(cells, labels)) return true;
  // A table pasted on one line without bars leaves its next caption and header cells between spaces
  // (行政强制 0 第二十条第(八)项 信): read the cells' words as lines too, when the cells hold any (or
  // when they were too long for a remnant: one cell of all of them).
  if (cells !== null && !cells.some((l) => /\s/.test(l))) return false;
  const words = remnantLines(rest, CELL_BARS_OR_SPACES);
  return words !== null && judge(words, labels);
}

/**
 * The remnant's lines (bars aside), or null when it is over its bounds. Read line by line, and only
 * until then: `rest` is the text's whole rest, and a draft may hold thousands of tables (one pass
 * over it per table was quadratic). Cells count as lines: a table pasted on one line (a crawler's
 * copy) leaves its next caption and header cells between bars on the table's own line
 * (第二十条第(八)项 | ||| 信息内容 | 本年收费金额(单).
 */
function remnantLines(rest: string, cellSeparator: RegExp): string[] | null {
  const lines: string[] = [];
  let chars = 0;
  for (let at = 0; at <= rest.length;) {
    let end = rest.indexOf('\n', at);
    if (end < 0) end = rest.length;
    const raw = rest.slice(at, end);
    at = end + 1;
    // (A long line is a remnant only when it is bars and blanks alone.)
    if (raw.length > LONG_LINE) {
      if (/[^|｜\s]/.test(raw)) return null;
      continue;
    }
    for (const cell of raw.split(cellSeparator)) {
      const l = cell.trim();
      if (l === '') continue;
      lines.push(l);
      chars += l.replace(NOTES, '').length;
      if (lines.length > MAX_LINES_DISTINCT || chars > MAX_TOTAL_DISTINCT) return null;
    }
  }
  if (lines.length === 1 && chars > MAX_REMNANT) return null;
  return lines;
}

/**
 * Whether the remnant's lines are whole labels (a caption, 信息内容), then the one cut short: up to
 * four lines in all, or up to six when the whole labels are all different (a caption and its header,
 * not row names over again).
 */
function judge(lines: string[], labels: readonly string[]): boolean {
  if (lines.length === 0) return true;
  // (A label may carry its note, as a form's header cells do: 上一年项目数量(指2019年事项数).)
  const whole = (s: string) => {
    const k = labelKey(s);
    const bare = labelKey(s.replace(NOTES, ''));
    return k.length >= 2 && labels.some((l) => labelKey(l) === k || (bare.length >= 2 && labelKey(l.replace(NOTES, '')) === bare));
  };
  const before = lines.slice(0, -1);
  if (!before.every(whole) || !isPiece(lines[lines.length - 1], labels)) return false;
  const chars = lines.reduce((n, l) => n + l.replace(NOTES, '').length, 0);
  return (lines.length <= MAX_LINES && chars <= MAX_TOTAL) || new Set(before.map(labelKey)).size === before.length;
}

/** One remnant line: a lone figure, or the first characters of a label (maybe with the start of its note). */
function isPiece(s: string, labels: readonly string[]): boolean {
  if (s.length > MAX_REMNANT) return false;
  if (FIGURE.test(s)) return true;
  if (!labels.length) return false;
  // (labelKey drops brackets: the bracket that opens （二）部分公开 is compared as written, width folded.)
  if (OPEN_NUMBER.test(s)) {
    const n = normalize(s);
    return labels.some((l) => normalize(l).startsWith(n));
  }
  const k = labelKey(s);
  // One character is enough when it is a Chinese character a label starts with (| / 行 of 行政处罚),
  // or a row's number with its mark (1. of 1.属于国家秘密).
  if (k.length >= 2 || /^\p{Script=Han}$/u.test(k) || ROW_NUMBER.test(s)) {
    if (labels.some((l) => labelKey(l).startsWith(k))) return true;
  }
  const whole = s.replace(OPEN_NOTE, '');
  if (whole === s) return false;
  const kw = labelKey(whole);
  return kw.length >= 2 && labels.some((l) => labelKey(l).startsWith(kw));
}
