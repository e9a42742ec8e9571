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
  const identified = (r: TableRow) => r.kind === 'data' && !!r.rowId;
  // Each stretch between two identified rows once (linear in the rows).
  let p = 0;
  while (p < rows.length && !identified(rows[p])) p++;
  while (p < rows.length) {
    let q = p + 1;
    while (q < rows.length && !identified(rows[q])) q++;
    if (q >= rows.length) return;
    const unknown = rows.slice(p + 1, q).filter((x) => !x.rowId && x.values.size > 0);
    if (unknown.length) {
      const a = order.indexOf(rows[p].rowId!);
      const b = order.indexOf(rows[q].rowId!);
      const between = order.slice(a + 1, b).filter((id) => !used.has(id));
      const fits = unknown.length === 1 ? b - a === 2 && between.length === 1
        : b - a - 1 === unknown.length && between.length === unknown.length && unknown.every((x) => x.label === '');
      if (fits) unknown.forEach((x, k) => { x.rowId = between[k]; x.kind = 'data'; x.inferred = true; used.add(between[k]); });
    }
    p = q;
  }
}
