// Helpers shared by rules: locating statutory cells and naming rows and columns.
import type { Analysis } from '../engine/lint';
import type { Constraint, GridRow, TableSpec } from '../formats/types';
import type { StatTable, TableRow } from '../parse/interpret-table';
import type { Cell } from '../parse/tables';

export function tableTitle(a: Analysis, tableId: string): string {
  const sec = a.format?.sections.find((s) => s.table === tableId);
  return sec ? `第${'一二三四五六七八九十'[(sec.number ?? 1) - 1]}部分表格` : '表格';
}

/** First data row carrying a statutory row id. */
export function findRow(t: StatTable, rowId: string): TableRow | undefined {
  return t.rows.find((r) => r.rowId === rowId && r.values.size > 0);
}

/** Label of a statutory row without its numbering (（一）予以公开 → 予以公开). */
export function rowName(spec: TableSpec, rowId: string): string {
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

/** An integer usable in arithmetic, or null (blank, dash, OCR debris, text). */
export function cellInt(c: Cell | undefined): number | null {
  if (!c) return null;
  if (c.value.type === 'int') return c.value.value;
  if (c.value.type === 'signed' && c.value.value >= 0 && c.text.startsWith('+')) return c.value.value;
  return null;
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
}

/** Evaluates the format's constraints of one rule; instances with unreadable cells are skipped. */
export function failures(a: Analysis, ruleId: string): ConstraintFailure[] {
  const out: ConstraintFailure[] = [];
  if (!a.format || !a.report) return out;
  for (const c of a.format.constraints) {
    if (c.rule !== ruleId) continue;
    const t = a.report.tables.get(c.table);
    if (!t) continue;
    const spec = t.spec;
    const instances: { along: string | null; get: (id: string) => Cell | undefined }[] = [];
    if (spec.kind === 'grid' && c.each === 'column') {
      for (const col of spec.columns) instances.push({ along: col.id, get: (rowId) => findRow(t, rowId)?.values.get(col.id) });
    } else if (spec.kind === 'grid' && c.each === 'row') {
      for (const r of spec.rows) {
        if (r.group) continue;
        const row = findRow(t, r.id);
        if (row) instances.push({ along: r.id, get: (colId) => row.values.get(colId) });
      }
    } else if (spec.kind === 'flat') {
      // The fifteen numbers may be one row or one row per group (split by a converter).
      instances.push({ along: null, get: (colId) => t.rows.find((r) => r.rowId === 'data' && r.values.has(colId))?.values.get(colId) });
    }
    for (const inst of instances) {
      const read = (ids: string[]) => ids.map((id) => ({ id, cell: inst.get(id) })).map((x) => ({ ...x, value: cellInt(x.cell) }));
      const left = read(c.left);
      const right = read(c.right);
      if ([...left, ...right].some((x) => x.cell === undefined || x.value === null)) continue;
      const leftSum = left.reduce((s, x) => s + x.value!, 0);
      const rightSum = right.reduce((s, x) => s + x.value!, 0);
      if (leftSum !== rightSum) {
        out.push({ constraint: c, table: t, along: inst.along, leftSum, rightSum,
          left: left as ConstraintFailure['left'], right: right as ConstraintFailure['right'] });
      }
    }
  }
  return out;
}

export function sumText(xs: { value: number }[]): string {
  return xs.map((x) => x.value).join(' + ');
}

/** Quick-fix that writes the computed sum into the single left cell of a failed constraint. */
export function totalFix(f: ConstraintFailure): { title: string; edits: { start: number; end: number; newText: string }[]; safe: boolean } | undefined {
  if (!f.constraint.fixLeft || f.left.length !== 1) return undefined;
  const cell = f.left[0].cell;
  return { title: `改为计算值 ${f.rightSum}`, edits: [{ start: cell.start, end: cell.end, newText: String(f.rightSum) }], safe: false };
}

export function columnIndex(spec: TableSpec, colId: string | null): number {
  if (!colId || spec.kind === 'blocks') return 0;
  return spec.columns.findIndex((c) => c.id === colId) + 1;
}
