// A PDF page's text items and ruling lines, and its items grouped into printed lines and
// split into cell-like segments by the gaps between them (pdf-layout.ts, pdf-ruled-tables.ts).

/** A run of text at a position (PDF user space: y grows upwards; x, y the baseline start). */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (height of the glyphs). */
  size: number;
}

/** A horizontal (y fixed, from x1 to x2) or vertical (x fixed, from y1 to y2) ruling line. */
export interface PdfRule {
  horizontal: boolean;
  /** The fixed coordinate. */
  at: number;
  from: number;
  to: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
  rules: PdfRule[];
}

export const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Two pieces of text joined: tight between Chinese characters, else with one space. */
export function joinText(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  return CJK.test(a[a.length - 1]) || CJK.test(b[0]) ? a + b : a + ' ' + b;
}

/** One printed line: its items left to right. */
export interface Line {
  y: number;
  size: number;
  left: number;
  right: number;
  items: PdfItem[];
}

/** Items grouped into lines by baseline (items sorted top to bottom, then left to right). */
export function linesOf(items: readonly PdfItem[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - it.y) <= Math.max(1, 0.35 * Math.min(last.size, it.size))) {
      last.items.push(it);
      last.size = Math.max(last.size, it.size);
    } else {
      lines.push({ y: it.y, size: it.size, left: 0, right: 0, items: [it] });
    }
  }
  for (const l of lines) {
    l.items.sort((a, b) => a.x - b.x);
    l.left = l.items[0].x;
    l.right = -Infinity;
    for (const i of l.items) l.right = Math.max(l.right, i.x + i.width);
  }
  return lines;
}

/** A line's text split where the gap between items is wide (a cell or column apart). */
export function segmentsOf(line: Line): string[] {
  const segs: string[] = [];
  let cur = '';
  let end = -Infinity;
  for (const it of line.items) {
    const gap = it.x - end;
    if (cur !== '' && gap > Math.max(line.size * 1.2, 4)) {
      segs.push(cur.replace(/\s+/g, ' ').trim());
      cur = '';
    } else if (cur !== '' && gap > line.size * 0.2 && !/\s$/.test(cur) && !/^\s/.test(it.str)) {
      // A small gap between runs: a space in Latin text, nothing between Chinese characters.
      if (!(CJK.test(cur[cur.length - 1]) && CJK.test(it.str[0] ?? ''))) cur += ' ';
    }
    cur += it.str;
    end = Math.max(end, it.x + it.width);
  }
  if (cur.trim() !== '') segs.push(cur.replace(/\s+/g, ' ').trim());
  return segs.filter((s) => s !== '');
}
