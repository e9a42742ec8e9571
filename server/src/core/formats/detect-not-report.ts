// Openings that make a text no annual report whatever parts it shows, for detect.ts: a set of rules opening with its
// articles (第一条 / 制定本制度), a page on a half-year or a quarter (2022年上半年……), and an enterprise's report under its
// sector's rules that never cites the 条例 (根据供电企业信息公开工作有关要求).
import type { ParsedDocument } from '../parse/document';
import { normalize } from '../text/normalize';
import { openingLines } from '../parse/opening-lines';

/**
 * A rules text (制度, 办法, 规定, 条例) opens with its first article or chapter (第一条 为了规范…,
 * 第一章 总则) within its first lines; a report never does. Its items may repeat a report's
 * section names (主动公开政府信息的情况 …) as the contents a report must have.
 * The statutory tables' 第二十条第（一）项 is not an article line.
 */
const ARTICLE_ONE = /^第一(?:条(?!第)|章)/;
/** Or its preamble says what it is (为……，根据《条例》，制定本制度。) with numbered items below. */
const RULES_PREAMBLE = /^[^。]{0,200}制定本(?:制度|办法|规定|细则|规则|规范)。/;
export function opensWithArticles(doc: ParsedDocument): boolean {
  for (const { raw: whole, seen } of openingLines(doc.readLines, { max: 8, within: 60, also: (r) => !r.slice(0, 300).trim() })) {
    const raw = whole.slice(0, 300);
    const t = normalize(raw.replace(/^[\s#*]+/, ''));
    if (ARTICLE_ONE.test(t) || (seen <= 3 && RULES_PREAMBLE.test(t))) return true;
  }
  return false;
}

/**
 * A short line at the top naming part of a year (2022年上半年政府信息公开数据统计, 2023年第二季度……): a page on a
 * half-year or a quarter, whatever statutory-looking parts it has, is no annual report.
 */
const PART_YEAR = /(?:19|20)\d{2}年度?(?:上半年|下半年|第?[一二三四1-4]季度|1\s*[-—–至~]\s*6月|7\s*[-—–至~]\s*12月)/;
export function partYearLine(doc: ParsedDocument): string | null {
  for (const at of openingLines(doc.readLines, { max: 4, within: 40, also: (r) => !r.slice(0, 200).trim() })) {
    const raw = at.raw.slice(0, 200).trim();
    // (Up to 80 characters: a narrow page's view may join it to the short lines around it.)
    const m = raw.length <= 80 && !/[。，,；;]/.test(raw) ? PART_YEAR.exec(raw) : null;
    if (m) return normalize(m[0]);
  }
  return null;
}


/**
 * An enterprise's or a public institution's 信息公开 report under its own sector's rules, not the 条例: the
 * opening names those rules as its basis (根据供电企业信息公开工作有关要求, 依据《供水、供气、供热等公共企事业单位信息公开
 * 实施办法》) and none of the first lines cites the 政府信息公开条例. (A 供电局 reporting under the 条例 as well, its
 * report in the statutory form, cites the 条例: that is a government report.) Returns the sector's words.
 */
const SECTOR_BASIS = /(?:根据|依据|按照|依照|遵照)[^。；;]{0,16}?((?:供电|供水|供气|供热|电力|电网|公交|燃气)企业|公共企事业单位|供水、供气、供热等公共企事业单位)信息公开/;
export function sectorBasis(doc: ParsedDocument): string | null {
  let found: string | null = null;
  for (const { raw } of openingLines(doc.readLines, { max: 8, within: 60 })) {
    const t = normalize(raw.slice(0, 600));
    if (/政府信息公开条例|《条例》/.test(t)) return null;
    found ??= SECTOR_BASIS.exec(t)?.[1] ?? null;
  }
  return found;
}
