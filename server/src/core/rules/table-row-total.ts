// R2: 每一行的“总计”栏 = 自然人 + 五类法人或其他组织. 国办公开办函表三。
import type { Rule } from './rule';
import { explainedFindings } from '../model/cell-explained';
import { failures, rowName, totalFix, zeroNote, failureSpan } from '../model/table-facts';
import type { ConstraintFailure } from '../model/table-facts';

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
    const all = failures(ctx.analysis, this.id);
    // A total column left blank (read as 0) in several rows of a table: one finding for the
    // column, checked against the sum of the applicant columns (the blank cells themselves are
    // table-cell-invalid's finding).
    const blankTotal = (f: ConstraintFailure) => f.left.length === 1 && f.assumed.includes(f.left[0].cell) && f.leftSum === 0;
    const grouped = new Set<ConstraintFailure>();
    for (const t of new Set(all.map((f) => f.table))) {
      const blank = all.filter((f) => f.table === t && blankTotal(f));
      if (blank.length < 2) continue;
      for (const f of blank) grouped.add(f);
      const first = blank[0].left[0].cell;
      const shown = blank.slice(0, 3).map((f) => `“${rowName(f.table.spec, f.along ?? '')}”应为 ${f.rightSum}`);
      const shownEn = blank.slice(0, 3).map((f) => `“${rowName(f.table.spec, f.along ?? '')}” ${f.rightSum}`);
      const fixes = blank.map(totalFix);
      ctx.report({
        start: first.start,
        end: first.end,
        message: `“总计”栏在 ${blank.length} 行为空（按 0 计），与各类申请人之和不符：${shown.join('，')}${blank.length > 3 ? ' 等' : ''}；请按各类申请人之和填写总计`,
        messageEn: `The total column is blank (read as 0) in ${blank.length} rows and does not match the sum of the applicant columns: ${shownEn.join(', ')}${blank.length > 3 ? ', …' : ''}; fill in each row's total`,
        fix: fixes.every((x) => x !== undefined)
          ? { title: `按各类申请人之和填写 ${blank.length} 行总计`, edits: fixes.flatMap((x) => x!.edits), safe: false }
          : undefined,
      });
    }
    for (const f of all) {
      if (grouped.has(f)) continue;
      const at = failureSpan(f);
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
