// The tokens of a line of PDF text with layout (spaced.ts): runs of characters between spaces,
// with their offsets in the text. An amount printed with its unit one space apart (11750 万元, the
// way a cell of 政府集中采购 reads) is one token: the unit is part of the figure, not a label.
import { readCellValue } from '../cell-value';

export interface Token { text: string; start: number; end: number }

/**
 * A cell gap's space (U+0020, U+3000, U+00A0, and the form feed `pdftotext` puts before the first
 * line of each page), by code unit: no string and no regular expression per character.
 */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x3000 || c === 0xa0 || c === 0x0c;
}

/** A unit that may follow an amount: 万元, 元, 亿元 (readCellValue reads the amount with it). */
const UNIT = /^(?:[万亿]?元)$/;

export function tokens(text: string, lineStart: number): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    const s = i;
    while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
    const tok = { text: text.slice(s, i), start: lineStart + s, end: lineStart + i };
    const prev = out[out.length - 1];
    if (prev && UNIT.test(tok.text) && tok.start - prev.end === 1 && text.charCodeAt(s - 1) === 0x20) {
      const joined = text.slice(prev.start - lineStart, i);
      if (readCellValue(joined).type === 'amount') {
        out[out.length - 1] = { text: joined, start: prev.start, end: tok.end };
        continue;
      }
    }
    out.push(tok);
  }
  return out;
}
