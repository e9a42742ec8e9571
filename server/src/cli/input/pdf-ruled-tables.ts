// Ruled tables on one PDF page rebuilt by coordinates: rules grouped into tables, columns from
// the vertical rules, rows from the horizontal ones, each text item into its slot, a merged
// cell's text into its top-left slot. Bounded: pages with more than MAX_RULES rules are text.
import { joinText, linesOf, PdfItem, PdfPage, PdfRule, segmentsOf } from './pdf-lines';

/** Rules kept per page (a page drawn with more is read as text). */
export const MAX_RULES = 4000;
export const TOL = 2.5;

/** Values within `tol` merged (sorted ascending, each cluster's mean). */
function cluster(values: number[], tol: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length && v - group[group.length - 1] > tol) {
      out.push(group.reduce((a, b) => a + b, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length) out.push(group.reduce((a, b) => a + b, 0) / group.length);
  return out;
}

/** A ruled table on one page: column edges xs (ascending), row edges ys (descending), its cells' text. */
export interface PageTable {
  top: number;
  bottom: number;
  xs: number[];
  grid: string[][];
}

/** Rules grouped into tables: rules that touch or cross belong together (union-find). */
function ruleGroups(rules: readonly PdfRule[]): PdfRule[][] {
  const n = rules.length;
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const touches = (a: PdfRule, b: PdfRule): boolean => {
    if (a.horizontal === b.horizontal) {
      return Math.abs(a.at - b.at) <= TOL && a.from <= b.to + TOL && b.from <= a.to + TOL;
    }
    const [h, v] = a.horizontal ? [a, b] : [b, a];
    return v.at >= h.from - TOL && v.at <= h.to + TOL && h.at >= v.from - TOL && h.at <= v.to + TOL;
  };
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (touches(rules[i], rules[j])) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, PdfRule[]>();
  rules.forEach((r, i) => {
    const k = find(i);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  });
  return [...groups.values()];
}

/** Whether some rule of the list covers the point along its length. */
function covered(rules: readonly PdfRule[], at: number, along: number): boolean {
  return rules.some((r) => Math.abs(r.at - at) <= TOL && r.from - TOL <= along && along <= r.to + TOL);
}

/** Ruled tables of a page; the items they hold are removed from `rest`. */
export function tablesOf(page: PdfPage, rest: Set<PdfItem>): PageTable[] {
  if (page.rules.length > MAX_RULES) return [];
  const tables: PageTable[] = [];
  for (const group of ruleGroups(page.rules)) {
    const hs = group.filter((r) => r.horizontal);
    const vs = group.filter((r) => !r.horizontal);
    const xs = cluster(vs.map((r) => r.at), TOL);
    const ys = cluster(hs.map((r) => r.at), TOL).reverse();
    if (xs.length < 3 || ys.length < 2) continue;
    const rows = ys.length - 1;
    const cols = xs.length - 1;
    if (rows * cols > 20000) continue;
    // Items whose middle lies inside the table, into their slot.
    const slots: PdfItem[][][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => [] as PdfItem[]));
    let count = 0;
    for (const it of rest) {
      const cx = it.x + it.width / 2;
      const cy = it.y + it.size * 0.35;
      if (cx < xs[0] || cx > xs[cols] || cy > ys[0] || cy < ys[rows]) continue;
      let c = 0;
      while (c + 1 < cols && cx > xs[c + 1]) c++;
      let r = 0;
      while (r + 1 < rows && cy < ys[r + 1]) r++;
      slots[r][c].push(it);
      count++;
    }
    if (count === 0) continue;
    // A merged cell's text goes to its top-left slot: left while no rule separates the slot from
    // its left neighbour, up while none separates it from the slot above.
    const grid: string[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => ''));
    const gathered: PdfItem[][][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => [] as PdfItem[]));
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (slots[r][c].length === 0) continue;
        let rr = r;
        let cc = c;
        for (let guard = 0; guard < rows + cols; guard++) {
          const midY = (ys[rr] + ys[rr + 1]) / 2;
          const midX = (xs[cc] + xs[cc + 1]) / 2;
          if (cc > 0 && !covered(vs, xs[cc], midY)) cc--;
          else if (rr > 0 && !covered(hs, ys[rr], midX)) rr--;
          else break;
        }
        for (const it of slots[r][c]) gathered[rr][cc].push(it);
      }
    }
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const items = gathered[r][c];
        if (items.length === 0) continue;
        let text = '';
        for (const line of linesOf(items)) text = joinText(text, segmentsOf(line).join(' '));
        grid[r][c] = text;
      }
    }
    for (const it of slots.flat(2)) rest.delete(it);
    // Rows with no text at all (a rule drawn twice, a spacer) are left out.
    const kept = grid.filter((row) => row.some((t) => t !== ''));
    tables.push({ top: ys[0], bottom: ys[rows], xs, grid: kept });
  }
  return tables;
}
