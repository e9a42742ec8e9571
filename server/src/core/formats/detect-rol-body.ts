// An untitled 法治政府建设 report told by its body (for detect.ts): its opening reports on the year's
// 法治政府建设 (现将……情况报告如下), or opens with the year before a statutory part; a plan, a notice or a
// leader's own 述法 statement is not one. Split from detect-opening.ts.
import { normalize } from '../text/normalize';
import { metadataLineAt } from '../parse/title-chrome';
import { ParsedDocument, PIECES_PER_LINE } from '../parse/document';
import { pageBit, topHeadings } from './detect-opening';
import { menuItemAt, PERSONAL } from './detect-rol-first-part';
import { MEASURES_HEADING, namesRuleOfLaw, OTHER_REPORT, ROL_PLAN_WORDS, ROL_TASK_HEADING, toldResults, untargeted, WORK_DONE_HEADING, YEAR_OPENING } from './detect-rol-words';
import { openingLines } from '../parse/opening-lines';

/**
 * A 法治政府建设 report whose page lost its title (the stored text starts with the body): its
 * opening paragraph reports on the year's 法治政府建设 (现将……情况报告如下), or it opens with the
 * year and its first heading is the measures part (一、2019年推进法治政府建设情况) or another
 * statutory part (一、党政主要负责人履行推进法治建设第一责任人职责情况), or a 法治政府建设 heading
 * after an opening that tells of the year's results (……推进全市法治政府建设取得扎实成效).
 */
/** A heading naming a statutory part of the 法治政府建设 report: the measures, or the leaders' duty. */
export const ROL_PART_HEADING = /(?:推进|加强)?法治(?:政府)?建设(?:的|工作)?(?:主要)?(?:举措|措施|做法)(?:和|及|与)(?:主要|突出)?成效|第一责任人职责/;
/** The statutory measures part in its own words, naming 法治政府建设 (（2025年）推进法治政府建设的主要举措和成效). */
const ROL_MEASURES_PART = /^(?:(?:19|20)\d{2}年度?)?(?:推进|加强)?法治政府建设(?:的|工作)?(?:主要)?(?:举措|措施|做法)(?:和|及|与)(?:主要|突出)?成效$/;
/** A salutation to several bodies (中共某县委员会，某县人民政府：): each part names an organ. */
function salutation(t: string): boolean {
  const m = /^([^。：:]{4,60})[:：]$/.exec(t);
  if (!m) return false;
  const parts = m[1].split(/[,，、]/);
  return parts.length >= 2 && parts.every((p) => /^[\u3400-\u9fff]{2,24}(?:委员会|人民政府|政府|党委|党组|人大常委会|常委会|委|局|厅|办公室)$/.test(p));
}
/**
 * What 现将……报告如下 announces is a leader's own account of the duty (现将本人履行推进法治建设
 * 第一责任人职责情况报告如下) — a 述法 statement, not the statutory report — unless it names the
 * 法治政府建设 report as well (……法治政府建设暨第一责任人职责履行情况).
 */
function personalDuty(what: string): boolean {
  return /本人|^我(?:个人)?(?![局区县市镇乡街委办厅处所站院们])/.test(what)
    || (what.includes('第一责任人') && !what.includes('法治政府建设'));
}

/**
 * 现 of 现将……报告如下, or what mojibake left of it: a sentence break garbled into ?, eats the 。 and
 * leaves 现 as one Latin letter (工作?,F将2022年……报告如下, a mirror's broken re-encoding).
 */
