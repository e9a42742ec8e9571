// PDF text whose paragraphs were broken at the page width (pdftotext, a PDF viewer's copy) read
// with each paragraph as one line again, for the readers of a text's first lines: the title, the
// year and the opening sentences (title.ts, formats/detect*.ts). Their phrases often straddle a
// break (现将\n2022年法治政府建设情况报告如下, 现公开某某局2\n024年…年度报告): on the page's own
// lines they are lost, and a piece of the opening paragraph can even pass for a title.
// The view never changes the text: its lines are spans of the text (parse/flat-view.ts's
// PieceLineMap), a paragraph's span running over its broken lines with their breaks inside.
// A text is taken as broken at the page width only when many of its lines fill the same width
// (measured in display columns, or in characters for text cut by count): the lines of a web page's
// paragraphs are as long as their paragraphs, and no view is made for them.
// A line is joined to the next one when it fills the width, does not end a sentence, and the next
// line is text of the same paragraph (not blank, not a heading, not a table's).
import type { LineMap } from '../text/line-map';
import type { Heading } from './headings';
import { PieceLineMap } from './flat-view';
import { metadataLineAt } from './title-chrome';

/** Lines sampled to find the width (the text's first ones, outside tables). */
const SAMPLE = 200;
/** Lines looked at for the sample (a long table may come first). */
const SCAN = 600;
/** A line longer than this (in characters) is a web paragraph, never a broken one. */
const LONG = 160;

interface Measure {
  of: (s: string) => number;
  /** Shortest line counted in the histogram. */
  min: number;
  /** Width of the window of the most common lengths. */
  window: number;
  /** How much shorter than the width a full line may be (punctuation and digits take less room). */
  slack: number;
}

/** Display columns: CJK characters and full-width forms take two. */
function columns(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // the second half of a surrogate pair
    n += (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0xd800 && c <= 0xdbff) || (c >= 0x2010 && c <= 0x201f) ? 2 : 1;
  }
  return n;
}
function characters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c < 0xdc00 || c > 0xdfff) n++; }
  return n;
}

const MEASURES: Measure[] = [
  { of: columns, min: 24, window: 4, slack: 6 },
  { of: characters, min: 12, window: 2, slack: 2 },
];

/** A title on its line: no punctuation of a sentence inside, the report words at its end. */
const TITLE_LINE = /^[^，,。；;：:、]*(?:报告|報告|年报|年報|总结|總結)\s*$/;

/** Chinese text: an ideograph or full-width punctuation. */
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** The Latin end of a paragraph on a line of its own: an address with @ or a domain, then a bracket or a stop. */
const LATIN_TAIL = /^\s*[\w.-]*(?:@[\w-]+|\.(?:cn|com|net|org))[\w./-]*[)）]?[。；;,，]?\s*$/i;

