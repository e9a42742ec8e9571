// The report is signed before its year has ended. An annual report covers the whole year
// (条例（2019）第五十条; 条例（2008）第三十二条; 督察工作规定: 报告上一年度情况): it can only be
// written after 12月31日. Only the signing date counts (the closing lines, or a date line
// under the title); dates quoted in the body and a web page's 发布日期 do not.
import type { Rule } from './rule';
import { isAnnual, showDate, signingDate } from '../model/report-dates';

export const dateOrder: Rule = {
  id: 'date-order',
  formats: 'all',
  defaultSeverity: 'error',
  title: { zh: '落款日期早于报告年度结束', en: 'Signed before the report year ended' },
  description: {
    zh: '年度报告总结的是整个报告年度的工作和数据，只能在该年度结束后成文，落款日期应在次年。'
      + '错误示例：2020年度报告落款“石壁街道办事处 2020年1月20日”（多为把 2021 误写成 2020）；'
      + '正确示例：落款“石壁街道办事处 2021年1月20日”。'
      + '正文所述统计期限本身也截至落款日的（“自2018年1月1日起至2018年12月14日止”，落款2018年12月14日），不是年份笔误：提示报告没有覆盖全年。'
      + '只检查落款日期（文末署名处的日期，或标题下单独一行的成文日期），不检查正文中引用的日期。'
      + '网页转贴的“发布日期”是网站的发布时间戳，不作为落款日期检查（法治政府建设年度报告在报告年度年底发布的做法较普遍），只用于检查是否超过公开期限（date-deadline）。',
    en: 'An annual report covers the whole report year and can only be written after it ends, so it is signed in the next year. '
      + 'Wrong: a 2020 report signed “石壁街道办事处 2020年1月20日” (usually a typo for 2021); right: “石壁街道办事处 2021年1月20日”. '
      + 'When the statistics period the text states ends on the signing date too (自2018年1月1日起至2018年12月14日止, signed 2018年12月14日), it is no slip of the year: the finding says the report does not cover the whole year. '
      + 'Only the signing date is checked (the date of the closing signature block, or a date line under the title), never dates quoted in the body. '
      + 'A web page’s 发布日期 is the site’s publishing stamp, not the signing date (rule-of-law reports are often published in December of the report year); it is only checked against the deadline (date-deadline).',
  },
  basis: '《政府信息公开条例》（2019）第四十九条、第五十条；（2008）第三十一条、第三十二条；《法治政府建设与责任落实督察工作规定》（2019）',
  check(ctx) {
    const a = ctx.analysis;
    const year = a.doc.year;
    if (year === null || !isAnnual(a)) return;
    const d = signingDate(a);
    if (!d || d.year > year) return;
    // The text's own statistics period ending that day (自2018年1月1日起至2018年12月14日止, signed 2018年12月14日):
    // written before the year was out, no slip of the year to guess at.
    const periodEnds = d.year === year && new RegExp(`(?:至|到)\\s*${d.year}\\s*年\\s*0?${d.month}\\s*月\\s*0?${d.day}\\s*日`).test(a.doc.read.slice(0, 4000));
    const guess = periodEnds ? `（统计期限也只到${showDate(d)}，报告没有覆盖全年）` : d.year === year ? `，是否应为${showDate({ ...d, year: year + 1 })}？` : '';
    // Signed on the year's last day: the year's work is done and the date is no slip of the
    // year, only a question (an info).
    if (d.year === year && d.month === 12 && d.day === 31) {
      ctx.report({
        start: d.start,
        end: d.end,
        severity: 'info',
        message: `落款日期${showDate(d)}是${year}年度的最后一天：统计期限截至当日，请核对成文日期是否应在${year + 1}年`,
        messageEn: `Signed ${d.year}-12-31, the last day of the ${year} report year (the reporting period ends that day): check whether it was signed in ${year + 1}`,
      });
      return;
    }
    ctx.report({
      start: d.start,
      end: d.end,
      message: `落款日期${showDate(d)}早于${year}年度结束：年度报告应在报告年度结束后（${year + 1}年）成文${guess}`,
      messageEn: `Signed ${d.year}-${d.month}-${d.day}, before the ${year} report year ended; an annual report is signed in ${year + 1}${periodEnds ? ' (its statistics period ends that day too: the report does not cover the whole year)' : ''}`,
    });
  },
};
