// Count cells must be non-negative integers; 本年增/减 cells signed integers; amounts numbers.
// Cells without a number (blank, —, /, 无) follow the format's cell policy (engine/cell-policy.ts):
// reported as incomplete, one info finding per row listing them, with a fix writing 0. A wholly
// blank table is table-empty's finding, not one per row here.
import type { Rule, RuleContext } from './rule';
import { isEditableLayout, type Cell } from '../parse/tables';
import type { CellPolicy, TableSpec } from '../formats/types';
import type { StatTable, TableRow } from '../parse/interpret-table';
import { blankPolicy, cellPolicy, isWhollyBlank, rowHasNumber } from '../engine/cell-policy';
import { columnName, rowName } from '../model/table-facts';
import { isUnitCount } from '../parse/cell-value';

type ColType = 'count' | 'signed' | 'amount';

function columnType(spec: TableSpec, row: TableRow, colId: string): ColType {
  if (spec.kind !== 'blocks') return 'count';
  const block = spec.blocks.find((b) => b.id === row.blockId);
  return block?.columns.find((c) => c.id === colId)?.type ?? 'count';
}

function problem(cell: Cell, type: ColType): string | null {
  const v = cell.value;
  switch (v.type) {
    case 'int': return null;
    case 'empty': return '为空';
    case 'signed':
      if (type === 'signed' || type === 'amount') return null;
      return v.value >= 0 && cell.text.trim().startsWith('+') ? null : '计数不能为负数';
    case 'decimal': return type === 'amount' ? null : '计数应为整数';
    case 'amount': return type === 'amount' ? null : '计数栏不应带单位';
    case 'dash': return '不是数字（没有请填 0）';
    case 'lookalike': return v.sign ? `符号重复，应为“${v.suggestion}”` : `疑似识别错误，应为“${v.suggestion}”`;
    case 'split': // a change in two halves (0/0) in a signed column is reported apart, as an info finding
    case 'text': return type === 'count' ? '应为非负整数' : type === 'signed' ? '应为带符号的整数（如 +3、-2）' : '应为金额数字';
  }
}

