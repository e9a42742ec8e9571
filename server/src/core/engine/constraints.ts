// The format's arithmetic constraints (R1–R4 of formats.md) evaluated instance by instance,
// with every value kept: the ones that hold, fail, or are skipped for a blank or unreadable
// cell. The table rules report the failing instances; the hover and inlay hints show them all,
// so the editor never disagrees with the diagnostics.
import type { Analysis } from './lint';
import type { Constraint } from '../formats/types';
import type { StatTable, TableRow } from '../parse/interpret-table';
import type { Cell } from '../parse/tables';

/** First data row carrying a statutory row id. */
export function findRow(t: StatTable, rowId: string): TableRow | undefined {
  return t.rows.find((r) => r.rowId === rowId && r.values.size > 0);
}

/** An integer usable in arithmetic, or null (blank, dash, OCR debris, text). */
export function cellInt(c: Cell | undefined): number | null {
  if (!c) return null;
  if (c.value.type === 'int') return c.value.value;
  if (c.value.type === 'signed' && c.value.value >= 0 && c.text.startsWith('+')) return c.value.value;
  return null;
}

export interface Term {
  /** Row id (each: 'column') or column id (each: 'row', flat tables). */
  id: string;
  /** Undefined when the row or column is missing from the draft. */
  cell: Cell | undefined;
  /** Null when blank, missing or not a non-negative integer. */
  value: number | null;
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
      if (t) out.push(...instancesOf(c, t));
    }
  }
  cache.set(a, out);
  return out;
}

function instancesOf(c: Constraint, t: StatTable): Instance[] {
  const spec = t.spec;
  const found: { along: string | null; get: (id: string) => Cell | undefined }[] = [];
  if (spec.kind === 'grid' && c.each === 'column') {
    for (const col of spec.columns) found.push({ along: col.id, get: (rowId) => findRow(t, rowId)?.values.get(col.id) });
  } else if (spec.kind === 'grid' && c.each === 'row') {
    for (const r of spec.rows) {
      if (r.group) continue;
      const row = findRow(t, r.id);
      if (row) found.push({ along: r.id, get: (colId) => row.values.get(colId) });
    }
  } else if (spec.kind === 'flat') {
    found.push({ along: null, get: (colId) => t.rows.find((r) => r.rowId === 'data' && r.values.has(colId))?.values.get(colId) });
  }
  return found.map((inst) => {
    const read = (ids: string[]): Term[] => ids.map((id) => {
      const cell = inst.get(id);
      return { id, cell, value: cellInt(cell) };
    });
    const left = read(c.left);
    const right = read(c.right);
    const complete = [...left, ...right].every((x) => x.cell !== undefined && x.value !== null);
    const sum = (xs: Term[]) => xs.reduce((s, x) => s + (x.value ?? 0), 0);
    return { constraint: c, table: t, along: inst.along, left, right, leftSum: complete ? sum(left) : null, rightSum: complete ? sum(right) : null };
  });
}

/** True / false once evaluated; null when skipped. */
export function holds(i: Instance): boolean | null {
  return i.leftSum === null || i.rightSum === null ? null : i.leftSum === i.rightSum;
}

