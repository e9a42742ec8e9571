// A body's general year summary (年度工作总结 of a 司法局 or a 政府办) whose first part is on 法治建设: for
// detect.ts, which reads an untitled 法治政府建设 report by its opening and first part (detect-rol-body.ts,
// detect-rol-first-part.ts) and must not take such a summary for one.
import { normalize } from '../text/normalize';
import { docSiteNoticeAt, metadataLineAt } from '../parse/title-chrome';
import type { ParsedDocument } from '../parse/document';
import { pageBit, topHeadings } from './detect-opening';
import { namesRuleOfLaw } from './detect-rol-words';
import { ROL_PART_HEADING } from './detect-rol-body';

/**
 * An opening that sums up all the body's work, not its 法治政府建设: 司法行政 work (县司法局……充分发挥司法行政
 * 职能作用), or every task of the year done (较好完成了各项工作任务). (各项工作取得新进展 alone is said of the
 * 法治 work too: 全面履行卫生健康领域法治建设职责……各项工作取得新进展.)
 */
const ALL_WORK = /司法行政(?:职能|工作|事业|各项)|完成了?(?:全年)?各项(?:工作|目标)?任务/;

/**
 * A part's heading on an office's own other work (二、办文办会, 三、督查督办, 四、信访接待), with no word of law: a
 * 法治政府建设 report's task areas name other work too (深入推进“放管服”改革，持续优化营商环境), but not these.
 */
const OFFICE_WORK = /办文|办会|办事|督查|督办|信访|接待|后勤|机要|保密|档案|值班|值守|信息报送|文稿|会务|公文|财务|党风廉政|精神文明/;
const LAW = /法|复议|诉讼|应诉|决策|权力|责任人/;

/**
 * Whether an untitled text read by its opening as a 法治政府建设 report is a body's general year summary: no
 * statutory part of the report among its headings, and its opening paragraph sums up all the body's work and never
 * names 法治政府建设, or two of its parts after the first are on an office's own other work (办文办会, 督查督办).
 */
export function generalYearSummary(doc: ParsedDocument): boolean {
  const tops = topHeadings(doc);
  // (A statutory part below, 一、党政主要负责人履行推进法治政府建设第一责任人职责情况: the report's.)
  if (tops.some((h) => ROL_PART_HEADING.test(normalize(h.title.slice(0, 80))))) return false;
  const firstLine = tops.length ? tops[0].line : doc.readLines.lineCount;
  let opening = '';
  for (let line = 0; line < firstLine && line < 80 && opening.length < 1200; line++) {
    const raw = doc.readLines.lineText(line);
    if (!raw.trim() || docSiteNoticeAt(doc.readLines, line) || metadataLineAt(doc.readLines, line) || pageBit(raw)) continue;
    opening += normalize(raw.slice(0, 1200));
  }
  if (ALL_WORK.test(opening) && !namesRuleOfLaw(opening)) return true;
  const parts = tops.filter((h) => h.level === 1).slice(1);
  return parts.filter((h) => { const t = normalize(h.title.slice(0, 60)); return OFFICE_WORK.test(t) && !LAW.test(t); }).length >= 2;
}