export const tableCellInvalid: Rule = {
  id: 'table-cell-invalid',
  formats: { family: 'gov-info', since: 2019 },
  defaultSeverity: 'error',
  title: { zh: '表格单元格不是合法数字', en: 'Table cell is not a valid number' },
  description: {
    zh: '法定表格中的件数应为非负整数（“本年增/减”可带正负号，金额可带小数）。“U”“O”“〇”“l”等是 OCR 把数字认错的常见形态，符号连打两遍（“--253”）是录入笔误，快速修复给出对应数字；“-1”等需要作者改正。“本年增/减”把增加数和减少数分开写成“0/0”“+3/-1”时，以提示请作者改填一个增减数（勾稽计算不用该栏）。数字带单位（“2件”“0件”）时数字本身明确，勾稽计算按数字计，每行以一条警告列出带单位的各栏，快速修复去掉单位。空白、“—”“/”“无”单元格是未填写：表格要求没有的填 0，勾稽检查在该行有其他数字时按 0 计算，每行以一条提示报告未填的各栏，快速修复填入 0。',
    en: 'Counts in statutory tables are non-negative integers (yearly changes may be signed, amounts may have decimals). "U", "O", "〇", "l" are digits misread by OCR and a sign typed twice (--253) is a typing slip; the quick-fix offers the figure. "-1" must be corrected by the author. A change written as its increase and decrease apart ("0/0", "+3/-1") gets an info finding asking for the one net change (the arithmetic leaves that cell out). A figure written with its unit ("2件", "0件") is plain: the arithmetic reads it, and each row gets one warning listing the columns written so, with a fix dropping the units. Blank, "—", "/" and "无" cells are unfilled: the form asks for 0 where there were none, the arithmetic counts them as 0 when their row has other numbers, and each row gets one info finding listing its unfilled columns, with a fix writing 0.',
  },
  basis: '政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）',
  examples: {
    wrong: [
      '| 4.保护第三方合法权益 | 1件 | 0 | 0 | 0 | 0 | 0 | 1 |',
      '| 2.重复申请 | l | 0 | 0 | 0 | 0 | 0 | l |',
      '| 3.要求提供公开出版物 | 2 | — | | 0 | 0 | 0 | 2 |',
    ].join('\n'),
    right: [
      '| 4.保护第三方合法权益 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
      '| 2.重复申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
      '| 3.要求提供公开出版物 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |',
    ].join('\n'),
    note: '“1件”带了单位，表格只填数字；“l”是 OCR 把“1”认错了，快速修复可把它改为 1；“—”和空格是未填写（提示），没有发生的填 0。',
  },
  check(ctx) {
    const report = ctx.analysis.report;
    if (!report) return;
    const policy = cellPolicy(ctx.analysis.format);
    for (const t of report.tables.values()) {
      let blankTable: boolean | undefined;
      for (const r of t.rows) {
        const where = r.rowId && r.rowId !== 'data' ? `“${rowName(t.spec, r.rowId)}”行` : r.label ? `“${r.label}”行` : '';
        const unfilled: [string, Cell][] = [];
        const units: [string, Cell][] = [];
        for (const [colId, cell] of r.values) {
          if (blankPolicy(cell, policy)?.report === 'incomplete') {
            unfilled.push([colId, cell]);
            continue;
          }
          if (cell.value.type === 'text' && isUnitCount(cell.text)) {
            units.push([colId, cell]);
            continue;
          }
          if (cell.value.type === 'split' && columnType(t.spec, r, colId) === 'signed') {
            reportSplit(ctx, where, `“${columnName(t.spec, colId)}”`, cell, cell.value.up - cell.value.down);
            continue;
          }
          const p = problem(cell, columnType(t.spec, r, colId));
          if (!p) continue;
          const col = `“${columnName(t.spec, colId)}”`;
          const fix = cell.value.type === 'lookalike'
            ? { title: `改为“${cell.value.suggestion}”`, edits: [{ start: cell.start, end: cell.end, newText: cell.value.suggestion }], safe: false }
            : undefined;
          ctx.report({ start: cell.start, end: cell.end, message: `${where}${col}栏“${cell.text}”${p}`, fix,
            messageEn: `${where}${col}: “${cell.text}” is not a valid ${columnType(t.spec, r, colId) === 'count' ? 'non-negative integer count' : 'number'}` });
        }
        if (unfilled.length && !(blankTable ??= isWhollyBlank(ctx.analysis, t))) reportUnfilled(ctx, t, r, where, unfilled, policy);
        if (units.length) reportUnits(ctx, t, where, units);
        // Cells that could not be placed in columns are still checked for OCR debris.
        for (const cell of r.unassigned) {
          if (cell.value.type !== 'lookalike') continue;
          const s = cell.value.suggestion;
          const slip = cell.value.sign ? '符号重复' : '疑似识别错误';
          ctx.report({ start: cell.start, end: cell.end, message: `${where}“${cell.text}”${slip}，应为“${s}”`,
            messageEn: cell.value.sign ? `${where}“${cell.text}”: the sign is typed twice, probably “${s}”` : `${where}“${cell.text}” looks like a misread “${s}”`,
            fix: { title: `改为“${s}”`, edits: [{ start: cell.start, end: cell.end, newText: s }], safe: false } });
        }
      }
    }
  },
};

/**
 * A change written as its increase and decrease apart (本年增/减 “0/0”, “+3/-1”): the figures are plain, but the column
 * takes one signed figure, the net change. Info: nothing is lost, the arithmetic leaves the cell out; no fix (the halves
 * may be meant otherwise).
 */
function reportSplit(ctx: RuleContext, where: string, col: string, cell: Cell, net: number): void {
  const n = net > 0 ? `+${net}` : String(net);
  ctx.report({
    start: cell.start,
    end: cell.end,
    severity: 'info',
    message: `${where}${col}栏“${cell.text}”把增加数和减少数分开写了：本栏应填一个增减数（净变化${n}），请核对`,
    messageEn: `${where}${col}: “${cell.text}” gives the increase and the decrease apart; the column takes one change (net ${n}): please check`,
  });
}

