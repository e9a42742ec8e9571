// The report is dated after its statutory deadline. 条例（2019）第四十九条: departments by
// 1月31日, a 县级以上地方人民政府's own report by 3月31日; 条例（2008）第三十一条: 3月31日;
// 《法治政府建设与责任落实督察工作规定》(2019): 4月1日之前. The deadlines (and the article
// cited in messages) are the format data's.
import type { Rule } from './rule';
import type { Analysis } from '../engine/lint';
import { normalize } from '../text/normalize';
import { compareDates, isAnnual, ownGovernment, publicationDate, ReportDate, showDate, signingDate, signingIssuer } from '../model/report-dates';

/**
 * The issuer is certainly a government department (…局, …委员会, …办公室): not a government,
 * a sub-district office, a court, a procuratorate or a party body.
 */
function certainDepartment(a: Analysis): boolean {
  const names = [a.doc.issuer, signingIssuer(a)].filter((n): n is string => !!n).map((n) => normalize(n));
  if (!names.length) return false;
  return names.every((n) => /(?:局|厅|委员会|办公室|办公厅|署)$/.test(n)
    && !/^中共|中国共产党|党委|党组|纪委|监委|政法委|[省市县区州旗]委|法院|检察院|办事处|街道|人大|政协|管理委员会|管委会/.test(n));
}

/** A news agency's dateline among the text's first lines (中新网 3月29日电, 新华社北京3月29日电). */
const DATELINE = /(?:网|社|报|台)\s*(?:[\u4e00-\u9fff]{2,6})?\s*\d{1,2}月\d{1,2}日\s*电/;
function newsDateline(a: Analysis): boolean {
  return DATELINE.test(a.doc.read.slice(0, 1500));
}

export const dateDeadline: Rule = {
  id: 'date-deadline',
  formats: 'all',
  defaultSeverity: 'warning',
  title: { zh: '晚于法定公开期限', en: 'Dated after the statutory deadline' },
  description: {
    zh: '年度报告须在法定期限内公开：县级以上人民政府部门（含政府办公室、街道办事处等）于次年1月31日前；县级以上地方人民政府本级的年度报告于次年3月31日前（条例（2019）第四十九条）；'
      + '2018年度及以前的报告于次年3月31日前（条例（2008）第三十一条）；法治政府建设年度报告于次年4月1日前（《法治政府建设与责任落实督察工作规定》）。'
      + '检查落款日期，没有落款日期时检查网页转贴的“发布日期”。落在期限当日的不提示；网页的发布日期晚于期限两年以上时，是网站迁移后重新发布的日期，不是报告的公开日期，不提示；转载报告的新闻带电头（“中新网 3月29日电”）时，网页的发布日期是转载的日期，也不提示；无法判断是部门还是政府本级报告时按较宽的3月31日检查。'
      + '错误示例：某区教育局2023年度报告落款“2024年2月20日”；正确示例：落款“2024年1月20日”。',
    en: 'Annual reports must be published by the statutory deadline: departments (including a government’s general office and sub-district offices) by 31 January of the next year; a county-or-higher government’s own report by 31 March (2019 regulation, art. 49); '
      + 'reports for 2018 and earlier by 31 March (2008 regulation, art. 31); rule-of-law reports by 1 April. '
      + 'The signing date and a web page’s 发布日期 are checked (publishing late is late too). A date on the deadline itself is accepted; a page’s stamp two years or more after the deadline is the site re-posting its archive, not the publication, and is not reported, nor is the stamp of a news copy with its dateline (中新网 3月29日电); when it is unclear whether the issuer is a department or the government itself, the later 31 March deadline applies. '
      + 'Wrong: a district education bureau’s 2023 report dated 2024年2月20日; right: dated 2024年1月20日.',
  },
  basis: '《政府信息公开条例》（2019）第四十九条；（2008）第三十一条；《法治政府建设与责任落实督察工作规定》（2019）',
  check(ctx) {
    const a = ctx.analysis;
    const year = a.doc.year;
    if (year === null || !a.format || !isAnnual(a)) return;
    const dl = a.format.deadline;
    // A report of a year before its deadline's basis existed (a 2018 法治政府建设 report: the 2019 督察工作规定).
    if (dl.fromYear !== undefined && year < dl.fromYear) return;
    const hasGovernmentDeadline = dl.governmentMonth !== undefined && dl.governmentDay !== undefined;
    // Unknown issuer: the later (government) deadline, so that no on-time report is flagged.
    const own = hasGovernmentDeadline ? ownGovernment(a) : null;
    const government = hasGovernmentDeadline && own !== false;
    const deadline = government ? { year: year + 1, month: dl.governmentMonth!, day: dl.governmentDay! } : { year: year + 1, month: dl.month, day: dl.day };
    const who = own === true ? '政府本级报告' : own === false ? '部门报告' : '';
    const candidates: [ReportDate | null, string, string][] = [[signingDate(a), '落款日期', 'Signed'], [publicationDate(a), '发布日期', 'Published']];
    for (const [d, label, labelEn] of candidates) {
      // One finding at most: the signing date first, then the publication stamp.
      if (!d || compareDates(d, deadline) <= 0) continue;
      // A page's stamp two years or more after the deadline (发布时间:[2020/08/24] on a 2014 report) is
      // the site moving its archive, not the report's publication: the report's own date is unknown.
      if (label === '发布日期' && d.year >= deadline.year + 2) continue;
      // A news copy of the report (中新网 3月29日电 据某部消息，某部发布……年度报告): the stamp is the copy's; the
      // report came out on the dateline's day, which the stamp does not show.
      if (label === '发布日期' && newsDateline(a)) continue;
      ctx.report({
        start: d.start,
        end: d.end,
        message: `${label}${showDate(d)}晚于法定公开期限${showDate(deadline)}（${who ? `${who}，` : ''}${dl.basis}）`,
        messageEn: `${labelEn} ${d.year}-${d.month}-${d.day}, after the statutory deadline ${deadline.year}-${deadline.month}-${deadline.day}`,
      });
      return;
    }
    // A department's rule-of-law report goes to its own government first (3月1日); only when
    // the issuer is certainly a department, and only as a hint: the signed copy may be a later one.
    const dep = dl.department;
    const d = dep ? signingDate(a) : null;
    if (!dep || !d || !certainDepartment(a)) return;
    const due = { year: year + 1, month: dep.month, day: dep.day };
    if (compareDates(d, due) <= 0) return;
    ctx.report({
      start: d.start,
      end: d.end,
      severity: 'info',
      message: `落款日期${showDate(d)}晚于部门报告的报送期限${showDate(due)}（${dep.basis}）；向社会公开的期限为${showDate(deadline)}，请核对报送时间`,
      messageEn: `Signed ${d.year}-${d.month}-${d.day}, after ${due.year}-${due.month}-${due.day}, when a department's report is due to its government; publication is due by ${deadline.year}-${deadline.month}-${deadline.day}`,
    });
  },
};
