// The English counterpart of a detection reason (formats/detect.ts writes it in Chinese, the
// product's first language), for English UIs: the status bar, govReport.showFormat, JSON output.
// Built phrase by phrase; quoted draft text stays as written; a phrase of an unknown shape is
// quoted whole, so nothing Chinese is shown outside quotes.
import { FORMATS } from './index';

type Rule = [RegExp, string | ((...m: string[]) => string)];

const WHERE: Record<string, string> = { 首句所述标题: 'the title named in the first sentence', '网页“名称”栏': 'the web page’s “名称” field', 标题: 'the title' };
const YEAR_FROM: Record<string, string> = {
  标题: 'the title', 首句所述标题: 'the title named in the first sentence', 统计期限: 'the reporting period', 正文年份: 'the years in the text',
  落款或封面日期: 'the signature or cover date', 网页发布日期: 'the web page’s publication date',
  所落实的年度政务公开工作要点: 'the year’s 政务公开工作要点 the report carries out',
};
const where = (w: string) => WHERE[w] ?? `“${w}”`;

const PHRASES: Rule[] = [
  [/^文中指定 govreport-kind: (\S+)$/, (k) => `pinned in the text: govreport-kind: ${k}`],
  [/^设置 govReport\.format = (\S+)$/, (k) => `setting govReport.format = ${k}`],
  [/^正文主要是外文（如英文摘要或译文），不是报告本身$/, 'the text is mostly in another language (an English summary or translation, say), not the report itself'],
  [/^开头写明是对年度报告的解读（现就……进行解读），不是报告本身$/, 'the opening says the page explains an annual report (现就……进行解读), not the report itself'],
  [/^页面列出多个年度的报告（报告目录或链接列表），不是报告本身$/, 'the page lists reports of several years (an index or a list of links), not a report itself'],
  [/^(首句所述标题|网页“名称”栏|标题)谈的是法治政府建设报告（解读、通知等），不是报告本身$/, (w) => `${where(w)} is about a rule-of-law report (an explanation, a notice …), not the report itself`],
  [/^(首句所述标题|网页“名称”栏|标题)谈的是政府信息公开工作年度报告（解读、通知、新闻、格式等），不是报告本身$/, (w) => `${where(w)} is about a government information disclosure report (an explanation, notice, news or form …), not the report itself`],
  [/^没有报告标题，开头一行写明“(.*)”，所述为半年或季度的情况，不是年度报告$/, (period) => `no report title, and a line at the top names “${period}”: a half-year or a quarter, not an annual report`],
  [/^没有标题，开头依据《高等学校信息公开办法》或按学年统计，为学校（高校）信息公开工作报告，不是政府信息公开工作年度报告$/, 'no title, and the opening cites the “高等学校信息公开办法” or counts a school year: a school\'s information disclosure report, not a government information disclosure report'],
  [/^(首句所述标题|网页“名称”栏|标题)为学校（高校）信息公开工作报告，依《高等学校信息公开办法》按学年编制，不是政府信息公开工作年度报告$/, (w) => `${where(w)} names a school's information disclosure report (under the “高等学校信息公开办法”, by school year), not a government information disclosure report`],
  [/^开头依据(.+)信息公开的规定而非《政府信息公开条例》，为企事业单位信息公开报告，不是政府信息公开工作年度报告$/, (x) => `the opening cites the information disclosure rules of “${x}” and not the 政府信息公开条例: an enterprise's or institution's information disclosure report, not a government information disclosure report`],
  [/^(首句所述标题|网页“名称”栏|标题)所述为另一类工作（([^）]+)）的报告，不是政府信息公开工作年度报告$/, (w, x) => `${where(w)} names a report on another kind of work (“${x}”), not a government information disclosure report`],
  [/^(首句所述标题|网页“名称”栏|标题)所述为另一类工作（([^）]+)）的报告，不是法治政府建设年度报告$/, (w, x) => `${where(w)} names a report on another kind of work (“${x}”), not a rule-of-law government annual report`],
  [/^(首句所述标题|网页“名称”栏|标题)含(“.*”)$/, (w, q) => `${where(w)} contains ${q}`],
  [/^(首句所述标题|网页“名称”栏|标题)为年度法治建设报告，正文报告法治政府建设情况$/, (w) => `${where(w)} names a year's 法治建设 report, and the text reports on the rule-of-law government work`],
  [/^(首句所述标题|网页“名称”栏|标题)为公布报告的通知，其下为报告全文$/, (w) => `${where(w)} is a notice publishing the report, and the report follows in full`],
  [/^(首句所述标题|网页“名称”栏|标题)谈及年度报告，其下开头为“现将……年度政府信息公开工作情况汇报如下”，为报告本身$/, (w) => `${where(w)} reads as about a report, but the text below opens with 现将……年度政府信息公开工作情况汇报如下: the report itself`],
  [/^(首句所述标题|网页“名称”栏|标题)为报送报告的函，其下为报告的法定章节 (\d+) 个$/, (w, n) => `${where(w)} is a covering letter sending the report, and the report's ${n} statutory parts follow`],
  [/^(首句所述标题|网页“名称”栏|标题)为政府信息公开工作报告$/, (w) => `${where(w)} names a government information disclosure report`],
  [/^未能确定年度$/, 'the year could not be settled'],
  [/^(\d{4}) 年度（据([^）]*)），适用(.*)$/, (y, s, f) => `report year ${y} (from ${YEAR_FROM[s] ?? `“${s}”`}), so the ${formatEn(f)} applies`],
  [/^(\d{4}) 年度（据([^）]*)）$/, (y, s) => `report year ${y} (from ${YEAR_FROM[s] ?? `“${s}”`})`],
  [/^标题不是法定的“政府信息公开工作年度报告”写法$/, 'the title is not worded as the statutory “政府信息公开工作年度报告”'],
  [/^法定章节标题 (\d+) 个$/, (n) => `${n} statutory section headings`],
  [/^开头列出报告的法定部分 (\d+) 个$/, (n) => `the opening lists ${n} of the report's statutory parts by name`],
  [/^开头为(“.*”)$/, (q) => `it opens with ${q}`],
  [/^第一部分(“.*”)写明年度政府信息公开工作$/, (q) => `it opens with the first part ${q}, on a year's government information disclosure work`],
  [/^2008 年条例报告的章节标题 (\d+) 个$/, (n) => `${n} section headings of a 2008-regulation report`],
  [/^标题(“.*”)中的报告名称被植入的垃圾词替换，其余为政府信息公开工作报告的写法$/, (q) => `the title ${q} had its report name replaced by injected spam; the rest reads as a government information disclosure report`],
  [/^标题不是报告标题$/, 'the title is not a report title'],
  [/^正文开头为条文（第一条、第一章……）或“制定本制度”等，是制度、办法或规定，不是报告$/, 'the text opens with numbered articles (第一条, 第一章 …) or says 制定本制度: a set of rules, not a report'],
  [/^开头为主送机关和“现就……有关事项通知如下”，是关于报告的通知，不是报告本身$/, 'the text opens with addressees and 现就……有关事项通知如下: a notice about the reports, not a report'],
  [/^没有报告标题，法定章节标题少于两个$/, 'no report title, and fewer than two statutory section headings'],
  [/^没有报告标题，文本从法定表格开始（表二、表三的法定行和数字俱在）$/, 'no report title: the text starts inside the statutory tables (tables 2 and 3 with their statutory lines and figures)'],
  [/^没有报告标题，法定章节标题少于两个，但有政府信息公开年度报告的表格栏目 (\d+) 个：未能确定报告类型$/, (n) => `no report title, and fewer than two statutory section headings, but ${n} table labels of a government information disclosure report: the report kind could not be settled`],
  [/^没有报告标题，法定章节标题少于两个，但有政府信息公开年度报告的法定部分 (\d+) 个（章节标题、目录或总体情况的分项）：未能确定报告类型$/, (n) => `no report title, and fewer than two statutory section headings, but ${n} statutory parts of a government information disclosure report (headings, contents lines or the overview's sub-parts): the report kind could not be settled`],
  [/^标题不是报告标题，但有政府信息公开年度报告的表格栏目 (\d+) 个：未能确定报告类型$/, (n) => `the title is not a report title, but ${n} table labels of a government information disclosure report: the report kind could not be settled`],
  [/^未写明年度$/, 'no report year stated'],
  [/^表格栏目为 (\d{4}) 年格式$/, (y) => `the table labels are those of the ${y} format`],
  [/^未写明年度，也没有可区分格式的表格栏目，暂按 ?(.*)检查$/, (f) => `no report year stated and no table labels that tell the formats apart: checked as ${f.includes('2008') ? 'the 2008 regulation' : 'the current 2021 format'} for now`],
  [/^未识别为年度报告$/, 'not recognised as an annual report'],
  [/^没有标题，开头段落报告法治政府建设情况$/, 'no title, and the opening paragraph reports on the rule-of-law government work'],
];

function formatEn(zh: string): string {
  const f = Object.values(FORMATS).find((x) => x.name.zh === zh.trim());
  return f ? f.name.en : `“${zh}”`;
}

const HAN = /\p{Script=Han}/u;

/** The English reason for a Chinese one (undefined stays undefined). */
export function kindReasonEn(reason: string | undefined): string | undefined {
  if (reason === undefined) return undefined;
  if (!HAN.test(reason)) return reason;
  // Phrases are joined by ；; a phrase that does not match whole is quoted as written.
  return reason.split('；').map((p) => {
    for (const [re, make] of PHRASES) {
      const m = re.exec(p);
      if (m) return typeof make === 'string' ? make : make(...m.slice(1));
    }
    return HAN.test(p) ? `“${p}”` : p;
  }).join('; ');
}
