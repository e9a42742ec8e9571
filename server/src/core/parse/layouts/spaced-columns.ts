// Blank cells of PDF text with layout (`pdftotext -layout`): a blank cell prints nothing, so a
// row with blank cells has fewer values than the others. Values of one column line up under each
// other, so each value of a short row is placed by its horizontal position under the values of
// a full row nearby, and the positions left over become blank cells. Some converters pad by
// code points, others by display width (a CJK character takes two columns): the metric under
// which the full rows line up is used. Whenever a value could sit in two columns, or in none,
// or the full rows line up under neither metric, the row is left as it was read; so is a row
// whose last column would be blank (see fillBlankCells).
import { LineMap } from '../../text/line-map';
import { readCellValue } from '../cell-value';
import { Cell, RawRow } from '../tables';

type Span = [number, number];
type Metric = 'cp' | 'dw';

/** Display width of one character: East Asian wide and fullwidth forms take two columns. */
function charWidth(code: number): number {
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0x303e) || (code >= 0x3040 && code <= 0xa4cf)
    || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f)
    || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x20000 && code <= 0x3fffd) ? 2 : 1;
}

/** Display column of each code unit offset of a line (index i: the column where text[i] starts). */
function displayColumns(text: string): number[] {
  const out: number[] = new Array(text.length + 1);
  let col = 0;
  for (let i = 0; i < text.length; i++) {
    out[i] = col;
    const code = text.charCodeAt(i);
    // A surrogate pair counts once, on its high half.
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    col += charWidth(text.codePointAt(i)!);
  }
  out[text.length] = col;
  return out;
}

interface ValueRow {
  /** Index of the first value cell in the row's cells. */
  at: number;
  vals: Cell[];
  line: number;
  lineStart: number;
  text: string;
  /** End of the last label cell on the values' line (code units within the line), or -1. */
  labelEnd: number;
  cp: Span[];
  dw: Span[];
  dwLabelEnd: number;
}

const isValue = (c: Cell) => c.value.type !== 'text' && c.value.type !== 'empty';

function valueRow(lines: LineMap, row: RawRow): ValueRow | null {
  let at = row.cells.length;
  while (at > 0 && isValue(row.cells[at - 1])) at--;
  const vals = row.cells.slice(at);
  if (!vals.length) return null;
  const line = lines.lineAt(vals[0].start);
  if (lines.lineAt(vals[vals.length - 1].end) !== line) return null;
  const lineStart = lines.lineStarts[line];
  const text = lines.lineText(line);
  const dcol = displayColumns(text);
  const prev = at > 0 ? row.cells[at - 1] : null;
  const labelEnd = prev && prev.end > lineStart && prev.end <= vals[0].start ? prev.end - lineStart : -1;
  const cp: Span[] = vals.map((c) => [c.start - lineStart, c.end - lineStart]);
  const dw: Span[] = cp.map(([s, e]) => [dcol[s], dcol[e]]);
  return { at, vals, line, lineStart, text, labelEnd, cp, dw, dwLabelEnd: labelEnd >= 0 ? dcol[labelEnd] : -1 };
}

/** Distance between two spans (0 when they overlap). */
function dist(a: Span, b: Span): number {
  return Math.max(0, a[0] - b[1], b[0] - a[1]);
}

/** Two full rows line up: each value within one column of the other's. */
function aligned(a: Span[], b: Span[]): boolean {
  return a.every((s, j) => dist(s, b[j]) <= 1);
}

/** Column of each value of a short row under a full row, or null when any is ambiguous or out of place. */
function assign(short: Span[], ref: Span[], labelEnd: number): number[] | null {
  // The label (or an odd cell such as "2件") must end before the first column.
  if (labelEnd >= 0 && labelEnd > ref[0][0] - 1) return null;
  const out: number[] = [];
  for (const s of short) {
    const near = ref.map((r, j) => (dist(s, r) <= 1 ? j : -1)).filter((j) => j >= 0);
    if (near.length !== 1) return null;
    if (out.length && near[0] <= out[out.length - 1]) return null;
    out.push(near[0]);
  }
  return out;
}

/**
 * Fills the blank cells of the rows of one spaced block in place (rows with fewer values than
 * the block's full rows), marking the filled rows as full width.
 */
export function fillBlankCells(lines: LineMap, rows: RawRow[]): void {
  const info = rows.map((r) => valueRow(lines, r));
  const counts = new Map<number, number>();
  for (const v of info) if (v && v.vals.length >= 2) counts.set(v.vals.length, (counts.get(v.vals.length) ?? 0) + 1);
  // The widest count that at least two rows and a quarter of the rows of numbers have.
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  let width = 0;
  for (const [w, c] of counts) if (c >= 2 && 4 * c >= total && w > width) width = w;
  if (width < 3) return;
  if (!info.some((v) => v && v.vals.length < width)) return;
  const full = info.map((v, i) => (v && v.vals.length === width ? i : -1)).filter((i) => i >= 0);
  // The metric under which consecutive full rows line up.
  let cpHits = 0;
  let dwHits = 0;
  for (let k = 1; k < full.length; k++) {
    const a = info[full[k - 1]]!;
    const b = info[full[k]]!;
    if (aligned(a.cp, b.cp)) cpHits++;
    if (aligned(a.dw, b.dw)) dwHits++;
  }
  if (cpHits === 0 && dwHits === 0) return;
  const metric: Metric = dwHits > cpHits ? 'dw' : 'cp';
  info.forEach((v, i) => {
    if (!v || v.vals.length >= width) return;
    // The nearest full rows above and below; both must agree when both place the values.
    const above = [...full].reverse().find((f) => f < i);
    const below = full.find((f) => f > i);
    const found: { cols: number[]; ref: ValueRow }[] = [];
    for (const f of [above, below]) {
      if (f === undefined) continue;
      const ref = info[f]!;
      const cols = assign(v[metric], ref[metric], metric === 'cp' ? v.labelEnd : v.dwLabelEnd);
      if (cols) found.push({ cols, ref });
    }
    if (!found.length || found.some((g) => g.cols.join() !== found[0].cols.join())) return;
    const { cols, ref: refRow } = found[0];
    // The last column must hold a value: values moved one column to the left (a cell deleted
    // from a draft, the rest closed up) look exactly like a blank last cell, and a blank total
    // is rare in published tables.
    if (cols[cols.length - 1] !== width - 1) return;
    const dcol = metric === 'dw' ? displayColumns(v.text) : null;
    /** Offset within the line where a column starts (code units), for the position of a blank cell. */
    const offsetOf = (col: number): number => {
      if (!dcol) return Math.min(col, v.text.length);
      let i = 0;
      while (i < v.text.length && dcol[i] < col) i++;
      return i;
    };
    const cells: Cell[] = [];
    let k = 0;
    for (let j = 0; j < width; j++) {
      if (k < cols.length && cols[k] === j) { cells.push(v.vals[k++]); continue; }
      const prevEnd = cells.length ? cells[cells.length - 1].end - v.lineStart : (v.labelEnd >= 0 ? v.labelEnd : 0);
      const nextStart = k < v.vals.length ? v.vals[k].start - v.lineStart : v.text.length;
      const at = Math.max(prevEnd + (cells.length || v.labelEnd >= 0 ? 1 : 0), Math.min(offsetOf(refRow[metric][j][0]), nextStart - 1));
      const pos = v.lineStart + Math.min(Math.max(at, 0), v.text.length);
      cells.push({ text: '', start: pos, end: pos, value: readCellValue('') });
    }
    const row = rows[i];
    row.cells = [...row.cells.slice(0, v.at), ...cells];
    row.fullWidth = true;
  });
}
