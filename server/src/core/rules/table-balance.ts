// R1, printed in the form itself: 第一项加第二项之和，等于第三项加第四项之和.
// 国办公开办函〔2019〕60号、〔2021〕30号，表三表头。
import type { Rule } from './rule';
import { explainedFindings } from '../model/cell-explained';
import { columnIndex, columnName, failures, rowName, zeroNote, failureSpan } from '../model/table-facts';

export const tableBalance: Rule = {
  id: 'table-balance',
  formats: { family: 'gov-info', since: 2019 },
  defaultSeverity: 'error',
  title: { zh: '申请数量不平衡', en: 'Applications do not balance' },
  description: {
    zh: '表三每一列都必须满足：本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理。表格表头已印明这一勾稽关系。无法自动修正：需要作者判断哪个数有误。',
    en: 'In every column of table 3: received this year + carried over = total results + carried to next year, as printed in the form header. No automatic fix: the author must decide which number is wrong.',
  },
  basis: '政府信息公开工作年度报告格式表三表头（国办公开办函〔2019〕60号、〔2021〕30号）',
  examples: {
    wrong: [
      '| 一、本年新收政府信息公开申请数量 | 40 | 4 | 0 | 0 | 2 | 0 | 46 |',
      '| 二、上年结转政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |',
      '……（三、本年度办理结果（一）至（六）各行）……',
      '| （七）总计 | 40 | 4 | 0 | 0 | 1 | 0 | 45 |',
      '| 四、结转下年度继续办理 | 2 | 0 | 0 | 0 | 1 | 0 | 3 |',
    ].join('\n'),
    right: [
      '| 一、本年新收政府信息公开申请数量 | 40 | 4 | 0 | 0 | 2 | 0 | 46 |',
      '| 二、上年结转政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |',
      '……（三、本年度办理结果（一）至（六）各行）……',
      '| （七）总计 | 40 | 4 | 0 | 0 | 1 | 0 | 45 |',
      '| 四、结转下年度继续办理 | 3 | 0 | 0 | 0 | 1 | 0 | 4 |',
    ].join('\n'),
    note: '第1列“自然人”：本年新收 40 + 上年结转 3 = 43，但办理结果总计 40 + 结转下年度 2 = 42；“总计”列同样 46 + 3 = 49 ≠ 45 + 3 = 48。本例中错的是结转下年度的数字，实际稿件中需要核对原始台账才能确定。',
  },
  check(ctx) {
    for (const f of explainedFindings(ctx.analysis, this.id)) ctx.report(f);
    for (const f of failures(ctx.analysis, this.id)) {
      const spec = f.table.spec;
      const part = (xs: typeof f.left) => xs.map((x) => `${rowName(spec, x.id).replace(/^[一二三四]、/, '')} ${x.value}`).join(' + ');
      const at = failureSpan(f);
      const note = zeroNote(f);
      ctx.report({
        start: at.start,
        end: at.end,
        message: `第${columnIndex(spec, f.along)}列“${columnName(spec, f.along ?? '')}”：${part(f.left)} = ${f.leftSum}，但${part(f.right)} = ${f.rightSum}${note.zh}`,
        messageEn: `Column ${columnIndex(spec, f.along)} “${columnName(spec, f.along ?? '')}”: received + carried over = ${f.leftSum}, but total results + carried to next year = ${f.rightSum}${note.en}`,
      });
    }
  },
};
