// Headings in the styles real drafts use: 一、 （一） (一) 1. （1） and markdown #,
// possibly wrapped in pinyin debris (主動(dòng)公開) or emphasis (**一、总体情况**).
import { blankPinyin, chineseNumeral, dropPinyin, normalize } from '../text/normalize';
import { ownString as own } from '../text/own-string';

export type HeadingStyle = 'cn' | 'paren-cn' | 'arabic' | 'paren-arabic' | 'md';

export interface Heading {
  /** 1 = 一、, 2 = （一）, 3 = 1., 4 = （1）; markdown-only headings use their # count. */
  level: number;
  style: HeadingStyle;
  /** The numeral, e.g. 3 for 三、 or （三）; null for plain markdown headings. */
  numeral: number | null;
  /** Title as written (up to the first 。 for run-in headings), without the marker. */
  title: string;
  /** Normalised title, for comparison only. */
  norm: string;
  line: number;
  /** Offsets of the whole heading line (without line break). */
  start: number;
  end: number;
  /** Offsets of the title text. */
  titleStart: number;
  titleEnd: number;
  /** True when body text follows the title on the same line (（一）xx。正文…). */
  runIn: boolean;
  /** Number of markdown # marks (0 for a plain line). */
  hashes: number;
}

const CN = '[一二三四五六七八九十]{1,3}';
const PATTERNS: { style: HeadingStyle; level: number; re: RegExp }[] = [
  { style: 'cn', level: 1, re: new RegExp(`^(${CN})\\s*[、,，.．]\\s*`) },
  { style: 'paren-cn', level: 2, re: new RegExp(`^[（(]\\s*(${CN})\\s*[）)]\\s*[、.．]?\\s*`) },
  { style: 'arabic', level: 3, re: /^(\d{1,2})\s*[.．、](?!\d)\s*/ },
  { style: 'paren-arabic', level: 4, re: /^[（(]\s*(\d{1,2})\s*[）)]\s*/ },
];

/** Dot leaders and a page number closing a line: 二、主动公开政府信息情况 ................ 10. */
const TOC_ENTRY = /(?:\.{4,}|…{2,}|·{4,}|．{4,})\s*\d{1,4}\s*$/;
/**
 * Lines read before (bounded, as normalize's memo): line text (tabs not yet spaces) → the heading
 * parseHeading finds on it at line 0, offset 0, or null. A keystroke changes one line: the others
 * are looked up, not read again.
 */
const lineMemo = new Map<string, Heading | null>();
const LINE_MEMO_MAX = 5000;
const LINE_MEMO_KEY_MAX = 400;

/**
 * parseHeading(lineText with tabs as spaces, line, lineStart), through a memo by the line's text:
 * a new Heading object every time (callers change `level`).
 */
export function headingOfLine(lineText: string, line: number, lineStart: number): Heading | null {
  // Most lines are prose opening with a word: no heading, told without the memo's look-up (which
  // hashes the whole line).
  if (!mayOpenHeading(lineText)) return null;
  if (lineText.length > LINE_MEMO_KEY_MAX) return parseHeading(lineText.replace(/\t/g, ' '), line, lineStart);
  let h = lineMemo.get(lineText);
  if (h === undefined) {
    if (lineMemo.size >= LINE_MEMO_MAX) lineMemo.clear();
    h = parseHeading(lineText.replace(/\t/g, ' '), 0, 0);
    // Key and strings of their own characters: a slice of a document would keep the whole document alive.
    if (h) h = { ...h, title: own(h.title), norm: own(h.norm) };
    lineMemo.set(own(lineText), h);
  }
  if (h === null) return null;
  return { ...h, line, start: h.start + lineStart, end: h.end + lineStart, titleStart: h.titleStart + lineStart, titleEnd: h.titleEnd + lineStart };
}

