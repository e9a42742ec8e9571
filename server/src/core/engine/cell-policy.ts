// Cells of a statutory table that hold no number: blank, a dash (—, -, /) or 无. How each counts
// for the arithmetic and how it is reported is stated once, in the format data (`cells`); the
// constraint evaluator, table-cell-invalid and table-empty all read it from here.
import type { BlankCellKind, BlankCellPolicy, CellPolicy, FormatSpec } from '../formats/types';
import type { StatTable, TableRow } from '../parse/interpret-table';
import type { Cell } from '../parse/tables';
import type { Analysis } from './lint';
import { isUnitCount, isValueLike } from '../parse/cell-value';

/** Formats without a policy: blanks skip the arithmetic and are incomplete; dashes and 无 are invalid. */
const DEFAULT_POLICY: CellPolicy = {
  empty: { arithmetic: 'skip', report: 'incomplete' },
  dash: { arithmetic: 'skip', report: 'invalid' },
  none: { arithmetic: 'skip', report: 'invalid' },
  noneTexts: [],
};

export function cellPolicy(format: FormatSpec | null | undefined): CellPolicy {
  return format?.cells ?? DEFAULT_POLICY;
}

/** Which kind of "no number" a cell is, or null when it holds something else. */
export function blankKind(cell: Cell, policy: CellPolicy): BlankCellKind | null {
  const v = cell.value;
  if (v.type === 'empty') return 'empty';
  if (v.type === 'dash') return 'dash';
  if (v.type === 'text' && policy.noneTexts.length && policy.noneTexts.includes(cell.text.replace(/[\s\u3000]+/g, ''))) return 'none';
  return null;
}

/** The policy entry of a cell without a number, or null for any other cell. */
export function blankPolicy(cell: Cell, policy: CellPolicy): BlankCellPolicy | null {
  const k = blankKind(cell, policy);
  return k ? policy[k] : null;
}

/** Does the row hold at least one number (count, signed change, decimal or amount, a count with its unit: 0件, a change in two halves: 0/0)? */
export function rowHasNumber(row: TableRow): boolean {
  for (const c of row.values.values()) {
    const t = c.value.type;
    if (t === 'int' || t === 'signed' || t === 'decimal' || t === 'amount' || t === 'split' || (t === 'text' && isUnitCount(c.text))) return true;
  }
  return false;
}

/**
 * A statutory table that is present but wholly blank: the labels only. No cell of its rows holds
 * anything but blanks, at least half of its statutory rows are there (a header alone is
 * table-row-missing's case), and no line up to the end of its section is a bare run of numbers
 * (PDF copies print the values away from the labels: that is a reading problem, not a blank form).
 */
export function isWhollyBlank(a: Pick<Analysis, 'doc' | 'format' | 'report'>, t: StatTable): boolean {
  let found = 0;
  for (const r of t.rows) {
    for (const c of r.values.values()) if (c.value.type !== 'empty') return false;
    for (const c of r.unassigned) if (c.value.type !== 'empty') return false;
    if (r.rowId) found++;
  }
  for (const b of t.blocks) {
    // Any number or dash in the table's own lines, placed or not (GFM separator rows are not rows).
    for (const row of b.rows) for (const c of row.cells) if (c.text !== '' && isValueLike(c.value)) return false;
  }
  const spec = t.spec;
  const statutory = spec.kind === 'grid' ? spec.rows.filter((r) => !r.group).length
    : spec.kind === 'blocks' ? spec.blocks.reduce((n, b) => n + b.rows.length, 0) : 1;
  if (found === 0 || found * 2 < statutory) return false;
  // Up to the end of the table's section (or the table), no line may be numbers only.
  let end = t.end;
  const secId = a.format?.sections.find((s) => s.table === t.id)?.id;
  for (const s of (secId && a.report?.sections.get(secId)?.sections) || []) {
    if (s.bodyStart <= t.start && t.start < s.end) end = Math.max(end, s.end);
  }
  const lines = a.doc.lines;
  for (let l = lines.lineAt(t.start), last = lines.lineAt(Math.max(t.start, end - 1)); l <= last; l++) {
    if (BARE_NUMBERS.test(lines.lineText(l))) return false;
  }
  return true;
}

const BARE_NUMBERS = /^[\s|,，、.．\-—/]*\d[\d\s|,，、.．\-—/]*$/;

/** `（空格按 0 计）` for the cells a computation read as 0, naming dash and 无 texts when any. */
export function assumedZeroNote(cells: readonly Cell[]): { zh: string; en: string } | null {
  if (cells.length === 0) return null;
  const texts = [...new Set(cells.map((c) => c.text).filter((t) => t !== ''))];
  const blank = cells.some((c) => c.text === '');
  const zh = [blank ? '空格' : '', ...texts.map((t) => `“${t}”`)].filter(Boolean).join('、');
  const en = [blank ? 'blank' : '', ...texts.map((t) => `“${t}”`)].filter(Boolean).join(', ');
  return { zh: `（${zh}按 0 计）`, en: ` (${en} cells counted as 0)` };
}
