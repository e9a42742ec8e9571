// The rows of a statutory table flattened onto one line (parse/one-line.ts), regrouped with the
// format's value counts; used by interpret-table when every block of a table is a one-line block.
import type { TableSpec } from '../formats/types';
import type { RawRow, TableBlock } from './tables';
import { regroupRows, type RowFit } from './regroup';

/** Rows of one-line blocks regrouped with the format, or null when a row's value count does not fit. */
export function readOneLineRows(spec: TableSpec, blocks: TableBlock[]): RawRow[] | null {
  const out: RawRow[] = [];
  for (const b of blocks) {
    const fits: RowFit[] = [];
    const rows = regroupRows(spec, b.rows, fits);
    for (let i = 0; i < rows.length; i++) {
      let cells = rows[i].cells;
      // Blank cells alone (the gaps between flattened markdown rows) are no row.
      if (cells.every((c) => c.text === '')) continue;
      const f = { ...fits[i] };
      // A row of figures under headers may start with such a gap: blank cells beyond the count.
      let lead = 0;
      while (lead < cells.length && cells[lead].text === '' && f.values > f.n) { lead++; f.values--; }
      if (lead) { cells = cells.slice(lead); rows[i] = { ...rows[i], start: cells[0].start, cells }; }
      const figures = cells.some((c) => c.value.type !== 'text' && c.value.type !== 'empty');
      if (figures && f.values !== f.n) return null;
      out.push(rows[i]);
    }
  }
  return out.length ? out : null;
}
