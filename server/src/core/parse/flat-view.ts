// A report pasted as one long line (a web page flattened with a space for each line break, or a
// PDF copy joined without any break) read as lines again, for the readers that look at a text's
// first lines: the title, the year and the opening sentences (title.ts, formats/detect*.ts). The
// view never changes the text: its lines are pieces of the long line at the same offsets, cut
//   - at a run of spaces after a word, a sentence's end or a date or time (not after another
//     digit, a comma or a colon, nor before a breadcrumb's >: 2016 年, 日期: 2024-01-16 and
//     首页 > 栏目 stay whole; nor between an issuer and the year of its title), or before a
//     heading marker (一、 / （一）) whatever stands before the spaces;
//   - right after a sentence's end (or a colon: 如下：一、…) before a heading marker, or after a
//     sentence's end before a short title followed by sub-part （一） (a part heading without its
//     numeral), when the paragraphs' ends have no space after them (a copy joined without breaks);
//   - around the title read inside the line, or, in a copy joined without breaks, around the
//     first report title glued between the page's chrome (breadcrumb, channel names, metadata
//     fields, a covering letter) and its metadata (glued-title.ts);
//   - in a copy joined without breaks, before the metadata fields and the opening sentence glued
//     in the line's head (flat-head.ts);
//   - at the start of every heading read inside the line, and after its title (in a copy joined
//     without breaks, where the text of the part starts: 一、总体情况 | 2023年，…, 本报告是…).
//   - in a copy joined without breaks, after a sentence's end before a sub-part 2.…, and after a
//     markup tag (<image>…</image>) before a space;
// Only a line that is nearly the whole text is cut (as document.ts reads a report on one line),
// or a shorter one that is the text's only line.
// One pass over the line, no backtracking.
import { LineMap } from '../text/line-map';
import { Heading, parseHeading } from './headings';
import { chineseNumeral, normalize } from '../text/normalize';
import { gluedHeadCuts } from './flat-head';
import { gluedTitleCuts } from './glued-title';

/** A long line shorter than this is an ordinary paragraph. */
const MIN_FLAT = 400;
/** The shortest text on one line read as a page's former lines. */
const MIN_ALONE = 200;

/** Lines of a text at given offsets; a piece's text ends where the next one starts (spaces trimmed). */
export class PieceLineMap extends LineMap {
  constructor(text: string, starts: number[], private readonly ends: number[]) {
    super(text, starts);
  }

  override lineEnd(line: number): number {
    return this.ends[line] ?? this.text.length;
  }
}

const WORD_END = /[\u3400-\u9fff。！？!?；;）)」』”》】]/;
const SENTENCE_END = /[。！？!?]/;
/** An issuer alone before the year of a title (海滨街 2020 年……报告): one piece with it. */
const ISSUER = /^[\u3400-\u9fff]{2,20}$/;
const YEAR = /^(?:19|20)\d{2}/;
/** A title's report words: what ends a title is no issuer (法治政府建设情况年度报告 2019年，……). */
const REPORT_END = /(?:报告|報告|年报|年報|总结|總結)$/;
/** A date or a time at the end of a metadata field (发布日期:2024-01-16 15:27). */
const STAMP = /(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?)$/;
/** A metadata field name spaced out one character at a time, then its colon or cell bar (索 引 号:, 关 键 词：, 文 号 |, • 索  引 号:). */
const SPACED_FIELD = /^(?:[•●▪◆*-] ?)?[\u3400-\u9fff](?: {1,2}[\u3400-\u9fff]){1,3} ?[:：|]/;
/** A list item's bullet (• 名称:…) or a bracketed field name ([ 索引号 ] …, 【发布机构】…): a former line's start. */
const ITEM_START = /^(?:[•●▪◆]|[[【] ?[\u3400-\u9fff]{2,8} ?[\]】])/;
/** A markup tag ends the piece before it (<image>…</image>, <img src=…>: a web page's image left in the copy). */
const TAG_END = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>$/i;
/** A file's name ends at its extension (某某局2021年度……工作报告.docx 资源ID:…). */
const FILE_END = /\.(?:docx?|pdf|wps|xlsx?|txt|html?)$/i;
/** A salutation to the bodies addressed (县委、县政府:, 中共某某县委员会，某某县人民政府：) before the text. */
const ORGAN = '[\\u3400-\\u9fff]{1,24}(?:委员会|人民政府|政府|党委|党组|常委会|委|局|厅|办公室)';
const SALUTATION = new RegExp(`^${ORGAN}(?:[、，,]${ORGAN})*[:：]$`);
/** A short title without numeral right before a sub-part marker （一）. */
const BARE_BEFORE_SUB = /^[\u3400-\u9fff]{2,12}(?=[（(]一[）)])/;
/** A sub-part numbered in Arabic figures before its words (2.依申请公开办理情况; not 2.5亿元). */
const ARABIC_MARKER = /^\d{1,2}[、．.](?=[\u3400-\u9fff])/;
const MARKER = /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)])/;

