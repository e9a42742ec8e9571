// An untitled 法治政府建设 report told by its opening and its first part (for detect.ts, after
// detect-rol-body.ts): the year's opening told as done, then a first part about the 法治建设 work.
import { normalize } from '../text/normalize';
import { openingLines } from '../parse/opening-lines';
import { ParsedDocument, PIECES_PER_LINE } from '../parse/document';
import { pageBit, topHeadings } from './detect-opening';
import { namesRuleOfLaw, OTHER_REPORT, ROL_PLAN_WORDS, YEAR_OPENING } from './detect-rol-words';
import { FORMATS } from './index';

/**
 * A short word alone on its line (渝快办) between two lines of the page's menu (政务公开 / 渝快办 / 互动交流):
 * a menu item too, the site's own. (A page's own topics one a line, 春耕备耕 / 项目建设, stand among no menu.)
 */
export function menuItemAt(doc: ParsedDocument, line: number): boolean {
  const raw = doc.readLines.lineText(line).trim();
  if (!/^[\u3400-\u9fffA-Za-z]{2,6}$/.test(raw)) return false;
  const near = (step: number): boolean => {
    for (let l = line + step, n = 0; l >= 0 && l < doc.readLines.lineCount && n < 3; l += step, n++) {
      const r = doc.readLines.lineText(l);
      if (r.trim()) return pageBit(r);
    }
    return false;
  };
  return near(-1) && near(1);
}

/** A leader speaking of himself (本人, 我坚持……), not of his body (我局, 我镇, 我们), nor 自我 (自我革命). */
export const PERSONAL = /本人|(?<!自)我(?![局区县市镇乡街委办厅处所站院们省部司单校系会国党厂])/;
/** A plan's or a target's words in an opening (力争, 必须, 总体要求是): not the year told as done. */
const TARGET = /力争|务必|必须|总体要求|主要目标|要(?:坚持|以|把|紧紧|全面|深入|着力|进一步|推动)|将(?:坚持|继续|进一步)/;
/** 法治 work named in the opening (法治建设, 法治保障, 依法行政, 依法治市, 执法规范化), not only 习近平法治思想. */
const LAW_WORK = /法治(?!思想)|依法行政|依法治|执法规范化/;
/** 印发 with the count of what was issued (印发工作文件31份, 印发通知3件): work told as done. */
const ISSUED_COUNT = /印发[^，,。；;《》\d]{0,8}\d+(?:份|件|个|期|篇|项)/g;
/** A heading naming the 法治建设 work as its subject (法治建设更有力, 引领法治公安建设): not 法治社会/法治中国/法治乡村. */
const BUILD_HEADING = /法治(?!社会|中国|乡村|文化|宣传|思维|意识|理念|观念)(?:[\u4e00-\u9fff]{1,2})?建设/;

/**
 * A 法治政府建设 report whose page lost its title and whose opening never names 法治政府建设: the opening
 * paragraph starts with the year (2022年，在市委、市政府的坚强领导下，市公安局坚持……), tells of the year's
 * 法治 work as done (no plan's, target's or other report's words, no leader speaking of himself, no other
 * work as its subject: 我市行政执法工作……), and the first part below tells of the 法治建设 work: it names
 * 法治政府建设 or the leaders' 法治建设第一责任人 duty, or one of its headings names the 法治建设 work
 * (一、加强党的领导，法治建设更有力 / （一）……高站位引领法治公安建设).
 */
export function ruleOfLawFirstPart(doc: ParsedDocument): boolean {
  const heads = new Map(topHeadings(doc).map((h) => [h.line, h] as const));
  const flat = doc.view?.kind === 'flat';
  const pieces = flat ? PIECES_PER_LINE : 1;
  const otherWork = FORMATS['rule-of-law'].detect.titleOtherWork ?? [];
  let opening = '';
  let lead = '';
  let prose = 0;
  let partStarted = false;
  let part = '';
  let partLines = 0;
  let named = false;
  let firstHeading = '';
  for (const { line, raw } of openingLines(doc.readLines, { max: Infinity, within: 80, skip: ['siteNotice', 'metadata', 'nav'] })) {
    const h = heads.get(line);
    if (!h && !prose && !partStarted && (pageBit(raw) || menuItemAt(doc, line))) continue;
    const t = normalize(raw.slice(0, 1000));
    if (!partStarted) {
      if (!h) {
        // (A salutation above the opening, 区委、区政府:, is no part of it.)
        if (!prose && /^[^。，,]{2,40}[:：]$/.test(t)) continue;
        if (++prose > 2 * pieces) return false;
        // (A short line above the opening, a banner left of the page, betway必威体育: the opening is the paragraph after it.)
        if (!flat && opening && opening.length <= 20 && !/[。，,]/.test(opening)) { lead += opening; opening = ''; }
        opening += t;
        continue;
      }
      if (h.level !== 1 || !opening) return false;
      partStarted = true;
      firstHeading = normalize(h.title.slice(0, 80));
    } else if (h && h.level === 1) break;
    part += t;
    if (h && BUILD_HEADING.test(normalize(h.title))) named = true;
    if (t.includes('第一责任人') && t.includes('法治')) named = true;
    if (++partLines >= 6 * pieces || part.length > 1500) break;
  }
  if (!partStarted || !YEAR_OPENING.test(opening)) return false;
  const firstSentence = opening.split('。')[0];
  if (ROL_PLAN_WORDS.test((lead + opening).replace(/《[^《》]{0,80}》/g, '')) || OTHER_REPORT.test(lead + opening) || TARGET.test(opening)) return false;
  if (!LAW_WORK.test(opening) || otherWork.some((w) => firstSentence.includes(w))) return false;
  // (The first part's heading on another work, 一、全市行政执法基本情况: that work's report.)
  if (otherWork.some((w) => firstHeading.includes(w.replace(/工作$/, '')))) return false;
  // (Nor a first part of another year than the opening's: 2022年，…… / 一、2021年法治政府建设情况.)
  const partYear = /(?:19|20)\d{2}(?=年)/.exec(firstHeading);
  if (partYear && !opening.startsWith(partYear[0])) return false;
  if (PERSONAL.test(opening) || PERSONAL.test(part)) return false;
  // (印发 told as done with its count, 起草印发工作文件31份, is the year's work, not a plan's notice: pM/15.)
  if (ROL_PLAN_WORDS.test(part.replace(/印发《[^《》]{0,80}》/g, '').replace(ISSUED_COUNT, ''))) return false;
  return named || namesRuleOfLaw(part);
}
