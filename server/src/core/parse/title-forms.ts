// Titles in two published forms findTitle reads first or last: a report issued inside the notice
// that publishes it (关于印发……年度报告的通知, then the report's own title), and a page stored as
// one long line with the title run into the body. Every scan is bounded.
import type { LineMap } from '../text/line-map';
import { normalize } from '../text/normalize';
import type { TitleInfo } from './title';
import { GLUED_CHANNEL } from './title-chrome';
import { continuesTitle } from './title-lines';

// (A 法治政府建设 report is also published under the name of what it tells, with its year:
// 四川省人民政府2022年度法治政府建设工作情况, 福州市2025年法治政府建设情况; a department's 法治政府部门建设:
// 某省交通运输厅2024年度法治政府部门建设工作情况.)
export const TITLE_WORDS = /(年度报告|工作报告|情况报告|的报告|年报|工作总结|报告$|(?:19|20)\d{2}年度?(?:推进)?法治政府(?:部门)?建设(?:工作)?情况$)/;

/** A notice that issues a report: 关于印发某某区2024年度政府信息公开工作年度报告的通知 (possibly over two lines). */
// Or a letter or notice that sends or publishes it (关于报送……年度报告的函, 关于公布……年度报告的通知),
// a site name possibly after it in a browser page title (…的函- 某某厅公众网); the report's name may be
// quoted and the letter's number follow (关于报送《2020年……年度报告》的函(川发改函〔2021〕6号)).
const ISSUING_NOTICE = /关于(?:印发|公布|发布|报送|上报).{0,60}(?:年度报告|年报|的报告|情况报告)》?的(?:通知|函)(?:\([^()]{2,20}号\))?(?:\s?[-_|—]\s?[^-_|—]{2,30})?$/;

/**
 * A report published inside the notice that issues it (泉港政办〔2025〕1号 / 某某办公室关于印发……
 * 年度报告的通知 / 各镇人民政府…… / 现将《……》印发给你们 / 落款 / 某某区2024年度……年度报告 / 根据……):
 * the report's own title line below the notice (its 0-based line) is the title. Only when the notice stands near the
 * top and the report title follows within a few lines after it.
 */
