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
const TAIL = /^[\u3400-\u9fff“”"‘’'](?: ?[\u3400-\u9fff“”"‘’']){0,11}$/;
const FIGURE = /^\s*\d[\d,.]*\s*$/;

/** A piece of a group label printed in a narrow column of its own (本年 / 度办 / （四） / 无法提): three characters at most. */
const PIECE = /^(?:[\u3400-\u9fff、]{1,3}|[（(][一二三四五六七八九十]{1,2}[）)])$/;
/** The numbered item inside a label cell that also holds its group's label: (四)无法提供1.本机关不掌握相关 → 1.本机关不掌握相关. */
const ITEM = /\d{1,2}\s*[.．、]\s*[^\d]*$/;

/** The lone tail cell of a row that holds nothing else but group-label pieces, or null. */
function tailCell(row: RawRow): Cell | null {
  const filled = row.cells.filter((c) => c.text.trim() !== '');
  if (!filled.length) return null;
  const last = filled[filled.length - 1];
  if (!TAIL.test(last.text.trim())) return null;
  return filled.slice(0, -1).every((c) => PIECE.test(c.text.trim())) ? last : null;
}

/** A row of group-label pieces only (（四） between a row and the rest of its label). */
function piecesOnly(row: RawRow): boolean {
  const filled = row.cells.filter((c) => c.text.trim() !== '');
  return filled.length > 0 && filled.every((c) => PIECE.test(c.text.trim()));
}

/**
 * Rows with a label broken AFTER its figures joined: a tab copy puts the first line of a wrapped
 * label cell on the row with the figures and the rest on the next line, alone. The lone piece is
 * put right after the label's last text cell only when the two make a label of the table and
 * neither alone is one; otherwise both rows are returned as they are. PDF layout text of a form
 * whose group labels stand in a narrow column of their own may print pieces of that column on the
 * tail's line or on a line between (度办 (四)无法提供1.本机关不掌握相 0 0 … / 理结 （四） 关政府信息):
 * the pieces stay a row of their own, and the head may hold the group label before its numbered item.
 * Rows in `doubled` were read in a text pasted double-spaced (a blank line after each of its lines).
 */
export function joinLabelTails(rows: RawRow[], labels: Set<string>, doubled: ReadonlySet<RawRow> = new Set()): RawRow[] {
  if (rows.length < 2) return rows;
  const out: RawRow[] = [];
  for (const raw of rows) {
    const tail = tailCell(raw);
    // (Rows read in a text pasted double-spaced, `doubled`, stand a blank line apart: a line further.)
    const step = doubled.has(raw) ? 2 : 1;
    let p = out.length - 1;
    if (tail && p >= 1 && piecesOnly(out[p]) && (out[p].line === raw.line - 1 || out[p].line === raw.line - step)) p--;
    const prev = out[p];
    const joined = tail && prev && prev.endLine < raw.line && prev.endLine >= raw.line - (p === out.length - 1 ? 1 : 2) * step ? joinTail(prev, tail, labels) : null;
    if (!joined) { out.push(raw); continue; }
    out[p] = { ...joined, endLine: raw.endLine };
    const rest = raw.cells.filter((c) => c !== tail);
    if (rest.some((c) => c.text.trim() !== '')) out.push({ ...raw, cells: rest });
  }
  return out;
}

/** The row with the tail put after its label's last text cell, when the two make a label of the table. */
function joinTail(prev: RawRow, tail: Cell, labels: Set<string>): RawRow | null {
  const at = prev.cells.findIndex((c) => FIGURE.test(c.text));
  let h = at - 1;
  while (h >= 0 && prev.cells[h].text.trim() === '') h--;
  const head = h >= 0 && prev.cells[h].value.type === 'text' ? prev.cells[h] : null;
  if (!head) return null;
  const b = labelKey(tail.text);
  if (labels.has(b)) return null;
  const item = ITEM.exec(head.text)?.[0];
  for (const a of item && item !== head.text ? [labelKey(head.text), labelKey(item)] : [labelKey(head.text)]) {
    if (labels.has(a + b) && !labels.has(a)) return { ...prev, cells: [...prev.cells.slice(0, h + 1), tail, ...prev.cells.slice(h + 1)] };
  }
  return null;
}

/** The label keys of a table's rows (grid rows, block rows; none for a flat table). */
export function tableLabels(spec: TableSpec): Set<string> {
  if (spec.kind === 'grid') return new Set(spec.rows.map((r) => labelKey(r.label)));
  if (spec.kind === 'blocks') return new Set(spec.blocks.flatMap((b) => b.rows.map((r) => labelKey(r.label))));
  return new Set();
}
