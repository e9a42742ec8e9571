// How a pasted table row parts into its label cells and its n value cells (moved out of
// interpret-table.ts, which reads the statutory rows with it): positional where the row shows all
// its slots (a GFM row as wide as its header, a tab row as wide as its block), otherwise by the
// trailing (grid and flat tables) or leading (block tables) run of value-like cells.
import { Cell, TableLayout } from './tables';
import { labelThenSlots } from './label-slots';
import { isUnitCount, isValueLike, readCellValue } from './cell-value';
import { slotsAfterLabel } from './layouts/blank-cells-read';

/** Splits a cell such as "费 0" (label and value glued by a paste) into two cells. */
export function splitMixed(cells: Cell[]): Cell[] {
  const out: Cell[] = [];
  for (const c of cells) {
    const m = /^(.*[\u3400-\u9fff）)])\s+([-+]?[\dUOo〇]+(?:\.\d+)?)$/.exec(c.text);
    if (c.value.type === 'text' && m) {
      const v = readCellValue(m[2]);
      if (v.type !== 'text') {
        const vStart = c.start + c.text.length - m[2].length;
        out.push({ text: m[1], start: c.start, end: c.start + m[1].length, value: readCellValue(m[1]) });
        out.push({ text: m[2], start: vStart, end: c.end, value: v });
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

export const isNumberish = (c: Cell): boolean => c.value.type !== 'text' && c.value.type !== 'empty' && c.value.type !== 'dash';

function trimTrailingEmpty(cells: Cell[]): Cell[] {
  let n = cells.length;
  while (n > 0 && cells[n - 1].text === '') n--;
  return cells.slice(0, n);
}

export interface Split { label: Cell[]; values: Cell[] | null; run: Cell[] }

/**
 * Separates label cells from value cells. GFM rows are positional (the last n cells);
 * loose and tab rows use the trailing run of value-like cells, where blanks inside the run
 * are merged-cell gaps when enough non-empty values remain.
 */
/** A cell that reads as a row label: two or more Han characters, and not a number with a unit. */
export function isLabelLike(c: Cell): boolean {
  return c.value.type === 'text' && (c.text.match(/[\u3400-\u9fff]/g)?.length ?? 0) >= 2;
}

function isCount(c: Cell): boolean {
  return c.value.type === 'int' || c.value.type === 'signed' || c.value.type === 'amount';
}

/** A 无 / 没有 cell: no number written, read by the cell policy (engine/cell-policy.ts). */
export function isNoneText(c: Cell): boolean {
  return c.text === '无' || c.text === '没有';
}

/**
 * A value cell written in words: 无 / 没有, or a count with its unit (0件). table-cell-invalid reports it; the
 * row still holds its values (a row of 0件 is no group label, nor a row short of figures).
 */
export function isWordValue(c: Cell): boolean {
  return isNoneText(c) || (c.value.type === 'text' && isUnitCount(c.text));
}

export function splitRow(cells: Cell[], n: number, layout: TableLayout, mode: 'trailing' | 'leading', width: number | null = null, fullWidth = false, keep = false): Split {
  // A GFM row as wide as its header is positional, a regrouped row (parse/regroup.ts) with a width or every slot in place too.
  const positional = layout === 'gfm' ? width === null || cells.length === width : width !== null && cells.length === width;
  if (mode === 'leading' && fullWidth && layout === 'cell-lines' && slotsAfterLabel(cells, n)) return slotsAfterLabel(cells, n)!;
  if (mode === 'trailing' && positional && cells.length >= n) {
    const cut = cells.length - n;
    // A PDF converter's header wider than the rows (| 业 | 构 | 益组织 | … |  |): a row whose figures
    // start in the label's place and end in as many blank cells is the row shifted left.
    let t = 0;
    while (t < cut - 1 && cells[cells.length - 1 - t].text === '') t++;
    if (t > 0 && cells.slice(cut - t, cut).every(isCount) && cells.slice(0, cut - t).some(isLabelLike)) {
      return { label: cells.slice(0, cut - t), values: cells.slice(cut - t, cells.length - t), run: [] };
    }
    // A row of figures alone padded to the table's width (| 2 | 0 | … | 2 |  |  |, its label on the line above): the
    // figures from the first cell on, never a figure taken for a label.
    if (cut > 0 && cells.slice(cells.length - cut).every((c) => c.text === '') && cells.slice(0, cut).every(isCount) && cells.slice(0, n).every((c) => c.text === '' || isValueLike(c.value))) {
      return { label: [], values: cells.slice(0, n), run: [] };
    }
    return { label: cells.slice(0, cut), values: cells.slice(cut), run: [] };
  }
  // Blank last cells are kept where the row shows all its slots (tab row as wide as its block,
  // loose-pipe row closed by a pipe): they are blank values at their own positions, unless that
  // would push a written value out of the row's n values (OCR copies with stray trailing tabs).
  if (fullWidth && (layout === 'tab' || layout === 'tab-lines' || layout === 'loose-pipe' || layout === 'spaced' || layout === 'gfm' || layout === 'cell-lines') && cells.length && cells[cells.length - 1].text === '') {
    const kept = splitRow(cells, n, layout, mode, width, false, true);
    if (kept.values && kept.run.every((c) => c.text === '' || kept.values!.includes(c))) return kept;
    if (!kept.values && !kept.run.some((c) => c.text !== '')) return kept;
  }
  if (!keep && mode === 'trailing') {
    const slots = labelThenSlots(cells, n, layout);
    if (slots) return slots;
  }
  const cs = keep ? cells : trimTrailingEmpty(cells);
  if (mode === 'leading') {
    // Block tables: label first, then the values; gaps may follow.
    let i = 0;
    while (i < cs.length && !(isValueLike(cs[i].value) && cs[i].text !== '') && !(i > 0 && isWordValue(cs[i]))) i++; // (规章 | 无 | 无 | 无)
    // A row showing all its slots with no value written (规章 | | | |): its trailing blank
    // cells are the blank values.
    if (i === cs.length && keep) {
      let j = cs.length;
      while (j > 0 && cs[j - 1].text === '') j--;
      if (j > 0 && cs.length - j >= n) i = j;
    }
    const label = cs.slice(0, i).filter((c) => c.text !== '');
    const rest = cs.slice(i);
    const filled = rest.filter((c) => c.text !== '');
    // Every slot shown (a tab row as wide as its block) and a blank before the figures (行政规范性文件\t\t5\t5): by position.
    if ((fullWidth || keep) && filled.length < n && cs.length > n) {
      const head = cs.slice(0, cs.length - n);
      const vals = cs.slice(cs.length - n);
      if (head.some((c) => c.text !== '') && head.every((c) => c.text === '' || !isValueLike(c.value)) && vals.every((c) => c.text === '' || isValueLike(c.value))) {
        return { label: head.filter((c) => c.text !== ''), values: vals, run: rest };
      }
    }
    if (filled.length >= n) return { label, values: filled.slice(0, n), run: rest };
    if (rest.length >= n) return { label, values: rest.slice(0, n), run: rest };
    return { label, values: null, run: filled };
  }
  let k = cs.length;
  while (k > 0 && isValueLike(cs[k - 1].value)) k--;
  const run = cs.slice(k);
  const filled = run.filter((c) => c.text !== '');
  if (filled.length > n && filled.slice(0, filled.length - n).some(isCount)) {
    // More numbers than columns: a shifted or duplicated cell, not label debris.
    return { label: cs.slice(0, k).filter((c) => c.text !== ''), values: null, run: filled };
  }
  if (filled.length >= n) {
    // Extra decimals or look-alikes before the values are OCR debris of the label (seed 003: 7.12).
    const values = filled.slice(filled.length - n);
    const firstIdx = cs.indexOf(values[0]);
    return { label: cs.slice(0, firstIdx).filter((c) => c.text !== ''), values, run };
  }
  if (run.length >= n) {
    // A figure the blanks push out of the last n (25 | | … | | 25) is no part of the label: the row is read with doubt.
    if (run.slice(0, run.length - n).some(isCount)) return { label: cs.slice(0, k).filter((c) => c.text !== ''), values: null, run: filled };
    return { label: cs.slice(0, cs.length - n).filter((c) => c.text !== ''), values: run.slice(run.length - n), run };
  }
  // A text cell among the values ("2件", "无"): still n values after a label cell.
  const lastN = cs.slice(Math.max(0, cs.length - n));
  const labelled = cs.length > n && cs.slice(0, cs.length - n).some(isLabelLike);
  // A row of 无 or 0件 (and blanks) holds no number but is still n values.
  const noneRow = lastN.some(isWordValue) && lastN.every((c) => c.text === '' || isWordValue(c) || isValueLike(c.value));
  if ((labelled || cs.length === n) && !lastN.some(isLabelLike) && (lastN.some(isCount) || noneRow)) {
    // Blank last cells kept: the run is every cell after the label, so a figure or 无 they push out of the n shows.
    let l = cs.length - n; while (keep && l > 0 && !isLabelLike(cs[l - 1])) l--;
    return { label: cs.slice(0, cs.length - n).filter((c) => c.text !== ''), values: lastN, run: cs.slice(l) };
  }
  return { label: cs.slice(0, k).filter((c) => c.text !== ''), values: null, run: filled };
}
