// An untitled notice about the reports (朔政办函〔2014〕3号 / 各县、区人民政府，市直各有关单位： / 为……，
// 现就做好2013年政府信息公开年度报告编写、报送及发布等有关事项通知如下： / 一、报告内容 / （一）概述……):
// its items may repeat a report's parts by name, as the contents a report must have, but it asks for
// reports; it is not one.
import type { ParsedDocument } from '../parse/document';
import { normalize } from '../text/normalize';
import { openingLines } from '../parse/opening-lines';

/** The notice's announcing sentence: 现就……有关事项通知如下 / 现将……通知如下 / 特通知如下. */
const ANNOUNCES = /(?:现|特)(?:就|将|对)?[^。；;]{0,100}?(?:事项|工作|要求)?通知如下/;
/** Its addressees, a line of their own ending in a colon: 各县、区人民政府，市直各有关单位： / 各乡镇人民政府、县直各部门: */
const ADDRESSEES = /^各[^。；;！!？?]{1,80}[:：]$/;

/** Within the text's first lines, a notice's addressee line or its 通知如下 sentence, before any report says so of itself. */
export function noticeOpening(doc: ParsedDocument): boolean {
  for (const { line, raw } of openingLines(doc.readLines, { max: 4, within: 40, skip: ['metadata', 'siteNotice', 'nav'] })) {
    const t = normalize(raw.slice(0, 400));
    if (ANNOUNCES.test(t)) return true;
    if (ADDRESSEES.test(t) && t.length <= 80) {
      // (The sentence below the addressees says what is asked: 通知如下, or nothing of a report's own year.)
      for (let next = line + 1, k = 0; next < doc.readLines.lineCount && k < 2; next++) {
        const below = doc.readLines.lineText(next);
        if (!below.trim()) continue;
        k++;
        if (ANNOUNCES.test(normalize(below.slice(0, 400)))) return true;
      }
    }
  }
  return false;
}
