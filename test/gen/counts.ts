// Random table figures that satisfy every arithmetic constraint of a format, read from
// the format data (format.constraints), never from knowledge of R1–R4 in code: each
// constraint sum(left) = sum(right) fixes one of its left cells, the other cells are drawn
// at random, and the fixed cells are computed in dependency order.
import type { Constraint, FormatSpec, TableSpec } from '../../server/src/core/formats/index';
import type { Rng } from './rng';

/** Figures of one table by `${rowId}/${colId}` (rowId 'data' for a flat table). */
export type Counts = Map<string, number>;

export const cellKey = (rowId: string, colId: string): string => `${rowId}/${colId}`;

/** Draws a free cell. */
export type Sampler = (rowId: string, colId: string) => number;

interface Equation { left: string[]; right: string[]; target: string | null }

/** Every instance of a constraint as lists of cell keys. */
function equationsOf(spec: TableSpec, c: Constraint): Equation[] {
  const out: Equation[] = [];
  if (spec.kind === 'grid' && c.each === 'column') {
    for (const col of spec.columns) out.push({ left: c.left.map((r) => cellKey(r, col.id)), right: c.right.map((r) => cellKey(r, col.id)), target: null });
  } else if (spec.kind === 'grid' && c.each === 'row') {
    for (const r of spec.rows) {
      if (r.group) continue;
      out.push({ left: c.left.map((k) => cellKey(r.id, k)), right: c.right.map((k) => cellKey(r.id, k)), target: null });
    }
  } else if (spec.kind === 'flat') {
    out.push({ left: c.left.map((k) => cellKey('data', k)), right: c.right.map((k) => cellKey('data', k)), target: null });
  }
  return out;
}

/** Every count cell of a grid or flat table. */
export function cellsOf(spec: TableSpec): string[] {
  if (spec.kind === 'grid') return spec.rows.filter((r) => !r.group).flatMap((r) => spec.columns.map((c) => cellKey(r.id, c.id)));
  if (spec.kind === 'flat') return spec.columns.map((c) => cellKey('data', c.id));
  return [];
}

const sum = (m: Counts, keys: string[]): number => keys.reduce((s, k) => s + (m.get(k) ?? NaN), 0);

/** Checks every constraint of the format on one table; returns the violated instances. */
export function violations(format: FormatSpec, tableId: string, m: Counts): string[] {
  const spec = format.tables[tableId];
  const bad: string[] = [];
  for (const c of format.constraints) {
    if (c.table !== tableId) continue;
    for (const e of equationsOf(spec, c)) {
      if (sum(m, e.left) !== sum(m, e.right)) bad.push(`${c.id}: ${e.left.join('+')} ≠ ${e.right.join('+')}`);
    }
  }
  for (const [k, v] of m) if (!(Number.isInteger(v) && v >= 0)) bad.push(`${k} = ${v}`);
  return bad;
}

/** Consistent non-negative figures for a constrained table (grid or flat). */
export function solveTable(format: FormatSpec, tableId: string, sample: Sampler): Counts {
  const spec = format.tables[tableId];
  const eqs = format.constraints.filter((c) => c.table === tableId).flatMap((c) => equationsOf(spec, c));
  const targeted = new Set<string>();
  for (const e of eqs) {
    const t = e.left.find((k) => !targeted.has(k));
    if (t) { e.target = t; targeted.add(t); }
  }
  const free = cellsOf(spec).filter((k) => !targeted.has(k));
  const m: Counts = new Map();
  for (const k of free) {
    const [rowId, colId] = k.split('/');
    m.set(k, Math.max(0, Math.round(sample(rowId, colId))));
  }
  const solving = eqs.filter((e) => e.target !== null);
  const evaluate = () => {
    for (const e of solving) m.delete(e.target!);
    let pending = solving.slice();
    while (pending.length) {
      const next = pending.filter((e) => {
        const deps = [...e.right, ...e.left.filter((k) => k !== e.target)];
        if (!deps.every((k) => m.has(k))) return true;
        m.set(e.target!, sum(m, e.right) - sum(m, e.left.filter((k) => k !== e.target)));
        return false;
      });
      if (next.length === pending.length) throw new Error(`constraints of ${tableId} cannot be solved in order`);
      pending = next;
    }
  };
  // A fixed cell that came out negative (more carried over than handled): lower the free
  // cells on its own side, else raise a free cell on the other side, and solve again.
  for (let round = 0; ; round++) {
    evaluate();
    const neg = solving.find((e) => m.get(e.target!)! < 0);
    if (!neg) break;
    if (round > 200) throw new Error(`cannot make ${tableId} non-negative`);
    let deficit = -m.get(neg.target!)!;
    for (const k of neg.left) {
      if (k === neg.target || !free.includes(k)) continue;
      const d = Math.min(deficit, m.get(k)!);
      m.set(k, m.get(k)! - d);
      deficit -= d;
    }
    if (deficit > 0) {
      const k = neg.right.find((x) => free.includes(x));
      if (!k) throw new Error(`cannot repair ${neg.target}`);
      m.set(k, m.get(k)! + deficit);
    }
  }
  const bad = violations(format, tableId, m);
  if (bad.length) throw new Error(`generated ${tableId} violates ${bad.join('; ')}`);
  return m;
}

/**
 * Draft-sized figures: most applications come from natural persons and are granted;
 * refusals are rare. Unknown row or column ids fall back to small numbers.
 */
export function applicationSampler(rng: Rng, scale: number): Sampler {
  const col: Record<string, number> = { natural: 1, business: 0.25, research: 0.03, public: 0.04, legal: 0.1, other: 0.06 };
  const row: Record<string, number> = {
    open: 0.45, partial: 0.08, 'deny-4': 0.03, 'deny-6': 0.03, 'unable-1': 0.2, 'unable-2': 0.03, 'unable-3': 0.02,
    'noproc-1': 0.03, 'noproc-2': 0.04, carried: 0.06, next: 0.06,
  };
  return (rowId, colId) => draw(rng, scale * (row[rowId] ?? 0.01) * (col[colId] ?? 0.05));
}

/** Reconsideration and litigation: few cases, most columns zero. */
export function reviewSampler(rng: Rng, scale: number): Sampler {
  const part: Record<string, number> = { upheld: 0.5, corrected: 0.1, other: 0.15, pending: 0.25 };
  const group: Record<string, number> = { reconsideration: 1, direct: 0.6, after: 0.2 };
  return (_rowId, colId) => {
    const [g, p] = colId.split('.');
    return draw(rng, scale * (group[g] ?? 0.1) * (part[p] ?? 0.1));
  };
}

/** A count around `mean`: 0/1 for small means, else ±50 %. */
function draw(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  if (mean < 1) return rng.chance(mean) ? 1 : 0;
  return Math.round(mean * (0.5 + rng.next()));
}