/** A row of a page's metadata table, its first cell a field name (| 索引号 |, | 发布机构 |, 文 号 |: with or without its bar). */
const META_ROW = /^(?:\| ?)?(?:标 ?题|索 ?引 ?号|文 ?号|发 ?布 ?机 ?构|发布日期|成文日期|主题分类|发文机关|名 ?称) ?\|/;
/** A converter's pinyin after a character (發(fā)布機構(gòu)): no part of the words. */
const PINYIN = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/g;

/** A date written out (2026年1月8日). */
const DATE_END = /(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$/;

/** Whether at least a quarter of the sentence ends inside [from, to), or two of them, are followed by a space (checked over a bounded stretch). */
function spacedParagraphs(text: string, from: number, to: number): boolean {
  let ends = 0;
  let spaced = 0;
  for (let i = from; i < to && i < from + 100_000; i++) {
    if (text[i] !== '。') continue;
    ends++;
    if (/[ \u3000\t]/.test(text[i + 1] ?? '')) spaced++;
  }
  // (A report of long paragraphs has many sentences to each paragraph's end: two spaced ends do.)
  return spaced > 0 && (spaced * 4 >= ends || spaced >= 2);
}

/**
 * The flattened line of a text: over MIN_FLAT characters, at least four fifths of the text, at most
 * two other lines with text; or, shorter, over MIN_ALONE characters and the text's only line with
 * text (a short report pasted on one line: 某某局2013年度信息公开工作 年度报告 一、… 二、…).
 */
export function flatLine(lines: LineMap): number {
  const text = lines.text;
  let flat = -1;
  let alone = -1;
  let others = 0;
  for (let l = 0; l < lines.lineCount; l++) {
    const start = lines.lineStarts[l];
    const end = lines.lineEnd(l);
    if (end - start > MIN_FLAT && (end - start) * 5 >= text.length * 4) { flat = l; continue; }
    if (!/\S/.test(text.slice(start, Math.min(end, start + 200)))) continue;
    if (++others > 2) return -1;
    if (end - start > MIN_ALONE) alone = l;
  }
  return flat >= 0 ? flat : others === 1 ? alone : -1;
}

/**
 * The text as lines again when it is one flattened line (see above), with the headings placed on
 * the view's lines; null when the text has no such line.
 */
export function flatView(lines: LineMap, headings: Heading[], titleAt?: { start: number; end: number; source?: string } | null): { lines: LineMap; headings: Heading[]; spaced: boolean; glued?: { start: number; end: number } } | null {
  const flat = flatLine(lines);
  if (flat < 0) return null;
  const text = lines.text;
  const from = lines.lineStarts[flat];
  const to = lines.lineEnd(flat);
  const cuts = new Set<number>();
  // The title read in the line (title-forms.ts) is a line of its own.
  // (Not a title told inside a sentence of the body, 现将2021年工作情况报告如下: the sentence stays whole.)
  if (titleAt && titleAt.source !== 'sentence' && titleAt.start >= from && titleAt.end <= to) { cuts.add(titleAt.start); cuts.add(titleAt.end); }
  // A page pasted with a space for each line break ends its paragraphs in 。 and a space; a copy
  // joined without breaks has none there, and only a heading marker after a sentence's end starts a line.
  const spaced = spacedParagraphs(text, from, to);
  // (A title told by a sentence of the body, 现将……工作总结如下, leaves the glued title to be read.)
  let glued: { start: number; end: number } | undefined;
  if (!spaced && (!titleAt || titleAt.source === 'sentence')) {
    const g = gluedTitleCuts(text, from, to);
    for (const c of g) cuts.add(c);
    // The title runs from its latest start cut to its report words.
    if (g.length) glued = { start: Math.max(from, ...g.slice(1)), end: g[0] };
  }
  // (Its metadata fields and its opening sentence glued to them or to the title: flat-head.ts.)
  if (!spaced) for (const c of gluedHeadCuts(text, from, to)) cuts.add(c);
  // A heading read on the flat line whose title runs on into its text (一、总体情况本报告是根据…。):
  // in a copy joined without breaks its title ends where glued titles do.
  const shortened = spaced ? headings : headings.map((h) => {
    if (h.line !== flat || !h.runIn) return h;
    const title = gluedTitle(h.title);
    if (title.length >= h.title.length || title.length >= GLUED_TITLE) return h;
    return { ...h, title, norm: normalize(title), end: h.titleStart + title.length, titleEnd: h.titleStart + title.length };
  });
  for (const h of shortened) {
    if (h.line !== flat) continue;
    cuts.add(h.start);
    if (h.runIn) cuts.add(h.titleEnd);
  }
  const pieces = () => cutPieces(lines, flat, cuts, spaced);
  let { starts, ends } = pieces();
  if (!starts.length) return null;
  let view = new PieceLineMap(text, starts, ends);
  const place = (v: LineMap) => shortened.map((h) => ({ ...h, line: v.lineAt(h.start) }));
  let placed = place(view);
  if (!spaced) {
    let inText = gluedPieceHeadings(view, lines.lineAt(from), lines, placed);
    // A glued heading's title is a line of its own, as on the page (一、总体情况 / 本报告是根据…),
    // where it ends before a sentence's words (not where the longest title was cut).
    const ended = inText.filter((h) => h.title.length < GLUED_TITLE);
    if (ended.length) {
      for (const h of ended) cuts.add(h.titleEnd);
      ({ starts, ends } = pieces());
      const v = new PieceLineMap(text, starts, ends);
      view = v;
      placed = place(v);
      inText = inText.map((h) => ({ ...h, line: v.lineAt(h.start) }));
    }
    placed.push(...inText);
  }
  return { lines: view, headings: placed, spaced, ...(glued ? { glued: { start: Math.max(glued.start, view.lineStarts[view.lineAt(glued.end - 1)]), end: glued.end } } : {}) };
}

/** The pieces of the flattened line `flat` cut at `cuts` and where former lines ended (see above), with the other lines whole. */
function cutPieces(lines: LineMap, flat: number, cuts: Set<number>, spaced: boolean): { starts: number[]; ends: number[] } {
  const text = lines.text;
  const from = lines.lineStarts[flat];
  const to = lines.lineEnd(flat);
  const starts: number[] = [];
  const ends: number[] = [];
  const piece = (a: number, b: number) => {
    // Spaces at either end are no part of the piece.
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    // Indentation a charset conversion turned into question marks (……年度報告????一、總體情況) is no part of it.
    const lost = /[?？]{2,}$/.exec(text.slice(Math.max(a, b - 8), b));
    if (lost && b - lost[0].length > a) b -= lost[0].length;
    if (b > a) { starts.push(a); ends.push(b); }
  };
  for (let l = 0; l < flat; l++) { starts.push(lines.lineStarts[l]); ends.push(lines.lineEnd(l)); }
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text[i];
    // (Separators alone, - or |, before a cut are no piece: they stay with the next one.)
    if (cuts.has(i) && i > start && /[\p{L}\p{N}]/u.test(text.slice(start, i))) { piece(start, i); start = i; }
    if (c === ' ' || c === '\u3000' || c === '\t') {
      let j = i;
      while (j < to && /[ \u3000\t]/.test(text[j])) j++;
      const before = i > from ? text[i - 1] : '';
      const after = text.slice(j, j + 5);
      const issuer = YEAR.test(after) && i - start <= 20 && ISSUER.test(text.slice(start, i)) && !REPORT_END.test(text.slice(start, i));
      // After a word, a sentence's end, or a date or time that ends a metadata field.
      // (Nor inside a field name spaced out one character at a time: 索 引 号:…, 关 键 词:…, 文 号 |.)
      const fieldName = i - start <= 8 && SPACED_FIELD.test(text.slice(start, start + 16));
      // (Also after a file's name, after a salutation's colon, and after a cell bar when a sentence
      // follows before the next bar: the last cell of a page's metadata table, then the text.)
      const ends = ((WORD_END.test(before) && !issuer) || (STAMP.test(text.slice(Math.max(start, i - 12), i)) && !/^\d/.test(after))
        || FILE_END.test(text.slice(Math.max(start, i - 6), i)) || (before === '|' && sentenceBeforeBar(text, j, to))
        || (before === '>' && TAG_END.test(text.slice(Math.max(start, i - 200), i)))
        || ((before === ':' || before === '：') && i - start <= 80 && SALUTATION.test(text.slice(start, i))))
        && !fieldName && !inBookTitle(text, start, i);
      // (Never before a closing bracket: [ 索引号 ] is one field name. But a cell bar after a cell bar that opens
      // a metadata row, | 索引號 | …, is a former line's start: a page's metadata table flattened row by row.)
      if (j < to && ((ends && !/^[>›|\]】]/.test(after)) || MARKER.test(after) || ITEM_START.test(text.slice(j, j + 14))
        || (before === '|' && META_ROW.test(text.slice(j, j + 40).replace(PINYIN, ''))))) { piece(start, i); start = j; }
      i = j - 1;
      continue;
    }
    // (Or a colon: 现报告如下：一、总体情况…; or a salutation's colon, 县委、县政府:2024年以来，…)
    if (!spaced && (c === ':' || c === '：') && i + 1 < to && i - start < 80 && SALUTATION.test(text.slice(start, i + 1))) { piece(start, i + 1); start = i + 1; continue; }
    // (Or a signing date under the title: ……年度报告某某管委会2026年1月8日一、总体情况…)
    if (!spaced && (SENTENCE_END.test(c) || c === ':' || c === '：' || (c === '日' && DATE_END.test(text.slice(Math.max(start, i - 10), i + 1)))) && i + 1 < to) {
      const next = text.slice(i + 1, i + 20);
      // A heading, or a part's title without its numeral before its first sub-part (。总体情况（一）…).
      const bare = BARE_BEFORE_SUB.exec(next);
      // (Or, after a sentence's end, a sub-part numbered 2.: 。2.依申请公开办理情况2019年我街道….)
      if (MARKER.test(next) || (SENTENCE_END.test(c) && (bare || ARABIC_MARKER.test(next)))) {
        piece(start, i + 1);
        start = i + 1;
        if (bare) cuts.add(i + 1 + bare[0].length);
      }
    }
  }
  piece(start, to);
  // An empty flattened line cannot be: keep the lines' count consistent anyway.
  for (let l = flat + 1; l < lines.lineCount; l++) { starts.push(lines.lineStarts[l]); ends.push(lines.lineEnd(l)); }
  return { starts, ends };
}

