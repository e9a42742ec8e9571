// Text → document model with exact offsets: headings and their section tree, table
// blocks, the title with report year and issuer, prose numbers and dates, directives.
// Knows nothing of report formats (that is formats/, report.ts and interpret-table.ts).
import { LineSet } from './line-set';
import { LineMap } from '../text/line-map';
import { normalize, readSimplified } from '../text/normalize';
import { restoreWritten } from './as-written';
import { ReadLines, ReadText } from './read-text';
import { ownString } from '../text/own-string';
import { Heading, headingOfLine } from './headings';
import { flattenedReportHeadings } from './one-line';
import { leadingTitle } from './title-forms';
import { flatLine, flatView, pieceHeadings } from './flat-view';
import { oneLineLabelStarts } from './layouts/one-line';
import type { TableBlock } from './tables';
import { findTablesSteps } from './layouts';
import { DateMention, findDates, findNumbers, NumberMention } from './prose';
import { DirectiveScan, scanDirectives } from './directives';
import { findTitle, findYear, opensPresentingReport, TitleInfo, YearSource } from './title';
import { wrapView } from './wrap-view';
import { runSteps } from '../engine/steps';

export type { TitleInfo, YearSource } from './title';

export interface Section {
  heading: Heading;
  parent: Section | null;
  children: Section[];
  /** Start of the heading line. */
  start: number;
  /** Where the section's own content starts (after the heading, or after a run-in title). */
  bodyStart: number;
  /** Start of the next heading of the same or a higher level, or the end of the text. */
  end: number;
}

export interface ParsedDocument {
  text: string;
  lines: LineMap;
  /**
   * Text with comments and front matter blanked out, the space-like characters of web copies
   * (no-break space, en/em/thin spaces) read as spaces and full-width digits as digits (same
   * length, same offsets).
   */
  work: string;
  /**
   * `work` in Simplified script, one code unit for one (same length, same offsets; `work` itself when
   * it has no Traditional character): what the readers match their patterns against. Quotes and
   * fixes read `work` or `text`, the draft as written. Held as `work` and the units that differ
   * (read-text.ts): cut the ranges read (`slice`), or take `whole()` for a copy.
   */
  read: ReadText;
  /**
   * The lines of `read` (the same line starts as `lines`; `lines` itself when `read` is the text): what
   * the readers of whole lines (detection, page chrome) read. Its `text` may be `work` (ReadLines):
   * read a line with lineText, the whole read text with `read.whole()`.
   */
  readLines: LineMap;
  directives: DirectiveScan;
  headings: Heading[];
  /** Top-level sections (level of the highest heading style used), with children. */
  sections: Section[];
  tables: TableBlock[];
  /** Line numbers that belong to table blocks. */
  tableLines: Set<number>;
  title: TitleInfo | null;
  year: number | null;
  /** Where the year was read (title, statistical period, body, signing date, page date). */
  yearSource: YearSource | null;
  issuer: string | null;
  numbers: NumberMention[];
  dates: DateMention[];
  /**
   * A text pasted as one long line read as lines again (flat-view.ts), or PDF text broken at the
   * page width read with its paragraphs as lines (wrap-view.ts), for the readers of a text's
   * first lines (title, year, detection): its lines, the headings on them and the title with
   * line numbers of the view. Absent for an ordinary text.
   */
  view?: { kind: 'flat' | 'wrap'; lines: LineMap; headings: Heading[]; title: TitleInfo | null };
}

/**
 * Space characters other than the ASCII space, tab and U+3000 that pages and typesetting use, and the
 * zero-width ones some pages put after punctuation or between words (U+200B–U+200D, U+2060, U+FEFF):
 * readers take each for a space, one code unit for one.
 */
const SPACE_LIKE = /[\u00a0\u2000-\u200d\u202f\u205f\u2060\ufeff]/;
const SPACE_LIKE_ALL = new RegExp(SPACE_LIKE.source, 'g');
const FULL_DIGIT = /[０-９]/;
const FULL_DIGIT_ALL = /[０-９]/g;

/**
 * How many of a flat view's pieces stand for one line of an ordinary text: a line pasted flat is cut
 * at every space after a word as well as where lines ended, so a paragraph may give several pieces.
 * The readers of a text's first lines (the title, the rule-of-law opening) look that much further.
 */
export const PIECES_PER_LINE = 2;

export function parseDocument(text: string): ParsedDocument {
  return runSteps(parseDocumentSteps(text));
}

