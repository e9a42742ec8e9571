// R3: （七）总计 = （一）+（二）+（三）（四）（五）各小项 +（六）. 国办公开办函表三。
import type { Rule } from './rule';
import { explainedFindings } from '../model/cell-explained';
import { columnIndex, columnName, failures, totalFix, zeroNote, failureSpan } from '../model/table-facts';

export const tableSubtotal: Rule = {
  id: 'table-subtotal',
  formats: { family: 'gov-info', since: 2019 },
  defaultSeverity: 'error',
  title: { zh: '办理结果总计不等于各项之和', en: 'Results total is not the sum of the dispositions' },
  description: {
    zh: '表三每一列中，“（七）总计”应等于（一）予以公开、（二）部分公开、（三）（四）（五）的各小项以及（六）其他处理（2021 年格式为其三个小项）之和。快速修复把总计改为计算值。',
    en: 'In every column of table 3, "(7) total" must equal the sum of (1), (2), every sub-row of (3)(4)(5) and (6) (its three sub-rows in the 2021 format). The quick-fix writes the computed sum.',
  },
  basis: '政府信息公开工作年度报告格式表三（国办公开办函〔2019〕60号、〔2021〕30号）',
  examples: {
    wrong: [
      '| （一）予以公开 | 25 | 3 | 0 | 0 | 1 | 0 | 29 |',
      '| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 4 | 0 | 0 | 0 | 0 | 0 | 4 |',
      '……（（三）至（六）各行：“自然人”一栏共 12，“总计”一栏共 13）……',
      '| （七）总计 | 40 | 4 | 0 | 0 | 1 | 0 | 45 |',
    ].join('\n'),
    right: [
      '| （一）予以公开 | 25 | 3 | 0 | 0 | 1 | 0 | 29 |',
      '| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 4 | 0 | 0 | 0 | 0 | 0 | 4 |',
      '……（（三）至（六）各行：“自然人”一栏共 12，“总计”一栏共 13）……',
      '| （七）总计 | 41 | 4 | 0 | 0 | 1 | 0 | 46 |',
    ].join('\n'),
    note: '“自然人”一栏各项办理结果之和为 25 + 4 + 12 = 41，（七）总计却是 40；“总计”一栏同样 29 + 4 + 13 = 46 ≠ 45。',
  },
  check(ctx) {
    for (const f of explainedFindings(ctx.analysis, this.id)) ctx.report(f);
    for (const f of failures(ctx.analysis, this.id)) {
      const spec = f.table.spec;
      const at = failureSpan(f);
      const note = zeroNote(f);
      ctx.report({
        start: at.start,
        end: at.end,
        message: `第${columnIndex(spec, f.along)}列“${columnName(spec, f.along ?? '')}”：（七）总计 ${f.leftSum} ≠ 各项办理结果之和 ${f.rightSum}${note.zh}`,
        messageEn: `Column ${columnIndex(spec, f.along)} “${columnName(spec, f.along ?? '')}”: (7) total ${f.leftSum} ≠ sum of the dispositions ${f.rightSum}${note.en}`,
        fix: totalFix(f),
      });
    }
  },
};
