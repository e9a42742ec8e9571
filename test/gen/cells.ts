// Reading and editing one cell of a table line as written in a draft (GFM, loose pipe,
// tab, PDF text with spaces), so that mutations change exactly one value and know which line they touched.
import type { TableLayout } from '../../server/src/core/parse/tables';

/** Raw segment [start, end) of every logical cell of a table line. */
export function cellSegments(line: string, layout: TableLayout): [number, number][] {
  if (layout === 'spaced') return spacedSegments(line);
  const sep = layout === 'tab' ? '\t' : '|';
  const segs: [number, number][] = [];
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || line[i] === sep) {
      segs.push([from, i]);
      from = i + 1;
    }
  }
  if (layout !== 'tab') {
    // Outer pipes: `| a | b |` and loose `a | b |` have empty outer segments.
    if (segs.length && line.slice(segs[0][0], segs[0][1]).trim() === '') segs.shift();
    const last = segs[segs.length - 1];
    if (segs.length && line.slice(last[0], last[1]).trim() === '') segs.pop();
  }
  return segs;
}

/** Cell texts of a table line, trimmed. */
export function cellTexts(line: string, layout: TableLayout): string[] {
  return cellSegments(line, layout).map(([a, b]) => line.slice(a, b).trim());
}

/** The line with logical cell `index` replaced by `text` (spacing kept). */
export function replaceCell(line: string, layout: TableLayout, index: number, text: string): string {
  const segs = cellSegments(line, layout);
  if (index < 0 || index >= segs.length) throw new Error(`no cell ${index} in "${line}"`);
  const [a, b] = segs[index];
  const raw = line.slice(a, b);
  if (raw.trim() === '') return line.slice(0, a) + (layout === 'tab' ? text : ` ${text} `) + line.slice(b);
  const lead = raw.length - raw.trimStart().length;
  const t = raw.trim();
  return line.slice(0, a + lead) + text + line.slice(a + lead + t.length);
}

/** The line without logical cell `index` (and one separator). */
export function deleteCell(line: string, layout: TableLayout, index: number): string {
  const segs = cellSegments(line, layout);
  if (index < 0 || index >= segs.length) throw new Error(`no cell ${index} in "${line}"`);
  const [a, b] = segs[index];
  if (layout === 'spaced') {
    // The cell and the spaces after it (before it, for the last cell).
    let e = b;
    while (e < line.length && line[e] === ' ') e++;
    if (e < line.length) return line.slice(0, a) + line.slice(e);
    let s = a;
    while (s > 0 && line[s - 1] === ' ') s--;
    return line.slice(0, s) + line.slice(b);
  }
  // Remove the segment with the separator after it (every logical cell is followed by one,
  // except the last cell of a tab line, which takes the separator before it).
  if (b < line.length) return line.slice(0, a) + line.slice(b + 1);
  return line.slice(0, Math.max(0, a - 1)) + line.slice(b);
}

/** The line with a new cell `text` inserted before logical cell `index`. */
export function insertCell(line: string, layout: TableLayout, index: number, text: string): string {
  const segs = cellSegments(line, layout);
  if (index < 0 || index >= segs.length) throw new Error(`no cell ${index} in "${line}"`);
  const at = segs[index][0];
  return line.slice(0, at) + (layout === 'tab' ? `${text}\t` : layout === 'spaced' ? `${text}    ` : ` ${text} |`) + line.slice(at);
}

const isNumber = (t: string) => /^[-+]?\d[\d,]*(?:\.\d+)?(?:万元|元)?$/.test(t);

/**
 * Cells of a line of PDF text with layout: words one space apart form one cell unless both are
 * numbers; runs of two or more spaces and `|` separate cells.
 */
function spacedSegments(line: string): [number, number][] {
  const toks: [number, number][] = [];
  const re = /[^ |]+/g;
  for (let m = re.exec(line); m; m = re.exec(line)) toks.push([m.index, m.index + m[0].length]);
  const segs: [number, number][] = [];
  for (const t of toks) {
    const prev = segs[segs.length - 1];
    const gap = prev ? line.slice(prev[1], t[0]) : '';
    if (prev && gap === ' ' && !(isNumber(line.slice(prev[0], prev[1]).split(' ').pop()!) && isNumber(line.slice(t[0], t[1])))) prev[1] = t[1];
    else segs.push([t[0], t[1]]);
  }
  return segs;
}
