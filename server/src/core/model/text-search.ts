// Searching the draft's prose in normalised form (Simplified, folded width, no spaces,
// no pinyin debris) and mapping every hit back to the exact original span.
import type { Analysis } from '../engine/lint';
import { MappedText, normalize } from '../text/normalize';
import { normalizedWork } from '../parse/normalized-work';

/** The draft's normalised text and its map back (once per parsed document: parse/normalized-work.ts). */
export function mappedText(a: Analysis): MappedText {
  return normalizedWork(a.doc);
}

export interface Hit { start: number; end: number; normStart: number; normEnd: number }

/**
 * True when an original span runs over a line break (a term split by a PDF copy: 信息不存\n在). A fix
 * that replaced or deleted such a span would join the lines, so rules report it without a fix.
 */
export function crossesLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) return true;
  return false;
}

/** Original span of normalised range [ns, ne). */
export function originalSpan(m: MappedText, ns: number, ne: number): { start: number; end: number } {
  return { start: m.map.get(ns), end: m.map.get(ne - 1) + 1 };
}

/** Whether normalised offset `ns` of `m` (mappedText(a)) falls on a line of a table: the prose rules skip it. */
export function onTableLine(a: Analysis, m: MappedText, ns: number): boolean {
  return a.doc.tableLines.has(a.doc.lines.lineAt(m.map.get(ns)));
}

export function findAll(a: Analysis, needle: string): Hit[] {
  const m = mappedText(a);
  const n = normalize(needle);
  const out: Hit[] = [];
  if (!n) return out;
  for (let i = m.text.indexOf(n); i >= 0; i = m.text.indexOf(n, i + n.length)) {
    out.push({ ...originalSpan(m, i, i + n.length), normStart: i, normEnd: i + n.length });
  }
  return out;
}

/** Clauses of the normalised text: split at 。，；、 and line breaks (line breaks are gone, so use the map). */
export function clauseBounds(a: Analysis, pos: number): [number, number] {
  const m = mappedText(a);
  // Table cell borders (| and tabs, also inside a table flattened onto one line, and the tags of
  // an HTML table pasted into the text: </td><td>) end a clause too.
  const isStop = (i: number) => /[。，,；;、！？!?：:|｜<>]/.test(m.text[i]) || (i > 0 && /[\r\n\t|]/.test(a.doc.work.slice(m.map.get(i - 1), m.map.get(i))));
  let s = pos;
  while (s > 0 && !isStop(s - 1)) s--;
  let e = pos;
  while (e < m.text.length && !isStop(e)) e++;
  return [s, e];
}
