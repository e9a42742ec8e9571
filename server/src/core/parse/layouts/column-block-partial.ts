// The rows of a 表三 in PDF reading order that can be told for certain when the table as a whole
// cannot (./column-block-read.ts gives up on it). pdftotext's default mode often prints the first
// rows of a table row by row (label, then its values) and the rest column by column; the rows printed
// row by row are certain, the rest is not guessed at:
// - a row label followed at once by exactly the table's number of values, then by another row label
//   (the pieces of its own label broken over lines may sit between the label and the values);
// - the first data row (一、本年新收…), whose label such a text prints elsewhere: exactly its values
//   right after the header, followed by the label of the second row (二、上年结转…).
// A label found twice gives no row. Fewer than two certain rows, or rows out of the statutory order:
// nothing. The table is then partial
// (`StatTable.partial`): its rows are checked, the rows not read are neither missing nor zero; the
// label cells of the rows not read are judged by table-row-unknown as an unreadable table's are.
import type { Constraint, GridTable } from '../../formats/types';
import type { TableRow } from '../interpret-table';
import type { TableBlock } from '../tables';
import { labelKey } from '../../text/normalize';
import { continuesLabel, isHeaderLine, names, namesOneOff, rowOf, splitLabelValue, tableRow, tokens, type Token } from './column-block-cells';
import { valuesToWrite } from '../table-row';

/** Fewest certain rows that make a partial table. */
const MIN_ROWS = 2;

/** The statutory row a cell names exactly (as the whole-table reader matches labels), or undefined. */
function rowNamed(spec: GridTable, text: string) {
  return spec.rows.find((x) => names(text, x.label) || (!!x.match && names(text, x.match)))
    ?? spec.rows.find((x) => !x.group && namesOneOff(text, x.label));
}

/** Do a row's figures (one per column, in column order) keep every sum within the row? (A sum over columns the table lacks is no test.) */
export function keepsSums(spec: GridTable, rowSums: readonly Constraint[], values: Token[]): boolean {
  const at = (col: string) => {
    const v = values[spec.columns.findIndex((c) => c.id === col)]?.cell.value;
    return v && 'value' in v ? v.value : NaN;
  };
  const sum = (cols: string[]) => cols.reduce((a, c) => a + at(c), 0);
  return rowSums.every((c) => { const l = sum(c.left); const r = sum(c.right); return Number.isNaN(l) || Number.isNaN(r) || Math.abs(l - r) < 1e-9; });
}

/**
 * `endAtText`: a row's figures may also end at any text cell or at the end of the cells, not only at
 * another row label (for a caller that checks each row further: column-block-spread.ts).
 */
export function readGridPartial(spec: GridTable, blocks: TableBlock[], rowSums: readonly Constraint[] = [], endAtText = false): TableRow[] | null {
  const toks = tokens(blocks).flatMap(splitLabelValue);
  const n = spec.columns.length;
  const headers = new Set(spec.columns.flatMap((c) => [c.label, c.group ?? '']).map(labelKey).filter(Boolean));
  // Row labels by token index (a column header such as 总计 is not the row （七）总计).
  const label = new Map<number, string>();
  const seen = new Map<string, number>();
  toks.forEach((t, i) => {
    if (t.kind !== 'text' || headers.has(labelKey(t.cell.text))) return;
    const r = rowNamed(spec, t.cell.text);
    if (!r) return;
    label.set(i, r.id);
    seen.set(r.id, (seen.get(r.id) ?? 0) + 1);
  });
  const isLabel = (i: number) => label.has(i);
  let rows: { id: string; label: Token | null; values: Token[] }[] = [];
  for (const [i, id] of label) {
    const r = spec.rows.find((x) => x.id === id)!;
    if (r.group || seen.get(id)! > 1) continue;
    let j = i + 1;
    const cur = { label: toks[i], id, tail: '' };
    while (j < toks.length && toks[j].kind === 'text' && !isLabel(j) && continuesLabel(spec, cur, toks[j])) j++;
    const values = toks.slice(j, j + n);
    // (The header's last pieces a PDF prints between two rows, 机构 / 总 / 其 计 / 他, before the next label.)
    let next = j + n;
    while (next < toks.length && toks[next].kind === 'text' && !isLabel(next) && isHeaderLine(toks[next].cell.text, [...headers])) next++;
    if (values.length === n && values.every((v) => v.kind === 'num') && (isLabel(next) || (endAtText && toks[j + n]?.kind !== 'num'))) rows.push({ id, label: toks[i], values });
  }
  // The first data row printed without its label: its values right after the header, then row 二's label.
  const data = spec.rows.filter((x) => !x.group);
  const first = toks.findIndex((t) => t.kind === 'num');
  if (first > 0 && data.length > 1 && !rows.some((r) => r.id === data[0].id) && toks.slice(0, first).every((t, i) => !isLabel(i))) {
    const values = toks.slice(first, first + n);
    if (values.length === n && values.every((v) => v.kind === 'num') && label.get(first + n) === data[1].id && seen.get(data[1].id) === 1) {
      rows.push({ id: data[0].id, label: null, values });
    }
  }
  // The rows printed row by row are the table's first ones (一 or 二 among them). Certain rows only further
  // down (a narrow table's 3.其他 and （七）总计 after rows whose figures stand among their labels' pieces)
  // are no such run: a cell there may be printed after the row's total (3.其他 1 / 0 0 0 0 / 2 / 1 for
  // 1 1 0 0 0 0 2), so those rows count only when they keep the sums within the row.
  if (!rows.some((r) => r.id === data[0].id || r.id === data[1].id)) rows = rows.filter((r) => keepsSums(spec, rowSums, r.values));
  if (rows.length < MIN_ROWS) return null;
  // Rows printed row by row come in the statutory order; rows out of it mean the reading order is not
  // the table's, and a label followed by as many figures as a row has may be chance.
  const order = (id: string) => spec.rows.findIndex((x) => x.id === id);
  const at = (r: (typeof rows)[0]) => (r.label ? toks.indexOf(r.label) : -1);
  const read = [...rows].sort((a, b) => at(a) - at(b));
  if (read.some((r, k) => k > 0 && order(r.id) < order(read[k - 1].id))) return null;
  rows.sort((a, b) => order(a.id) - order(b.id));
  const out = rows.map((r) => {
    const row = tableRow(rowOf(r.label ? [r.label, ...r.values] : r.values), 'data', r.id, null, r.label);
    spec.columns.forEach((col, c) => valuesToWrite(row).set(col.id, r.values[c].cell));
    return row;
  });
  return out;
}
