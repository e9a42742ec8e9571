// A statutory table whose cells a PDF text extraction printed in reading order (values as a
// column block away from their labels, header words scrambled) so that no value can be put in
// its row and column without a guess. One finding for the table; no arithmetic is done on it.
import type { Rule } from './rule';

const PART: Record<string, string> = { active: '表二', applications: '表三', review: '表四' };
const PART_EN: Record<string, string> = { active: 'Table 2', applications: 'Table 3', review: 'Table 4' };

export const tableUnreadable: Rule = {
  id: 'table-unreadable',
  kinds: ['gov-info-2019', 'gov-info-2021', 'gov-info-2008'],
  defaultSeverity: 'info',
  title: { zh: '表格无法按行列读取', en: 'Table cannot be read row by row' },
  description: {
    zh: '从 PDF 复制或以阅读顺序提取的文字里，表格的每个单元格各占一行，数字常常成列地印在远离其行名的地方，表头也被打乱。数字个数与法定表格对不上、无法唯一确定每个数属于哪一行哪一栏时，本表的各项核对不进行，只提示一次。请改用带版式的复制（如 pdftotext -layout）或把表格整理为 Markdown 表格后再检查。',
    en: 'In text copied from a PDF in reading order, every table cell is on a line of its own, the values are often printed as a column block away from their row labels and the header words are scrambled. When the number of values does not fit the statutory table so that each value has exactly one row and column, the table\'s checks are not run and this is reported once. Copy the PDF with its layout (pdftotext -layout) or rewrite the table as a Markdown table, then check again.',
  },
  basis: '政府信息公开工作年度报告格式表二至表四（国办公开办函〔2019〕60号、〔2021〕30号）',
  examples: {
    wrong: ['申请人情况', '自然人', '总计', '21', '0', '0', '1', '0', '0', '1', '0', '10', '3'].join('\n'),
    right: '| 一、本年新收政府信息公开申请数量 | 21 | 0 | 0 | 0 | 0 | 0 | 21 |',
    note: '数字成列印在表头之后，离开了各自的行名，个数也不是每行 7 个：无法确定每个数属于哪一行。',
  },
  check(ctx) {
    const report = ctx.analysis.report;
    if (!report?.unreadable) return;
    const lines = ctx.analysis.doc.lines;
    for (const t of report.unreadable) {
      const from = lines.lineAt(t.start) + 1;
      const to = lines.lineAt(t.end) + 1;
      ctx.report({
        start: t.start,
        end: lines.lineEnd(lines.lineAt(t.start)),
        message: `${PART[t.id] ?? t.spec.title}（第 ${from}–${to} 行）的数字无法对应到行和栏（单元格按阅读顺序逐行排列，个数与法定表格对不上），本表未做核对`,
        messageEn: `${PART_EN[t.id] ?? t.spec.title} (lines ${from}-${to}): the values cannot be placed in rows and columns (cells in reading order, one per line, and their count does not fit the statutory table); the table was not checked`,
      });
    }
  },
};
