// An untitled notice about the reports (朔政办函〔2014〕3号 / 各县、区人民政府，市直各有关单位： / 为……，
// 现就做好2013年政府信息公开年度报告编写、报送及发布等有关事项通知如下： / 一、报告内容 / （一）概述……):
// its items may repeat a report's parts by name, as the contents a report must have, but it asks for
// reports; it is not one. And a notice that publishes a report (关于公布某市2009年度政府信息公开工作年度报告的通知)
// with the report given in full below it (the notice, its date, then 根据《条例》……特编制本年度报告): the report.
import { headingLineSet, type ParsedDocument } from '../parse/document';
import { normalize } from '../text/normalize';
import { openingLines } from '../parse/opening-lines';
import { basisPatterns } from './detect-basis';

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

/** A notice's title publishing a year's report: 关于公布某市2009年度政府信息公开工作年度报告的通知 (its title's words normalised). */
const RELEASE_NOTICE = /关于(?:公布|发布|印发|公开)[^。；;]{0,40}?(?:19|20)\d{2}年度?[^。；;]{0,30}?(?:年度报告|年报)的通知$/;

/** A line a PDF's text broke inside a sentence: it ends in an opening bracket or a joining word, or fills a line without ending it. */
const BROKEN = /(?:[《（(、，,和及与]|[^。：:；;！!？?)）]{16})$/;

/**
 * Whether a notice titled as publishing a report (`title`, normalised, trailing debris stripped; its last line
 * `titleEnd`) gives the report below it: among the lines after the notice's, a paragraph led by its basis that cites
 * the 政府信息公开条例 and names the report as its own (特编制本年度报告, 本报告由……组成, 本年度报告是根据……), as the
 * report's opening does and a notice never says of the report it publishes (我办编制了《……年度报告》，现予公布).
 * The paragraph is read over the lines a PDF's text broke it into (根据《 / 中华人民共和国政府信息公开条例》……).
 */
export function reportBelowNotice(doc: ParsedDocument, titleEnd: number, title: string, opening: string[]): boolean {
  if (!RELEASE_NOTICE.test(title) || !opening.length) return false;
  const { own } = basisPatterns(opening);
  const names = opening.map(normalize);
  const headings = headingLineSet(doc);
  for (const at of openingLines(doc.readLines, { max: 12, from: titleEnd + 1, within: 60, skip: ['metadata', 'siteNotice', 'nav'] })) {
    let text = at.raw.trim().slice(0, 600);
    let end = text;
    while (BROKEN.test(end) && text.length < 600 && at.last + 1 < doc.readLines.lineCount && !headings.has(at.last + 1)) {
      end = doc.readLines.lineText(at.last + 1).trim();
      if (!end) break;
      text += end.slice(0, 600 - text.length);
      at.last++;
    }
    const t = normalize(text);
    if (!t.includes('政府信息公开条例')) continue;
    if ((/^(?:根据|依据|按照|依照)/.test(t) && own.test(t)) || names.some((n) => t.startsWith(n) && /^.{0,8}(?:是|系)?(?:根据|依据|按照|依照)/.test(t.slice(n.length)))) return true;
  }
  return false;
}
