// The patterns detect-opening.ts's hasBasisOpening reads an opening with, made of the names a
// report calls itself (the formats' `detect.opening` words): format data, so each list of names
// is compiled once, not once per draft.
import { normalize } from '../text/normalize';

const basisMemo = new Map<string, { own: RegExp; selfBasis: RegExp }>();
/** hasBasisOpening's two patterns of the openings' names (format data): made once per list of names, not per draft. */
export function basisPatterns(opening: string[]): { own: RegExp; selfBasis: RegExp } {
  const names = opening.map((o) => normalize(o)).join('|');
  let p = basisMemo.get(names);
  if (!p) {
    p = {
      // 2009年年报根据《条例》编制，由概述、……四部分组成: the compiled text, then its parts.
      own: new RegExp(`(?:${names})(?:由|包括|主要|全文|内容|中所列|所列|中使用|使用的?|的统计|统计|数据)|编制(?:了)?(?:${names})|^(?:19|20)\\d{2}年度?年报[^。]{0,80}编制[,，]?(?:由|包括|分为)`),
      // The report named as the subject of its first sentence: 某县2009年政府信息公开工作年度报告（以下简称
      // 年报）根据《条例》进行编制。全文包括…… (the title run into the opening, no line of its own).
      selfBasis: new RegExp(`(?:${names})(?:是|系)?(?:根据|依据|按照|依照)《`),
    };
    // (Format data: a handful of lists. Bounded all the same, should a caller pass its own.)
    if (basisMemo.size >= 16) basisMemo.clear();
    basisMemo.set(names, p);
  }
  return p;
}
