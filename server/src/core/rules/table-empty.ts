// A statutory table that is present but wholly blank: the labels are there, every value cell is
// empty. The most common defect of published reports (tables pasted without their numbers, or
// an empty table inserted and never filled). 国办公开办函〔2019〕60号、〔2021〕30号.
import type { Rule } from './rule';
import { isWhollyBlank } from '../engine/cell-policy';
import { toChineseNumeral } from '../text/normalize';
import { labelsOnlyParts } from './table-labels-only';

export const tableEmpty: Rule = {
  id: 'table-empty',
  kinds: ['gov-info-2019', 'gov-info-2021'],
  defaultSeverity: 'error',
  title: { zh: '法定表格没有填写', en: 'Statutory table left blank' },
  description: {
    zh: '法定表格（表二、表三、表四）只有行名和栏名，所有数字栏都是空的：表格从网页或 PDF 复制时丢了数字，或插入空表后没有填写。这是已发布年度报告最常见的缺陷之一。没有发生的事项应填 0，不能留空。无法自动修复：需要作者填写实际数字。',
    en: 'A statutory table (tables 2, 3, 4) has its row and column labels but every value cell is blank: the numbers were lost when copying from a web page or PDF, or an empty table was inserted and never filled. One of the most common defects of published reports. Where nothing happened the form asks for 0, not a blank. No automatic fix: the author must fill in the figures.',
  },
  basis: '政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）',
  examples: {
    wrong: [
      '| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |',
      '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
      '| | | | | | | | | | | | | | | |',
    ].join('\n'),
    right: [
      '| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |',
      '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
      '| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    ].join('\n'),
    note: '表四的十五栏全部为空：没有行政复议和行政诉讼的，也应逐栏填 0。',
  },
  check(ctx) {
    const a = ctx.analysis;
    if (!a.format || !a.report) return;
    for (const t of a.report.tables.values()) {
      if (!isWhollyBlank(a, t)) continue;
      const sec = a.format.sections.find((s) => s.table === t.id);
      const name = sec?.number ? `表${toChineseNumeral(sec.number)}` : '法定表格';
      const line = t.blocks[0]?.startLine ?? a.doc.lines.lineAt(t.start);
      const end = Math.max(t.start, Math.min(t.end, a.doc.lines.lineEnd(line)));
      ctx.report({
        start: t.start,
        end,
        message: `${name}“${t.spec.title}”没有填写：所有数字栏都是空的（没有发生的应填 0）`,
        messageEn: `Table ${sec?.number ?? ''} “${t.spec.title}” is blank: every value cell is empty (write 0 where nothing happened)`.replace('Table  ', 'Table '),
      });
    }
    // A table that came through as its labels only, one per line, without a single figure.
    for (const p of labelsOnlyParts(a)) {
      const name = p.spec.number ? `表${toChineseNumeral(p.spec.number)}` : '法定表格';
      ctx.report({ start: p.start, end: p.end,
        message: `${name}只有栏目名称，没有数字：表格的数字没有填写或已丢失（没有发生的应填 0）`,
        messageEn: `Table ${p.spec.number ?? ''} has its labels only and no figures: the numbers were never filled in or were lost (write 0 where nothing happened)` });
    }
  },
};