/**
 * One info finding for the cells of a row that hold no number, over the span from the first to
 * the last of them, naming their columns. The fix writes 0 into each (the form asks for 0 where
 * there were none); it is safe when the row has other numbers (the arithmetic already read them
 * as 0, so nothing changes but the form), a quick fix only for a row with no number at all.
 */
/**
 * The first and last of a row's cells reported together, and whether each can take an edit of its own (cells at one
 * position, a row cut short, cannot: no fix then).
 */
function spanOf(t: StatTable, cells: [string, Cell][]): { first: Cell; last: Cell; editable: boolean } {
  const first = cells.reduce((m, [, c]) => (c.start < m.start ? c : m), cells[0][1]);
  const last = cells.reduce((m, [, c]) => (c.end > m.end ? c : m), cells[0][1]);
  return { first, last, editable: isEditableLayout(t.layout) && new Set(cells.map(([, c]) => c.start)).size === cells.length };
}

function reportUnfilled(ctx: RuleContext, t: StatTable, r: TableRow, where: string, cells: [string, Cell][], policy: CellPolicy): void {
  const numbered = rowHasNumber(r);
  const zero = numbered && cells.every(([, c]) => blankPolicy(c, policy)?.arithmetic === 'zero');
  const blanks = cells.filter(([, c]) => c.text === '').map(([id]) => `“${columnName(t.spec, id)}”`);
  const others = cells.filter(([, c]) => c.text !== '');
  const zh = [
    ...(blanks.length ? [`${blanks.join('')}栏为空`] : []),
    ...others.map(([id, c]) => `“${columnName(t.spec, id)}”栏为“${c.text}”`),
  ].join('、');
  const en = cells.map(([id, c]) => `“${columnName(t.spec, id)}”${c.text ? ` (“${c.text}”)` : ''}`).join(', ');
  const whole = !numbered && cells.length === r.values.size;
  const { first, last, editable } = spanOf(t, cells);
  ctx.report({
    start: first.start,
    end: last.end,
    severity: 'info',
    message: `${where}${zh}：${whole ? '整行未填写，' : ''}没有的请填 0${zero ? '（勾稽计算已按 0 计）' : ''}`,
    messageEn: `${where}${cells.length === 1 ? 'column' : 'columns'} ${en} ${cells.length === 1 ? 'has' : 'have'} no number${whole ? ' (the whole row is unfilled)' : ''}: write 0 where there were none${zero ? ' (counted as 0 by the arithmetic)' : ''}`,
    fix: editable
      ? { title: cells.length === 1 ? '填入 0' : `这 ${cells.length} 栏填入 0`, edits: cells.map(([, c]) => ({ start: c.start, end: c.end, newText: '0' })), safe: zero }
      : undefined,
  });
}

/**
 * One warning for the cells of a row whose figures are written with their unit (0件, 12个): the figure is plain (the
 * arithmetic reads it), the form takes figures only. A table that writes every figure so gives one per row, not one
 * per cell. The fix, safe, drops the units.
 */
function reportUnits(ctx: RuleContext, t: StatTable, where: string, cells: [string, Cell][]): void {
  const cols = cells.map(([id]) => `“${columnName(t.spec, id)}”`);
  const texts = [...new Set(cells.map(([, c]) => `“${c.text}”`))];
  const { first, last, editable } = spanOf(t, cells);
  ctx.report({
    start: first.start,
    end: last.end,
    severity: 'warning',
    message: `${where}${cols.join('')}栏的数字带单位（${texts.join('、')}）：表格只填数字`,
    messageEn: `${where}${cells.length === 1 ? 'column' : 'columns'} ${cols.join(', ')} ${cells.length === 1 ? 'holds a figure' : 'hold figures'} written with a unit (${texts.join(', ')}): the table takes figures only`,
    fix: editable
      ? { title: cells.length === 1 ? '去掉单位' : `这 ${cells.length} 栏去掉单位`, titleEn: cells.length === 1 ? 'Drop the unit' : `Drop the units of these ${cells.length} cells`, edits: cells.map(([, c]) => ({ start: c.start, end: c.end, newText: c.text.replace(/[\s\u3000]*[件个条项次人]$/, '') })), safe: true }
      : undefined,
  });
}
