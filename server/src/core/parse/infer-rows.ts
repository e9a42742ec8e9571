// Statutory rows for the rows of a grid table whose label could not be read (OCR, a PDF converter
// that leaves labels outside the table): inferred from the identified rows around them.
import type { GridRow } from '../formats/types';
import type { TableRow } from './interpret-table';

/**
 * An unreadable label between two identified rows takes the one statutory row missing there; a run
 * of rows with no label at all (a PDF converter leaves the labels it cannot place outside the table)
 * takes the statutory rows missing there in order, when there are exactly as many of each.
 */
export function inferUnreadable(rows: TableRow[], specRows: GridRow[]): void {
  const order = specRows.filter((r) => !r.group).map((r) => r.id);
  const used = new Set(rows.filter((r) => r.kind === 'data' && r.rowId).map((r) => r.rowId!));
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.rowId || r.values.size === 0) continue;
    let p = i - 1;
    while (p >= 0 && !(rows[p].kind === 'data' && rows[p].rowId)) p--;
    let q = i + 1;
    while (q < rows.length && !(rows[q].kind === 'data' && rows[q].rowId)) q++;
    if (p < 0 || q >= rows.length) continue;
    const a = order.indexOf(rows[p].rowId!);
    const b = order.indexOf(rows[q].rowId!);
    const between = order.slice(a + 1, b).filter((id) => !used.has(id));
    const unknownBetween = rows.slice(p + 1, q).filter((x) => !x.rowId && x.values.size > 0).length;
    if (b - a === 2 && between.length === 1 && unknownBetween === 1) {
      r.rowId = between[0];
      r.kind = 'data';
      r.inferred = true;
      used.add(between[0]);
      continue;
    }
    const bare = rows.slice(p + 1, q).filter((x) => !x.rowId && x.values.size > 0);
    if (unknownBetween > 1 && b - a - 1 === unknownBetween && between.length === unknownBetween && bare.every((x) => x.label === '')) {
      bare.forEach((x, k) => { x.rowId = between[k]; x.kind = 'data'; x.inferred = true; used.add(between[k]); });
    }
  }
}