/** A sentence mark comes after `j` before the next cell bar (within a bounded stretch). */
function sentenceBeforeBar(text: string, j: number, to: number): boolean {
  const s = text.slice(j, Math.min(to, j + 150));
  const stop = s.search(/[。，,；;！？]/);
  const bar = s.indexOf('|');
  return stop >= 0 && (bar < 0 || stop < bar);
}

/** The piece [start, i) has a book title open (《…) that closes within a short stretch after `i`: no cut inside it. */
function inBookTitle(text: string, start: number, i: number): boolean {
  const open = text.lastIndexOf('《', i);
  if (open < start || open < text.lastIndexOf('》', i)) return false;
  const close = text.indexOf('》', i);
  return close > 0 && close - i <= 80 && !/[。；;]/.test(text.slice(i, close));
}

/**
 * The part headings 一、 and （一） (or 1、 and （1） where no part is numbered 一、) of a page pasted
 * with a space for each line break, read from the pieces of its flattened line `line` (each piece
 * a former line): a piece that opens with a numbered heading is one, run into the line. Parts
 * 一、二、三… are taken in order from 一 (one out of turn is a list item); sub-parts only below a
 * part. Null when the line is not such a page or holds no part 一.
 */
export function pieceHeadings(lines: LineMap, line: number, rowLabels?: Set<number>): Heading[] | null {
  if (flatLine(lines) !== line) return null;
  const view = flatView(lines, []);
  if (!view || !view.spaced) return null;
  const all: Heading[] = [];
  for (let l = 0; l < view.lines.lineCount; l++) {
    const start = view.lines.lineStarts[l];
    if (lines.lineAt(start) !== line || rowLabels?.has(start)) continue;
    const h = parseHeading(view.lines.lineText(l), line, start);
    // A table's row label followed by its figures (四、结转下年度继续办理 0 0 0 …) is no heading.
    if (!h || (!h.runIn && l + 1 < view.lines.lineCount && FIGURES.test(view.lines.lineText(l + 1)))) continue;
    all.push({ ...h, runIn: true });
  }
  // Parts numbered 一、 with sub-parts （一）; else parts numbered 1、 with sub-parts （1）.
  return ordered(all, 1) ?? ordered(all, 3);
}

