// Reads a statutory table out of one or more raw table blocks. Rows are identified by
// their normalised label, never by position; an unreadable label (OCR) between two
// identified rows takes the single statutory row missing there, marked as inferred.
import type { BlocksTable, Constraint, FlatTable, GridTable, TableSpec } from '../formats/types';
import { dropPinyin, labelKey } from '../text/normalize';
import { Cell, RawRow, TableBlock, TableLayout } from './tables';
import { isValueLike } from './cell-value';
import { isLabelLike, isNumberish, isWordValue, splitMixed, splitRow, Split } from './split-row';
import { regroupRows } from './regroup';
import { blankCellBlocks } from './layouts/blank-cells-read';
import { readColumnBlockTable } from './layouts/column-block-read';
import { readCertainRows } from './layouts/column-block-narrow';
import { bestRow, candidatesOf, innermostRow, itemNumber, labelOf, leadingNumeral, rowCore } from './row-match';
import { splitDataRow } from './flat-row';
import { readOneLineRows } from './one-line-rows';
import { joinBrokenLabels, joinLabelTails, tableLabels } from './broken-label';
import { CellMap, columnIds } from './cell-map';
import { newTableRow, valuesToWrite } from './table-row';
import { blanksUnplaced } from './unplaced-blanks';
import { inferUnreadable } from './infer-rows';
import { rowsLeftOut } from './left-out-rows';

export type RowKind = 'data' | 'header' | 'caption' | 'group' | 'unknown';

export interface TableRow {
  raw: RawRow;
  kind: RowKind;
  /** Statutory row id ('deny-1', 'licensing', or 'data' for the single row of a flat table). */
  rowId: string | null;
  /** For block tables: the block (第二十条第（X）项) the row belongs to. */
  blockId: string | null;
  /** True when the id was inferred from the neighbouring rows (label unreadable). */
  inferred: boolean;
  label: string;
  labelStart: number;
  labelEnd: number;
  /** Value cells by statutory column id; missing when the row has too few values. */
  values: Map<string, Cell>;
  /** Value-like cells that could not be assigned to columns (wrong number of values). */
  unassigned: Cell[];
  /** Set when the row has a different number of values than the format asks for; `blanks` when it
   *  has fewer in PDF layout text, where a blank cell prints nothing (which column is blank is unknown). */
  shape: { expected: number; found: number; blanks?: true } | null;
}

export interface StatTable {
  id: string;
  spec: TableSpec;
  layout: TableLayout;
  blocks: TableBlock[];
  rows: TableRow[];
  start: number;
  end: number;
  /** Set when the table's cells could not be placed without a guess (PDF text in reading order): no rows. */
  unreadable?: boolean;
  /** Why, when it is not the cells' reading order: blank cells of PDF layout text (unplaced-blanks.ts). */
  unreadableWhy?: 'blank-cells';
  /** Set when only some rows could be read for certain (PDF text in reading order, partly row by row):
   *  the rows not read are unknown, neither missing nor zero. */
  partial?: boolean;
}

/**
 * A value cell with something written in it: a figure (or a dash, OCR debris for a digit), 无 / 没有 or a count
 * with its unit (0件) — a row of them (规章 | 无 | 无 | 无, 表四's 0 | 无 | 无 | 1 | …) is a row of values, which
 * the cell policy and table-cell-invalid read, never a group label or a row short of figures.
 */
function isWritten(c: Cell): boolean {
  return c.text !== '' && (isValueLike(c.value) || isWordValue(c));
}

function emptyRow(raw: RawRow, kind: RowKind, label?: { label: string; start: number; end: number }): TableRow {
  const has = !!label && label.start >= 0;
  return newTableRow(raw, kind, null, null, label?.label ?? '', has ? label!.start : raw.start, has ? label!.end : raw.start);
}

function isHeader(cells: Cell[], headerWords: string[]): boolean {
  const keys = cells.map((c) => labelKey(c.text)).filter(Boolean);
  const hits = keys.filter((k) => headerWords.some((w) => k === w || (k.length >= 2 && w.includes(k) && k.length >= w.length - 1))).length;
  return hits >= 2 || keys.some((k) => k.includes('勾稽关系') || k === '信息内容');
}

