// HTML markup left as text by a copy from a page's source or an editor (<p>, </span>, &nbsp; inside a
// sentence): debris of the page, not report content. Tags of the paragraph and inline elements a page
// wraps text in (p, span, font, o:p; not div, b or strong, which a Markdown draft may use), opening or
// closing, anywhere outside an HTML table that the html layout reads; character entities only inside
// the text (a Markdown draft may indent a paragraph with &nbsp; at the line's start, or break a table
// cell with <br>: both are left alone). An element Markdown has no use for is markup too when it carries a
// quoted attribute (<legend id="h4sia">: a hijacked mirror's hidden elements), and so is any closing tag on a
// line with such markup. Also the echo an HTML cleaner leaves of a title in angle brackets
// (<某某格式> 的通知》…要求 某某格式>): the words again with a lone >; a cut attribute value's close at
// a line's end (…各...">: a page's meta description copied above the text); and Word's conditional
// comments (<!--[if !supportLists]-->).
import type { Analysis } from '../engine/lint';

export interface MarkupDebris { start: number; end: number; text: string }

const TAG = /<\/?(?:p|span|font|o:p)(?:\s[^<>\n]{0,200})?\/?>/gi;
/** Word's conditional comments left by a page exported from Word (<!--[if !supportLists]-->7、<!--[endif]-->). */
const CONDITIONAL = /<!(?:--)?\[(?:if\s[^\]<>\n]{1,40}|endif)\](?:--)?>/gi;
/**
 * An element with a quoted attribute that no Markdown draft types (<legend id="h4sia">, <meter id="x">):
 * the elements Markdown allows (div, a, img, table cells, sup, details …) are left alone.
 */
const ATTR_TAG = /<(?!(?:div|a|img|br|table|thead|tbody|tfoot|tr|td|th|col|colgroup|caption|sup|sub|b|i|u|s|em|strong|details|summary|kbd|code|pre|ol|ul|li|h[1-6]|hr|blockquote|center|section|figure|figcaption|picture|source|video|audio|iframe|mark|del|ins|small|big)\b)[a-z][a-z0-9]*(?::[a-z]+)?\s+[a-z][a-z:-]*\s*=\s*["'][^"'<>\n]{0,100}["'][^<>\n]{0,200}>/gi;
/** A closing tag: markup only on a line that holds markup of the kinds above. */
const CLOSE_TAG = /<\/[a-z][a-z0-9]*(?::[a-z]+)?>/gi;
const ENTITY = /&(?:nbsp|amp|lt|gt|quot|ldquo|rdquo|lsquo|rsquo|mdash|hellip|middot|emsp|ensp|#\d{2,5}|#x[0-9a-f]{2,4});/gi;

/**
 * The close of an attribute value at a line's end, after the ellipsis a page puts on a cut text:
 * a meta description copied above the article (…涉及機構職能、工程項目招標、工作動態等各...">).
 */
const ATTR_END = /(?:\.{3}|…{1,2})["']\s*\/?>\s*$/;

/** A title in angle brackets (关于印发 <中华人民共和国政府信息公开工作年度报告格式> 的通知). */
const BRACKETED = /<([\u3400-\u9fff][^<>\n]{2,40})>/g;

/**
 * The echo a page's HTML cleaner leaves of such a title, read as an unknown element and closed at
 * the end of the paragraph: the same words again with a lone > and no < (…〔2021〕30号) 中华人民共和国
 * 政府信息公开工作年度报告格式>要求…), with the spaces before them. Offsets within the line.
 */
function titleEchoes(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(BRACKETED)) {
    const echo = m[1] + '>';
    for (let from = m.index! + m[0].length, k = text.indexOf(echo, from); k >= 0; from = k + echo.length, k = text.indexOf(echo, from)) {
      if (text[k - 1] === '<') continue;
      let s = k;
      while (s > 0 && /[ \u3000]/.test(text[s - 1])) s--;
      out.push([s, k + echo.length]);
    }
  }
  return out;
}

/** Runs of markup per line, adjacent pieces joined (<p><span>), in order. */
export function markupDebris(a: Analysis): MarkupDebris[] {
  const work = a.doc.work;
  // (Comments are blanked in the work text, as a directive's are: Word's are looked for in the text itself.)
  const cond = a.doc.text.includes('<![') || a.doc.text.includes('<!--[');
  if (!cond && !work.includes('<') && !work.includes('&') && !work.includes('">')) return [];
  const out: MarkupDebris[] = [];
  const lines = a.doc.lines;
  for (let l = 0; l < lines.lineCount; l++) {
    if (a.doc.tableLines.has(l)) continue;
    const text = lines.lineText(l);
    const base = lines.lineStarts[l];
    const raw = cond ? a.doc.text.slice(base, base + text.length) : '';
    if (!text.includes('<') && !text.includes('&') && !text.includes('>') && !raw.includes('<!')) continue;
    const lead = /^(?:[\s\u3000]|&nbsp;|&emsp;|&ensp;)*/i.exec(text)![0].length;
    const found: [number, number][] = [];
    for (const m of text.matchAll(TAG)) found.push([m.index!, m.index! + m[0].length]);
    for (const m of text.matchAll(ATTR_TAG)) found.push([m.index!, m.index! + m[0].length]);
    if (raw) for (const m of raw.matchAll(CONDITIONAL)) found.push([m.index!, m.index! + m[0].length]);
    // (The hidden elements a hijacked mirror strews over its page: <sup id="h4sia"></sup>.)
    if (found.length) for (const m of text.matchAll(CLOSE_TAG)) found.push([m.index!, m.index! + m[0].length]);
    for (const m of text.matchAll(ENTITY)) if (m.index! >= lead && text.slice(m.index! + m[0].length).trim()) found.push([m.index!, m.index! + m[0].length]);
    if (text.includes('>')) {
      found.push(...titleEchoes(text));
      const end = ATTR_END.exec(text);
      if (end) found.push([end.index, end.index + end[0].trimEnd().length]);
    }
    found.sort((x, y) => x[0] - y[0]);
    for (let k = 0; k < found.length; ) {
      let [s, e] = found[k++];
      while (k < found.length && found[k][0] <= e) e = Math.max(e, found[k++][1]);
      out.push({ start: base + s, end: base + e, text: (raw || text).slice(s, e) });
    }
  }
  return out;
}
