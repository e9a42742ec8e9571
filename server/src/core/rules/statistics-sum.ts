// The statistics table of a report under the 2008 regulation (政府信息公开情况统计表) whose total row is not
// the sum of the rows it is made of: 受理依申请公开信息总数 against 当面 + 传真 + 电子邮件 + 网上 + 信函 (+ 其他
// 形式) 申请数, 对申请的答复总数 against 同意公开 + 同意部分公开 + 不同意公开 (+ 其他类型) 答复数. Judged only
// where the table is read with certainty (model/statistics-sums.ts).
import type { Rule } from './rule';
import { statisticsSums } from '../model/statistics-sums';

const NAMES: Record<string, { zh: string; en: string }> = {
  received: { zh: '受理申请总数', en: 'applications received' },
  answered: { zh: '答复总数', en: 'answers' },
};

export const statisticsSum: Rule = {
  id: 'statistics-sum',
  formats: { family: 'gov-info' },
  defaultSeverity: 'warning',
  title: { zh: '统计表总数不等于分项之和', en: 'Statistics table total is not the sum of its rows' },
  description: {
    zh: '2008 年条例下的年度报告所附《政府信息公开情况统计表》中，“受理依申请公开信息总数”应等于其下当面、传真、电子邮件、网上、信函（及其他形式）申请数之和，“对申请的答复总数”应等于同意公开、同意部分公开、不同意公开（及其他类型）答复数之和。只核对本年度一栏；只在分项紧接总数、逐行读出且其间没有未读出的行（如“其中：涉及国家秘密”等下级行，或格式数据未列的分项）时核对，文字粘连无法分清数字的表不核对。'
      + '错误示例：“受理依申请公开信息总数 条 5 / 其中：1、当面申请数 条 1 / 2、网上申请数 条 2 / 3、信函、传真申请数 条 1”（1 + 2 + 1 = 4，总数却是 5）；正确示例：总数与各分项之和相等。',
    en: 'In the statistics table appended to a report under the 2008 regulation, the applications received must equal the sum of the channels below it (in person, fax, e-mail, online, letter and other), and the answers the sum of 同意公开, 同意部分公开, 不同意公开 (and other kinds). Only the year\'s column is checked, and only where the rows follow the total at once, each read, with no row left unread between or after them (sub-rows such as 其中：涉及国家秘密, or a row the format data does not name); a table whose figures ran together is not checked. '
      + 'Wrong: received 5 over 1 in person, 2 online, 1 by letter or fax (1 + 2 + 1 = 4); right: the total equals the sum.',
  },
  basis: '《政府信息公开条例》（2008）第三十二条；各地《政府信息公开情况统计表》的填报口径',
  examples: {
    wrong: ['政府信息公开情况统计表', '指标名称 | 计量单位 | 2014年度', '受理依申请公开信息总数 | 条 | 5', '其中：1、当面申请数 | 条 | 1', '2、网上申请数 | 条 | 2', '3、信函、传真申请数 | 条 | 1', '对申请的答复总数 | 条 | 4'].join('\n'),
    right: ['政府信息公开情况统计表', '指标名称 | 计量单位 | 2014年度', '受理依申请公开信息总数 | 条 | 4', '其中：1、当面申请数 | 条 | 1', '2、网上申请数 | 条 | 2', '3、信函、传真申请数 | 条 | 1', '对申请的答复总数 | 条 | 4'].join('\n'),
    note: '当面 1 + 网上 2 + 信函、传真 1 = 4，总数却写作 5。',
  },
  check(ctx) {
    for (const s of statisticsSums(ctx.analysis)) {
      if (Math.abs(s.sum - (s.total.value ?? 0)) < 0.005) continue;
      const name = NAMES[s.id] ?? { zh: s.total.label, en: s.total.label };
      const terms = s.parts.map((c) => c.value).join(' + ');
      ctx.report({
        start: s.total.start,
        end: s.total.end,
        message: `统计表“${s.total.label}”为 ${s.total.value}，其下各分项之和为 ${terms} = ${s.sum}（${name.zh}应等于分项之和）`,
        messageEn: `The statistics table gives ${s.total.value} for “${s.total.label}” but its rows add up to ${terms} = ${s.sum} (${name.en} must equal the sum of its rows)`,
      });
    }
  },
};
