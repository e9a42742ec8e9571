// A table printed partly in reading order (PDF text, `pdftotext` default mode): one 第二十条 block
// whose label wraps inside a narrow cell comes out one cell a line with a figure displaced past the
// next caption (column-block), the other blocks as rows (spaced). The reading-order blocks are left
// out of such a mixed table (interpret-table.ts); a statutory row printed there is then not missing
// but unread. The table is read in part (`StatTable.partial`) when a left-out block holds, as a
// cell of its own, the label of a statutory row that the rows read lack.
import type { TableSpec } from '../formats/types';
import { labelKey } from '../text/normalize';
import type { TableBlock } from './tables';

/** Whether the blocks left out hold a statutory label of `spec` that no row read (`readIds`) has. */
export function rowsLeftOut(spec: TableSpec, leftOut: TableBlock[], readIds: ReadonlySet<string | null>): boolean {
  if (!leftOut.length) return false;
  const rows = spec.kind === 'grid' ? spec.rows : spec.kind === 'blocks' ? spec.blocks.flatMap((b) => b.rows) : [];
  const idOf = new Map(rows.map((r) => [labelKey(r.label), r.id]));
  return leftOut.some((b) => b.rows.some((r) => r.cells.some((c) => {
    const id = idOf.get(labelKey(c.text));
    return id !== undefined && !readIds.has(id);
  })));
}
