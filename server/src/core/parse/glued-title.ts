// In a copy joined without breaks (every line break and space lost), the report title glued between
// the page's chrome (breadcrumb, channel names, metadata fields) and its metadata or text:
// where flat-view.ts cuts it out as a line of its own.
import { GLUED_CHANNEL } from './title-chrome';
import { readThroughPinyin } from '../text/pinyin-compact';

/** A report title's year and report words (…2023年度政府信息公开工作年度报告, …关于2023年法治政府建设情况的报告,
 * …2023年度法治政府建设报告, …2022年度法治政府建设工作情况, a department's …2024年度法治政府部门建设工作情况). */
// (The year is no date's: 2024-03-26某某镇2023年…; the words cross no breadcrumb's >.)
const REPORT_TITLE = /(?<![\d\-/.])(?:19|20)\d{2}(?![\-/.\d]) ?年(?! ?\d{1,2} ?月)度? ?[^。，,；;：:《》"“”\s|>›]{0,30}?(?:工作年度报告|年度报告|情况报告|工作报告|的报告|公开报告|法治政府建设报告|年报|工作总结|法治政府(?:部门)?建设(?:工作)?情况(?!报告|汇报|的|如下))/;
/** The issuer before a title's year, back to the metadata or chrome before it (…15:34某某区人民政府2025年…). */
const ISSUER_BEFORE = /[\u3400-\u9fff（）()]{2,40}$/;
/** A field left empty (浏览次数:) or a notice's number ((2024年第1号):) right before the issuer of a glued title. */
const EMPTY_FIELD_BEFORE = /(?:浏览次数|点击数|点击次数|访问次数|阅读次数|第?\d{1,4}号[)）])[:：]$/;
/** A publishing field and its value at the end of the text before a title. */
const META_VALUE = /(?:发布机构|發布機構|发文机关|發文機關|所属机构|來源|来源|作者)[:：]\s?[\u3400-\u9fff（）()]{2,40}$/;
/** A report title without a year opening the line. */
// (Not the report naming itself: 本年度报告根据《…)
const LEADING_BARE_TITLE = /^(?!本)[\u3400-\u9fff（）()]{0,24}?(?:信息公开|政务公开)(?:工作)?(?:年度报告|年报)/;
/** A title without a year before its report words, its year after them in brackets (…年度报告(2024年度)). */
const YEAR_AFTER_TITLE = /([\u3400-\u9fff]{2,60}?)(?:信息公开|政务公开)(?:工作)?(?:年度报告|年报)[（(](?:19|20)\d{2}年度?[）)]/;
/** A news headline's words after the report's name: 》公布, 》近日发布, 编制和发布部署会 (not a 发布时间 field). */
const NEWS_AFTER = /^》?(?:近日|日前|正式)?(?:公布|发布(?![时日者人单部机])|出炉|亮相|解读|编制|部署|培训)/;
/** A page's 名称 or 标题 field right before its value (• 名称:…). */
const NAME_FIELD = /(?:名\s?称|标\s?题|文件名称)\s?[:：]\s?$/;
/** What may follow a title glued to its report's first sentence: a date under it (in figures, or in Chinese numerals:
 * (二〇一一年四月一日), pR/04), a purpose (为贯彻落实…), its document number ((某县自然资字〔2025〕79号)). */
