// A pasted table row that shows its label and then exactly the table's n slots, the last ones
// blank (issue #12): a browser copy of a web table keeps a blank cell's tab, a Markdown conversion
// its empty | |, a cell-per-line copy its bare pipe. The blanks are blank values at their own
// positions, even where a spanning cell (三、本年度办理结果, （三）不予公开) makes the row narrower
// than the table's widest row. A row of exactly n slots (table 四's data row) needs a number among
// them. Only when nothing before the n slots is a value, so stray trailing separators never shift
// a number. Used by interpret-table.ts's splitRow.
import type { Cell, TableLayout } from './tables';
import { isValueLike } from './cell-value';

/** Two or more Han characters and not a number: a row label. */
function labelLike(c: Cell): boolean {
  return c.value.type === 'text' && (c.text.match(/[\u3400-\u9fff]/g)?.length ?? 0) >= 2;
}

function count(c: Cell): boolean {
  return c.value.type === 'int' || c.value.type === 'signed' || c.value.type === 'amount';
}

const SLOT_LAYOUTS: ReadonlySet<TableLayout> = new Set<TableLayout>(['tab', 'tab-lines', 'gfm', 'loose-pipe', 'cell-lines']);

/** Label cells and the n value slots of such a row, or null when the row is not one. */
export function labelThenSlots(cells: Cell[], n: number, layout: TableLayout): { label: Cell[]; values: Cell[]; run: Cell[] } | null {
  if (!SLOT_LAYOUTS.has(layout) || n < 1 || cells.length < n || cells[cells.length - 1].text !== '') return null;
  const head = cells.slice(0, cells.length - n);
  const tail = cells.slice(cells.length - n);
  if (!(head.length ? head.some(labelLike) : tail.some(count))) return null;
  if (!head.every((c) => c.text === '' || !isValueLike(c.value))) return null;
  if (!tail.every((c) => c.text === '' || isValueLike(c.value))) return null;
  return { label: head.filter((c) => c.text !== ''), values: tail, run: tail };
}
