// A label cell broken in two WITHOUT numbering in a tab or pipe copy (行政规范性 / 文件\t1\t0\t5):
// the first half alone on the line above (without tabs, or before the row's empty tabs). The raw
// reader cannot tell such a half from a caption; the table's statutory labels can: the two lines
// are one row only when the halves join into a label of the table and the second half alone is none.
// The last piece of a label on the line after its figures (3.危及“三安全\t0\t… / 一稳定”): joinLabelTails.
import { labelKey } from '../text/normalize';
import type { TableSpec } from '../formats/types';
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

/** A label's last piece on the line after its row (3.危及“三安全\t0\t… / 一稳定”): short text, no numbering, no figures. */
const TAIL = /^[\u3400-\u9fff“”"‘’']{1,12}$/;
const FIGURE = /^\s*\d[\d,.]*\s*$/;

/**
 * Rows with a label broken AFTER its figures joined: a tab copy puts the first line of a wrapped
 * label cell on the row with the figures and the rest on the next line, alone. The lone piece is
 * put right after the label's last text cell only when the two make a label of the table and
 * neither alone is one; otherwise both rows are returned as they are.
 */
export function joinLabelTails(rows: RawRow[], labels: Set<string>): RawRow[] {
  if (rows.length < 2) return rows;
  const out: RawRow[] = [];
  for (const raw of rows) {
    const prev = out[out.length - 1];
    const filled = raw.cells.filter((c) => c.text.trim() !== '');
    if (prev && prev.endLine === raw.line - 1 && filled.length === 1 && TAIL.test(filled[0].text.trim())) {
      const at = prev.cells.findIndex((c) => FIGURE.test(c.text));
      let h = at - 1;
      while (h >= 0 && prev.cells[h].text.trim() === '') h--;
      const head = h >= 0 && prev.cells[h].value.type === 'text' ? prev.cells[h] : null;
      if (head) {
        const a = labelKey(head.text);
        const b = labelKey(filled[0].text);
        if (labels.has(a + b) && !labels.has(a) && !labels.has(b)) {
          const cells = [...prev.cells.slice(0, h + 1), filled[0], ...prev.cells.slice(h + 1)];
          out[out.length - 1] = { ...prev, endLine: raw.endLine, cells };
          continue;
        }
      }
    }
    out.push(raw);
  }
  return out;
}

/** The label keys of a table's rows (grid rows, block rows; none for a flat table). */
export function tableLabels(spec: TableSpec): Set<string> {
  if (spec.kind === 'grid') return new Set(spec.rows.map((r) => labelKey(r.label)));
  if (spec.kind === 'blocks') return new Set(spec.blocks.flatMap((b) => b.rows.map((r) => labelKey(r.label))));
  return new Set();
}
