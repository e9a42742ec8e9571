// The constraint instances of engine/constraints.ts (the same ones the table rules report)
// explained for the hover and the inlay hints: which cells take part, the value a cell should
// hold, and names for tables, rows and constraints taken from the format data.
import type { Analysis } from '../engine/lint';
import type { Constraint, GridRow, TableSpec } from '../formats/types';
import type { Cell } from '../parse/tables';
import { toChineseNumeral } from '../text/normalize';
import { columnName, rowName } from '../model/table-facts';
import { constraintInstances, Instance, Term } from '../engine/constraints';

export { constraintInstances, holds, Instance, Term } from '../engine/constraints';

/** Instances in which `cell` takes part (left or right). */
export function instancesWith(a: Analysis, cell: Cell): Instance[] {
  return constraintInstances(a).filter((i) => i.left.some((x) => x.cell === cell) || i.right.some((x) => x.cell === cell));
}

/**
 * The value a cell should hold by one instance: for a single fixable total the sum of the right
 * side; for a balance (R1) a right-side cell is what remains of the left sum. Null when skipped
 * or when the constraint does not determine this cell.
 */
export function expectedValue(i: Instance, cell: Cell): number | null {
  if (i.leftSum === null || i.rightSum === null) return null;
  const c = i.constraint;
  if (c.fixLeft && i.left.length === 1) return i.left[0].cell === cell ? i.rightSum : null;
  const own = i.right.find((x) => x.cell === cell);
  if (!own || own.value === null) return null;
  return i.leftSum - (i.rightSum - own.value);
}

// ---------------------------------------------------------------------------------------------
// Names, from the format data

/** 表三 for the table of statutory section 三; the table's title where the section has no number. */
export function tableName(a: Analysis, tableId: string): string {
  const sec = a.format?.sections.find((s) => s.table === tableId);
  if (sec?.number) return `表${toChineseNumeral(sec.number)}`;
  return a.format?.tables[tableId]?.title ?? '表格';
}

/** Group label of a flat-table column id (行政复议, 行政诉讼·未经复议直接起诉), or ''. */
function flatGroup(spec: TableSpec, colId: string): string {
  if (spec.kind !== 'flat') return '';
  const col = spec.columns.find((c) => c.id === colId);
  return spec.groups.find((g) => g.id === col?.group)?.label ?? '';
}

function flatColumn(spec: TableSpec, colId: string): string {
  return spec.kind === 'flat' ? spec.columns.find((c) => c.id === colId)?.label ?? colId : columnName(spec, colId);
}

const NUMBERING = /^\s*(?:([一二三四五六七八九十]+)\s*[、,，.．]|([（(][一二三四五六七八九十]+[）)])|(\d+)\s*[.．、])/;

/** 三（七） for （七）总计 under 三、本年度办理结果; null when a label on the way has no numbering. */
function numbering(rows: GridRow[], id: string): string | null {
  const parts: string[] = [];
  for (let r = rows.find((x) => x.id === id); r; r = r.parent ? rows.find((x) => x.id === r!.parent) : undefined) {
    const m = NUMBERING.exec(r.label);
    if (!m) return null;
    parts.unshift(m[1] ?? (m[2] ? m[2].replace('(', '（').replace(')', '）') : `${m[3]}.`));
  }
  return parts.join('');
}

/** How a term is named in a constraint: 三（七）, （一）予以公开, 自然人, 结果维持. */
export function termName(spec: TableSpec, c: Constraint, id: string): string {
  if (c.each === 'column' && spec.kind === 'grid') {
    if (!c.fixLeft) return numbering(spec.rows, id) ?? rowName(spec, id);
    return rowName(spec, id);
  }
  return flatColumn(spec, id);
}

function sideName(spec: TableSpec, c: Constraint, ids: string[]): string {
  const names = ids.map((id) => termName(spec, c, id));
  if (names.length <= 4) return names.join(' + ');
  return `${names[0]} + ${names[1]} + … + ${names[names.length - 1]}（共 ${names.length} 项）`;
}