/** What parseHeading's lead may take before the marker (a superset: the marks in any number and order). */
const LEAD_MARKS = /^[\s?？#*_]*/;
/** What a heading's marker or a bullet before it opens with. */
const MARKER_START = /^[一二三四五六七八九十（(\d+-]/;

/**
 * False where parseHeading finds no heading for certain: no # before the first character that is
 * no lead mark, and that character opens no marker nor bullet. (Blanked pinyin follows a Han
 * character: it never comes before that character.)
 */
export function mayOpenHeading(lineText: string): boolean {
  const lead = LEAD_MARKS.exec(lineText)![0];
  return lead.includes('#') || MARKER_START.test(lineText.slice(lead.length, lead.length + 1));
}

/** Recognises a heading on one line; `lineText` has no line break. */
export function parseHeading(original: string, line: number, lineStart: number): Heading | null {
  // A table of contents' entry (一、总体情况………… 1): it names a part, the part is elsewhere.
  if (TOC_ENTRY.test(original)) return null;
  // Read through converter pinyin (一(yī)、總體(tǐ)情況): the markers and the title's end are found in
  // a view with the annotations blanked (same offsets); the title is the original's text.
  const lineText = blankPinyin(original);
  let pos = 0;
  // Indentation may have turned into question marks (full-width spaces lost in a charset
  // conversion: “??一、总体情况”); they count as indentation before a numbered heading.
  const lead = /^[\s\u3000]*(?:[?？]{1,4}(?=[\s\u3000]*[一二三四五六七八九十（(]))?(?:(#{1,6})\s+)?(?:[*_]{1,3})?[\s\u3000]*/.exec(lineText);
  const hashes = lead?.[1]?.length ?? 0;
  pos = lead ? lead[0].length : 0;
  let rest = lineText.slice(pos);
  // A list bullet before a numbered heading ("- (一)…") as produced by converters.
  const bullet = /^[-*+]\s+(?=[（(一二三四五六七八九十\d])/.exec(rest);
  if (bullet && !hashes) {
    pos += bullet[0].length;
    rest = lineText.slice(pos);
  }
  for (const p of PATTERNS) {
    const m = p.re.exec(rest);
    if (!m) continue;
    const numeral = p.style === 'cn' || p.style === 'paren-cn' ? chineseNumeral(m[1]) : Number(m[1]);
    if (numeral === null || numeral === 0) continue;
    const titleStart0 = pos + m[0].length;
    const h = makeHeading(lineText, original, line, lineStart, titleStart0, p.level, p.style, numeral, hashes);
    if (h && /[\u3400-\u9fff]/.test(h.norm)) return h;
  }
  if (hashes) return makeHeading(lineText, original, line, lineStart, pos, hashes, 'md', null, hashes);
  return null;
}

function makeHeading(lineText: string, original: string, line: number, lineStart: number, titleStart0: number,
  level: number, style: HeadingStyle, numeral: number | null, hashes: number): Heading | null {
  let body = lineText.slice(titleStart0);
  // Run-in heading: （一）主动公开工作情况。2020年，…
  const stop = body.search(/[。：:]/);
  let runIn = false;
  if (stop >= 0 && stop < body.replace(/\s+$/, '').length - 1) {
    body = body.slice(0, stop);
    runIn = true;
  } else if (stop >= 0) {
    body = body.slice(0, stop);
  }
  const lead = body.length - body.replace(/^[\s\u3000]+/, '').length;
  // A title followed after a space by its paragraph with no sentence end near (一、总体情况 2023年，…):
  // the title ends at the space when it is words (four Chinese characters or more).
  if (!runIn && body.length - lead > 60) {
    const end = titleGap(body, original.slice(titleStart0), lead);
    if (end > 0) {
      body = body.slice(0, end);
      runIn = true;
    }
  }
  const trimmed = body.replace(/[*_\s\u3000]+$/, '');
  if (lead === trimmed.length) return null;
  const title = original.slice(titleStart0 + lead, titleStart0 + trimmed.length);
  // A long unpunctuated "heading" is prose that happens to start with a numeral.
  if (!runIn && (title === trimmed.slice(lead) ? title : dropPinyin(title)).length > 60) return null;
  const titleStart = lineStart + titleStart0 + lead;
  return {
    level, style, numeral, title, norm: normalize(title), line,
    start: lineStart, end: lineStart + original.replace(/\s+$/, '').length,
    titleStart, titleEnd: titleStart + title.length, runIn, hashes,
  };
}

/** Most characters of a title that ends at a space before its paragraph. */
const GAP_TITLE = 40;

/**
 * Where a title that runs into its paragraph after a space ends (offset in `view`), or -1: the
 * first space within GAP_TITLE characters after `from`, after at least four Chinese characters. A
 * blanked pinyin annotation is spaces in `view` only (`original` has the annotation there): skipped.
 */
function titleGap(view: string, original: string, from: number): number {
  let han = 0;
  let n = 0;
  for (let i = from; i < view.length && n <= GAP_TITLE; i++) {
    const ch = view[i];
    if (ch === ' ' || ch === '\u3000' || ch === '\t') {
      if (original[i] === ch) return han >= 4 ? i : -1;
      continue;
    }
    n++;
    if (/[\u3400-\u9fff]/.test(ch)) han++;
  }
  return -1;
}
