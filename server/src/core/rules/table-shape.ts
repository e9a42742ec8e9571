// A row of a statutory table with the wrong number of values (7 in table 三, 15 in table 四).
import type { Rule } from './rule';
import { rowName } from '../model/table-facts';
import { isCutRemnant } from '../model/text-cut';

export const tableShape: Rule = {
  id: 'table-shape',
  formats: { family: 'gov-info', since: 2019 },
  defaultSeverity: 'error',
  title: { zh: '表格行的数字个数不对', en: 'Table row has the wrong number of values' },
  description: {
    zh: '法定表格每行的数字个数是固定的：表三每行 7 个（自然人、五类法人或其他组织、总计），表四 15 个。个数不对通常是复制粘贴时丢了单元格或错了列，各项核对因此无法进行；文本在某行中间结束（网页或摘录只存了前一部分）时，该行数字不足不作提示。从 PDF 带版式提取的文字中，空白单元格不占位置：数字少于法定个数、又无法按位置对齐到完整行下的行，只作提示（info），本行不做核对。',
    en: 'Statutory tables have a fixed number of values per row: 7 in table 3 (natural persons, five kinds of organisations, total), 15 in table 4. A different count usually means cells were lost or shifted when pasting, and the arithmetic checks cannot run; a row short of values where the text ends (a stored excerpt cut there) is not reported. In text extracted from a PDF with its layout a blank cell prints nothing: a row with fewer values whose figures cannot be placed under the full rows is reported as a note (info) and not checked.',
  },
  basis: '政府信息公开工作年度报告格式表三、表四（国办公开办函〔2019〕60号、〔2021〕30号）',
  examples: {
    wrong: '| 二、上年结转政府信息公开申请数量 | 3 | 0 | 0 | 0 | 3 |',
    right: '| 二、上年结转政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |',
    note: '表三每行应有 7 个数（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计），这一行只有 5 个：复制时丢了两栏，无法判断哪两栏。',
  },
  check(ctx) {
    const report = ctx.analysis.report;
    if (!report) return;
    // Where the text's last non-blank character ends (found once: a draft may have thousands of short rows).
    let textEnd: number | undefined;
    for (const t of report.tables.values()) {
      for (const r of t.rows) {
        if (!r.shape) continue;
        // A row short of values that ends the text was cut there (a stored excerpt of a page).
        if (r.shape.found < r.shape.expected && (r.raw.end >= (textEnd ??= ctx.analysis.doc.text.trimEnd().length)
          || isCutRemnant(ctx.analysis.doc.text.slice(r.raw.end)))) continue;
        const name = r.rowId && r.rowId !== 'data' ? `“${rowName(t.spec, r.rowId)}”行` : r.label ? `“${r.label}”行` : '数据行';
        // A row over several lines (PDF text: label lines, then the values) is reported at its values.
        const at = r.raw.endLine > r.raw.line && r.unassigned.length ? r.unassigned[0].start : r.raw.start;
        if (r.shape.blanks) {
          // PDF layout text: a blank cell prints nothing, so a short row most likely has blank
          // cells whose columns cannot be told; the row is not checked (a note, not an error).
          ctx.report({
            start: at,
            end: r.raw.end,
            severity: 'info',
            message: `${t.spec.title}：${name}只有 ${r.shape.found} 个数（应有 ${r.shape.expected} 个）：PDF 文字中空白单元格不占位置，无法确定哪几栏为空，本行未做核对（请在空白格填 0）`,
            messageEn: `${t.spec.title}: ${name} has only ${r.shape.found} values (${r.shape.expected} expected): blank cells leave no trace in PDF text, so which columns are blank cannot be told and the row was not checked (fill the blank cells with 0)`,
          });
          continue;
        }
        ctx.report({
          start: at,
          end: r.raw.end,
          message: `${t.spec.title}：${name}应有 ${r.shape.expected} 个数，实有 ${r.shape.found} 个`,
          messageEn: `${t.spec.title}: ${name} should have ${r.shape.expected} values, found ${r.shape.found}`,
        });
      }
    }
  },
};
