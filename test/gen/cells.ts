// Reading and editing one cell of a table line as written in a draft (GFM, loose pipe,
// tab), so that mutations change exactly one value and know which line they touched.
import type { TableLayout } from '../../server/src/core/parse/tables';

/** Raw segment [start, end) of every logical cell of a table line. */
export function cellSegments(line: string, layout: TableLayout): [number, number][] {
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
  return line.slice(0, at) + (layout === 'tab' ? `${text}\t` : ` ${text} |`) + line.slice(at);
}
