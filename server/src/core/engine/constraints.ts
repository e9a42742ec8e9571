// The format's arithmetic constraints (R1–R4 of formats.md) evaluated instance by instance,
// with every value kept: the ones that hold, fail, or are skipped for a missing or unreadable
// cell. Blank, dash and 无 cells count as the format's cell policy says (engine/cell-policy.ts):
// read as 0 when their row has other numbers, and the instance remembers that it assumed so. The table rules report the failing instances; the hover and inlay hints show them all,
// so the editor never disagrees with the diagnostics.
import type { Analysis } from './lint';
import type { CellPolicy, Constraint } from '../formats/types';
import type { StatTable, TableRow } from '../parse/interpret-table';
import type { Cell } from '../parse/tables';
import { blankPolicy, cellPolicy, rowHasNumber } from './cell-policy';
import { unitCountFigure } from '../parse/cell-value';

const rowIndexes = new WeakMap<StatTable, Map<string, TableRow>>();

/** First data row carrying a statutory row id (the table's rows indexed once, on the first question). */
export function findRow(t: StatTable, rowId: string): TableRow | undefined {
  let index = rowIndexes.get(t);
  if (!index) {
    index = new Map();
    for (const r of t.rows) if (r.rowId && r.values.size > 0 && !index.has(r.rowId)) index.set(r.rowId, r);
    rowIndexes.set(t, index);
  }
  return index.get(rowId);
}

/**
 * An integer usable in arithmetic, or null (blank, dash, OCR debris, text). A count written with its unit (0件, 12个)
 * is its figure: the unit is table-cell-invalid's finding, the figure is not in doubt.
 */
export function cellInt(c: Cell | undefined): number | null {
  if (!c) return null;
  if (c.value.type === 'int') return c.value.value;
  if (c.value.type === 'signed' && c.value.value >= 0 && c.text.startsWith('+')) return c.value.value;
  if (c.value.type === 'text') return unitCountFigure(c.text);
  return null;
}

export interface Term {
  /** Row id (each: 'column') or column id (each: 'row', flat tables). */
  id: string;
  /** Undefined when the row or column is missing from the draft. */
  cell: Cell | undefined;
  /** Null when blank, missing or not a non-negative integer; 0 when a blank was read as 0. */
  value: number | null;
  /** True when the cell holds no number (blank, dash, 无) and the policy read it as 0. */
  assumed?: boolean;
}

export interface Instance {
  constraint: Constraint;
  table: StatTable;
  /** Column (each: 'column') or row (each: 'row') the check runs in; null for flat tables. */
  along: string | null;
  left: Term[];
  right: Term[];
  /** Both null when a term has no value: the check is skipped (as in failures()). */
  leftSum: number | null;
  rightSum: number | null;
  /** Cells without a number read as 0 in this instance (empty when none). */
  assumed: Cell[];
}

const cache = new WeakMap<Analysis, Instance[]>();

/** Every instance of every constraint of the report's format, in format order. */
export function constraintInstances(a: Analysis): Instance[] {
  let out = cache.get(a);
  if (out) return out;
  out = [];
  if (a.format && a.report) {
    for (const c of a.format.constraints) {
      const t = a.report.tables.get(c.table);
      if (t) out.push(...instancesOf(c, t, cellPolicy(a.format)));
    }
  }
  cache.set(a, out);
  return out;
}

function instancesOf(c: Constraint, t: StatTable, policy: CellPolicy): Instance[] {
  const spec = t.spec;
  type Got = { cell: Cell; row: TableRow } | undefined;
  const found: { along: string | null; get: (id: string) => Got }[] = [];
  const at = (row: TableRow | undefined, colId: string): Got => {
    const cell = row?.values.get(colId);
    return cell && row ? { cell, row } : undefined;
  };
  if (spec.kind === 'grid' && c.each === 'column') {
    // Each column asks for the same rows: each row looked up once.
    const rows = new Map<string, TableRow | undefined>();
    const rowOf = (rowId: string) => {
      if (!rows.has(rowId)) rows.set(rowId, findRow(t, rowId));
      return rows.get(rowId);
    };
    for (const col of spec.columns) found.push({ along: col.id, get: (rowId) => at(rowOf(rowId), col.id) });
  } else if (spec.kind === 'grid' && c.each === 'row') {
    for (const r of spec.rows) {
      if (r.group) continue;
      const row = findRow(t, r.id);
      if (row) found.push({ along: r.id, get: (colId) => at(row, colId) });
    }
  } else if (spec.kind === 'flat') {
    found.push({ along: null, get: (colId) => at(t.rows.find((r) => r.rowId === 'data' && r.values.has(colId)), colId) });
  }
  // Whether a row holds any number, asked once per row.
  const numbered = new Map<TableRow, boolean>();
  const hasNumber = (row: TableRow) => {
    let v = numbered.get(row);
    if (v === undefined) numbered.set(row, (v = rowHasNumber(row)));
    return v;
  };
  return found.map((inst) => {
    const assumed: Cell[] = [];
    const read = (ids: string[]): Term[] => ids.map((id) => {
      const got = inst.get(id);
      const cell = got?.cell;
      const value = cellInt(cell);
      if (got && value === null && blankPolicy(got.cell, policy)?.arithmetic === 'zero' && hasNumber(got.row)) {
        assumed.push(got.cell);
        return { id, cell, value: 0, assumed: true };
      }
      return { id, cell, value, assumed: false };
    });
    const left = read(c.left);
    const right = read(c.right);
    const complete = [...left, ...right].every((x) => x.cell !== undefined && x.value !== null);
    const sum = (xs: Term[]) => xs.reduce((s, x) => s + (x.value ?? 0), 0);
    return { constraint: c, table: t, along: inst.along, left, right, leftSum: complete ? sum(left) : null, rightSum: complete ? sum(right) : null,
      assumed: complete ? assumed : [] };
  });
}

/** True / false once evaluated; null when skipped. */
export function holds(i: Instance): boolean | null {
  return i.leftSum === null || i.rightSum === null ? null : i.leftSum === i.rightSum;
}