/** The equation as the form states it: 一 + 二 = 三（七） + 四, 总计 = 自然人 + … + 其他（共 6 项）. */
export function equation(spec: TableSpec, c: Constraint): string {
  return `${sideName(spec, c, c.left)} = ${sideName(spec, c, c.right)}`;
}

/** Where an instance applies: 每列 / 每行 for the format, or the flat group (行政复议). */
export function scopeOf(spec: TableSpec, c: Constraint): string {
  if (c.each === 'column') return '每列';
  if (c.each === 'row') return '每行';
  return flatGroup(spec, c.left[0] ?? '');
}

/**
 * Short name of an instance as a reader of the table sees it: 行总计, 本列（七）总计,
 * 本列 一 + 二 = 三（七） + 四, 行政复议总计.
 */
export function instanceName(i: Instance): string {
  const spec = i.table.spec;
  const c = i.constraint;
  if (c.fixLeft && c.left.length === 1) {
    const left = termName(spec, c, c.left[0]);
    if (c.each === 'row') return `行${left}`;
    if (c.each === 'column') return `本列${left}`;
    return `${flatGroup(spec, c.left[0])}${left}`;
  }
  const prefix = c.each === 'column' ? '本列 ' : c.each === 'row' ? '本行 ' : '';
  return `${prefix}${equation(spec, c)}`;
}

/**
 * The English name of an instance: row total, column “（七）总计”, total of “行政复议”,
 * column: “一 + 二 = 三（七） + 四”. Statutory labels are quoted as written.
 */
export function instanceNameEn(i: Instance): string {
  const spec = i.table.spec;
  const c = i.constraint;
  if (c.fixLeft && c.left.length === 1) {
    const left = termName(spec, c, c.left[0]);
    const total = /^\s*总计\s*$/.test(left);
    if (c.each === 'row') return total ? 'row total' : `row “${left}”`;
    if (c.each === 'column') return `column “${left}”`;
    const group = flatGroup(spec, c.left[0]);
    return total && group ? `total of “${group}”` : `“${group}${left}”`;
  }
  const prefix = c.each === 'column' ? 'column: ' : c.each === 'row' ? 'row: ' : '';
  return `${prefix}“${equation(spec, c)}”`;
}

/**
 * The values of one side, `focus` in bold. Long sides (R3 has 19–21 terms) list only the
 * non-zero terms and the focus, then say how many zeros were left out.
 */
export function valuesText(terms: Term[], focus: Cell | null, bold: (s: string) => string = (s) => `**${s}**`, en = false): string {
  const show = (x: Term) => (x.cell === focus && focus ? bold(String(x.value)) : String(x.value));
  if (terms.length <= 8) return terms.map(show).join(' + ');
  const kept = terms.filter((x) => x.value !== 0 || (focus && x.cell === focus));
  const omitted = terms.length - kept.length;
  if (kept.length === 0) return en ? `0 (all ${terms.length} terms are 0)` : `0（${terms.length} 项均为 0）`;
  return kept.map(show).join(' + ') + (omitted ? (en ? ` (the other ${omitted} terms are 0)` : `（其余 ${omitted} 项为 0）`) : '');
}

/** Why a skipped instance was skipped: the first blank, missing or unreadable term. */
export function skipReason(i: Instance, esc: (s: string) => string = (s) => s): string {
  const spec = i.table.spec;
  const c = i.constraint;
  for (const x of [...i.left, ...i.right]) {
    if (x.cell !== undefined && x.value !== null) continue;
    const where = c.each === 'column' ? `“${rowName(spec, x.id)}”行` : `“${columnName(spec, x.id)}”栏`;
    if (x.cell === undefined) return `${where}缺失`;
    if (x.cell.text === '') return `${where}为空`;
    return `${where}“${esc(x.cell.text)}”不是非负整数`;
  }
  return '';
}
