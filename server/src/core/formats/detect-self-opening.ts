// A line above an untitled report's first part in which the report speaks of itself, for
// detect-opening.ts's firstSectionOpening: the part below is this report's, whether or not its
// first lines name the 条例 or the year.
import { normalize } from '../text/normalize';

/**
 * The report states its own statistics period anywhere in the line (2020年，某乡认真贯彻……。本报告所列数据的
 * 统计时间段为2020年1月1日至2020年12月31日。现将具体情况汇报如下): the year is the line's.
 */
const OWN_PERIOD = /(?:本|该)(?:年度)?报告(?:中)?(?:所列|使用|涉及)(?:的)?数据(?:的)?统计(?:期限|时限|时间段|时段|周期|区间)/;

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
  return { self: false, year: false };
}
