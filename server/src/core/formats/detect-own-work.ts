// An untitled report that opens by summing up the organ's disclosure work of the year below
// (就我局本年度政府信息公开工作总结如下, 现将我镇2023年政府信息公开工作情况报告如下): with a
// statutory part under it, the year's 政府信息公开工作年度报告 under another name.
import type { ParsedDocument } from '../parse/document';
import { labelKey, normalize } from '../text/normalize';
import { openingLines } from '../parse/opening-lines';

// (The year may stand before the organ, 将2011年我乡政府信息公开情况总结如下, or open the line instead:
// 2010年我乡的政府信息公开工作,按照《条例》……现将我乡政府信息公开工作总结如下. After the year the organ may be
// named: 将2013年市交通运输局政府信息公开工作情况汇报如下.)
const OWN_WORK_BELOW = /(?:就|将|对)((?:19|20)\d{2}年度?)?(?:我[局区县市委办镇乡街厅](?:道|办)?|本(?:局|委|机关|单位|部门)|(?<=(?:19|20)\d{2}年度?)[^，,。；;：:、“”《》\s]{1,14}?(?:局|委员会|委|办公室|办|厅|政府|街道|镇|乡|区|县|市))?(本年度|(?:19|20)\d{2}年度?)?(?:的)?政府信息公开(?:工作)?(?:情况)?(?:总结|报告|汇报)如下/;
const YEAR_FIRST = /^(?:19|20)\d{2}年度?/;
/** A part's heading glued right after it (总结如下: 一、主动公开政府信息情况 on one line). */
const GLUED_PART = /^[:：]?[一二三四五六七八九十]、([^。，,；;:：]{4,24}?情况)/;

/**
 * Whether the opening (its first four lines of text) sums up the year's disclosure work below. With
 * `partTitle`, only when a statutory part's heading follows the words at once, on the same line or
 * the next (a page pasted on one line, or its pieces), its title's label key accepted by `partTitle`. `from`: the
 * first line read (below a title).
 */
export function ownWorkBelow(doc: ParsedDocument, partTitle?: (key: string) => boolean, from = 0): boolean {
  for (const { line, raw } of openingLines(doc.readLines, { max: 4, within: 40, from, skip: ['metadata', 'siteNotice', 'nav'] })) {
    const t = normalize(raw.slice(0, 600));
    const m = OWN_WORK_BELOW.exec(t);
    if (!m || !(m[1] || m[2] || YEAR_FIRST.test(t))) continue;
    if (!partTitle) return true;
    // (A page pasted on one line is read through its pieces: the heading may be the next one.)
    let rest = t.slice(m.index + m[0].length);
    for (let l = line + 1; l < doc.readLines.lineCount && rest.replace(/^[:：]/, '').length < 8 && l < line + 4; l++) rest += normalize(doc.readLines.lineText(l).slice(0, 200));
    const part = GLUED_PART.exec(rest);
    return !!part && partTitle(labelKey(part[1]));
  }
  return false;
}
