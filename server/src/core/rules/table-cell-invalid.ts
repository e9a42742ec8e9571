// Count cells must be non-negative integers; 本年增/减 cells signed integers; amounts numbers.
// Blank cells are reported as incomplete (a blank is not a zero: formats.md).
import type { Rule } from './rule';
import type { Cell } from '../parse/tables';
import type { TableSpec } from '../formats/types';
import type { TableRow } from '../parse/interpret-table';
import { columnName, rowName } from './util';

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
    case 'empty': return 'empty';
    case 'signed':
      if (type === 'signed' || type === 'amount') return null;
      return v.value >= 0 && cell.text.trim().startsWith('+') ? null : '计数不能为负数';
    case 'decimal': return type === 'amount' ? null : '计数应为整数';
    case 'amount': return type === 'amount' ? null : '计数栏不应带单位';
    case 'dash': return '不是数字（没有请填 0）';
    case 'lookalike': return `疑似识别错误，应为“${v.suggestion}”`;
    case 'text': return type === 'count' ? '应为非负整数' : type === 'signed' ? '应为带符号的整数（如 +3、-2）' : '应为金额数字';
  }
}

export const tableCellInvalid: Rule = {
  id: 'table-cell-invalid',
  kinds: ['gov-info-2019', 'gov-info-2021'],
  defaultSeverity: 'error',
  title: { zh: '表格单元格不是合法数字', en: 'Table cell is not a valid number' },
  description: {
    zh: '法定表格中的件数应为非负整数（“本年增/减”可带正负号，金额可带小数）。“U”“O”“〇”“l”等是 OCR 把数字认错的常见形态，快速修复给出对应数字；“—”、“2件”、“-1”等需要作者改正。空白单元格视为未填写（不等于 0），以提示级别报告。',
    en: 'Counts in statutory tables are non-negative integers (yearly changes may be signed, amounts may have decimals). "U", "O", "〇", "l" are digits misread by OCR; the quick-fix offers the digit. "—", "2件", "-1" must be corrected by the author. A blank cell is incomplete, not zero, and is reported at info level.',
  },
  basis: '政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）',
  examples: {
    wrong: [
      '| 4.保护第三方合法权益 | 1 | — | 0 | 0 | 0 | 0 | 1 |',
      '| 2.重复申请 | l | 0 | 0 | 0 | 0 | 0 | l |',
    ].join('\n'),
    right: [
      '| 4.保护第三方合法权益 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
      '| 2.重复申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
    ].join('\n'),
    note: '“—”不是数字，没有发生的填 0；“l”是 OCR 把“1”认错了，快速修复可把它改为 1。',
  },
  check(ctx) {
    const report = ctx.analysis.report;
    if (!report) return;
    for (const t of report.tables.values()) {
      for (const r of t.rows) {
        const where = r.rowId && r.rowId !== 'data' ? `“${rowName(t.spec, r.rowId)}”行` : r.label ? `“${r.label}”行` : '';
        for (const [colId, cell] of r.values) {
          const p = problem(cell, columnType(t.spec, r, colId));
          if (!p) continue;
          const col = `“${columnName(t.spec, colId)}”`;
          if (p === 'empty') {
            ctx.report({ start: cell.start, end: cell.end, severity: 'info', message: `${where}${col}栏为空：未填写的数不等于 0，没有请填 0`,
              messageEn: `${where}${col} is blank: a blank is not zero; write 0 if there were none` });
            continue;
          }
          const fix = cell.value.type === 'lookalike'
            ? { title: `改为“${cell.value.suggestion}”`, edits: [{ start: cell.start, end: cell.end, newText: cell.value.suggestion }], safe: false }
            : undefined;
          ctx.report({ start: cell.start, end: cell.end, message: `${where}${col}栏“${cell.text}”${p}`, fix,
            messageEn: `${where}${col}: “${cell.text}” is not a valid ${columnType(t.spec, r, colId) === 'count' ? 'non-negative integer count' : 'number'}` });
        }
        // Cells that could not be placed in columns are still checked for OCR debris.
        for (const cell of r.unassigned) {
          if (cell.value.type !== 'lookalike') continue;
          const s = cell.value.suggestion;
          ctx.report({ start: cell.start, end: cell.end, message: `${where}“${cell.text}”疑似识别错误，应为“${s}”`,
            messageEn: `${where}“${cell.text}” looks like a misread “${s}”`,
            fix: { title: `改为“${s}”`, edits: [{ start: cell.start, end: cell.end, newText: s }], safe: false } });
        }
      }
    }
  },
};