const NOW = '(?:现|(?<=[?？][,，]?)[A-Za-z])';
export function ruleOfLawBody(doc: ParsedDocument): boolean {
  const headingLines = new Map(topHeadings(doc).map((h) => [h.line, h] as const));
  let opensWithYear = false;
  let mentions = false;
  let results = false;
  let plan = false;
  let summary = false;
  let reportsBelow = false;
  let anyBelow = false;
  let lawNeeded = false;
  let fullText = false;
  let openingYear = '';
  let measuresFirst = false, opening = '';
  let subItems = 0;
  // A page's metadata block (索引号:, 发布机构:, 公文生成日期:) above the body is no part of it.
  // (A page pasted on one line is read through its view, parse/flat-view.ts, whose pieces are cut at
  // every space after a word as well as where lines ended: a paragraph may give several, so the
  // first part's heading is looked for among PIECES_PER_LINE times as many, as findTitle does.)
  const window = 6 * (doc.view?.kind === 'flat' ? PIECES_PER_LINE : 1);
  // (Nor are the page's short chrome lines, 搜索 / 日期:2023-02-20 / 字号: / 分享:, detect-opening.ts.)
  const chrome = (raw: string, line: number, seen: number) => !headingLines.has(line) && (pageBit(raw) || (!seen && menuItemAt(doc, line)));
  for (const at of openingLines(doc.readLines, { max: window, within: 60, skip: ['siteNotice', 'metadata'], also: chrome })) {
    const { line, raw, seen } = at;
    // (A text that starts at its measures part, 一、主要举措和成效: the report when the next line tells of 法治政府建设.)
    if (measuresFirst) {
      const t = normalize(raw.slice(0, 1000));
      // (What the part tells was issued, 印发《……清单》, is a measure taken, not a notice's own words.)
      if (ROL_PLAN_WORDS.test(t.replace(/印发《[^《》]{0,80}》/g, '')) || (lawNeeded && PERSONAL.test(t))) return false;
      if (namesRuleOfLaw(t) || (t.includes('第一责任人') && (!lawNeeded || t.includes('法治')))) return true;
      // A sub-item's heading (（一）强化组织领导，狠抓责任落实) before its paragraph: the paragraph tells.
      if (headingLines.has(line) && ++subItems <= 2) continue;
      return false;
    }
    const h = headingLines.get(line);
    if (h) {
      const k = normalize(h.title.slice(0, 80));
      // 现将有关情况报告如下 without naming 法治政府建设, then the statutory measures part
      // (一、2023年度推进法治政府建设的主要举措和成效, or any part naming it but a plan's): the report itself.
      if (!plan && !mentions && reportsBelow && opensWithYear && ((ROL_PART_HEADING.test(k) && k.includes('法治')) || (k.includes('法治政府建设') && !/安排|计划|打算|思路|要点|方案/.test(k)))) return true;
      if (seen === 1 && MEASURES_HEADING.test(k)) { measuresFirst = true; continue; }
      // (Or at the part of the year's work done, 一、主要工作情况: the report when its first lines name 法治政府建设
      // or the 法治建设 leaders' duty, 严格履行推进法治建设第一责任人职责, and no leader speaks of himself there.)
      if (seen === 1 && WORK_DONE_HEADING.test(k)) { measuresFirst = true; lawNeeded = true; continue; }
      // A text that starts at the statutory measures part naming 法治政府建设 (一、2025年推进法治政府建设的
      // 主要举措和成效: the page kept neither title nor opening): the report — no plan, notice or news opens so.
      if (seen === 1 && ROL_MEASURES_PART.test(k)) return true;
      // Or at the statutory leaders' part that names 法治政府建设 (一、2023年度党政主要负责人履行推进法治建设第一责任人
      // 职责情况，加强法治政府建设的有关情况): no 述法 statement names the government's 法治政府建设 there.
      if (seen === 1 && /^(?:(?:19|20)\d{2}年度?)?党政主要负责人履行推进法治建设第一责任人职责/.test(k) && k.includes('法治政府建设')) return true;
      // The text opens with the year and its first part tells of that year's 法治政府建设
      // (2022年，某局坚持…… / 一、2022年法治政府建设情况): the report, whatever the opening said.
      const part = /^(?:(?:19|20)\d{2})年度?(?:推进)?法治政府建设(?:工作)?(?:的)?(?:基本|总体|主要)?(?:情况|举措和成效|主要举措和成效)$/.exec(k);
      if (!plan && opensWithYear && part && k.startsWith(openingYear)) return true;
      // An opening of the year that reports below or tells the year's results without naming the work
      // (2024年，我厅……推动生态环境保护取得积极成效 / ……法治建设各项工作，具体情况报告如下), then the measures
      // part or the year's work done (一、主要举措和成效, 一、主要工作情况): the report when the part's first
      // lines name 法治政府建设 or the leaders' duty, read as a text that starts at that part.
      // (The opening names 法治, and the duty read there is the 法治建设 one: not 安全生产第一责任人.)
      if (!plan && !mentions && opensWithYear && opening.includes('法治') && (reportsBelow || anyBelow || toldResults(opening))
        && (MEASURES_HEADING.test(k) || WORK_DONE_HEADING.test(k))) { measuresFirst = true; lawNeeded = true; continue; }
      // Or a first part on the party's leadership over the 法治建设 the opening reported (海关总署: ……积极推动法治建设
      // 各项重点工作任务……现将主要工作情况报告如下 / 一、坚持党对法治建设的领导，不断推进海关法治建设).
      if (!plan && !mentions && opensWithYear && reportsBelow && opening.includes('法治建设') && /^坚持党对法治(?:政府)?建设的(?:全面|绝对)?领导/.test(k)) return true;
      if (plan || !mentions) return false;
      // 现对……工作总结如下 before a statutory part: the year's report under another name.
      if (summary && ROL_PART_HEADING.test(k)) return true;
      // (A news copy that lost its headline: ……发布2023年法治政府建设年度报告。具体内容如下： / 一、加强党对法治政府建设的领导.)
      if (fullText && (k.includes('法治政府建设') || ROL_PART_HEADING.test(k))) return true;
      if (!opensWithYear) return false;
      // …推进法治政府建设的举措/情况, or the party's leadership over it (加强党对法治政府建设的领导).
      // (…把党的领导贯穿到法治政府建设全过程各方面: the party's leadership over it, too.)
      if (k.includes('法治政府建设') && /举措|成效|情况|工作|党(?:委|组)?对法治政府建设的(?:全面)?领导|党的(?:全面)?领导贯穿/.test(k)) return true;
      if (k.includes('法治政府建设组织领导') && untargeted(opening)) return true; // (an opening of no target's words)
      if (ROL_PART_HEADING.test(k)) return true;
      // Or one of the 纲要's task areas (依法全面履行政府职能, 健全依法行政制度体系), the parts a department's
      // report is built of after the year's results (2017年，原某部……推进法治政府建设工作，取得较好进展).
      // (Or the part of the year's work done, 一、工作开展情况; or the measures part in its own words, 一、主要举措和成效.)
      // (Without results told, an opening that names no target will do before a part naming 法治政府建设 or the
      // measures part: the year's 法治政府建设 summed up, 2020年，……以法治政府建设推动乡镇治理…… / 一、主要措施和成效;
      // a part of the year's work done, 一、工作开展情况, still needs the results.)
      if (!results && untargeted(opening) && (k.includes('法治政府建设') || MEASURES_HEADING.test(k))) return true;
      return results && (k.includes('法治政府建设') || ROL_TASK_HEADING.test(k) || WORK_DONE_HEADING.test(k) || MEASURES_HEADING.test(k));
    }
    const t = normalize(raw.slice(0, 1000));
    opening += t;
    // A salutation (区委、区政府:) before the body.
    if (seen === 1 && (/^[^。，,]{2,40}[:：]$/.test(t) || salutation(t))) { at.uncounted = true; continue; }
    // (今年以来: the year the page is dated in, when known; otherwise no heading's year is the opening's.)
    if (seen === 1 && YEAR_OPENING.test(t)) { opensWithYear = true; openingYear = /^\d/.test(t) ? t.slice(0, 4) : doc.year !== null ? String(doc.year) : '今年'; }
    if (ROL_PLAN_WORDS.test(t.replace(/《[^《》]{0,80}》/g, ''))) plan = true;
    const below = new RegExp(`${NOW}(?:将|就)([^。]{0,30}?)(?:报告|汇报)如下`).exec(t);
    if (below && !OTHER_REPORT.test(below[1]) && !personalDuty(below[1])) reportsBelow = true;
    // (Or without 现将: ……各项工作，具体情况报告如下.)
    const loose = /[，,]([^。，,]{0,20}?)(?:报告|汇报)如下/.exec(t);
    if (loose && !OTHER_REPORT.test(loose[1]) && !loose[1].includes('本人')) anyBelow = true;
    // 全面建设法治政府 says the same as 法治政府建设.
    if (namesRuleOfLaw(t)) {
      mentions = true;
      if (/(?:年度报告|情况报告|的报告)[。.]?(?:具体内容|全文|报告全文|主要内容)如下[:：]?$/.test(t)) fullText = true;
      // The year's results told in the past (取得扎实成效), not a target (detect-rol-words.ts).
      if (toldResults(t)) results = true;
      // (现根据上级有关要求，将……情况报告如下: the basis between 现 and 将.)
      const r = new RegExp(`${NOW}(?:根据[^。，,]{0,20}[，,])?(?:将|就)([^。]{0,60}?)(?:报告|汇报)如下`).exec(t);
      // Not a report on something else (现将整改情况报告如下, 现将自查情况汇报如下).
      if (r) return !OTHER_REPORT.test(r[1]) && !personalDuty(r[1]);
      const u = new RegExp(`${NOW}(?:将|就|对)([^。]{0,60}?)总结如下`).exec(t);
      if (u && !OTHER_REPORT.test(u[1])) summary = true;
    }
  }
  return false;
}

