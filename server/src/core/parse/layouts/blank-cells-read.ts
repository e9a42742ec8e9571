// Reads the blocks of ./blank-cells.ts (one cell per line, a blank line a blank cell) with a
// statutory table: the cells are regrouped with the format's labels and column counts
// (../regroup.ts), and the rows are taken only when the blank lines fit the grid without a guess:
// every row with a value (a figure or a blank line) takes exactly the number of values the format
// gives it, and every blank line is one of those values, except blank lines after the table's
// last cell (the page's spacing before what follows), blank cells of the header (before the first
// row with a figure) and blank label slots right after a label whose row ends in a figure. Otherwise null: the caller reads the
// cells as PDF text in reading order would, or reports the table unreadable, never arithmetic
// on guessed positions.
import type { TableSpec } from '../../formats/types';
import { regroupRows, type RowFit } from '../regroup';
import type { Cell, RawRow, TableBlock } from '../tables';

/** The rows of blank-cell blocks when they fit (see above), or null. */
export function readBlankCellRows(spec: TableSpec, blocks: TableBlock[]): RawRow[] | null {
  const out: RawRow[] = [];
  for (const b of blocks) {
    const fits: RowFit[] = [];
    const rows = regroupRows(spec, b.rows, fits);
    const placed = new Set<Cell>();
    for (const r of rows) for (const c of r.cells) placed.add(c);
    // Blank lines the regrouping dropped (a row given more blank cells than columns) are a
    // misfit, unless they follow the block's last cell.
    const cells = b.rows.flatMap((r) => r.cells);
    let last = cells.length - 1;
    while (last >= 0 && cells[last].value.type === 'empty') last--;
    // (Blank lines right before a label the regrouping left out are the label's own blank slots: a group label's
    // column beside a sub-row's label, 三、本年度办理结果 spanning the rows below it.)
    for (let i = 0; i <= last; i++) if (!placed.has(cells[i]) && !beforeLabel(cells, i)) return null;
    let figures = false;
    for (let i = 0; i < rows.length; i++) {
      const f = fits[i];
      const r = rows[i];
      const hasFigure = r.cells.some(isFigure);
      // Before the first row with a figure, blank cells are the header's own blank slots (申请人情况 over
      // blank cells): its words are kept, its blank cells are no row's values.
      if (!figures && !hasFigure) {
        const words = r.cells.filter((c) => c.text !== '');
        if (words.length) out.push({ ...r, cells: words, start: words[0].start, end: words[words.length - 1].end });
        continue;
      }
      figures ||= hasFigure;
      if (f.values > 0 && f.values !== f.n) {
        const kept = labelSlotsDropped(r, f.values - f.n);
        if (!kept) return null;
        out.push({ ...kept, fullWidth: true });
        continue;
      }
      // Every slot of the row is in place, blank last cells included.
      out.push(f.values > 0 ? { ...r, fullWidth: true } : r);
    }
  }
  // Some figure read: a block of blank lines alone is no table.
  return out.some((r) => r.cells.some((c) => c.value.type !== 'text' && c.value.type !== 'empty')) ? out : null;
}

const isFigure = (c: Cell) => c.value.type !== 'text' && c.value.type !== 'empty';

/** Is cell i blank, with only blank cells between it and the next text cell, and a figure before the blanks? */
function beforeLabel(cells: Cell[], i: number): boolean {
  if (cells[i].value.type !== 'empty') return false;
  let j = i;
  while (j < cells.length && cells[j].value.type === 'empty') j++;
  let k = i;
  while (k >= 0 && cells[k].value.type === 'empty') k--;
  return j < cells.length && cells[j].value.type === 'text' && k >= 0 && isFigure(cells[k]);
}

/**
 * A row with `extra` slots more than the format's values, all of them blank and right after its label, and its
 * last slot a figure (一、本年新收… / blank / blank / 26 / … / 26: a label cell spanning the table's label
 * columns, copied with the blank cells it covers): those slots are the label's, the rest its values in place.
 * Null for any other row (a blank among the values cannot be told from a label slot).
 */
function labelSlotsDropped(r: RawRow, extra: number): RawRow | null {
  if (extra <= 0) return null;
  let j = 0;
  while (j < r.cells.length && r.cells[j].value.type === 'text') j++;
  if (j === 0 || j + extra >= r.cells.length || !isFigure(r.cells[r.cells.length - 1])) return null;
  if (!r.cells.slice(j, j + extra).every((c) => c.value.type === 'empty')) return null;
  return { ...r, cells: [...r.cells.slice(0, j), ...r.cells.slice(j + extra)] };
}

/**
 * The blocks to read for a table with blank-cell blocks: one block of the fitted rows (each row
 * with all its slots in place), or, when they do not fit or stand beside blocks of another layout,
 * the blocks with their cells read as PDF text in reading order (column-block).
 */
export function blankCellBlocks(spec: TableSpec, blocks: TableBlock[]): TableBlock[] {
  const rows = blocks.every((b) => b.positional) ? readBlankCellRows(spec, blocks) : null;
  if (!rows) return blocks.map((b) => (b.positional ? { ...b, layout: 'column-block' as const, regroup: false, positional: false } : b));
  const last = blocks[blocks.length - 1];
  return [{ layout: 'cell-lines', startLine: blocks[0].startLine, endLine: last.endLine, start: blocks[0].start, end: last.end, rows }];
}

/** A row with every slot in place: its label cells, then exactly its n values (blank ones included); null otherwise. */
export function slotsAfterLabel(cells: Cell[], n: number): { label: Cell[]; values: Cell[]; run: Cell[] } | null {
  let j = 0;
  while (j < cells.length && cells[j].value.type === 'text') j++;
  if (j === 0 || cells.length - j !== n || !cells.slice(j).every((c) => c.value.type !== 'text')) return null;
  return { label: cells.slice(0, j), values: cells.slice(j), run: cells.slice(j) };
}