/** A piece of figures only: a flattened table row's values. */
const FIGURES = /^\d+(?:\.\d+)?(?:\s+\d+(?:\.\d+)?){2,}$/;

/**
 * Parts of `level` in order, with the sub-parts (level + 1) below them; null without a part. The
 * first part may have any number (a page that starts part-way through a report), the next ones
 * follow it. Sub-parts before the first part are kept when they run in order up to it and it is no
 * part 一 (the page starts inside the part before: （二）… （五）… 三、…, as its lines read).
 */
function ordered(all: Heading[], level: number): Heading[] | null {
  const out: Heading[] = [];
  let prev = 0;
  let before: Heading[] = [];
  for (const h of all) {
    if (h.level === level) {
      if (prev && h.numeral !== prev + 1) continue;
      if (!prev && h.numeral! > 1) out.push(...before);
      prev = h.numeral!;
    } else if (h.level !== level + 1) continue;
    else if (!prev) {
      // (A sub-part out of turn starts the run again: a list in the opening sentence is no part.)
      const last = before.at(-1);
      if (!last || h.numeral !== last.numeral! + 1) before = [];
      before.push(h);
      continue;
    }
    out.push(h);
  }
  return prev ? out : null;
}

/** A piece's opening marker: 一、 (level 1) or （一） (level 2). */
const PIECE_MARKER = /^(?:([一二三四五六七八九十]{1,3})[、．.]|[（(]([一二三四五六七八九十]{1,3})[）)])/;
/**
 * Where a glued heading's title ends at the latest: a sub-part marker, a sentence mark, a list item
 * 1、, or, after its first words, the opening of the part's text (the year's summary 2021年，…,
 * 本报告是…, 根据《…).
 */
