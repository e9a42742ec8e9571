// How a draft opens, for detect.ts: the report's own opening sentence (本年度报告是根据…), a
// first section that opens a report, the basis cited and "现将…报告如下" / "特公布" phrasings, a
// school's basis, a list of reports, an untitled 法治政府建设 report told by its body; and the
// helpers detect.ts shares (top headings outside fenced code, a title's trailing debris stripped).
import { headingLineSet, ParsedDocument } from '../parse/document';
import type { Heading } from '../parse/headings';
import { labelKey, normalize } from '../text/normalize';
import { metadataLineAt } from '../parse/title-chrome';
import { openingLines } from '../parse/opening-lines';
import { basisPatterns } from './detect-basis';
import { FORMATS } from './index';
import { chromeWords, LETTER_HEAD, selfOpeningLine } from './detect-self-opening';
import { spamPattern } from '../text/spam-terms';
import type { FormatSpec } from './types';

/** Lines inside fenced code blocks (``` … ```): examples quoted on a page, not its own headings. */
export function fencedLines(doc: ParsedDocument): Set<number> {
  const out = new Set<number>();
  if (!doc.text.includes('```') && !doc.text.includes('~~~')) return out;
  let open = -1;
  for (let l = 0; l < doc.readLines.lineCount; l++) {
    const t = doc.readLines.lineText(l);
    if (/^\s{0,3}(```|~~~)/.test(t)) {
      if (open < 0) open = l; else { for (let k = open; k <= l; k++) out.add(k); open = -1; }
    }
  }
  return out;
}

export function topHeadings(doc: ParsedDocument): Heading[] {
  const fenced = fencedLines(doc);
  return doc.headings.filter((h) => h.level <= 2 && !fenced.has(h.line));
}

export const GOV_FORMATS = (): FormatSpec[] => Object.values(FORMATS).filter((f) => f.family === 'gov-info');
export function stripTitleEnd(norm: string): string {
  return norm
    // A policy site's page title, the document number then the title in 《》 (某卫〔2024〕3号《……的报告》): the title.
    .replace(/^[\u3400-\u9fff]{1,12}[〔\[［](?:19|20)\d{2}[〕\]］]第?\d{1,4}号\s?《([^《》]{6,80})》$/, '$1')
    .replace(/(?:发布|更新|公开|成文)(?:时间|日期)[:：].*$|(?:来源|浏览次数|点击数|字号)[:：].*$/, '')
    .replace(/[-_|][^-_|]{2,30}(?:网站|网|门户)$/, '') // a browser page title: … - 某某市人民政府门户网站
    // Any other site name after a report's name in a browser page title (…年度报告-某某登录, …报告_某某),
    // unless the words after the dash make it a page about the report (…报告-解读).
    .replace(/(报告)\s?[-_|—–]\s?(?![^-_|—–]*(?:解读|图解|图说|一图|说明|问答|通知|新闻|视频|音频|报告))[^-_|—–\s]{2,30}$/, '$1')
    .replace(/[(（]?(?:19|20)\d{2}(?:[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?月?)?[)）]?$/, '') // a trailing date
    .replace(/\.(?:pdf|docx?|wps|txt|html?)$/i, '')
    // A wiki's infobox caption after the report's name (…年度报告基本信息): the name.
    .replace(/(报告|年报)基本信息$/, '$1')
    // The report's document number in brackets after its name: …工作报告(某县自然资字〔2025〕79号).
    .replace(/[(（][^()（）]{1,16}?[〔\[［]?(?:19|20)\d{2}[〕\]］]?第?\d{1,4}号[)）]$/, '')
    .replace(/(?:[(（\[【][^()（）\[\]【】]{0,12}[)）\]】])+$/, '') // （全文）, (2023), 【图文】
    // (A table cell's pipes after a title copied from a page's layout table: …年度报告 | ||.)
    .replace(/[\s"'“”。.,，:：;；!！*_#|│-]+$/, '')
    // A stray question mark after a title (a character the page's charset lost), not a question.
    .replace(/^(?!.*(?:吗|呢|如何|怎么|怎样|什么|为何|为什么|哪些|哪里|是否|能否|可否))(.*?)[?？]{1,2}$/, '$1');
}

/** Indentation turned into question marks by a charset conversion (“??根据《条例》……”). */
export const LOST_INDENT = /^[?？]{1,4}(?=[\u4e00-\u9fff《])/;

/**
 * A line and the lines that continue it when PDF text broke a paragraph at the page width: the
 * line has no sentence end, is not the title and is followed by text that is not a heading (up to
 * `max` characters). Lines of a web page end their paragraphs and are returned alone.
 */
export function wrappedParagraph(doc: ParsedDocument, line: number, max: number): { text: string; last: number } {
  let text = doc.readLines.lineText(line).slice(0, max);
  let last = line;
  const headingLines = headingLineSet(doc);
  while (text.length < max && text.trim().length >= 16 && !/[。！!？?；;：:]\s*$/.test(text) && last !== doc.title?.line
    && last + 1 < doc.readLines.lineCount && !headingLines.has(last + 1)) {
    const next = doc.readLines.lineText(last + 1);
    if (!next.trim()) break;
    text += next.trim().slice(0, max - text.length);
    last++;
  }
  return { text, last };
}

/** The report's own opening sentence: 本年度报告是根据《中华人民共和国政府信息公开条例》…. */
export function hasOpening(doc: ParsedDocument, opening: string[], words: string[]): boolean {
  if (!opening.length) return false;
  const open = opening.map(normalize);
  const need = words.map(normalize);
  // Blank lines and a site's menu items (- 政策解读) before the report do not count; nor do the
  // rows of a page's metadata table (| 标题: | …年度报告 | ||), a row broken in two as well.
  const menuItem = (raw: string) => /^\s*[-*•·]\s*[\u3400-\u9fff]{1,8}\s*$/.test(raw) || /^\s*\||\|\s*$/.test(raw);
  for (const { raw } of openingLines(doc.readLines, { max: 8, within: 60, skip: ['siteNotice', 'nav'], also: menuItem })) {
    const t = normalize(raw.slice(0, 300)).replace(LOST_INDENT, '');
    if (open.some((o) => t.startsWith(o)) && need.every((w) => t.includes(w)) && /根据|依据|按照/.test(t.slice(0, 40))) return true;
  }
  return false;
}

/**
 * The opening lists the report's own parts by their statutory names (本报告由“总体情况”……六个部分组成), as a report
 * does after its basis sentence, which a copy may have lost: how many parts of one format (the most) its first
 * sentence names by a title, a variant or a part's keyword (0 if none), and whether the text's first line opens
 * with it listing four parts or more (本报告由概述、……组成).
 */
// A later sentence of the opening line listing the report's parts (。全文包括……, 。本报告由……组成); a bare 报告
// (。报告主要包括……), as a notice on what reports hold may say, only with the line's own statistics period.
const LATER_PARTS = /。(?:全文|本(?:年度)?报告|本年报)(?:内容)?(?:主要)?(?:由|包括|分为)/;
const BARE_LATER_PARTS = /。报告(?:内容)?(?:主要)?(?:由|包括|分为)(?=.*本(?:年度)?报告[^。]{0,12}统计(?:期限|时限|时间|期间))/;

export function listedOwnParts(doc: ParsedDocument, opening: string[], formats: readonly FormatSpec[]): { parts: number; first: boolean } {
  const open = opening.map(normalize);
  const names = partNames(formats);
  // (Nor the page's furniture: • 听全文 / • 2019-02-28 / • 分享到 above the text.)
  for (const { raw, seen } of openingLines(doc.readLines, { max: 3, within: 40, skip: ['metadata', 'siteNotice', 'nav', 'pageChrome'] })) {
    const t = normalize(raw.slice(0, 600)).replace(LOST_INDENT, '');
    const o = open.find((w) => t.startsWith(w));
    let from = 0;
    const opens = !!o && /^(?:主要)?(?:由|包括|分为)/.test(t.slice(o.length));
    if (!opens) {
      // Or the line's second sentence, after the statistics period: ……至2021年12月31日止。全文包括总体情况、……
      const later = LATER_PARTS.exec(t) ?? BARE_LATER_PARTS.exec(t);
      if (!later) continue;
      from = later.index + 1;
    }
    const stop = t.indexOf('。', from);
    const sentence = stop < 0 ? t.slice(from) : t.slice(from, stop);
    const first = opens && seen === 1 && (sentence.match(/、|["“”]["“”]/g)?.length ?? 0) >= 3;
    return { parts: Math.max(0, ...names.map((parts) => parts.filter((words) => words.some((w) => sentence.includes(w))).length)), first };
  }
  return { parts: 0, first: false };
}

/**
 * Per format, each statutory part's names as an opening lists them: its title, its variants (依申请公开政府信息情况,
 * 存在问题及改进措施, 概述) and the words that tell a part checked by meaning (收费, 减免: a 2008 report lists
 * 政府信息公开的收费及减免情况 as 收费和减免情况).
 */
const PART_NAMES = new Map<string, string[][][]>();
function partNames(formats: readonly FormatSpec[]): string[][][] {
  const key = formats.map((f) => f.id).join();
  let names = PART_NAMES.get(key);
  if (!names) {
    names = formats.map((f) => f.sections.map((x) => [...new Set([x.title, ...(x.variants ?? []), ...(x.keywords ?? [])].filter((w): w is string => !!w).map(normalize))]));
    PART_NAMES.set(key, names);
  }
  return names;
}

/**
 * A report whose title was lost (a web excerpt, a body copied without its heading): the text
 * opens with the first statutory part (一、总体情况 / 一、概述), and that part's first lines
 * tell of a year's government information disclosure work under the 条例. Returns the heading.
 */
/** A numbered sub-part of 一、总体情况 as the 2021 format names them. */
const OVERVIEW_SUBPART = /\([一二三四五六]\)(?:政府信息)?(?:主动公开|依申请公开|政府信息管理|(?:政府信息公开)?平台建设|监督保障)/g;

/**
 * A short line with no sentence's punctuation that is a bit of the page around the text, not its prose: a
 * bulleted item of a few words (- 发布: / • 分享到), a date or number alone, the words of a page's header and
 * metadata (政府信息 / 公开指南 / 发布时间: … 浏览次数: / 联系我们 / 新闻资讯), or the issuer's name alone
 * (某某县审计局), a site's welcome, search box or breadcrumbs (> 政务公开 > 政务专题), a site's usual menu columns one a
 * line (政务公开 / 互动交流). Other short lines (春耕备耕 /
 * 项目建设: a page's own topics) still count.
 */
const PAGE_BIT = /^[^。；;！!？?]{1,40}$/;
const PAGE_WORDS = /^\s*[-•·*]\s*[^\s]{0,16}\s*$|^[\d\s\-—–:：/.年月日]+$|发布|时间|日期|来源|浏览|访问|分享|字号|字体|打印|作者|点击|首页|位置|联系|地址|电话|传真|邮件|邮箱|政府信息|信息公开|公开(?:指南|制度|目录|年报|规定)|新闻|资讯|无障碍|长者|全文|朗读|智[能慧](?:语音)?助手|为[您你](?:阅读|朗读|播报)|收藏|关闭|索引号|文号|^[\u3400-\u9fff]{2,18}(?:局|人民政府|办公厅|办公室|委员会|街道|中心)$|搜索|检索|欢迎|网站|登录|^\s*>|>[^>]*>|^(?:政务公开|互动交流|政民互动|政务服务|办事服务|公众参与)$/;
/** Every spam term, built once when first asked (only `replace` uses it: its lastIndex never carries over). */
let spam: RegExp | undefined;
// (Or a spam brand alone on its line, a hacked page's banner: betway必威体育.)
export const pageBit = (raw: string): boolean => PAGE_BIT.test(raw.trim()) && !raw.includes('如下')
  && (PAGE_WORDS.test(raw.trim()) || raw.trim().replace(spam ??= spamPattern(), '').replace(/[\s\p{P}]/gu, '').length === 0);

export function firstSectionOpening(doc: ParsedDocument): Heading | null {
  const firsts = [...new Set(GOV_FORMATS().map((f) => f.sections[0]?.title).filter((t): t is string => !!t).map(labelKey)),
    ...(FORMATS['gov-info-2008'].detect.headings?.[0] ?? []).map(normalize)];
  if (!firsts.length) return null;
  const tops = topHeadings(doc);
  const openings = [...new Set(GOV_FORMATS().flatMap((f) => f.detect.opening ?? []).map(normalize))];
  let selfOpening = false;
  let selfYear = false;
  let selfBasis = false;
  // The heading must stand among the text's first three lines (a contents line may precede it).
  // (Short lines without a sentence's punctuation above it — a page's menu, date, source and share
  // links, 政府信息 / 公开指南 / 发布时间: … / • 分享到 — are the page around the text and do not count.)
  const chrome = (raw: string, line: number) => !tops.some((x) => x.line === line) && (pageBit(raw) || chromeWords(raw) || LETTER_HEAD.test(raw.trim()));
  for (const at of openingLines(doc.readLines, { max: 3, within: 40, skip: ['metadata', 'siteNotice', 'nav'], also: chrome })) {
    const { line } = at;
    const h = tops.find((x) => x.line === line);
    if (!h) {
      // A line before the heading in which the report speaks of itself: the part below is this
      // report's, whether or not it names the 条例 (and the year, when that line names it). A
      // paragraph broken at a page's width is read whole, and counts as one line.
      const joined = wrappedParagraph(doc, line, 700);
      const own = selfOpeningLine(joined.text, openings);
      if (own.self) selfOpening = true;
      // (Led by the 条例 itself: the part below need not name 政府信息公开 again.)
      if (own.self && normalize(joined.text.slice(0, 200)).includes('政府信息公开条例')) selfBasis = true;
      if (own.year) selfYear = true;
      // (A summary of the year's disclosure work led by the year, 2025年,我厅……不断提升政府信息公开工作质量: the year is the part's.)
      const lead = normalize(joined.text.slice(0, 300));
      if (/^(?:19|20)\d{2}年(?:度|以来)?[,，]/.test(lead) && lead.includes('政府信息公开')) selfYear = true;
      at.last = joined.last;
      continue;
    }
    // 一、政府信息公开工作概述 names the same first part with the subject before it.
    // (总体公开情况, 总体工作情况: the first part's name with a word put inside it. A question mark
    // closing it is a character lost in a charset conversion: 一、总体公开情况?)
    const full = labelKey(h.title.replace(/(?<=[\u3400-\u9fff])[?？]+$/, ''));
    const k = full.replace(/^政府信息公开(?:工作)?(?:的)?(?=.{2,4}$)/, '');
    // (一、政府信息公开工作的基本情况: the overview under another word, with the subject before it.)
    const basic = k === '基本情况' && k !== full;
    if (k.length > 8 || !(basic || firsts.some((f) => k === f || (k.length <= f.length + 2 && (k.includes(f) || subsequence(f, k)))))) continue;
    // The part's first lines (up to 1,200 characters): the year's disclosure work under the 条例.
    let body = '';
    // (Lines of PDF text broken at the page width are short: the budget is characters, not lines.)
    for (let l = line + 1, n = 0; l < doc.readLines.lineCount && n < 40 && body.length < 1200 && l < line + 60; l++) {
      const t = doc.readLines.lineText(l);
      if (!t.trim()) continue;
      n++;
      body += t.slice(0, 600);
    }
    const b = normalize(body.slice(0, 1200));
    // Under 一、概述, the 2008 reports' own first part, the year's 政务公开 work stands for the 条例
    // (a wiki mirror that kept the page name as its title and dropped it from the text).
    // Under 总体情况, the overview's statutory items (依申请公开 with 政府信息管理, 平台建设 or 监督保障)
    // say the same for an untitled page that never names the 条例 in its first lines; or the part is
    // built of the format's own sub-parts of 总体情况 ((一)主动公开 (二)依申请公开 (三)政府信息管理
    // (四)政府信息公开平台建设 (五)监督保障, three or more), whatever the opening says of the year's work.
    // (Or 主动公开 with them: a region's overview that reaches 依申请公开 only later, 一、总体情况 (一)主动公开力度持续加大
    // ……切实加强政务公开平台建设.)
    const items = k === '总体情况' && (b.includes('依申请公开') || b.includes('主动公开')) && /政府信息管理|公开平台建设|监督保障/.test(b);
    const own = b.match(OVERVIEW_SUBPART)?.length ?? 0;
    // (Three of those sub-parts name the disclosure work themselves: 政府信息公开 need not be written.)
    if ((b.includes('政府信息公开') || own >= 3 || selfBasis) && (/(?:19|20)\d{2}年/.test(b) || selfYear) && (/条例|年度报告/.test(b) || selfOpening || items || own >= 3 || (k === '概述' && b.includes('政务公开')))) return h;
    return null;
  }
  return null;
}

/** Every character of `short` appears in `long` in order. */
function subsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/**
 * The report's opening sentence led by its basis: 根据《中华人民共和国政府信息公开条例》……，
 * 我镇编制了……年度报告。本年度报告由……组成 / 本报告所列数据…. Looser than `hasOpening`, so
 * the caller asks for a statutory heading besides.
 */
/** The opening names the report it presents: 完成了《2022年度某街道政府信息公开工作年度报告》。报告主要包括…. */
export const SELF_NAMED = /(?:编制|完成|形成|撰写)了?《[^《》。]{0,50}政府信息公开(?:工作)?(?:年度报告|年报)》[。，,]?(?:本?报告|全文)(?:主要)?(?:包括|由|分为|共)/;

/**
 * The opening declares the report it introduces: 现公布某某2020年政府信息公开工作年度报告 /
 * 特公布… / 现将政府信息公开工作年度报告汇报如下. `presents` holds the 如下 form, which needs no
 * heading besides (the body follows at once).
 */
// (A report of the 2008 years may call itself 信息公开工作年度报告 without 政府, after the 政府信息公开条例 it
// cites: 特向社会公布某某局2011年度信息公开工作年度报告; a school's report publishes a 学年's.)
// (Or 公开 for 公布, and a year's 信息公开报告 without 年度: 现公开某市供电局2010年信息公开报告,该报告由概述……组成.)
export const PUBLISHES = /(?:特|现|予以)(?:向社会)?(?:公布|公开)(?:(?!学年|学校|高校)[^。；;]){0,60}(?:(?:政府)?信息公开(?:工作)?(?:年度报告|年报)|(?:19|20)\d{2}年度?[^。；;，,、《》]{0,12}?(?:政府)?信息公开(?:工作)?报告)(?![的之]?(?:解读|通知|编制|格式))/;
export const PRESENTS = /现(?:将|就)[^。；;]{0,60}政府信息公开(?:工作)?(?:年度报告|年报)[^。；;]{0,8}(?:报告|汇报|公布|发布)如下/;

/**
 * The opening names the report it compiles, with its year: 根据《条例》……，编制某某局2024年政府信息公开工作年度报告，所列数据….
 * (The issuer may stand after the year: 编制2012年我乡政府信息公开工作年度报告.)
 */
// (Without 政府 too, after the 条例 the opening cites: 特编制2013年某市卫生局信息公开工作年度报告; not a 学年's.)
// (Or 形成: ……切实贯彻落实工作要求，并形成某乡2020年政府信息公开年度报告。)
export const COMPILES = /(?:编制|形成)(?:了|完成)?[^。；;《》]{0,40}?(?:19|20)\d{2}年度?(?!(?:\d|至|-|—)*学年)[^。；;《》，,、]{0,12}?(?:政府)?信息公开(?:工作)?(?:年度报告|年报)(?![的之]?(?:解读|通知|编制|格式|模板))/;

/**
 * The opening names its own report with the year and lists its parts: 根据《条例》……，市疾病预防控制中心
 * 2016年政府信息公开年度报告由概述、主动公开政府信息情况……七部分组成 (not a notice's 各单位……年度报告由).
 */
export const NAMES_PARTS = /([^。；;，,]{0,24}?)(?:19|20)\d{2}年度?政府信息公开(?:工作)?(?:年度报告|年报)(?:由|包括|分为|共分为)[^。；;]{2,160}?[一二三四五六七八九十\d]+(?:个)?(?:部分|方面)/;
const namesOwnParts = (t: string) => { const m = NAMES_PARTS.exec(t); return m !== null && !m[1].includes('各'); };

/** 现将（有关）工作情况报告如下 (现就2020年……工作情况报告如下, 现将2021年工作情况汇报如下): the text is the report itself. */
export const REPORTS_BELOW = /现(?:将|就)[^。；;]{0,20}?(?:情况|工作)[^。；;]{0,10}?(?:报告|汇报)如下/;
/**
 * The year's compiling notice cited as the basis (按照《某县政府办公室关于做好2021年政府信息公开工作年度报告编发工作的通知》
 * 要求): the 条例 the opening then cites as 《条例》 is the 政府信息公开条例.
 */
const REPORT_NOTICE = /《[^《》]{0,60}政府信息公开(?:工作)?年度报告[^《》]{0,20}通知》/;

/**
 * 现将……总体情况、主动公开政府信息情况、收到和处理……申请情况……报告如下: the opening presents three
 * or more of the report's parts by name, so the text below is the report (a notice asks for them, it
 * does not present them).
 */
const PARTS_BELOW = /现(?:将|就)([^。；;]{0,240}?)(?:报告|汇报|公布)如下/;
const PART_WORDS = /总体情况|主动公开(?:政府信息)?(?:的)?情况|(?:收到和处理|依申请公开)[^、，,]{0,12}?情况|行政复议|存在的(?:主要)?问题|其他需要报告/g;
export function presentsParts(t: string): boolean {
  const m = PARTS_BELOW.exec(t);
  return m !== null && new Set(m[1].match(PART_WORDS)?.map((w) => w.slice(0, 2))).size >= 3;
}

export function hasBasisOpening(doc: ParsedDocument, opening: string[], presentsOnly = false): boolean {
  if (!opening.length) return false;
  const { own, selfBasis } = basisPatterns(opening);
  const ownNamed = /^[^。，,；;《》]{0,40}?(?:19|20)\d{2}年度?政府信息公开(?:工作)?(?:年度报告|年报)(?:\((?:以下)?简称[^()]{1,12}\))?(?:是|系)?(?:根据|依据|按照|依照)[^。]{0,100}编制[^。]{0,6}。(?:本?报告|年报|全文)(?:主要)?(?:包括|由|分为|共)/;
  // (The page's metadata block above the text, - 索 引 号:… / - 发布机构:…, and the header's links to the
  // site's accounts, 政务微信 / 政务微博 / 登录个人中心, do not count.)
  // (A long line that opens with a metadata label is the text itself pasted on one line.)
  // (Nor the short bits of the page around the text that firstSectionOpening passes by: a spam banner, the channel's
  // name, the issuer alone, 发布时间: … 浏览次数:; never the first line of a paragraph PDF text broke at the page width.)
  const chrome = (raw: string, line: number) => (raw.length <= 200 && metadataLineAt(doc.readLines, line))
    || (pageBit(raw) && wrappedParagraph(doc, line, 600).last === line);
  for (const at of openingLines(doc.readLines, { max: 4, within: 60, skip: ['siteNotice', 'pageChrome'], also: chrome })) {
    const joined = wrappedParagraph(doc, at.line, 600);
    at.last = joined.last;
    const t = normalize(joined.text).replace(LOST_INDENT, '');
    // Led by its basis (根据《条例》……), or by the year and the body first (2022年，某街道按照……根据《条例》……).
    // Or by the report named as the subject of its basis after the year's summary (2023年，某局认真
    // 贯彻……做好政府信息公开工作，本年报根据《条例》……编制而成).
    // (A copy that lost the first character of 根据 opens 据《…条例》.)
    const led = /^(?:根据|依据|按照|依照|据《)/.test(t) || /^(?:(?:19|20)\d{2}年度?[,，]?)?[^。；;]{0,40}?(?:根据|依据|按照|依照)/.test(t.slice(0, 60))
      || selfBasis.test(t.slice(0, 400));
    if (!led || !(t.includes('政府信息公开条例') || (t.includes('《条例》') && REPORT_NOTICE.test(t)))) continue;
    // Led by the 条例 and the year's compiling notice (《关于做好2021年政府信息公开工作年度报告…的通知》),
    // then the agency's own year: 现将工作情况报告如下. A notice cited in 《》 is no notice page.
    const bare = t.replace(/《[^《》]{0,80}》/g, '');
    if (!presentsOnly && /政府信息公开(?:工作)?年度报告/.test(t) && REPORTS_BELOW.test(bare) && !/通知|解读/.test(bare.slice(0, 60))) return true;
    // A notice or explainer page names itself in its first words; a notice cited in 《》 as the
    // report's basis (《关于印发…年度报告格式的通知》) does not make the page one.
    if (/通知|解读/.test(bare.slice(0, 60))) continue;
    if (presentsOnly ? PRESENTS.test(t) || presentsParts(bare) : (own.test(t) || ownNamed.test(t) || SELF_NAMED.test(t) || PUBLISHES.test(t) || PRESENTS.test(t) || COMPILES.test(bare) || namesOwnParts(bare))) return true;
  }
  return false;
}

/**
 * A page explaining a report (年报解读): its opening says so — 为方便群众看懂年报信息，现就年报内容
 * 进行如下解读 / 现将……年度报告解读如下 — before it quotes the report's parts and figures.
 */
const EXPLAINS = /现(?:就|将|对)[^。]{0,40}?(?:年报|年度报告|报告)[^。]{0,12}?(?:进行|作)?(?:如下)?(?:解读|解析|说明如下)|(?:年报|年度报告)[^。]{0,12}?解读如下/;
export function explainsReport(doc: ParsedDocument): boolean {
  for (const { raw } of openingLines(doc.readLines, { max: 3, within: 40, skip: ['metadata', 'siteNotice', 'nav'] })) {
    if (EXPLAINS.test(normalize(raw.slice(0, 600)).replace(/《[^《》]{0,80}》/g, '《》'))) return true;
  }
  return false;
}

/**
 * The opening lines cite the 高等学校信息公开办法 (a school's report) and not the 政府信息公开条例; or
 * they cite the ministry's notice on the schools' reports (教育部办公厅关于做好2022年高校信息公开年度报告
 * 工作的通知), or count the figures over a school year (统计期限自2021年9月1日起,至2022年8月31日止):
 * a government report counts the calendar year.
 */
export function schoolBasis(doc: ParsedDocument): boolean {
  for (const { raw } of openingLines(doc.readLines, { max: 8, within: 60 })) {
    const t = normalize(raw.slice(0, 400));
    // (Citing the 条例 besides, the school rule alone does not tell: a later line's school year may.)
    if (/(?:高等学校|高等学院|高校)信息公开(?:办法|事项清单)/.test(t) && !t.includes('政府信息公开条例')) return true;
    if (SCHOOL_NOTICE.test(t) || SCHOOL_PERIOD.test(t)) return true;
  }
  return false;
}
const SCHOOL_NOTICE = /(?:高等学校|高校)信息公开(?:工作)?年度报告/;
const SCHOOL_PERIOD = /(?:19|20)\d{2}年9月1日[^。；;]{0,12}(?:至|到|—|–|-|~)[^。；;]{0,6}(?:19|20)\d{2}年8月31日/;

/**
 * A page listing reports (年度报告 / 某某市2023年…年度报告 / 某某市2022年…年度报告): right after
 * its title, two or more lines that are themselves report titles of different years.
 */
/** A year with 年 (the years reportList counts). */
const YEAR_WORD = /((?:19|20)\d{2})年/;

export function reportList(doc: ParsedDocument, isReportTitle: (norm: string) => boolean): boolean {
  const after = doc.title ? (doc.title.endLine ?? doc.title.line) : -1;
  const years = new Set<number>();
  let titles = 0;
  for (const at of openingLines(doc.readLines, { max: 8, from: after + 1, within: 79, also: (r) => !r.slice(0, 200).trim() })) {
    const raw = at.raw.slice(0, 200);
    const whole = normalize(raw.replace(/^\s*(?:[-*+]\s+|\d{1,2}[.、]\s*)?/, ''));
    // (stripTitleEnd and the link's text keep a part of the line: no year in the line, none in that part.)
    if (!YEAR_WORD.test(whole)) continue;
    const norm = stripTitleEnd(whole.replace(/^\[(.*)\]\(.*\)$/, '$1'));
    const y = YEAR_WORD.exec(norm);
    if (!y || norm.length > 80 || !isReportTitle(norm)) continue;
    titles++;
    years.add(Number(y[1]));
  }
  return titles >= 2 && years.size >= 2;
}