function readGrid(spec: GridTable, rows: RawRow[], layout: TableLayout): TableRow[] {
  const n = spec.columns.length;
  const cands = candidatesOf(spec, (sp) => sp.rows.map((r) => ({ id: r.id, core: rowCore(r), group: !!r.group, numeral: leadingNumeral(r.label), item: itemNumber(r.label), full: rowCore({ label: r.label }) })));
  const headerWords = [...spec.columns.map((c) => labelKey(c.label)), '法人或其他组织', '申请人情况'];
  const out: TableRow[] = [];
  for (const raw of rows) {
    const cells = splitMixed(raw.cells);
    const sp = splitRow(cells, n, layout, 'trailing', raw.width, !!raw.fullWidth);
    const hasValues = !!sp.values && sp.values.some(isWritten);
    if (!hasValues && sp.run.length === 0 && isHeader(cells, headerWords)) { out.push(emptyRow(raw, 'header')); continue; }
    const lab = labelOf(sp.label);
    // Converter stubs such as "| - | - |" without a label or a single number carry nothing.
    if (!hasValues && !sp.run.some((c) => isNumberish(c)) && lab.label.replace(/[-—\s]/g, '') === '') {
      out.push(emptyRow(raw, 'header'));
      continue;
    }
    const row = emptyRow(raw, 'unknown', lab);
    const best = innermostRow(sp.label, cands, hasValues || sp.run.length > 0) ?? bestRow(lab.label, cands, hasValues || sp.run.length > 0);
    if (best) { row.rowId = best.id; row.kind = best.group ? 'group' : 'data'; }
    if (sp.values && (hasValues || (best && !best.group))) {
      row.values = CellMap.zip(columnIds(spec.columns), sp.values, raw.cells);
      if (row.kind === 'group') row.kind = 'unknown';
    } else if (sp.run.some((c) => isNumberish(c))) {
      row.unassigned = sp.run;
      row.shape = { expected: n, found: sp.run.length };
    } else if (isHeader(cells, headerWords)) {
      row.kind = 'header';
    }
    out.push(row);
  }
  inferUnreadable(out, spec.rows);
  return out;
}

/**
 * A row showing all n value slots in place (a GFM row as wide as its header, a tab row as wide as
 * its block) with only figures and blanks in them: the data row, however many cells were left blank
 * (a form whose zeros are blank), never a short row.
 */
function slotsInPlace(sp: Split, n: number): boolean {
  return !!sp.values && sp.values.length === n && sp.values.every((c) => c.text === '' || isValueLike(c.value))
    && sp.values.some(isNumberish) && sp.label.every(isLabelLike);
}

function readFlat(spec: FlatTable, rows: RawRow[], layout: TableLayout): TableRow[] {
  const n = spec.columns.length;
  const per = n / spec.groups.length;
  const out: TableRow[] = [];
  let found = false;
  const partial: TableRow[] = [];
  for (const raw of rows) {
    const sp = splitRow(raw.cells, n, layout, 'trailing', raw.width, !!raw.fullWidth);
    const filled = sp.run.filter((c) => c.text !== '');
    const hasValues = !!sp.values && (sp.values.filter(isWritten).length >= Math.ceil(n / 2) || slotsInPlace(sp, n));
    if (!found && hasValues) {
      const row = emptyRow(raw, 'data', labelOf(sp.label));
      row.rowId = 'data';
      row.values = CellMap.zip(columnIds(spec.columns), sp.values!, raw.cells);
      found = true;
      out.push(row);
    } else if (!hasValues && filled.some(isNumberish)) {
      const row = emptyRow(raw, 'data');
      row.unassigned = filled;
      row.shape = { expected: n, found: filled.length };
      if (filled.length === per) partial.push(row);
      out.push(row);
    } else {
      out.push(emptyRow(raw, 'header'));
    }
  }
  // Converters split the table into one sub-table per group (复议 / 直接起诉 / 复议后起诉):
  // exactly one row of five per group, in the statutory order.
  if (!found && partial.length === spec.groups.length && partial.length === out.filter((r) => r.shape).length) {
    partial.forEach((row, g) => {
      row.rowId = 'data';
      spec.columns.slice(g * per, (g + 1) * per).forEach((col, i) => valuesToWrite(row).set(col.id, row.unassigned[i]));
      row.unassigned = [];
      row.shape = null;
    });
  } else if (!found) {
    splitDataRow(spec, out, isNumberish);
  }
  return out;
}