/** A department's report titled by its 法治建设 (某局2024年度法治建设工作报告, 关于2023年度法治建设情况的报告). */
export const ROL_BUILD_TITLE = /(?:19|20)\d{2}年度?(?:的)?(?:推进)?法治建设(?:工作)?(?:情况)?(?:的)?(?:年度)?(?:报告|总结)$/;

/**
 * Whether the text below the title (its first lines: the opening and the first part) names the year's
 * 法治政府建设 or the leaders' duty for it: a 法治建设 report of a government department is then the statutory
 * report under its department's name for the work.
 */
export function ruleOfLawBelowTitle(doc: ParsedDocument, titleEnd: number): boolean {
  for (const { raw } of openingLines(doc.readLines, { max: 8, from: titleEnd + 1, within: 39, skip: ['siteNotice', 'metadata'], also: pageBit })) {
    const t = normalize(raw.slice(0, 1000));
    if (ROL_PLAN_WORDS.test(t.replace(/《[^《》]{0,80}》/g, ''))) return false;
    if (namesRuleOfLaw(t) && !/述法|述职|自查|整改|半年|季度/.test(t)) return true;
  }
  return false;
}

/** A line announcing the full text below it: 具体内容如下:, 全文如下:. */
const ANNOUNCES_FULL_TEXT = /(?:具体内容|全文|报告全文|报告内容|主要内容)如下[:：]?$/;

