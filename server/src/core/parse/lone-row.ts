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

/** A row label: a cell of two Han characters or more that is no clause (no sentence or list punctuation). */
function isRowLabel(c: Cell): boolean {
  return c.value.type === 'text' && [...c.text].length <= 40 && (c.text.match(/[\u3400-\u9fff]/g)?.length ?? 0) >= 2 && !/[。；;！？!?：:，,]/.test(c.text);
}

/**
 * A row label and its figures, each a count (12, 1,322, 4,529, 18651.06, 6566.23万元, 0件) or a mark for none (—, /, 无), one
 * a figure at least: the one tab row of a small table copied among lines laid out with spaces (行政许可⇥4529 under the
 * captions 第二十条第（五）项 / 信息内容 本年处理决定数量), a row of the table the lines around it show.
 */
export function isLabelledFigureRow(cells: Cell[]): boolean {
  const filled = cells.filter((c) => c.text !== '');
  if (filled.length < 2 || !isRowLabel(filled[0])) return false;
  let figures = 0;
  for (const c of filled.slice(1)) {
    const t = c.value.type;
    if (t === 'int' || t === 'decimal' || t === 'amount' || (t === 'text' && isUnitCount(c.text))) figures++;
    else if (t !== 'dash' && c.text !== '无') return false;
  }
  return figures > 0;
}
