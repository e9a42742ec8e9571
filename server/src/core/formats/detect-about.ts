// Titles about a report, not the report: what frames it (图解：…, 关于印发…), the words before its name (发布, 编制,
// 审议, 自查 …), and titles of other kinds of documents by how they end (…工作要点, …的通知). Split from detect.ts.
import type { ParsedDocument } from '../parse/document';
import { firstTitleLine } from '../parse/title';
import { ungarbled } from '../text/garbled-words';
import { stripTitleEnd } from './detect-opening';

/**
 * A title that names a report but is not one: it ends in something else (…年度报告的解读,
 * …编制工作的通知, …年度报告格式) or frames the report (图解：…, 一图读懂…, 我区发布…), or it is
 * another report on the subject (…自查报告, …督察反馈问题整改情况的报告, 上半年…情况报告, a review of
 * several years: 某区五年法治政府建设工作情况报告), or news of a
 * meeting that reviewed it (某州人大常委会审议州政府2020年法治政府建设工作情况报告).
 */
const ABOUT_PREFIX = /^(?:图解|解读|一图|图说|读懂|政策解读|新闻|关于印发|关于做好|关于报送|关于开展|关于公布|关于发布)/;
const ABOUT_WORDS = /(?:发布|公布|印发|出炉|亮相|解读|图解|读懂|编制|报送|填报|撰写|格式|模板|范本|样本|指南|要点|问答|说明|通知|审查|审议|听取|评估|考核|检查|抽查|测评|点评|排名|自查|整改|督察|督查|调研|述法|述职|半年|季度|(?<![〇○零一二三四五六七八九十百])[三五十]年(?!度))/;

/** Titles of other kinds of documents, by how they end. */
export const OTHER_DOCUMENT = /(?:要点|方案|计划|规划|通知|通报|办法|规定|细则|意见|决定|解读|指南|问答|须知|目录|清单|纪要|周报|月报|简报|公告|公示|函|讲话|发言|总结)$/;

export function otherFirstLine(doc: ParsedDocument): boolean {
  const first = firstTitleLine(doc.readLines, doc.headings);
  return first !== null && OTHER_DOCUMENT.test(stripTitleEnd(first));
}

/**
 * 关于报送 before what is reported, not before a report (关于报送2024年度法治政府建设的报告, 关于报送
 * 2023年法治政府建设情况的报告): the report itself, sent up with its title; a covering letter names the
 * report it sends (关于报送《…年度报告》的函, …年度报告的报告).
 */
const SENDS_ITSELF = /关于报送(?=[^报]*(?:报告|总结)$)/;

export function aboutReport(titleNorm: string, ends: string[]): boolean {
  // 工作告年度报 (characters out of order) still ends in the report words.
  const t = ungarbled(stripTitleEnd(titleNorm)).replace(/机构编制/g, '').replace(SENDS_ITSELF, '关于');
  if (ABOUT_PREFIX.test(t)) return true;
  if (!ends.some((e) => t.endsWith(e))) return true;
  // The words before the report name: 我区发布2023年…年度报告, …年度报告编制说明.
  return ABOUT_WORDS.test(t);
}