export function issuedReportLine(lines: LineMap, headingLines: Set<number>, isProse: (raw: string) => boolean): { first: number; last: number } | null {
  let notice = -1;
  let prevNorm = '';
  for (let line = 0; line < lines.lineCount && line < 20; line++) {
    const raw = lines.lineText(line);
    if (!raw.trim()) continue;
    const norm = normalize(raw.slice(0, 200).replace(/^[#*\s]+/, ''));
    if (ISSUING_NOTICE.test(norm) || ISSUING_NOTICE.test(prevNorm + norm)) { notice = line; break; }
    prevNorm = norm;
  }
  if (notice < 0) return null;
  for (let line = notice + 1; line < lines.lineCount && line <= notice + 40; line++) {
    if (headingLines.has(line)) return null;
    const raw = lines.lineText(line);
    if (!raw.trim() || raw.length > 80 || isProse(raw)) continue;
    const norm = normalize(raw.replace(/^[#*\s]+/, ''));
    if (!/(?:19|20)\d{2}年/.test(norm) || /通知|印发|^附件/.test(norm)) continue;
    if (/(?:年度报告|年报|的报告|情况报告)$/.test(norm)) return { first: line, last: line };
    // (The title's end on the line below, a narrow page's wrap: 贺州市2009年度……工作年度 / 报告.)
    const below = line + 1 < lines.lineCount && !headingLines.has(line + 1) ? lines.lineText(line + 1) : '';
    const belowNorm = normalize(below.trim());
    if (belowNorm && belowNorm.length <= 20 && !isProse(below) && /(?:年度报告|年报|的报告|情况报告)$/.test(norm + belowNorm)
      && !/通知|印发/.test(belowNorm) && continuesTitle(norm, belowNorm)) return { first: line, last: line + 1 };
  }
  return null;
}

/**
 * A page stored as one long line, its title run into the body (某某市人民政府关于2023年度法治政府建设
 * 情况的报告2023年，省政府坚持……): the report title near the start, followed at once by the body's
 * opening year or its first heading.
 */
// A space may stand after the year and before the body (清水县人民政府2019年 政府信息公开工作年度报告 一、总体情况 …).
// Or its opening sentence: the basis cited (根据《条例》……) or the report naming itself (本年度报告…).
// A PDF text layer may space the year from 年 (2016 年滨海新区……的报告2016 年,……) and put a page number first (1、1).
const RUN_IN_TITLE = /((?:19|20)\d{2} ?年(?! ?\d{1,2} ?月)度? ?[^。，,；;：:《》"“”\s]{0,30}?(?:工作年度报告|年度报告|情况报告|工作报告|的报告|工作总结))(?= {0,3}(?:(?:19|20)\d{2} ?年(?:度)?[,，]|[一1][、.．]|(?:根据|依据|按照|依照)《|本(?:年度)?报告|本年报))/;

// Or, pasted with a space for each line break, the title standing as one of the line's first
// space-separated pieces, after web chrome if any (首页 / 年报 / 正文 某某街道办事处2022年政府信息公开
// 工作年度报告 根据《条例》……; 某某县人民政府办公室 2024年……年度报告 ……).
const LEADING_TITLE = /(?:^|[\s\u3000])((?:[\u3400-\u9fff（）()]{2,40}?[ \u3000]?)?(?:19|20)\d{2} ?年(?! ?\d{1,2} ?月)度? ?[^。，,；;：:《》"“”\s]{0,30}?(?:工作年度报告|年度报告|情况报告|工作报告|的报告|工作总结))(?=[\s\u3000]{1,3}\S)/;

/** The report title among the first pieces of a long line (its start and end columns), or null. */
export function leadingTitle(lineText: string): { start: number; end: number } | null {
  // (`lineText` is a line of the text read in Simplified script, doc.read: no conversion here.)
  const m = LEADING_TITLE.exec(lineText.slice(0, 200));
  return m ? { start: m.index + m[0].length - m[1].length, end: m.index + m[0].length } : null;
}

/** The title among the first pieces of `line` as a TitleInfo, when it ends by column `before`. */
export function leadingTitleInfo(lines: LineMap, line: number, before = Infinity): TitleInfo | null {
  const raw = lines.lineText(line);
  const piece = leadingTitle(raw);
  if (!piece || piece.end > before) return null;
  // A flip-book page header (Page 8 - 某某局2022年……年度报告) is read whole, as on a line of its own.
  const page = /^\s*(Page ?\d{1,4} ?- ?)$/i.exec(raw.slice(0, piece.start));
  if (page) piece.start -= page[1].length;
  const text = raw.slice(piece.start, piece.end);
  const start = lines.lineStarts[line] + piece.start;
  return { line, endLine: line, start, end: start + text.length, text, norm: normalize(text), source: 'one-line' };
}

export function oneLineTitle(lines: LineMap): TitleInfo | null {
  for (let line = 0; line < lines.lineCount && line < 10; line++) {
    const raw = lines.lineText(line);
    if (!raw.trim()) continue;
    if (raw.length < 200) return null;
    const lead = leadingTitleInfo(lines, line);
    if (lead) return lead;
    const head = raw.slice(0, 160);
    const m = RUN_IN_TITLE.exec(head);
    if (!m) return null;
    // The issuer before the year: back to the last punctuation or Latin debris (网站名 www.…com).
    const before = head.slice(0, m.index);
    // (Not over another copy of the title or a channel name before it, glued in a copy without
    // breaks: 某某乡2021年……年度报告某某乡2021年……年度报告根据《…: the issuer starts after its report words.)
    // (Nor over the closing note of a letter that sends the report: ……2024年1月5日(此件主动公开)某某委2023年….)
    const run = (/[\u3400-\u9fff（）()]{0,40}$/.exec(before)?.[0] ?? '').replace(/^.*[（(]此件[\u3400-\u9fff]{2,8}[）)]/, '');
    const issuer = run.slice(GLUED_CHANNEL.exec(run)?.[0].length ?? 0);
    const startCol = m.index - issuer.length;
    // The title printed twice (……年度报告某某乡2021年……年度报告): its first copy.
    const years = [...m[1].matchAll(/(?:19|20)\d{2} ?年/g)];
    const tail = years.length > 1 ? m[1].slice(years[years.length - 1].index) : '';
    const length = tail && m[1].startsWith(tail) ? tail.length : m[1].length;
    const text = head.slice(startCol, m.index + length);
    const norm = normalize(text);
    if (!TITLE_WORDS.test(norm)) return null;
    const start = lines.lineStarts[line] + startCol;
    return { line, endLine: line, start, end: start + text.length, text, norm, source: 'one-line' };
  }
  return null;
}

/** A year written in Chinese numerals (二〇一三) → 2013. */
export function cnYear(s: string): number {
  const d: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  return Number([...s].map((c) => d[c]).join(''));
}
/** A month written in Chinese numerals (十二) → 12. */
export function cnMonth(s: string): number {
  const d: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
  return d[s] ?? 0;
}

/** The bare statutory name on a line (政府信息公开年度报告): a channel's name when a title with the year follows. */
export const CHANNEL_NAME = /^(?:政府)?信息公开(?:工作)?(?:年度报告|年报)$/;
/** A short line with a year and the report words and no sentence punctuation: a title line. */
export function yearTitleLine(raw: string): boolean {
  const n = normalize(raw.slice(0, 200));
  return n.length <= 80 && /(?:19|20)\d{2}年/.test(n) && TITLE_WORDS.test(n) && !/[,;。]/.test(n);
}
/** A year after a comma with the organ as its subject (…坚持依法公开,2022年,我局在…). */
export const COMMA_YEAR = /[,，]((?:19|20)\d{2})年度?[,，]?(?=我[局区县市委办镇乡街厅旗]|本(?:局|委|办|机关|单位|部门))/g;
