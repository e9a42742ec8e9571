// A line above an untitled report's first part in which the report speaks of itself, for
// detect-opening.ts's firstSectionOpening: the part below is this report's, whether or not its
// first lines name the 条例 or the year. (And the lines above it that do not count: a page's toolbar,
// a letter's number and the body it is sent to.)
import { normalize } from '../text/normalize';

/**
 * The report states its own statistics period anywhere in the line (2020年，某乡认真贯彻……。本报告所列数据的
 * 统计时间段为2020年1月1日至2020年12月31日。现将具体情况汇报如下): the year is the line's.
 * (本年报中所列数据的统计期限…: the report called 年报 after its name in full.)
 */
const OWN_PERIOD = /(?:本|该)(?:年度)?(?:报告|年报)(?:中)?(?:所列|使用|涉及)(?:的)?数据(?:的)?统计(?:期限|时限|时间段|时段|周期|区间)/;

/**
 * The line is led by the 条例 as its basis (根据《中华人民共和国政府信息公开条例》……) and says that it compiles this
 * report or reports below: ……编制发布本报告 / 编制了此报告 / 现编制并公布本单位2023年政府信息公开工作年度报告 / 现报告如下.
 * (特编制平武县交通局2022年度政府信息公开工作年度报告: the issuer before the year.) A notice asking others to compile
 * theirs (各单位……编制本单位年度报告, 现将……有关事项通知如下) names them with 各 or says 通知如下, and is not read so.
 */
const BASIS_LED = /^(?:本?(?:年度)?报告)?(?:根据|依据|按照|依照)[^。]{0,60}?政府信息公开条例/;
const COMPILES_ITSELF = /编制(?:并|和)?(?:发布|公布|形成|完成)?(?:了)?(?:此|本)(?:年度)?报告|编制(?:并|和)?(?:发布|公布)?(?:了)?[^。；;，,各]{0,24}?(?:19|20)\d{2}年度?[^。；;，,]{0,16}?政府信息公开(?:工作)?(?:年度报告|年报)|现(?:将[^。；;]{0,30}?)?(?:报告|汇报)如下/;

/** What one line before the first part says of the report: whether it is its own opening, and whether it names a year. */
export function selfOpeningLine(raw: string, openings: readonly string[]): { self: boolean; year: boolean } {
  const t = normalize(raw.slice(0, 300));
  const w = normalize(raw.slice(0, 700));
  const year = /(?:19|20)\d{2}年/.test(w);
  // Opening as the report speaks of itself (本报告由……编制。本年度报告中所列数据……).
  if (openings.some((o) => t.startsWith(o)) && /编制|统计期限|所列数据/.test(t)) return { self: true, year };
  // The same words after the year's summary (2021年，我县认真贯彻……。报告主要包括：总体情况……。
  // 本报告中使用数据统计期限为……): the report names its parts and its own statistics period.
  if (/报告(?:主要)?(?:包括|由)[:：]?[^。]{0,12}总体情况/.test(w)
    && openings.some((o) => new RegExp(`${o}[^。]{0,6}(?:使用|所列)?(?:的)?数据(?:的)?统计期限`).test(w))) return { self: true, year };
  if (OWN_PERIOD.test(w)) return { self: true, year };
  if (BASIS_LED.test(w.replace(/^[\s?？]+/, '')) && COMPILES_ITSELF.test(w) && !/各(?:单位|部门|地|级|乡镇|县|区)|(?:通知|事项|要求)如下/.test(w)) return { self: true, year };
  return { self: false, year: false };
}

/**
 * A line of several short words apart, without a sentence's marks or a year (简体版| 繁体版| 智能问答, 微博 空间 qq):
 * a page's toolbar, whatever its words. (One short word alone on its line, 春耕备耕, may be a page's own topic.)
 */
export function chromeWords(raw: string): boolean {
  const t = raw.trim();
  if (t.length > 24 || /[。，,；;:：！!？?]|(?:19|20)\d{2}/.test(t)) return false;
  const pieces = t.split(/[\s|｜]+/);
  return pieces.length >= 2 && pieces.every((p) => p.length <= 6);
}
/** A letter's head above the report: its number (莆城卫〔2015〕3号) or the body it is sent to (区政府办公室:). */
export const LETTER_HEAD = /^[\u4e00-\u9fff]{1,12}[〔\[［]\s*(?:19|20)\d{2}\s*[〕\]］]\s*\d{1,4}\s*号$|^[\u4e00-\u9fff、]{2,30}(?:办公室|委员会|人民政府|政府|局|厅|委|办)[:：]$/;
