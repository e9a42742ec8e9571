// PDF text with layout (pdftotext -layout, a PDF viewer's copy) of a form whose zeros are left
// blank: a blank cell prints nothing, so most rows of figures show fewer values than the format
// has columns. `layouts/spaced-columns.ts` places such values under a full row nearby when there
// is one; when most rows are short and none lines them up, which column each figure belongs to
// cannot be told without a guess (three short rows or more and most of them, two rows or more and
// every one short, or the one row of 表四 short of its columns: a row of figures alone has no other
// row to line its figures up under, and its wrapped headers do not line up with them). The table is then unreadable (one table-unreadable finding that
// says why) instead of one table-shape error per row and arithmetic on nothing.
import type { TableLayout } from './tables';
import type { TableRow } from './interpret-table';

/** Rows of figures short of the format's columns: at least this many, and at least half of them. */
const MIN_SHORT = 3;

export function blanksUnplaced(layout: TableLayout, rows: readonly TableRow[]): boolean {
  if (layout !== 'spaced') return false;
  const withFigures = rows.filter((r) => r.values.size > 0 || r.shape);
  const short = withFigures.filter((r) => r.shape && r.shape.found < r.shape.expected);
  if (!short.length) return false;
  // A table of one data row (表四): a blank cell anywhere in it cannot be placed.
  if (withFigures.length === 1) return true;
  // Two rows or more and none of them full: no row to line the figures up under.
  if (short.length === withFigures.length && short.length >= 2) return true;
  return short.length >= MIN_SHORT && 2 * short.length >= withFigures.length;
}
