// Section 五 of a 2021-format report does not say how last year's problems were fixed. The
// 2021 format (国办公开办函〔2021〕30号) asks section 五 for 存在的主要问题及改进情况, read by
// reviewers as: the rectification of the problems reported last year, then this year's problems.
import type { Rule } from './rule';
import { sectionProse } from '../model/report-dates';

/** Explicit rectification wording: enough on its own. */
const RECTIFIED = /已整改|完成整改|整改完成|整改到位|整改落实|落实整改|逐项整改|全部整改|整改情况|改进情况|整改工作|已得到整改|已得到解决|已解决/;
/** Last year named in the same sentence as its problems and what was done about them. */
const LAST_YEAR = /(上一?年度?|去年|往年|以往年度)/;
const ABOUT = /(问题|不足|短板|整改|改进)/;

function coversLastYear(norm: string): boolean {
  if (RECTIFIED.test(norm)) return true;
  return norm.split(/[。！？!?]/).some((s) => LAST_YEAR.test(s) && ABOUT.test(s));
}

export const contentRectification: Rule = {
  id: 'content-rectification',
  formats: { family: 'gov-info', since: 2021 },
  defaultSeverity: 'info',
  title: { zh: '未说明上年度问题整改情况', en: 'Last year’s problems: no follow-up' },
  description: {
    zh: '第五部分“存在的主要问题及改进情况”除本年度的问题和改进措施外，还应说明上一年度报告所列问题的整改情况。'
      + '错误示例：只写“一是公开内容不够全面；下一步将加强培训。”；正确示例：补充“上一年度报告提出的栏目更新不及时问题，已建立更新提醒机制，整改到位。”'
      + '本项为提示，不影响报告的合规性判断。',
    en: 'Part 5 (存在的主要问题及改进情况) should, besides this year’s problems and measures, say how the problems reported last year were fixed. '
      + 'Wrong: only “一是公开内容不够全面；下一步将加强培训。”; right: add “上一年度报告提出的栏目更新不及时问题，已建立更新提醒机制，整改到位。” '
      + 'This is a hint only.',
  },
  basis: '政府信息公开工作年度报告格式，国办公开办函〔2021〕30号',
  check(ctx) {
    const parts = sectionProse(ctx.analysis, 'problems');
    // An empty part 5 is section-empty's finding, not this one's.
    if (!parts.length || parts.every((p) => !p.norm) || parts.some((p) => coversLastYear(p.norm))) return;
    const h = parts[0].section.heading;
    ctx.report({
      start: h.start,
      end: h.end,
      message: '第五部分未说明上一年度报告所列问题的整改情况',
      messageEn: 'Part 5 does not say how the problems reported last year were fixed',
    });
  },
};
