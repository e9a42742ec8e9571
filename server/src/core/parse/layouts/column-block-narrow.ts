// 表三 in the reading order of an office document's PDF (a Word/WPS table printed and its text copied
// back, pdftotext's default mode): the label column is so narrow that each row label wraps two to
// six characters a line, the cell's text at its top. A row comes out as its numbered first piece (with
// the group label's first piece before it on the line: （三） 1.属于), often its first figure on that
// line, the label's further pieces one a line among the group label's pieces (不予公 国家 / 开 / 秘密),
// then the row's other figures, and sometimes the label's last pieces after them (具已 / 获取 / 信息):
//   （三） 1.属于 0 / 不予公 国家 / 开 / 秘密 / 0 / 0 / 0 / 0 / 0 / 0 / 2.其他 0 / 法律 / …
// No label is whole on a line, so ./column-block-partial.ts names none of those rows. Here a row is
// certain only when, between its numbered first piece and the next numbered piece:
// - the label's pieces, taken in order and passing over pieces of the table's group labels, spell the
//   whole statutory label of exactly one row with that numbering;
// - exactly the table's number of figures stand, and they keep the format's sums within the row;
// and the rows so read come in the statutory order. Any other row stays unread (the table is partial).
import type { Constraint, GridTable } from '../../formats/types';
import type { TableRow } from '../interpret-table';
import type { TableBlock } from '../tables';
import { labelKey } from '../../text/normalize';
import { readCellValue } from '../cell-value';
import { bare, rowOf, splitLabelValue, tableRow, tokens, type Token } from './column-block-cells';
import { keepsSums, readGridPartial } from './column-block-partial';
import { valuesToWrite } from '../table-row';

/** Fewest rows that make the table partial by this reading. */
const MIN_ROWS = 3;

/** A row's numbering at the start of a piece (一、 （三） 1.), normalised, or null. */
const NUMBERING = /^[\s\u3000]*([（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.．、])/;
const numbering = (s: string) => {
  const m = NUMBERING.exec(s);
  return m ? m[1].replace(/[（(]/, '(').replace(/[）)]/, ')').replace(/[、．]/, '.') : null;
};

/** A text token's pieces parted by spaces (（三） 1.属于, 不予公 国家: a group label's piece beside the row label's). */
function pieces(t: Token): Token[] {
  if (t.kind !== 'text' || !/[\s\u3000]/.test(t.cell.text.trim())) return [t];
  const out: Token[] = [];
  for (const m of t.cell.text.matchAll(/[^\s\u3000]+/g)) {
    const start = t.cell.start + m.index!;
    out.push({ ...t, cell: { text: m[0], start, end: start + m[0].length, value: readCellValue(m[0]) } });
  }
  return out;
}

/** The certain rows of a 表三 whose labels wrap in a narrow column around their figures, or null. */
export function readNarrowRows(spec: GridTable, blocks: TableBlock[], rowSums: readonly Constraint[]): TableRow[] | null {
  const toks = tokens(blocks).flatMap(splitLabelValue).flatMap(pieces);
  const n = spec.columns.length;
  const groups = spec.rows.filter((r) => r.group).map((r) => bare(r.label));
  const groupPiece = (k: string) => groups.some((g) => g.includes(k));
  const data = spec.rows.filter((r) => !r.group);
  const starts = toks.map((t, i) => (t.kind === 'text' && numbering(t.cell.text) ? i : -1)).filter((i) => i >= 0);
  const rows: { id: string; label: Token; values: Token[] }[] = [];
  const seen = new Map<string, number>();
  // Each numbered piece's row (the one statutory label its pieces spell, or null) and the figures up to the next one.
  const segs: { id: string | null; label: Token; values: Token[] }[] = [];
  starts.forEach((s, k) => {
    const start = toks[s];
    const num = numbering(start.cell.text)!;
    const head = bare(start.cell.text);
    if (!head) return; // a group label's numbering alone: （三）
    const segment = toks.slice(s + 1, starts[k + 1] ?? toks.length);
    const values = segment.filter((t) => t.kind === 'num');
    const texts = segment.filter((t) => t.kind === 'text').map((t) => labelKey(t.cell.text)).filter(Boolean);
    const spelled = data.filter((r) => {
      if (numbering(r.label) !== num) return false;
      const label = bare(r.label);
      if (!label.startsWith(head)) return false;
      let at = head.length;
      for (const p of texts) {
        if (label.startsWith(p, at)) at += p.length;
        else if (!groupPiece(p)) return false;
      }
      return at === label.length;
    });
    const id = spelled.length === 1 ? spelled[0].id : null;
    segs.push({ id, label: start, values });
    if (!id) return;
    seen.set(id, (seen.get(id) ?? 0) + 1);
    if (values.length === n && keepsSums(spec, rowSums, values)) rows.push({ id, label: start, values });
  });
  rows.push(...runRows(segs, n, (v) => keepsSums(spec, rowSums, v), (id) => data.findIndex((r) => r.id === id)));
  const order = (id: string) => spec.rows.findIndex((x) => x.id === id);
  // A row read twice (on its own and in a run) is certain only when both readings agree.
  const text = (r: { values: Token[] }) => r.values.map((v) => v.cell.text).join(' ');
  const readings = new Map<string, Set<string>>();
  for (const r of rows) readings.set(r.id, (readings.get(r.id) ?? new Set()).add(text(r)));
  const certain = rows.filter((r, k) => seen.get(r.id) === 1 && readings.get(r.id)!.size === 1 && rows.findIndex((x) => x.id === r.id) === k)
    .sort((a, b) => a.label.cell.start - b.label.cell.start);
  if (certain.length < MIN_ROWS) return null;
  if (certain.some((r, k) => k > 0 && order(r.id) < order(certain[k - 1].id))) return null;
  return certain.map((r) => {
    const row = tableRow(rowOf([r.label, ...r.values]), 'data', r.id, null, r.label);
    spec.columns.forEach((col, c) => valuesToWrite(row).set(col.id, r.values[c].cell));
    return row;
  });
}

