// 表四's one data row wrapped over lines of figures (PDF text), read by interpret-table's flat reader.
import type { FlatTable } from '../formats/types';
import type { TableRow } from './interpret-table';
import type { Cell } from './tables';
import { valuesToWrite } from './table-row';

/**
 * PDF text wraps the one data row of a flat table (表四's 15 values) over two or three lines of
 * figures alone (8 + 7, 10 + 5). Read only when those lines hold exactly the format's values
 * together, every one of them nothing but figures: they are the row in the statutory order.
 */
export function splitDataRow(spec: FlatTable, out: TableRow[], isNumberish: (c: Cell) => boolean): void {
  const parts = out.filter((r) => r.shape);
  if (parts.length < 2 || parts.length > 3) return;
  if (parts.some((r) => r.raw.cells.some((c) => c.text !== '' && !isNumberish(c)) || r.unassigned.length !== r.raw.cells.filter((c) => c.text !== '').length)) return;
  const cells = parts.flatMap((r) => r.unassigned);
  if (cells.length !== spec.columns.length) return;
  let k = 0;
  for (const row of parts) {
    row.rowId = 'data';
    for (const c of row.unassigned) valuesToWrite(row).set(spec.columns[k++].id, c);
    row.unassigned = [];
    row.shape = null;
  }
}
