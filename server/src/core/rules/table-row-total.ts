// R2: 每一行的“总计”栏 = 自然人 + 五类法人或其他组织. 国办公开办函表三。
import type { Rule } from './rule';
import { explainedFindings } from '../model/cell-explained';
import { failures, rowName, totalFix, zeroNote } from '../model/table-facts';

export const tableRowTotal: Rule = {
  id: 'table-row-total',
  formats: { family: 'gov-info', since: 2019 },
  defaultSeverity: 'error',
  title: { zh: '行总计不等于各类申请人之和', en: 'Row total is not the sum of the applicant columns' },
  description: {
    zh: '表三每一行的“总计”栏应等于自然人与商业企业、科研机构、社会公益组织、法律服务机构、其他五类法人或其他组织之和。快速修复把总计改为计算值。',
    en: 'In every row of table 3, the total column must equal natural persons plus the five kinds of legal persons and other organisations. The quick-fix writes the computed sum.',
  },
  basis: '政府信息公开工作年度报告格式表三（国办公开办函〔2019〕60号、〔2021〕30号）',
  examples: {
    wrong: '| （一）予以公开 | 25 | 3 | 0 | 0 | 1 | 0 | 28 |',
    right: '| （一）予以公开 | 25 | 3 | 0 | 0 | 1 | 0 | 29 |',
    note: '自然人 25 + 商业企业 3 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 1 + 其他 0 = 29，总计却是 28。',
  },
  check(ctx) {
    for (const f of explainedFindings(ctx.analysis, this.id)) ctx.report(f);
    for (const f of failures(ctx.analysis, this.id)) {
      const at = f.left[0].cell;
      const note = zeroNote(f);
      ctx.report({
        start: at.start,
        end: at.end,
        message: `“${rowName(f.table.spec, f.along ?? '')}”行：总计 ${f.leftSum} ≠ 各类申请人之和 ${f.rightSum}（${f.right.map((x) => x.value).join('+')}）${note.zh}`,
        messageEn: `Row “${rowName(f.table.spec, f.along ?? '')}”: total ${f.leftSum} ≠ sum of the applicant columns ${f.rightSum} (${f.right.map((x) => x.value).join('+')})${note.en}`,
        fix: totalFix(f),
      });
    }
  },
};
