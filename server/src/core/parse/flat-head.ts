// The head of a copy joined without breaks (a copy that lost every line break and space): the
// page's metadata fields and the report's opening run together with nothing between them
// (索引号1133…公开方式主动公开成文日期2024-01-16发布机构某某镇组配分类政府信息公开年报2023年…;
// …|文号|有效性|根据《条例》规定，现公布…; …公文生成日期:2025-02-07中共某某县委员会,某某县人民政府:2024年,…).
// The places where a former line started, for flat-view.ts: after the header's toolbar words glued
// before everything (移动端应用政务微信…), before a metadata field's name and
// after a date that ends a field (in the head, before the first sentence ends), and before the
// report's opening sentence where no sentence runs into it (after a title's report words, a cell
// bar, a colon or a field's figures). Bounded: a fixed head of the line is read, once.
import { NAV_WORDS } from './title-chrome';
import { readThroughPinyin } from '../text/pinyin-compact';

/** How far into the line the metadata fields may stand. */
const HEAD = 400;
/** How far into the line the opening sentence may start (after a document site's notices). */
const OPENING_WITHIN = 800;

/** A metadata field's name: words no sentence of a page's head uses, or short ones before their colon or bar. */
const FIELD = /(?:索引号|(?:发布|文章|稿件)来源|组配分类|主题分类|公开方式|公开形式|公开范围|(?:公文)?(?:成文|发文|发布|公开|生成|更新)日期|(?:发布|发表|更新|公开)时间|发布机构|发文机关|所属机构|信息来源|浏览次数|访问次数|点击次数|阅读次数|发文字号|(?:分类|文号|备注|有效性|来源|作者|字号|点击数|标题|名称|时间)(?=[:：|/]))/g;
/** A 文号 field whose value is no document number but a report's title (发文字号:某某市人民政府关于……的报告; the
 * empty cells of a metadata table between them: 文号:||||某某局2025年法治政府建设报告). */
const EMPTY_NUMBER = /(?:发文字号|文号)[:：][|｜]*(?=[\u3400-\u9fff][^〔[（(:：|。]{4,60}?(?:报告|年报))/g;
/** A field's date (and time) with text glued after it: 2025-02-07中共… */
const STAMP = /(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?(?=[\u3400-\u9fff])/g;
/** How a report's opening sentence starts: the basis, the report naming itself, or the year's summary (2024年，…). */
const OPENING = /(?:根据|依据|按照|依照)《|本(?:年度)?报告(?:是|根据|依据|按照|依照|由|所列)|(?:19|20)\d{2}年度?[,，]/g;
/** What may stand right before a glued opening: a cell bar, a colon, a breadcrumb's >, a field's figures. */
// (Or a page's buttons: 朗读, 【打印此页】【关闭.)
// (Or a link to the report's explainer: 图解链接:点击查看图解本年度报告根据…, real page oN/33.)
const BEFORE_OPENING = /(?:[|:：>\d】]|朗读|打印|关闭|收藏|分享|查看(?:图解|解读|原文|详情))$/;
/** Or a title's report words (……年度报告根据《条例》…). */
const TITLE_END = /(?:报告|年报|总结)$/;

/** The header's toolbar and account links glued before the text (移动端应用政务微信政务微博智能问答登录个人中心为…): two or more. */
const CHROME_RUN = new RegExp(`^(?:(?:${NAV_WORDS})[|｜·/]?){2,}(?=[\\u3400-\\u9fff])`);

/** Offsets (in the text) where the head of the line [from, to) is cut. */
export function gluedHeadCuts(text: string, from: number, to: number): number[] {
  // (Read through a converter's pinyin, 發(fā)布時(shí)間: the cuts are placed back at the text's offsets.)
  return readThroughPinyin(text, from, to, 4 * OPENING_WITHIN, headCuts);
}

/** Fewest bars in a run that a web table's empty cells left (hundreds of them): not counted in the head's reach. */
const BAR_RUN = 20;
/**
 * Where `n` characters of `text` from `from` end, the runs of BAR_RUN bars or more not counted (a page whose metadata
 * table left lines of some three hundred bars before the opening), at most `limit`.
 */
function pastBars(text: string, from: number, n: number, limit: number): number {
  let at = from;
  for (let counted = 0; at < limit && counted < n;) {
    let run = at;
    while (run < limit && (text[run] === '|' || text[run] === '｜')) run++;
    if (run - at >= BAR_RUN) { at = run; continue; }
    counted += Math.max(1, run - at);
    at = Math.max(at + 1, run);
  }
  return at;
}

function headCuts(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  // (`text` is doc.read, in Simplified script already.)
  const window = text.slice(from, pastBars(text, from, OPENING_WITHIN, Math.min(to, from + 4 * OPENING_WITHIN)));
  const stop = window.indexOf('。');
  const reach = pastBars(window, 0, HEAD, window.length);
  const head = window.slice(0, Math.min(reach, stop < 0 ? reach : stop));
  const chrome = CHROME_RUN.exec(head);
  if (chrome) out.push(from + chrome[0].length);
  for (const m of head.matchAll(FIELD)) if (m.index! > 0) out.push(from + m.index!);
  for (const m of head.matchAll(STAMP)) out.push(from + m.index! + m[0].length);
  // An empty 文号 field before the title glued to it (发文字号:某某市人民政府关于2022年……的报告发布日期:…):
  // a document number has its year in brackets (〔2023〕); words ending in a report's name are the title.
  for (const m of head.matchAll(EMPTY_NUMBER)) out.push(from + m.index! + m[0].length);
  for (const m of window.matchAll(OPENING)) {
    const before = window.slice(Math.max(0, m.index! - 4), m.index!);
    // (Not inside the report naming itself: 本年报根据《…, 本报告由….)
    if (m.index! > 0 && (BEFORE_OPENING.test(before) || (TITLE_END.test(before) && !/本(?:年度)?$/.test(window.slice(Math.max(0, m.index! - 7), m.index! - 2))))) out.push(from + m.index!);
  }
  return out;
}
