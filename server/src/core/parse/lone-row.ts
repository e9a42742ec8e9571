// A tab row alone among lines of another layout (a copy mixing `pdftotext -layout` text and a browser's tab rows):
// when it stands as a table block of its own (moved out of tables.ts, whose delimited reader asks).
import type { Cell } from './tables';
import { isUnitCount } from './cell-value';

/** Figures a lone tab row needs to stand as a table (more than a 表三 row's 7: only a flat table's row is that wide). */
const FIGURE_ROW_MIN = 8;
/**
 * FIGURE_ROW_MIN written cells, each a count (12, 1,322, or with its unit: 0件) or a mark for none (—, /, 无), one a
 * count at least.
 */
export function isFigureRow(cells: Cell[]): boolean {
  let n = 0;
  let counts = 0;
  for (const c of cells) {
    if (c.text === '') continue;
    if (c.value.type === 'int' || (c.value.type === 'text' && isUnitCount(c.text))) counts++;
    else if (c.value.type !== 'dash' && c.text !== '无') return false;
    n++;
  }
  return n >= FIGURE_ROW_MIN && counts > 0;
}
