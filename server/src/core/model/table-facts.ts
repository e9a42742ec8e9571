// Helpers shared by rules: locating statutory cells and naming rows and columns.
import type { Analysis } from '../engine/lint';
import type { Constraint, GridRow, TableSpec } from '../formats/types';
import type { StatTable } from '../parse/interpret-table';
import type { Cell } from '../parse/tables';
import { constraintInstances, holds } from '../engine/constraints';
import { fixKeepsRelations, isExplained } from '../engine/explain';
import { assumedZeroNote } from '../engine/cell-policy';

export { cellInt, findRow } from '../engine/constraints';

/** rowName per format table and row id: format data does not change, and rules name the same rows on every lint. */
const rowNames = new WeakMap<TableSpec, Map<string, string>>();

/** Label of a statutory row without its numbering (（一）予以公开 → 予以公开). */
export function rowName(spec: TableSpec, rowId: string): string {
  let names = rowNames.get(spec);
  if (!names) rowNames.set(spec, (names = new Map()));
  let name = names.get(rowId);
  if (name === undefined) names.set(rowId, (name = rowNameOf(spec, rowId)));
  return name;
}

function rowNameOf(spec: TableSpec, rowId: string): string {
  if (spec.kind === 'grid') {
    const r = spec.rows.find((x) => x.id === rowId);
    if (r) return shortLabel(r, spec.rows);
  } else if (spec.kind === 'blocks') {
    for (const b of spec.blocks) {
      const r = b.rows.find((x) => x.id === rowId);
      if (r) return r.label;
    }
  }
  return rowId;
}

function shortLabel(r: GridRow, rows: GridRow[]): string {
  const own = r.label.replace(/[（(][^）)]*[）)]$/, '');
  const parent = r.parent ? rows.find((x) => x.id === r.parent) : undefined;
  if (parent && parent.group && /^\d/.test(own)) return `${parent.label.replace(/^[（(][一二三四五六七八九十]+[）)]/, (m) => m)}${own}`;
  return own;
}

export function columnName(spec: TableSpec, colId: string): string {
  if (spec.kind === 'grid' || spec.kind === 'flat') {
    const c = spec.columns.find((x) => x.id === colId);
    if (!c) return colId;
    if (spec.kind === 'flat') {
      const g = spec.groups.find((x) => x.id === c.group);
      return g ? `${g.label}·${c.label}` : c.label;
    }
    return c.label;
  }
  for (const b of spec.blocks) {
    const c = b.columns.find((x) => x.id === colId);
    if (c) return c.label;
  }
  return colId;
}

export interface ConstraintFailure {
  constraint: Constraint;
  table: StatTable;
  /** Column (each: 'column') or row (each: 'row') the check ran in. */
  along: string | null;
  left: { id: string; cell: Cell; value: number }[];
  right: { id: string; cell: Cell; value: number }[];
  leftSum: number;
  rightSum: number;
  /** Cells without a number (blank, dash, 无) the check read as 0. */
  assumed: Cell[];
  /** Writing the computed sum into the single left cell breaks no relation (engine/explain.ts). */
  totalFixKeeps: boolean;
}

/**
 * Failing instances of the format's constraints of one rule (skipped instances are not failures),
 * leaving out those a single wrong cell explains: model/cell-explained.ts (used by the total rules) reports those, on the cell.
 */
export function failures(a: Analysis, ruleId: string): ConstraintFailure[] {
  return constraintInstances(a)
    .filter((i) => i.constraint.rule === ruleId && holds(i) === false && !isExplained(a, i))
    .map((i) => ({ constraint: i.constraint, table: i.table, along: i.along, leftSum: i.leftSum!, rightSum: i.rightSum!, assumed: i.assumed,
      left: i.left as ConstraintFailure['left'], right: i.right as ConstraintFailure['right'],
      totalFixKeeps: i.left.length === 1 && i.left[0].cell !== undefined && fixKeepsRelations(a, new Map([[i.left[0].cell, i.rightSum!]])) }));
}

/**
 * Where a failed relation is reported: its total cell. In a column block (PDF text in reading order: each value on a
 * line of its own, away from its labels) a lone number says nothing of what was added, so when the relation's values
 * are one unbroken run of the block (a group of table 四, a column printed top to bottom) the finding covers that run,
 * from its first value to its last. Rows read across a column-wise block are not one run: their total cell alone.
 */
export function failureSpan(f: ConstraintFailure): { start: number; end: number } {
  const at = f.left[0].cell;
  if (f.table.layout !== 'column-block') return { start: at.start, end: at.end };
  const own = new Set<Cell>([...f.left, ...f.right].map((x) => x.cell));
  const all = f.table.rows.flatMap((r) => [...r.values.values()]).sort((a, b) => a.start - b.start);
  const at0 = all.findIndex((c) => own.has(c));
  let n = 0;
  for (let i = at0; i >= 0 && i < all.length && own.has(all[i]); i++) n++;
  if (at0 < 0 || n !== own.size) return { start: at.start, end: at.end };
  return { start: all[at0].start, end: all[at0 + n - 1].end };
}

/** What a failure relied on: `（空格按 0 计）` / ` (blank cells counted as 0)`, or '' for both. */
export function zeroNote(f: ConstraintFailure): { zh: string; en: string } {
  return assumedZeroNote(f.assumed) ?? { zh: '', en: '' };
}

/** Quick-fix that writes the computed sum into the single left cell of a failed constraint. */
export function totalFix(f: ConstraintFailure): { title: string; edits: { start: number; end: number; newText: string }[]; safe: boolean } | undefined {
  // Never a fix that makes another relation fail (e.g. a row total that its column's total verifies).
  if (!f.constraint.fixLeft || f.left.length !== 1 || !f.totalFixKeeps) return undefined;
  const cell = f.left[0].cell;
  return { title: `改为计算值 ${f.rightSum}`, edits: [{ start: cell.start, end: cell.end, newText: String(f.rightSum) }], safe: false };
}

export function columnIndex(spec: TableSpec, colId: string | null): number {
  if (!colId || spec.kind === 'blocks') return 0;
  return spec.columns.findIndex((c) => c.id === colId) + 1;
}