/**
 * Whether a page whose title is news of the report's release (某部发布2023年法治政府建设年度报告) gives the
 * report itself below: a line of its first ones ends announcing the full text (具体内容如下:, 全文如下:) and a
 * part of the report follows that names 法治政府建设 or the leaders' duty (一、加强党对法治政府建设的领导……).
 */
export function republishedBelow(doc: ParsedDocument, titleEnd: number): boolean {
  const headingLines = new Map(topHeadings(doc).map((h) => [h.line, h] as const));
  let announced = false;
  // (A copy without breaks may run the dateline into the page's 来源: field, read as metadata: the announcing line is
  // read before the chrome is passed by, and not counted.)
  const announces = (raw: string) => ANNOUNCES_FULL_TEXT.test(normalize(raw.trim().slice(-40)));
  const chrome = (raw: string, line: number) => !announces(raw) && (metadataLineAt(doc.readLines, line) || pageBit(raw));
  for (const at of openingLines(doc.readLines, { max: 8, from: titleEnd + 1, within: 39, also: chrome })) {
    const { line, raw } = at;
    if (announces(raw)) { announced = true; at.uncounted = true; continue; }
    const h = headingLines.get(line);
    if (h) return announced && (namesRuleOfLaw(normalize(h.title)) || ROL_PART_HEADING.test(normalize(h.title)));
  }
  return false;
}