/** A line that ends a sentence (。, ！, ？, ；, possibly inside a closing quote or bracket) or a lead-in (如下：). */
const ENDS = /[。！？!?；;：:][”’」』）)]?\s*$/;
/** A markdown list item or heading, a quoted line. */
const MARKUP = /^\s*(?:[-*+]\s|#|>)/;

interface Width { measure: Measure; width: number }

/** The width the text's lines were broken at, if many of its lines fill one. */
export function wrapWidth(lines: LineMap, skip: ReadonlySet<number>): Width | null {
  const sample: string[] = [];
  for (let l = 0; l < lines.lineCount && l < SCAN && sample.length < SAMPLE; l++) {
    if (skip.has(l)) continue;
    const t = lines.lineText(l).replace(/\s+$/, '');
    // (A page's metadata fields and markdown list items or headings are lines of their own.)
    if (t.trim() && !MARKUP.test(t) && !metadataLineAt(lines, l)) sample.push(t.length > LONG * 2 ? t.slice(0, LONG * 2) : t);
  }
  let best = null as Width | null;
  let bestCount = 0;
  let bestOf = 0;
  for (const m of MEASURES) {
    const counts = new Map<number, number>();
    let counted = 0;
    for (const t of sample) {
      if (characters(t) > LONG) { counted++; continue; }
      const v = m.of(t);
      if (v < m.min) continue;
      counted++;
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    // The window [w - window + 1, w] holding the most lines (the widest such window on a tie).
    for (const w of counts.keys()) {
      let n = 0;
      for (let k = 0; k < m.window; k++) n += counts.get(w - k) ?? 0;
      if (n > bestCount || (n === bestCount && best?.measure === m && w > best.width)) { best = { measure: m, width: w }; bestCount = n; bestOf = counted; }
    }
  }
  // Five lines at least, three in ten of the lines long enough to have been broken, and two in
  // three of those lines not ending a sentence: a paragraph broken at the width ends its full lines
  // anywhere but at a sentence's end; a web page's lines are paragraphs, ended there.
  if (!best || bestCount < 5 || bestCount * 10 < bestOf * 3) return null;
  const { measure, width } = best;
  let open = 0;
  for (const t of sample) {
    const v = characters(t) > LONG ? -1 : measure.of(t);
    if (v > width - measure.window && v <= width && !ENDS.test(t)) open++;
  }
  if (open * 3 < bestCount * 2) return null;
  return best;
}

/**
 * The view of a text broken at the page width: its paragraphs as lines, and the headings with
 * line numbers of the view. Null for any other text (and when no line would be joined).
 */
export function wrapView(lines: LineMap, headings: Heading[], tableLines: ReadonlySet<number>): { lines: LineMap; headings: Heading[] } | null {
  const at = wrapWidth(lines, tableLines);
  if (!at) return null;
  const { measure, width } = at;
  const headingLines = new Set(headings.map((h) => h.line));
  // (A heading standing alone on its line ends there, whatever its width; a run-in one runs on.)
  const ownLine = new Set(headings.filter((h) => !h.runIn).map((h) => h.line));
  // (A full line may end at a stop inside a bracket the next line closes: …联系(地址:…,电话: / 0631-7555358)。)
  const insideBracket = (l: number, t: string): boolean => {
    const open = (t.match(/[（(]/g)?.length ?? 0) - (t.match(/[）)]/g)?.length ?? 0);
    const first = l + 1 < lines.lineCount ? /[（()）]/.exec(lines.lineText(l + 1)) : null;
    return open > 0 && !!first && (first[0] === ')' || first[0] === '）');
  };
  const full = (l: number): boolean => {
    if (tableLines.has(l) || ownLine.has(l)) return false;
    const t = lines.lineText(l).replace(/\s+$/, '');
    if (characters(t) > LONG || (ENDS.test(t) && !insideBracket(l, t)) || TITLE_LINE.test(t)) return false;
    const v = measure.of(t);
    return v >= width - measure.slack && v <= width + measure.slack;
  };
  // The next line goes on with the paragraph's Chinese text (not a page number such as P. 8 or - 3 -).
  // (A metadata field broken at the width runs on; the next field is a line of its own.)
  // (Or its Latin tail: an e-mail address or a web address closing the paragraph, …dadmin@wh.example.cn).)
  const continues = (l: number): boolean => l < lines.lineCount && !tableLines.has(l) && !headingLines.has(l)
    && (CHINESE.test(lines.lineText(l)) || LATIN_TAIL.test(lines.lineText(l))) && !metadataLineAt(lines, l);
  // A table row broken at the width (| 标题: | 某某局2021年政府信息公 / 开工作年度报告 | ||): its
  // first half fills the width and ends inside a cell, the second closes the row with its bar.
  const brokenRow = (l: number): boolean => {
    if (l + 1 >= lines.lineCount) return false;
    const t = lines.lineText(l).replace(/\s+$/, '');
    if (!t.includes('|') || t.endsWith('|') || characters(t) > LONG || !/\|\s*$/.test(lines.lineText(l + 1))) return false;
    const v = measure.of(t);
    return v >= width - measure.slack && v <= width + measure.slack;
  };
  const starts: number[] = [];
  const ends: number[] = [];
  let joins = 0;
  for (let l = 0; l < lines.lineCount; l++) {
    let last = l;
    if (brokenRow(last)) last++;
    else while (full(last) && continues(last + 1)) last++;
    joins += last - l;
    starts.push(lines.lineStarts[l]);
    ends.push(lines.lineEnd(last));
    l = last;
  }
  if (!joins) return null;
  const view = new PieceLineMap(lines.text, starts, ends);
  return { lines: view, headings: headings.map((h) => ({ ...h, line: view.lineAt(h.start) })) };
}
