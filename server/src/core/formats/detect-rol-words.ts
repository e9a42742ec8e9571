// Words of an untitled 法治政府建设 report's opening and first part that tell the year's report from a
// plan or a notice (read by ruleOfLawBody in detect-rol-body.ts and ruleOfLawFirstPart in detect-rol-first-part.ts).

/** Words of a plan or a notice in the opening (制定本方案, 工作要点如下, 现印发给你们): not a report.
 * (A document others issued, 中共中央、国务院印发的《纲要》, is cited, not issued here.) */
export const ROL_PLAN_WORDS = /制定本|(?:方案|要点|计划|安排|意见)(?:如下|[:：])|印发(?![的了])|通知如下/;

/** The task areas of the 法治政府建设实施纲要 (2015—2020, 2021—2025) as a part's title; the 2021—2025
 * 纲要's first is 深入学习贯彻习近平法治思想 (a department's report: 一、深入学习宣传贯彻习近平法治思想). */
export const ROL_TASK_HEADING = /^(?:[一二三四五六七八九十]+、)?(?:(?:依法)?全面履行政府职能|(?:完善|健全)依法行政制度体系|推进行政决策科学化民主化法治化|健全行政决策制度体系|坚持严格规范公正文明执法|健全行政执法工作体系|强化对行政权力的制约和监督|健全行政权力制约和监督体系|依法有效化解社会矛盾纠纷|健全政府机构职能体系|深入学习(?:宣传)?贯彻习近平法治思想)/;
/** The part that tells the year's work done (一、工作开展情况, 一、2023年主要工作情况, 一、工作总体完成情况). */
export const WORK_DONE_HEADING = /^(?:[一二三四五六七八九十]+、)?(?:(?:19|20)\d{2}年度?)?(?:主要)?工作(?:总体)?(?:开展|推进|落实|完成)?情况$/;

/** The statutory measures part under its own words, without 法治 (一、主要举措和成效, 一、工作举措及成效,
 * 一、2021年主要做法和成效): the report's first part. */
export const MEASURES_HEADING = /^(?:[一二三四五六七八九十]+、)?(?:(?:19|20)\d{2}年度?)?(?:的)?(?:主要)?(?:工作)?(?:举措|措施|做法)(?:和|及|与)(?:主要)?(?:工作)?成效$/;

/** 法治政府建设 named inside a list of what is built together (法治罗源、法治政府、法治社会一体建设), or as a
 * department's 法治政府部门建设 (交通运输法治政府部门建设: the ministries' name for the same work). */
export function namesRuleOfLaw(t: string): boolean {
  return t.includes('法治政府建设') || t.includes('法治政府部门建设') || t.includes('建设法治政府') || /法治政府(?:、|和|与|及)[^。，,；;]{1,12}建设/.test(t);
}

/** A title's words with a department's 法治政府部门建设 read as 法治政府建设 (某厅2024年度法治政府部门建设工作情况). */
export function ruleOfLawWords(t: string): string {
  return t.includes('法治政府部门建设') ? t.replace(/法治政府部门建设/g, '法治政府建设') : t;
}

/** A target's words in an opening (总体要求, 要坚持, 力争, 确保): a plan's, not a summary's. */
const TARGET = /(?<!》)要求|要(?:坚持|以|把|紧紧|全面|深入|着力|进一步|推动)|必须|力争|确保|务必|将(?:坚持|继续|进一步)|目标/;

/** An opening with no target's words and no other account (自查, 述法, 半年): the year's, told as done. */
export function untargeted(t: string): boolean {
  return !TARGET.test(t) && !/自查|述法|述职|半年|季度/.test(t);
}

/**
 * Whether an opening paragraph tells the year's results in the past (取得扎实成效, 取得了明显成效), not a
 * target (取得新成效) — unless nothing in it is a target's word (2021年，某部坚持……，推动……法治建设取得新进展:
 * the year summed up) —, or what the year's work gave (为经济社会发展提供了有力的法治保障) or the honours it
 * brought (荣获…先进集体, 获评…示范单位, 败诉率创历史新低). Not a self-inspection, a 述法 statement or a
 * half-year account (自查, 述法, 上半年). (取得了新成效 is done, too: 了 tells the past.)
 */
export function toldResults(t: string): boolean {
  return (/取得了?(?:扎实|明显|显著|积极|良好|重要|阶段性|较好)?(?:的)?(?:成效|成绩|进展)|取得了新的?(?:成效|成绩|进展)/.test(t) && !/取得新/.test(t)
    || /取得新的?(?:成效|成绩|进展)/.test(t) && !TARGET.test(t)
    || /提供了(?:有力|坚实|良好|强有力)的?法治保障/.test(t)
    || /荣获|获评|被评为|创历史新(?:低|高)/.test(t))
    && !/自查|述法|述职|半年|季度/.test(t);
}

/** Another report than the year's: a self-check, a rectification, an inspection, a personal 述职/述法, a half-year's or a quarter's. */
export const OTHER_REPORT = /自查|整改|督察|督查|调研|述职|述法|半年|季度/;

/**
 * An opening led by the report's year (2022年，在市委……) or by 今年以来 / 今年来 (a page dated in that year: the year
 * written as this year), as the year's report opens: not by a plan's coming year or another period.
 */
export const YEAR_OPENING = /^(?:(?:19|20)\d{2}年|今年以来|今年来)/;
