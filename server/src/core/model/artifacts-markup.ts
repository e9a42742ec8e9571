// HTML markup left as text by a copy from a page's source or an editor (<p>, </span>, &nbsp; inside a
// sentence): debris of the page, not report content. Tags of the paragraph and inline elements a page
// wraps text in (p, span, font, o:p; not div, b or strong, which a Markdown draft may use), opening or
// closing, anywhere outside an HTML table that the html layout reads; character entities only inside
// the text (a Markdown draft may indent a paragraph with &nbsp; at the line's start, or break a table
// cell with <br>: both are left alone).
import type { Analysis } from '../engine/lint';

export interface MarkupDebris { start: number; end: number; text: string }

const TAG = /<\/?(?:p|span|font|o:p)(?:\s[^<>\n]{0,200})?\/?>/gi;
const ENTITY = /&(?:nbsp|amp|lt|gt|quot|ldquo|rdquo|lsquo|rsquo|mdash|hellip|middot|emsp|ensp|#\d{2,5}|#x[0-9a-f]{2,4});/gi;

/** Runs of markup per line, adjacent pieces joined (<p><span>), in order. */
export function markupDebris(a: Analysis): MarkupDebris[] {
  const work = a.doc.work;
  if (!work.includes('<') && !work.includes('&')) return [];
  const out: MarkupDebris[] = [];
  const lines = a.doc.lines;
  for (let l = 0; l < lines.lineCount; l++) {
    if (a.doc.tableLines.has(l)) continue;
    const text = lines.lineText(l);
    if (!text.includes('<') && !text.includes('&')) continue;
    const base = lines.lineStarts[l];
    const lead = /^(?:[\s\u3000]|&nbsp;|&emsp;|&ensp;)*/i.exec(text)![0].length;
    const found: [number, number][] = [];
    for (const m of text.matchAll(TAG)) found.push([m.index!, m.index! + m[0].length]);
    for (const m of text.matchAll(ENTITY)) if (m.index! >= lead && text.slice(m.index! + m[0].length).trim()) found.push([m.index!, m.index! + m[0].length]);
    found.sort((x, y) => x[0] - y[0]);
    for (let k = 0; k < found.length; ) {
      let [s, e] = found[k++];
      while (k < found.length && found[k][0] <= e) e = Math.max(e, found[k++][1]);
      out.push({ start: base + s, end: base + e, text: text.slice(s, e) });
    }
  }
  return out;
}
