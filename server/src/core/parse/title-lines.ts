// A title over two or three lines (PDF text centred on a narrow page, a web title wrapped, the
// issuer on a line of its own): whether a line goes on into the line below as one title. Reads
// normalised text only; the callers in title.ts decide which lines are candidates.
import { normalize } from '../text/normalize';

/** A line that is only an issuer's name (某某县人民政府, 某某街道办事处, 某某局). */
export const ORG_LINE = /^[\u3400-\u9fff（）()]{2,30}(?:人民政府办公室|人民政府办公厅|人民政府|办事处|管理处|管委会|委员会|办公室|办公厅|管理局|分局|总局|局|厅|委|院|中心|政府|街道|镇|乡)$/;

/** A label before a title (文字解读:, 图解：, 【工作总结】). */
export const LABEL_PREFIX = /^(?:[\u3400-\u9fff]{2,6}[:：]|【[\u3400-\u9fff]{1,8}】)/;

/** A report's statutory name at the end of a title (…政府信息公开工作年度报告, …法治政府建设情况的报告). */
const REPORT_NAME = /(?:政府信息公开|法治政府建设|政务公开).{0,14}(?:报告|年报)$/;

/** Whether the break between `up` and `down` falls inside one of the report words (…年度政府 / 信息公开…). */
export function splitsReportWords(up: string, down: string): boolean {
  const joined = up + down;
  return ['政府信息公开', '信息公开', '法治政府建设', '政务公开', '年度报告'].some((w) => {
    const at = joined.indexOf(w, Math.max(0, up.length - w.length + 1));
    return at >= 0 && at < up.length && at + w.length > up.length;
  });
}

/**
 * Whether `upNorm`, a short line without report words, is the first part of a title whose rest is
 * `norm`: the issuer above the report words (台州市路桥区人民政府 / 关于2021年法治政府建设的年度报告),
 * a line ending in the year or in 关于, or a break inside the report words.
 */
export function continuesTitle(upNorm: string, norm: string): boolean {
  // The year and the issuer above the report words (2019年某某街道 / 政府信息公开工作年度报告).
  const yearOrg = /^(?:19|20)\d{2}年度?/.test(upNorm) && ORG_LINE.test(upNorm.replace(/^(?:19|20)\d{2}年度?/, ''));
  // The title broken inside the statutory name after the year (某某街道办事处2024年度政府 / 信息公开工作年度报告;
  // a year without 年 too: 2022政府信息 / 公开工作年度报告).
  const brokenName = /(?:19|20)\d{2}(?:年度?)?(?:政府|政府信息)$/.test(upNorm) && /^(?:信息)?公开(?:工作)?(?:年度报告|年报)/.test(norm)
    && (upNorm + norm).includes('政府信息公开');
  // A title about the report whose verb ends the line above (省政府党组召开会议审议 / 2019年度法治政府建设情况报告,
  // 关于印发 / 某某区2023年……报告的通知): one title, about a report, not the report's own.
  // (Not a page's byline: 本专题内容由司法局发布 / 某某市人民政府关于……报告.)
  const aboutReport = /(?:审议|审定|通过|印发|公布|发布|报送|解读|听取|转发)$/.test(upNorm) && !/由|^本/.test(upNorm)
    && /^(?:关于)?(?:(?:19|20)\d{2}年|政府信息公开|法治政府建设|政务公开|[\u3400-\u9fff（）()]{2,30}(?:19|20)\d{2}年)/.test(norm);
  // (An issuer after a label, 文字解读:某某局 / 2023年政府信息公开工作年度报告, is an issuer line too.)
  const org = ORG_LINE.test(upNorm.replace(LABEL_PREFIX, ''));
  const follows = aboutReport || brokenName || (yearOrg ? /^(?:政府信息公开|法治政府建设|政务公开)/.test(norm)
    : org ? /^(?:关于)?(?:(?:19|20)\d{2}年|政府信息公开|法治政府建设|工作|年度报告|报告|年报)/.test(norm)
    : /(?:19|20)\d{2}年度?$/.test(upNorm) ? /^(?:度)?(?:政府信息公开|法治政府建设|政务公开|工作|年度报告|报告|年报)/.test(norm)
      // The issuer and a year that lost its 年 (某某办公厅2022 / 政府信息公开工作年度报告).
      : /[\u3400-\u9fff）)](?:19|20)\d{2}$/.test(upNorm) ? /^(?:政府信息公开|法治政府建设|政务公开)/.test(norm)
      : /关于$/.test(upNorm) ? /^(?:19|20)\d{2}年/.test(norm)
        // (…公开工作 / 的年度报告: the rest opens with 的.)
        : /^(?:工作|年度报告|报告|年报|的(?:年度)?(?:工作)?(?:报告|年报|情况报告))/.test(norm));
  // Or the line broke inside the report words (某某局2024年政府 / 信息公开工作年度报告), with the year
  // or the report's whole name in the joined text (关于法治政府 / 建设的情况报告).
  // (Without the year, not when the rest is a report's name by itself: 某街道办事处人民政府 / 信息公开工作年度报告
  // is the issuer above a title.)
  const joined = upNorm + norm;
  const named = /(?:19|20)\d{2}年/.test(joined) || (REPORT_NAME.test(joined) && !/^(?:政府)?(?:信息公开|政务公开|法治政府建设)/.test(norm));
  const inWord = named && splitsReportWords(upNorm, norm);
  return follows || inWord;
}

/**
 * Whether `next`, the line below a page's 名称/标题 field whose value is `value`, is the rest of that
 * value wrapped by a narrow page (名 称: 下陆区卫生健康局 / 2021年政府信息公开工作年度报告, 标题: 某某镇2023年
 * ……工作年度 / 报告): the value is no whole title by itself, and the two read as one report title.
 * (Normalised text both: the callers hold the lines as doc.read has them.)
 */
export function continuesMetaName(value: string, next: string): boolean {
  if (value.length < 2 || next.length < 2 || next.length > 60 || /(?:报告|年报|总结)$/.test(value)) return false;
  // (Another field of the block, a sentence or a heading below is no part of the value.)
  if (/[:;,。]|^(?:[一二三四五六七八九十]+、|\(|\d{1,2}[、.])/.test(next)) return false;
  const joined = value + next;
  if (!/(?:报告|年报)$/.test(joined) || !/(?:政府信息公开|政务公开|法治政府建设|信息公开)/.test(joined)) return false;
  // (An issuer that ORG_LINE does not know, 平潭综合实验区, above its year and the report words: the field names the title.)
  return continuesTitle(value, next) || (/^[\u3400-\u9fff（）()]{2,30}$/.test(value) && /^(?:关于)?(?:19|20)\d{2}年/.test(next));
}

/**
 * Whether the line `up` (a bare name: an issuer) is the first half of a title wrapped below it, `below`
 * going on with the year and the report words (麟游县自然资源局 / 2023年政府信息公开工作年度报告), or
 * with the report words' end (某某局2025年……工作年度 / 报告). Lines
 * as written: normalised here. Chrome readers ask it before they take a short name for a menu item or a
 * metadata value.
 */
export function opensWrappedTitle(up: string, below: string): boolean {
  const b = normalize(below.slice(0, 120));
  const u = normalize(up.slice(0, 60));
  // (Or the title's last characters below it: 某某局2025年……工作年度 / 报告.)
  return /(?:19|20)\d{2}/.test(u + b) && /(?:报告|年报)$/.test(b) && continuesTitle(u, b);
}
