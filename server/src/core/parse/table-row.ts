// A statutory table's row as read (TableRow). Three fields almost every row leaves at their default
// (not inferred, no unassigned cells, no shape error) are the prototype's until a row sets its own:
// a 20 MB draft reads 155,000 rows, 24 bytes fewer each. Every row is made here.
import type { Cell, RawRow } from './tables';
import type { RowKind, TableRow } from './interpret-table';
import { CellMap, NO_CELLS, NO_VALUES } from './cell-map';

class StatRow implements TableRow {
  declare inferred: boolean;
  declare unassigned: Cell[];
  declare shape: { expected: number; found: number } | null;
  // (Assigned in the constructor, not on the prototype: a field set later would live out of the object.)
  values: Map<string, Cell> = NO_VALUES;

  constructor(
    public raw: RawRow,
    public kind: RowKind,
    public rowId: string | null,
    public blockId: string | null,
    public label: string,
    public labelStart: number,
    public labelEnd: number,
  ) {}
}
StatRow.prototype.inferred = false;
StatRow.prototype.unassigned = NO_CELLS;
StatRow.prototype.shape = null;

/** A row without values yet: not inferred, no unassigned cells, no shape error. */
export function newTableRow(raw: RawRow, kind: RowKind, rowId: string | null, blockId: string | null, label: string, labelStart: number, labelEnd: number): TableRow {
  return new StatRow(raw, kind, rowId, blockId, label, labelStart, labelEnd);
}

/** The row's values as a map it may write to: a map of its own in place of the shared empty one. */
export function valuesToWrite(row: TableRow): Map<string, Cell> {
  if (row.values === NO_VALUES) row.values = new CellMap();
  return row.values;
}
