// A label cell broken in two WITHOUT numbering in a tab or pipe copy (行政规范性 / 文件\t1\t0\t5):
// the first half alone on the line above (without tabs, or before the row's empty tabs). The raw
// reader cannot tell such a half from a caption; the table's statutory labels can: the two lines
// are one row only when the halves join into a label of the table and the second half alone is none.
import { labelKey } from '../text/normalize';
import type { Cell, RawRow } from './tables';

const HALF = /^[\u3400-\u9fff]{1,12}$/;

function onlyText(row: RawRow): Cell | null {
  const filled = row.cells.filter((c) => c.text.trim() !== '');
  return filled.length === 1 && HALF.test(filled[0].text.trim()) ? filled[0] : null;
}

/**
 * Rows with a broken label joined (the first half's cell put before the row's cells), given the
 * table's label keys. Other rows are returned as they are.
 */
export function joinBrokenLabels(rows: RawRow[], labels: Set<string>): RawRow[] {
  if (rows.length < 2) return rows;
  const out: RawRow[] = [];
  for (const raw of rows) {
    const prev = out[out.length - 1];
    const head = prev && prev.endLine === raw.line - 1 ? onlyText(prev) : null;
    const first = raw.cells.find((c) => c.text.trim() !== '');
    const hasFigures = raw.cells.some((c) => c !== first && /^\s*\d[\d,.]*\s*$/.test(c.text));
    if (head && first && first === raw.cells[0] && HALF.test(first.text.trim()) && hasFigures) {
      const joined = labelKey(head.text + first.text);
      if (labels.has(joined) && !labels.has(labelKey(first.text)) && !labels.has(labelKey(head.text))) {
        out[out.length - 1] = { ...raw, line: prev.line, start: prev.start, cells: [head, ...raw.cells] };
        continue;
      }
    }
    out.push(raw);
  }
  return out;
}