function readBlocks(spec: BlocksTable, rows: RawRow[], layout: TableLayout): TableRow[] {
  const out: TableRow[] = [];
  const captionKeys = spec.blocks.map((b) => labelKey(b.caption));
  let current: BlocksTable['blocks'][number] | null = null;
  const labels = new Set(spec.blocks.flatMap((b) => b.rows.map((r) => labelKey(r.label))));
  const columnKeys = new Set(spec.blocks.flatMap((b) => b.columns.map((c) => labelKey(c.label))));
  for (const raw of joinBrokenLabels(rows, labels)) {
    const cells = splitMixed(raw.cells);
    // A GFM row as wide as its header shows all its slots, as a tab row as wide as its block and a regrouped row with every value slot do.
    const full = !!raw.fullWidth || (raw.width !== null && raw.cells.length === raw.width);
    const first = labelKey(cells.filter((c) => c.text).map((c) => c.text).join(''));
    const capIdx = captionKeys.findIndex((k) => first.startsWith(k) || (first.includes('第二十条') && first.includes(k.slice(-2))));
    if (first.startsWith('第二十条') && capIdx >= 0) {
      current = spec.blocks[capIdx];
      const row = emptyRow(raw, 'caption');
      row.blockId = current.id;
      out.push(row);
      continue;
    }
    if (first.startsWith('信息内容')) { out.push(emptyRow(raw, 'header')); continue; }
    // The block's column names on a row of their own, the 信息内容 cell left on the line above (a web copy
    // that broke the header row after its first cell: 信息内容 | / 本年处理决定数量 | ||): a header, not a row.
    const named = cells.filter((c) => c.text !== '');
    if (named.length && named.every((c) => c.value.type === 'text' && columnKeys.has(labelKey(c.text)))) { out.push(emptyRow(raw, 'header')); continue; }
    const candBlocks = current ? [current, ...spec.blocks.filter((b) => b !== current)] : spec.blocks;
    const lead = splitRow(cells, 1, layout, 'leading', null, full);
    const lab = labelOf(lead.label);
    let match: { block: typeof current; id: string } | null = null;
    // A trailing note (规章（设区的市…应提供相关数据）) is not part of the label: a note may name another row.
    // Converter pinyin (規(guī)章(設區(qū)的市…)) would nest brackets inside the note: drop it first.
    const bare = dropPinyin(lab.label).replace(/[（(][^（）()]*[）)]$/, '');
    const matchLabel = labelKey(bare).length >= 2 ? bare : lab.label;
    for (const b of candBlocks) {
      const c = bestRow(matchLabel, candidatesOf(b, (bl) => bl.rows.map((r) => ({ id: r.id, core: labelKey(r.label), group: false, numeral: null }))), true);
      if (c) { match = { block: b, id: c.id }; break; }
    }
    const block = match?.block ?? current;
    const row = emptyRow(raw, match ? 'data' : 'unknown', lab);
    row.rowId = match?.id ?? null;
    row.blockId = block?.id ?? null;
    if (block) {
      const sp = splitRow(cells, block.columns.length, layout, 'leading', null, full);
      if (sp.values) row.values = CellMap.zip(columnIds(block.columns), sp.values, raw.cells);
      else if (sp.run.length) { row.unassigned = sp.run; row.shape = { expected: block.columns.length, found: sp.run.length }; }
    } else {
      row.unassigned = lead.run;
    }
    if (!match && row.values.size === 0 && row.unassigned.length === 0) row.kind = 'header';
    out.push(row);
  }
  return out;
}

