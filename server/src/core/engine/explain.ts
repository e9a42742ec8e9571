// The arithmetic constraints of one statutory table read as ONE system over its grid (issue #16 §1).
// When every failing instance of a table passes through one cell, and one value of that cell
// makes all of them hold while breaking none that held, that cell is the wrong one: the table
// rules report it once, on the cell, instead of each failing sum at its total. And no
// arithmetic fix is offered unless, applied to a copy of the grid, it leaves every instance that
// held still holding and makes its own instance hold (fixKeepsRelations).
import type { Analysis } from './lint';
import type { Cell } from '../parse/tables';
import { constraintInstances, holds, Instance, Term } from './constraints';

export interface Explanation {
  /** The one cell that explains every failing instance of its table. */
  cell: Cell;
  /** Statutory row id of the cell (null for flat tables) and its column id. */
  rowId: string | null;
  colId: string;
  /** The value read (0 for a blank read as 0) and the value that makes every instance hold. */
  stated: number;
  value: number;
  /** The failing instances it explains, in format order. */
  instances: Instance[];
  /**
   * The rule that reports it: that of the sum written along the cell's own row (R2's row total,
   * R4's flat row) when one fails, else that of the first failing instance.
   */
  rule: string;
}

interface Diagnosis {
  explanations: Explanation[];
  explained: Set<Instance>;
}

const cache = new WeakMap<Analysis, Diagnosis>();

/** Terms of an instance on `cell`, with the sign the cell's value takes in left − right. */
function coefficient(i: Instance, cell: Cell): number {
  let k = 0;
  for (const x of i.left) if (x.cell === cell) k++;
  for (const x of i.right) if (x.cell === cell) k--;
  return k;
}

function termOf(i: Instance, cell: Cell): Term | undefined {
  return i.left.find((x) => x.cell === cell) ?? i.right.find((x) => x.cell === cell);
}

/** Row and column ids of a term of an instance. */
function place(i: Instance, t: Term): { rowId: string | null; colId: string } {
  const each = i.constraint.each;
  if (each === 'column') return { rowId: t.id, colId: i.along ?? '' };
  if (each === 'row') return { rowId: i.along, colId: t.id };
  return { rowId: null, colId: t.id };
}

export function diagnose(a: Analysis): Diagnosis {
  let d = cache.get(a);
  if (d) return d;
  d = { explanations: [], explained: new Set() };
  const byTable = new Map<string, Instance[]>();
  for (const i of constraintInstances(a)) {
    if (holds(i) === null) continue;
    let xs = byTable.get(i.table.id);
    if (!xs) byTable.set(i.table.id, (xs = []));
    xs.push(i);
  }
  for (const evaluated of byTable.values()) {
    const failing = evaluated.filter((i) => holds(i) === false);
    if (failing.length === 0) continue;
    // Cells common to every failing instance of the table.
    let common: Cell[] = [...new Set([...failing[0].left, ...failing[0].right].map((x) => x.cell!))];
    for (const i of failing.slice(1)) common = common.filter((c) => termOf(i, c) !== undefined);
    const found: Explanation[] = [];
    for (const cell of common) {
      const term = termOf(failing[0], cell)!;
      const stated = term.value!;
      let value: number | null = null;
      let ok = true;
      for (const i of failing) {
        const k = coefficient(i, cell);
        const diff = i.leftSum! - i.rightSum!;
        if (k === 0 || diff % k !== 0) { ok = false; break; }
        const v = stated - diff / k;
        if (value === null) value = v;
        else if (v !== value) { ok = false; break; }
      }
      if (!ok || value === null || value < 0 || !Number.isSafeInteger(value)) continue;
      // Changing the cell must not break an instance that held.
      if (evaluated.some((i) => holds(i) === true && coefficient(i, cell) !== 0)) continue;
      // Reported by a rule the user has not turned off; with all of them off, each rule's own
      // instances are left to it (and so stay silent), never explained away by a silent rule.
      const enabled = (i: Instance) => a.settings.rules[i.constraint.rule] !== 'off';
      const own = failing.find((i) => i.constraint.each !== 'column' && enabled(i)) ?? failing.find(enabled);
      if (!own) continue;
      found.push({ cell, ...place(failing[0], term), stated, value, instances: failing, rule: own.constraint.rule });
    }
    // Two cells that would each explain everything: the table does not say which is wrong.
    if (found.length === 1) {
      d.explanations.push(found[0]);
      for (const i of failing) d.explained.add(i);
    }
  }
  cache.set(a, d);
  return d;
}

/** Is this failing instance explained by a single wrong cell (and reported there)? */
export function isExplained(a: Analysis, i: Instance): boolean {
  return diagnose(a).explained.has(i);
}

/**
 * Would writing these values into these cells keep every relation that held holding? (A relation
 * that failed before may still fail: the fix does not make it fail.) Checked on a copy of the
 * values: the instances are re-summed with the candidate values, nothing is re-parsed.
 */
export function fixKeepsRelations(a: Analysis, values: ReadonlyMap<Cell, number>): boolean {
  for (const i of constraintInstances(a)) {
    if (holds(i) !== true) continue;
    const touched = [...i.left, ...i.right].some((x) => x.cell !== undefined && values.has(x.cell));
    if (!touched) continue;
    const val = (x: Term) => (x.cell !== undefined && values.has(x.cell) ? values.get(x.cell)! : x.value!);
    const l = i.left.reduce((s, x) => s + val(x), 0);
    const r = i.right.reduce((s, x) => s + val(x), 0);
    if (l !== r) return false;
  }
  return true;
}

/** The value inlay hints and hover should propose for a cell, when the system names one. */
export function explainedValue(a: Analysis, cell: Cell): number | null {
  return diagnose(a).explanations.find((e) => e.cell === cell)?.value ?? null;
}

/**
 * An instance as it reads once the explained cell of its table holds its value: the hover and
 * the inlay hints show this, so that a total the system verifies is not called wrong there.
 */
export function repaired(a: Analysis, i: Instance): Instance {
  if (!isExplained(a, i)) return i;
  const e = diagnose(a).explanations.find((x) => x.instances.includes(i))!;
  const fix = (t: Term): Term => (t.cell === e.cell ? { ...t, value: e.value } : t);
  const left = i.left.map(fix);
  const right = i.right.map(fix);
  const sum = (xs: Term[]) => xs.reduce((s, x) => s + (x.value ?? 0), 0);
  return { ...i, left, right, leftSum: sum(left), rightSum: sum(right) };
}