const GLUED_TITLE_END = /[（(][一二三四五六七八九十]{1,3}[）)]|[。；;！!？?：:]|\d{1,2}[、.．](?=[\u3400-\u9fff])|(?<=^.{2,})(?:(?:19|20)\d{2}年度?[,，]|本(?:年度)?报告(?:是|根据|依据|按照|依照|由|所列)|(?:根据|依据|按照|依照)《)/;
/** Longest glued title read. */
const GLUED_TITLE = 30;

/** The title of a heading glued to its text, from the text after its numeral (see GLUED_TITLE_END). */
function gluedTitle(rest: string): string {
  const stop = GLUED_TITLE_END.exec(rest.slice(0, 200));
  let end = Math.min(stop ? stop.index : rest.length, GLUED_TITLE);
  // (Never inside a figure: 二、具体措施抓成效我乡……政府信息总数148条 cut after 30 characters keeps 148 whole in the text.)
  while (end > 0 && end < rest.length && ALNUM.test(rest[end - 1]) && ALNUM.test(rest[end])) end--;
  return rest.slice(0, end);
}
const ALNUM = /[0-9A-Za-z０-９.．]/;

/**
 * In a copy joined without breaks, the pieces that open with a part marker (一、 in order from
 * the first, or （一） below one) and hold no heading read: headings for the readers of a text's
 * first lines (detection). The title ends at its first sub-part marker or sentence mark, else
 * after GLUED_TITLE characters (where a glued title ends cannot be told).
 */
function gluedPieceHeadings(view: LineMap, flat: number, lines: LineMap, have: Heading[]): Heading[] {
  const taken = new Set(have.map((h) => h.line));
  const out: Heading[] = [];
  let prev = 0;
  let before: Heading[] = [];
  for (let l = 0; l < view.lineCount && out.length < 200 && before.length < 200; l++) {
    const start = view.lineStarts[l];
    if (taken.has(l) || lines.lineAt(start) !== flat) continue;
    const piece = view.lineText(l).slice(0, 200);
    const m = PIECE_MARKER.exec(piece);
    if (!m) continue;
    const numeral = chineseNumeral(m[1] ?? m[2]);
    if (!numeral) continue;
    const level = m[1] ? 1 : 2;
    if (level === 1 && prev && numeral !== prev + 1) continue;
    const rest = piece.slice(m[0].length);
    const title = gluedTitle(rest);
    if ((title.match(/[\u3400-\u9fff]/g)?.length ?? 0) < 2) continue;
    const titleStart = start + m[0].length;
    const h: Heading = { level, style: level === 1 ? 'cn' : 'paren-cn', numeral, title, norm: normalize(title), line: l, start, end: titleStart + title.length,
      titleStart, titleEnd: titleStart + title.length, runIn: true, hashes: 0 };
    if (level === 1) {
      // Sub-parts in order up to a first part that is no part 一: the page starts inside the part before it.
      if (!prev && numeral > 1) out.push(...before);
      prev = numeral;
    } else if (!prev) {
      const last = before.at(-1);
      if (!last || numeral !== last.numeral! + 1) before = [];
      before.push(h);
      continue;
    }
    out.push(h);
  }
  return out;
}