/** `rowSums`: the format's sums within each row of this table (column-block-partial.ts, column-block-narrow.ts). */
export function interpretTable(id: string, spec: TableSpec, blocks: TableBlock[], rowSums: readonly Constraint[] = []): StatTable {
  if (blocks.some((b) => b.positional)) blocks = blankCellBlocks(spec, blocks); // blank lines as blank cells, when they fit
  // PDF text in reading order: the format decides whether the cells can be placed at all;
  // beside a table of another layout, such blocks are left out.
  // (A lone tab row of figures, tables.ts's figureRow, beside cells in reading order holds only some of the
  // table's figures: the reading-order cells are read as they were without it.)
  if (blocks.some((b) => b.layout === 'column-block')) blocks = blocks.filter((b) => !(b.layout === 'tab' && b.rows.length === 1));
  const columnBlocks = blocks.filter((b) => b.layout === 'column-block');
  if (columnBlocks.length === blocks.length) {
    const cbRows = readColumnBlockTable(spec, blocks);
    // Not readable as a whole: the rows printed row by row, when they are certain (column-block-partial.ts, column-block-narrow.ts).
    const part = !cbRows && spec.kind === 'grid' ? readCertainRows(spec, blocks, rowSums) : null;
    if (part) return { id, spec, layout: 'column-block', blocks, rows: part, start: blocks[0].start, end: blocks[blocks.length - 1].end, partial: true };
    return { id, spec, layout: 'column-block', blocks, rows: cbRows ?? [], start: blocks[0].start, end: blocks[blocks.length - 1].end, ...(cbRows ? {} : { unreadable: true }) };
  }
  if (columnBlocks.length) blocks = blocks.filter((b) => b.layout !== 'column-block');
  // Tables flattened into one line: read only when every row takes exactly the values the format
  // gives it (a row without figures, a group label, aside); otherwise the table is unreadable.
  if (blocks.every((b) => b.layout === 'one-line')) {
    const rows = readOneLineRows(spec, blocks);
    if (!rows) return { id, spec, layout: 'one-line', blocks, rows: [], start: blocks[0].start, end: blocks[blocks.length - 1].end, unreadable: true };
    const trows = spec.kind === 'grid' ? readGrid(spec, rows, 'one-line') : spec.kind === 'flat' ? readFlat(spec, rows, 'one-line') : readBlocks(spec, rows, 'one-line');
    return { id, spec, layout: 'one-line', blocks, rows: trows, start: blocks[0].start, end: blocks[blocks.length - 1].end };
  }
  if (blocks.some((b) => b.layout === 'one-line') ) blocks = blocks.filter((b) => b.layout !== 'one-line');
  const layout = blocks[0].layout;
  // Blocks of cells in reading order (one cell per line) get their rows from the format.
  const doubled = new Set(blocks.filter((b) => b.spaced).flatMap((b) => b.rows));
  const rows: RawRow[] = joinLabelTails(blocks.flatMap((b) => (b.regroup ? regroupRows(spec, b.rows) : b.rows)), tableLabels(spec), doubled);
  let trows: TableRow[];
  if (spec.kind === 'grid') trows = readGrid(spec, rows, layout);
  else if (spec.kind === 'flat') trows = readFlat(spec, rows, layout);
  else trows = readBlocks(spec, rows, layout);
  // Cells separated by blank lines show no blank cells: a row with the wrong number of values
  // may just have lost one, and PDF text in reading order looks the same. Such rows are not
  // judged by their shape.
  const invisibleBlanks = new Set(blocks.filter((b) => b.regroup && b.rows.every((r) => r.cells.length === 1 && r.cells[0].text !== '')).flatMap((b) => b.rows.map((r) => r.line)));
  if (invisibleBlanks.size) for (const r of trows) if (r.shape && invisibleBlanks.has(r.raw.line)) { r.shape = null; r.unassigned = []; }
  if (blanksUnplaced(layout, trows)) return { id, spec, layout, blocks, rows: [], start: blocks[0].start, end: blocks[blocks.length - 1].end, unreadable: true, unreadableWhy: 'blank-cells' };
  // A row of PDF layout text short of figures that `layouts/spaced-columns.ts` could not place: blank cells, not lost ones.
  if (layout === 'spaced') for (const r of trows) if (r.shape && r.shape.found < r.shape.expected) r.shape.blanks = true;
  // Reading-order blocks left out beside rows of another layout: a statutory row there is unread, not missing (left-out-rows.ts).
  const partial = rowsLeftOut(spec, columnBlocks, new Set(trows.map((r) => r.rowId)));
  return { id, spec, layout, blocks, rows: trows, start: blocks[0].start, end: blocks[blocks.length - 1].end, ...(partial ? { partial } : {}) };
}

/** A cell holding sentences: 60 characters or more with a full stop inside or at its end. */
const PROSE_CELL = /^(?=[^]{60})[^]*。/;

/** How strongly a raw block looks like a statutory table (number of identifying labels found). */
export function identifyScore(spec: TableSpec, block: TableBlock): number {
  // A cell of sentences (a page's metadata table: 内容概述 | 为了……因政府信息公开申请行政复议、提起行政诉讼的情况……。)
  // only mentions what a table's labels name.
  const text = labelKey(block.rows.map((r) => r.cells.filter((c) => !PROSE_CELL.test(c.text)).map((c) => c.text).join('')).join(''));
  return spec.identify.filter((w) => text.includes(labelKey(w))).length;
}