/** Most rows one run of figures may span (a few long labels' rows: （六）'s three and （七）总计). */
const MAX_RUN_ROWS = 5;

/**
 * Rows whose figures do not stand each before the next numbered piece but run on, a page's text reading
 * the figure cells of a few rows with long wrapped labels together (up to MAX_RUN_ROWS spelled labels in a
 * row, next to each other in the statutory order, that together hold exactly their number of figures), in
 * one of two orders only:
 * - whole rows in order, a row's figures after its own label or after a later one (1.申请 with the 14
 *   figures of its row and the next, 2.申请 and 3.其他 with none, （七）总计 with 3.其他's and its own): each
 *   segment holds whole rows' figures (none, n, 2n …);
 * - the first figure of each row on its label's line, the other figures of all the rows after the first
 *   row's (1.申请 8 / 0 0 0 0 0 8 / 0 0 0 0 0 2 / 0 0 0 0 0 1 / 1 0 0 0 0 148 … 2.申请 2 … 3.其他 1 … （七）总计 147):
 *   the first segment holds its row and the other rows' rests, each later one exactly one figure.
 * Every row of the run must keep its sums; otherwise none is read.
 */
function runRows(segs: { id: string | null; label: Token; values: Token[] }[], n: number, sums: (v: Token[]) => boolean, index: (id: string) => number): { id: string; label: Token; values: Token[] }[] {
  const out: { id: string; label: Token; values: Token[] }[] = [];
  // The run's labels are rows next to each other in the statutory order (a label printed out of its place, its
  // figures elsewhere, ends the run).
  const next = (j: number) => j > 0 && !!segs[j].id && !!segs[j - 1].id && index(segs[j].id!) === index(segs[j - 1].id!) + 1;
  for (let i = 0; i < segs.length; i++) {
    if (!segs[i].id || segs[i].values.length === n) continue;
    let figures = 0;
    for (let j = i; j < segs.length && j - i < MAX_RUN_ROWS && segs[j].id && (j === i || next(j)); j++) {
      figures += segs[j].values.length;
      const run = segs.slice(i, j + 1);
      if (figures !== n * run.length || run.length < 2) continue;
      const all = run.flatMap((r) => r.values);
      const whole = run.every((r) => r.values.length % n === 0)
        ? run.map((_, k) => all.slice(k * n, (k + 1) * n)) : null;
      const firsts = run[0].values.length === n + (n - 1) * (run.length - 1) && run.slice(1).every((r) => r.values.length === 1)
        ? run.map((r, k) => (k === 0 ? r.values.slice(0, n) : [r.values[0], ...run[0].values.slice(n + (k - 1) * (n - 1), n + k * (n - 1))])) : null;
      const read = [whole, firsts].find((v) => v && v.every(sums));
      if (read) {
        run.forEach((r, k) => out.push({ id: r.id!, label: r.label, values: read[k] }));
        i = j;
      }
      break;
    }
  }
  return out;
}

/**
 * A reading-order table's certain rows: those column-block-partial.ts reads, with those of narrow
 * wrapped labels (above) that it does not; when both read a row differently, only the former's rows.
 */
export function readCertainRows(spec: GridTable, blocks: TableBlock[], rowSums: readonly Constraint[]): TableRow[] | null {
  const part = readGridPartial(spec, blocks, rowSums);
  const narrow = readNarrowRows(spec, blocks, rowSums);
  if (!narrow) return part;
  if (!part) return narrow;
  const text = (r: TableRow) => [...r.values.values()].map((c) => c.text).join(' ');
  const byId = new Map(part.map((r) => [r.rowId, r]));
  if (narrow.some((r) => byId.has(r.rowId) && text(byId.get(r.rowId)!) !== text(r))) return part;
  const order = (id: string | null) => spec.rows.findIndex((x) => x.id === id);
  return [...part, ...narrow.filter((r) => !byId.has(r.rowId))].sort((a, b) => order(a.rowId) - order(b.rowId));
}