/**
 * parseDocument() with pauses (after the directives, after each table reader, after the headings
 * and after the title), where the editor's time-sliced lint may answer other requests: the same model.
 */
export function* parseDocumentSteps(text: string): Generator<void, ParsedDocument> {
  const lines = new LineMap(text);
  const directives = scanDirectives(text, lines);
  let work = text;
  if (directives.commentRanges.length) {
    const parts: string[] = [];
    let pos = 0;
    for (const [a, b] of [...directives.commentRanges].sort((x, y) => x[0] - y[0])) {
      if (a < pos) continue;
      parts.push(text.slice(pos, a), text.slice(a, b).replace(/[^\r\n]/g, ' '));
      pos = b;
    }
    parts.push(text.slice(pos));
    work = parts.join('');
  }
  // A browser copy keeps &nbsp; as U+00A0 (and typesetting its other spaces): every reader takes
  // them for the spaces they stand for, one code unit for one.
  if (SPACE_LIKE.test(work)) work = work.replace(SPACE_LIKE_ALL, ' ');
  // Figures typed in full width (２０２３年, a table of ０ and １２): read as the digits they are.
  if (FULL_DIGIT.test(work)) work = work.replace(FULL_DIGIT_ALL, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  // A page in Traditional script (a site's 繁體 version, a converter's output): the readers below
  // (tables, headings, title, year, figures) read it in Simplified script, one code unit for one
  // (same length, same offsets), so that every pattern they know (三、收到和处理…情况, page chrome,
  // 年度报告) holds for it too. `work` itself stays as written (see `read` above).
  // (Taiwan's 政府資訊公開, a ministry's big5 gateway, as 政府信息公开: text/normalize.ts.)
  const read = readSimplified(work);
  // (Blanking, spaces, digits and the script keep every line break where it was: the same line starts.)
  const workLines = read === text ? lines : new LineMap(read, lines.lineStarts);

  yield;
  const tables = yield* findTablesSteps(workLines);
  yield;
  const tableLines: Set<number> = new LineSet(workLines.lineCount);
  // An HTML table's markup lines (<table>, </table>) belong to it as much as its rows.
  for (const t of tables) if (t.layout === 'html') for (let l = t.startLine; l <= t.endLine; l++) tableLines.add(l);
  // (A table flattened into a report on one line shares its line with the prose: not a table line.)
  for (const t of tables) if (t.layout !== 'one-line') for (const r of t.rows) if (t.regroup || r.cells.filter((c) => c.text).length >= 2) for (let l = r.line; l <= r.endLine; l++) tableLines.add(l);
  const rowLabels = oneLineLabelStarts(tables);

  const headings: Heading[] = [];
  // The line that is nearly the whole text, if any (a page pasted on one line: flat-view.ts).
  const flatAt = flatLine(workLines);
  for (let line = 0; line < workLines.lineCount; line++) {
    if (tableLines.has(line)) continue;
    const lt = workLines.lineText(line);
    if (lt.length > 400 || line === flatAt) {
      // A report pasted on one line: its headings inside the line.
      const inline = flattenedReportHeadings(lt, line, workLines.lineStarts[line], rowLabels, oneLineMinParts(workLines, line, lt));
      if (inline) { headings.push(...inline); continue; }
      // A page pasted with a space for each line break: its former lines' headings.
      const pieces = line === flatAt ? pieceHeadings(workLines, line, rowLabels) : null;
      if (pieces) { headings.push(...pieces); continue; }
      if (!/^[\s#*]*[一二三四五六七八九十（(\d]/.test(lt)) continue;
    }
    const h = headingOfLine(lt, line, workLines.lineStarts[line]);
    if (h) headings.push(h);
  }
  // In markdown drafts the # marks give the hierarchy; numbered lines without # are then
  // paragraph-level structure (run-in headings) below every # heading. A PDF converter's table
  // captions (## 表三：收到和处理…) do not: when they are the only # lines, the numbered lines
  // keep the hierarchy and the captions sit below all of them (a caption does not end a part).
  if (headings.some((h) => h.hashes > 0 && !isTableCaption(h))) {
    for (const h of headings) h.level = h.hashes > 0 ? h.hashes : 6 + h.level;
  } else {
    for (const h of headings) if (h.hashes > 0) h.level = 9;
  }
  const sections = buildTree(headings, text.length, workLines);
  yield;

  // A report on one line: its title and year read from the line's pieces (flat-view.ts).
  // (The long line's own title readers come first: a title run into the body is one piece with it.)
  // PDF text broken at the page width (never a text on one line): its paragraphs as lines
  // (wrap-view.ts) for the title, the year and detection; the title found there is placed on the
  // text's own lines.
  const wrapped = flatAt < 0 ? wrapView(workLines, headings, tableLines) : null;
  const wrappedTitle = wrapped ? findTitle(wrapped.lines, wrapped.headings) : null;
  const lineTitle = !wrapped ? findTitle(workLines, headings) : wrappedTitle && {
    ...wrappedTitle, line: workLines.lineAt(wrappedTitle.start), endLine: workLines.lineAt(Math.max(wrappedTitle.start, wrappedTitle.end - 1)),
    text: wrappedTitle.text.replace(/[ \t\u3000]*\r?\n[ \t\u3000]*/g, ''),
  };
  const flat = wrapped ? null : flatView(workLines, headings, lineTitle);
  // (A title told by a sentence of the line gives way to a title read from the pieces.)
  const readPieces = flat && (!lineTitle || lineTitle.source === 'sentence') ? findTitle(flat.lines, flat.headings, PIECES_PER_LINE) : null;
  let pieceTitle = readPieces && (!lineTitle || (readPieces.source !== 'sentence' && (readPieces.end <= lineTitle.start || readPieces.start >= lineTitle.end))) ? readPieces : null;
  // A copy joined without breaks: the report title glued between the page's chrome and its text
  // (flat-view.ts) is the title, unless a piece before it already reads as a title with a year.
  const glued = flat?.glued;
  if (glued && (!lineTitle || lineTitle.source === 'sentence') && (!pieceTitle || (pieceTitle.end <= glued.start && !/(?:19|20)\d{2}/.test(pieceTitle.norm)))) {
    const text0 = text.slice(glued.start, glued.end);
    pieceTitle = { line: flat!.lines.lineAt(glued.start), endLine: flat!.lines.lineAt(glued.start), start: glued.start, end: glued.end, text: text0, norm: normalize(text0), source: 'one-line' };
  }
  const title = pieceTitle ? { ...pieceTitle, line: workLines.lineAt(pieceTitle.start), endLine: workLines.lineAt(pieceTitle.end) } : lineTitle;
  const viewTitle = flat && lineTitle && !pieceTitle ? { ...lineTitle, line: flat.lines.lineAt(lineTitle.start), endLine: flat.lines.lineAt(lineTitle.end) } : pieceTitle ?? lineTitle;
  const { year, source: yearSource } = wrapped ? findYear(wrapped.lines, wrappedTitle, wrapped.headings)
    : findYear(flat?.lines ?? workLines, viewTitle, flat?.headings ?? headings);
  const found = title ? issuerFrom(title.norm) : null;
  // (Its own string: a slice of the whole read text would keep that copy alive.)
  const issuer = found === null || read === work ? found : ownString(found);
  yield;

  const numbers: NumberMention[] = [];
  const dates: DateMention[] = [];
  for (let line = 0; line < workLines.lineCount; line++) {
    if (tableLines.has(line)) continue;
    const lt = workLines.lineText(line);
    if (!/\d/.test(lt)) continue;
    numbers.push(...findNumbers(lt, workLines.lineStarts[line]));
    dates.push(...findDates(lt, workLines.lineStarts[line]));
  }
  const view = flat ? { ...flat, kind: 'flat' as const, title: viewTitle } : wrapped ? { ...wrapped, kind: 'wrap' as const, title: wrappedTitle } : undefined;
  // (Read in Simplified script, kept as written: a cell's text is the draft's text at its offsets.)
  restoreWritten(read, work, tables, headings, [title, view?.title]);
  // After the parse the read text is kept as `work` and its differences (read-text.ts), its lines
  // cut from them: the whole copy dies here unless a view's lines (flat, wrapped) are cut from it.
  const readText = ReadText.of(work, read);
  let readLines = workLines;
  if (readText.sparse) {
    // (The titles' normal forms, strings of their own: a slice of the whole copy would keep it.)
    for (const t of [title, view?.title]) if (t) t.norm = ownString(t.norm);
    readLines = new ReadLines(work, lines.lineStarts, readText);
    readLines.shareFlags(workLines);
  }
  return { text, lines, work, read: readText, readLines, directives, headings, sections, tables, tableLines, title, year, yearSource, issuer, numbers, dates, ...(view ? { view } : {}) };
}

/**
 * How many part headings 一、二、… make a long line a report pasted on one line: three in general
 * (a long paragraph may list 一、… 二、… points); two when the line is nearly the whole document
 * (at most two other lines, such as a page header);
 * one when, besides, it opens with the report's title or presents the report in its first sentence
 * (an excerpt may stop after part 一).
 */
function oneLineMinParts(lines: LineMap, line: number, lt: string): number {
  if (lt.length * 5 < lines.text.length * 4 || otherTextLines(lines, line) > 2) return 3;
  if (line !== firstTextLine(lines)) return 2;
  return leadingTitle(lt) !== null || opensPresentingReport(lt) ? 1 : 2;
}

/** How many lines besides `line` hold text (counting stops at 3). */
/** A # heading that is a table's caption (## 表三：收到和处理政府信息公开申请情况), not a part of the text. */
function isTableCaption(h: Heading): boolean {
  return h.style === 'md' && /^表[一二三四五六七八九十\d]{1,2}(?:[：:\s]|$)/.test(h.title);
}

function otherTextLines(lines: LineMap, line: number): number {
  let n = 0;
  for (let l = 0; l < lines.lineCount && n < 3; l++) if (l !== line && lines.lineText(l).trim()) n++;
  return n;
}

/** The first line with text (bounded: a draft opening with many blank lines has no one-line title). */
function firstTextLine(lines: LineMap): number {
  for (let line = 0; line < lines.lineCount && line < 20; line++) if (lines.lineText(line).trim()) return line;
  return -1;
}

/**
 * The children of every leaf section: one empty list, shared (frozen: the tree is built here and
 * nobody adds to it after). A large draft has tens of thousands of leaf sections.
 */
const NO_CHILDREN = Object.freeze([]) as unknown as Section[];

function buildTree(headings: Heading[], textEnd: number, lines: LineMap): Section[] {
  const roots: Section[] = [];
  const stack: Section[] = [];
  const all: Section[] = [];
  for (const h of headings) {
    const bodyStart = h.runIn ? h.titleEnd : lines.lineStarts[h.line + 1] ?? textEnd;
    const s: Section = { heading: h, parent: null, children: NO_CHILDREN, start: h.start, bodyStart, end: textEnd };
    while (stack.length && stack[stack.length - 1].heading.level >= h.level) stack.pop();
    if (stack.length) {
      s.parent = stack[stack.length - 1];
      if (s.parent.children === NO_CHILDREN) s.parent.children = [s];
      else s.parent.children.push(s);
    } else {
      roots.push(s);
    }
    stack.push(s);
    all.push(s);
  }
  // Lists grown by push keep room for 17 or more: cut to their size (a large draft has thousands).
  for (const s of all) if (s.children.length > 1) s.children = s.children.slice();
  // A section ends where the next heading of the same or a higher level starts.
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      if (all[j].heading.level <= all[i].heading.level) { all[i].end = all[j].start; break; }
    }
  }
  return roots;
}

const ORG_END = /(人民政府办公室|人民政府办公厅|人民政府|办事处|管委会|委员会|办公室|办公厅|管理局|分局|总局|局|厅|委|院|中心|政府)/;

/** Issuer from a title: the organisation before the year (or after it, before the report words). */
export function issuerFrom(titleNorm: string): string | null {
  const t = titleNorm.replace(/\.(pdf|docx?|wps)$/i, '').replace(/^关于/, '');
  const y = /((?:19|20)\d{2})年度?/.exec(t);
  let candidate = '';
  if (y && y.index > 0) candidate = t.slice(0, y.index).replace(/关于$/, '');
  else {
    const after = y ? t.slice(y.index + y[0].length) : t;
    const m = new RegExp(`^(.+?${ORG_END.source})`).exec(after);
    // (The 政府 of the kind's name after a field of work is no organ: 2024年度交通运输法治政府建设工作总结.)
    candidate = m && !/法治政府$/.test(m[1]) ? m[1] : '';
  }
  // (News of the release names the organ before its verb: 应急管理部发布2023年……年度报告.)
  candidate = candidate.replace(/[,，:：\s]+$/, '').replace(/(?<=[局部委厅办府会院])(?:发布|公布)$/, '');
  return candidate.length >= 2 && candidate.length <= 40 ? candidate : null;
}

const headingLineSets = new WeakMap<ParsedDocument, ReadonlySet<number>>();

/** The lines that hold a heading, as a set made once per parsed document (several readers ask). */
export function headingLineSet(doc: ParsedDocument): ReadonlySet<number> {
  let set = headingLineSets.get(doc);
  if (!set) headingLineSets.set(doc, (set = new Set(doc.headings.map((h) => h.line))));
  return set;
}
