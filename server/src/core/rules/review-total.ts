// R4: 行政复议、未经复议直接起诉、复议后起诉各自的总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. 国办公开办函表四。
import type { Rule } from './rule';
import { explainedFindings } from '../model/cell-explained';
import { failures, totalFix, zeroNote, failureSpan } from '../model/table-facts';

const GROUPS: Record<string, string> = { reconsideration: '行政复议', direct: '行政诉讼（未经复议直接起诉）', after: '行政诉讼（复议后起诉）' };
const GROUPS_EN: Record<string, string> = { reconsideration: 'Administrative reconsideration', direct: 'Litigation without prior reconsideration', after: 'Litigation after reconsideration' };
const PARTS: Record<string, string> = { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结' };

export const reviewTotal: Rule = {
  id: 'review-total',
  formats: { family: 'gov-info', since: 2019 },
  defaultSeverity: 'error',
  title: { zh: '复议、诉讼总计不等于各项之和', en: 'Review/litigation total is not the sum of its results' },
  description: {
    zh: '表四中行政复议、未经复议直接起诉、复议后起诉三组，各自的“总计”应等于结果维持、结果纠正、其他结果、尚未审结之和。快速修复把总计改为计算值。',
    en: 'In table 4, each of administrative reconsideration, direct litigation and litigation after reconsideration has a total equal to upheld + corrected + other + pending. The quick-fix writes the computed sum.',
  },
  basis: '政府信息公开工作年度报告格式表四（国办公开办函〔2019〕60号、〔2021〕30号）',
  examples: {
    wrong: [
      '| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |',
      '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
      '| 2 | 1 | 0 | 0 | 3 | 1 | 0 | 0 | 1 | 3 | 0 | 0 | 0 | 0 | 0 |',
    ].join('\n'),
    right: [
      '| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |',
      '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
      '| 2 | 1 | 0 | 0 | 3 | 1 | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 0 | 0 |',
    ].join('\n'),
    note: '未经复议直接起诉：结果维持 1 + 结果纠正 0 + 其他结果 0 + 尚未审结 1 = 2，总计却是 3。',
  },
  check(ctx) {
    for (const f of explainedFindings(ctx.analysis, this.id)) ctx.report(f);
    for (const f of failures(ctx.analysis, this.id)) {
      const group = f.left[0].id.split('.')[0];
      const at = failureSpan(f);
      const note = zeroNote(f);
      const parts = f.right.map((x) => `${PARTS[x.id.split('.')[1]] ?? x.id} ${x.value}`).join(' + ');
      ctx.report({
        start: at.start,
        end: at.end,
        message: `${GROUPS[group] ?? group}：总计 ${f.leftSum} ≠ ${parts} = ${f.rightSum}${note.zh}`,
        messageEn: `${GROUPS_EN[group] ?? group}: total ${f.leftSum} ≠ ${f.right.map((x) => x.value).join(' + ')} = ${f.rightSum}${note.en}`,
        fix: totalFix(f),
      });
    }
  },
};