const AFTER_TITLE_OK = /^(?:[（(] ?(?:(?:19|20)\d{2}|[一二][〇○零][〇○零一二三四五六七八九]{2}) ?年|为(?:了)?(?:贯彻|落实|进一步|深入|全面|认真|切实|做好|推进|加强)|[（(][\u3400-\u9fff]{1,12}[〔［\[]\s?(?:19|20)\d{2}\s?[〕］\]]\s?第?\d{1,4}号[）)])/;
/** Another document's title going on after the report words: 编制发布工作的通知, 的函, 有关事项的通知. */
const OTHER_TITLE_AFTER = /^》?[\u3400-\u9fff]{0,12}的(?:通知|函|意见|批复|通报|决定|公告)/;
/** How far into the line the title may stand (after the page's chrome). */
const TITLE_WITHIN = 300;

/**
 * The publication note closing a letter or notice that sends or issues a report (（此件主动公开）, (此件公开发布)), or
 * the letter's closing words, its sender and date (特此报告。某某局2025年1月15日).
 */
const LETTER_NOTE = /[（(]此件[\u3400-\u9fff]{2,8}[）)]|特此(?:报告|函告|报送|呈报)[。.]?[\u3400-\u9fff（）()]{2,30}?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日/;
/** How far into the line a covering letter's note may stand. */
const LETTER_WITHIN = 800;

/**
 * A copy joined without breaks glues the page's chrome, the title and the metadata after it
 * (首页>年报>某某街道2023年度政府信息公开工作年度报告发布日期:2024-01-26…): the first report title
 * before any sentence is cut out, from after a breadcrumb's last > before it to its report words.
 * A report sent or issued with a letter (省政府办公厅:……现报送《……》，请审核。某某委员会2024年1月5日
 * （此件主动公开）某某委员会2023年……年度报告本报告…): its title is read after the letter's closing note.
 */
export function gluedTitleCuts(text: string, from: number, to: number): number[] {
  // (Read through a converter's pinyin, 年報(bào)告: the cuts are placed back at the text's offsets.)
  return readThroughPinyin(text, from, to, PINYIN_WITHIN, cutsIn);
}

/** How far into the line the title and a letter's note are sought when the line has converter pinyin (annotations included). */
const PINYIN_WITHIN = 4 * (LETTER_WITHIN + TITLE_WITHIN);

function cutsIn(text: string, from: number, to: number): number[] {
  const note = LETTER_NOTE.exec(text.slice(from, Math.min(to, from + LETTER_WITHIN)));
  if (note) {
    const after = from + note.index + note[0].length;
    const cuts = titleCuts(text, after, to);
    if (cuts.length) return [...cuts, after];
  }
  return titleCuts(text, from, to);
}

function titleCuts(text: string, from: number, to: number): number[] {
  // (`text` is doc.read, in Simplified script: 館前鎮2010年度政府信息公開報告 reads as its Simplified form.)
  const head = text.slice(from, Math.min(to, from + TITLE_WITHIN));
  // (Or, first in the line, a title without its year: 政府信息公开工作年度报告某某管委会2026年1月8日…)
  // (Or a title whose year follows it in brackets, glued to the site's toolbar words before it:
  // 今天是智能问答无障碍浏览长者模式某某局政府信息公开工作年度报告(2024年度)日期:….)
  const yearAfter = REPORT_TITLE.test(head) || LEADING_BARE_TITLE.test(head) ? null : YEAR_AFTER_TITLE.exec(head);
  const m = REPORT_TITLE.exec(head) ?? LEADING_BARE_TITLE.exec(head) ?? yearAfter;
  if (!m) return [];
  const before = head.slice(0, m.index);
  const end = m.index + m[0].length;
  // Inside a sentence (根据……编制了2023年……年度报告，) or going on as one (……年度报告由……组成): no title.
  const after = head.slice(end);
  // (Nor inside another book title: 《关于做好2022年度……年度报告编制工作的通知》.)
  // (Commas and semicolons before a field's date are a metadata block's values, not a sentence:
  // 其他;政府信息公开年报;某某管委会2023-01-31.)
  if (/。/.test(before) || /[，,；;]/.test(before.slice(lastStampEnd(before))) || (before.lastIndexOf('《') > before.lastIndexOf('》') && !after.startsWith('》')) || (/^[。，,；;、由是的为（(]/.test(after) && !AFTER_TITLE_OK.test(after))) return [];
  // (Nor the report named inside another document's title: 关于认真做好2021年……年度报告编制发布工作的通知.)
  // (Nor a news headline naming it: 《……年度报告》公布, ……年报编制和发布部署会.)
  if (OTHER_TITLE_AFTER.test(after) || NEWS_AFTER.test(after)) return [];
  // (Not after a colon: 文字解读:…年度报告 is a page about the report, its label part of the title.)
  // (A breadcrumb of slashes, 首页/新闻资讯/行业资讯, ends where a breadcrumb's > would.)
  const chrome = Math.max(before.lastIndexOf('>'), /首页\s?[/／]/.test(before) ? Math.max(before.lastIndexOf('/'), before.lastIndexOf('／')) : -1);
  const out = [from + end];
  // A metadata field's value glued to the title (发布机构:某某办公室2025年……年度报告): the title
  // starts at its year.
  // (So does the value of a 名称/标题 field: 名称:2025年……年度报告.)
  if (META_VALUE.test(before) || NAME_FIELD.test(before)) out.push(from + m.index);
  if (chrome >= 0) out.push(from + chrome + 1);
  // A cell border of the page's metadata table before it (…|发布单位:|谢塘镇|2013年度谢塘镇……年度报告, or
  // …|汤浦镇|汤浦镇2009年……年报): the title starts after the last border, its issuer with it.
  const border = Math.max(before.lastIndexOf('|'), before.lastIndexOf('｜'));
  if (border >= 0 && border > chrome && /^[\u3400-\u9fff（）()]{0,40}$/.test(before.slice(border + 1))) out.push(from + border + 1);
  if (yearAfter) out.push(from + m.index + (GLUED_CHANNEL.exec(yearAfter[1])?.[0].length ?? 0));
  // The issuer glued to a metadata field's value before it (发布时间:2024-03-26某某镇2023年…):
  // the title starts at the issuer.
  const issuer = ISSUER_BEFORE.exec(before);
  if (issuer && issuer.index > 0 && issuer.index > chrome && /\d/.test(before[issuer.index - 1])) out.push(from + issuer.index);
  // (Or to a field left empty, 浏览次数:某局2023年…, or to a notice's number, (2024年第1号):某部2023年…, before it: not
  // to a label that makes the page one about the report, 文字解读:….)
  if (issuer && issuer.index > 0 && issuer.index > chrome && EMPTY_FIELD_BEFORE.test(before.slice(0, issuer.index))) out.push(from + issuer.index);
  // The breadcrumb's last item, a site's channel names or a metadata field's value glued to the
  // issuer (…>部门公开年报东街街道2023年…, 政府信息公开指南政府信息公开制度某某局2023年…,
  // 组配分类政府信息公开年报2023年某某镇…): the title starts after the last channel or field word.
  if (issuer && (issuer.index === 0 || issuer.index === chrome + 1 || /[\d:：|]/.test(before[issuer.index - 1]))) {
    const channel = GLUED_CHANNEL.exec(issuer[0]);
    if (channel) out.push(from + issuer.index + channel[0].length);
  }
  // (A side menu's names glued before the issuer run longer than an issuer: 政策政府信息公开指南…重点领域公开某某市.)
  const menu = issuer && issuer.index > 0 && /^[\u3400-\u9fff（）()]+$/.test(before) ? GLUED_CHANNEL.exec(before) : null;
  if (menu) out.push(from + menu[0].length);
  return out;
}

/** Where the last date stamp of a metadata field (2023-01-31, 2023-01-31 15:27) ends in `s`; 0 without one. */
function lastStampEnd(s: string): number {
  let end = 0;
  for (const m of s.matchAll(/(?:19|20)\d{2}-\d{1,2}-\d{1,2}/g)) end = m.index! + m[0].length;
  return end;
}
