// Which format does a draft follow? Directive or front matter → setting → title, year and
// labels. The words come from the format data (`detect`): title words, how a title of the
// kind ends, the statutory wording, the report's opening sentence, and (for the 2008
// regulation, whose reports often lost their title) its section headings. A text that is not
// a report — or that talks about one: an explainer, a notice, a rule page — gets kind null.
// A text that looks like a report but whose kind or year stays a guess is marked `unsettled`
// (the kind-unsettled rule says so and offers to pin the kind).
import type { KindId, KindSource, Settings } from '../types';
import { KIND_IDS } from '../types';
import type { ParsedDocument, YearSource } from '../parse/document';
import type { Heading } from '../parse/headings';
import { coverage, labelKey, normalize } from '../text/normalize';
import { FORMATS, govInfoKindForYear } from './index';
import type { FormatSpec } from './types';
import { firstTitleLine, isMetadataLine } from '../parse/title';

export interface Detection {
  kind: KindId | null;
  source: KindSource | null;
  /** Why, in words, for the status bar and `showFormat`. */
  reason: string;
  /**
   * Set when the text looks like a report but its kind or its year could not be settled:
   * `kind` is then a guess (or null), `guess` the kind a directive would most likely pin.
   */
  unsettled?: { what: 'kind' | 'year'; guess: KindId };
}

// Computed on first use: normalising loads the OpenCC dictionaries, which start-up need not wait for.
let govTitles: string[] | undefined;
const GOV_TITLES = () => (govTitles ??= FORMATS['gov-info-2019'].sections.map((s) => labelKey(s.title)));

/** Lines inside fenced code blocks (``` … ```): examples quoted on a page, not its own headings. */
function fencedLines(doc: ParsedDocument): Set<number> {
  const out = new Set<number>();
  if (!doc.text.includes('```') && !doc.text.includes('~~~')) return out;
  let open = -1;
  for (let l = 0; l < doc.lines.lineCount; l++) {
    const t = doc.lines.lineText(l);
    if (/^\s{0,3}(```|~~~)/.test(t)) {
      if (open < 0) open = l; else { for (let k = open; k <= l; k++) out.add(k); open = -1; }
    }
  }
  return out;
}

function topHeadings(doc: ParsedDocument): Heading[] {
  const fenced = fencedLines(doc);
  return doc.headings.filter((h) => h.level <= 2 && !fenced.has(h.line));
}

/** Number of top-level headings that carry a statutory gov-info section title. */
export function statutoryHeadingCount(doc: ParsedDocument): number {
  let n = 0;
  for (const h of topHeadings(doc)) {
    const k = labelKey(h.title);
    if (GOV_TITLES().some((t) => coverage(k, t) >= 0.8 && coverage(t, k) >= 0.6)) n++;
  }
  return n;
}

function countLabels(normText: string, labels: string[]): number {
  return labels.filter((l) => normText.includes(normalize(l))).length;
}

const GOV_FORMATS = (): FormatSpec[] => Object.values(FORMATS).filter((f) => f.family === 'gov-info');
const union = (lists: (string[] | undefined)[]): string[] => [...new Set(lists.flatMap((l) => l ?? []))];

/**
 * A title that names a report but is not one: it ends in something else (…年度报告的解读,
 * …编制工作的通知, …年度报告格式) or frames the report (图解：…, 一图读懂…, 我区发布…), or it is
 * another report on the subject (…自查报告, …督察反馈问题整改情况的报告, 上半年…情况报告).
 */
const ABOUT_PREFIX = /^(?:图解|解读|一图|图说|读懂|政策解读|新闻|关于印发|关于做好|关于报送|关于开展|关于公布|关于发布)/;
const ABOUT_WORDS = /(?:发布|公布|印发|出炉|亮相|解读|图解|读懂|编制|报送|填报|撰写|格式|模板|范本|样本|指南|要点|问答|说明|通知|审查|评估|考核|检查|抽查|测评|点评|排名|自查|整改|督察|督查|调研|述法|述职|半年|季度)/;

/** Titles of other kinds of documents, by how they end. */
const OTHER_DOCUMENT = /(?:要点|方案|计划|规划|通知|通报|办法|规定|细则|意见|决定|解读|指南|问答|须知|目录|清单|纪要|周报|月报|简报|公告|公示|函|讲话|发言|总结)$/;

function otherFirstLine(doc: ParsedDocument): boolean {
  const first = firstTitleLine(doc.lines, doc.headings);
  return first !== null && OTHER_DOCUMENT.test(stripTitleEnd(first));
}

function stripTitleEnd(norm: string): string {
  return norm
    .replace(/(?:发布|更新|公开|成文)(?:时间|日期)[:：].*$|(?:来源|浏览次数|点击数|字号)[:：].*$/, '')
    .replace(/[-_|][^-_|]{2,30}(?:网站|网|门户)$/, '') // a browser page title: … - 某某市人民政府门户网站
    .replace(/[(（]?(?:19|20)\d{2}(?:[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?月?)?[)）]?$/, '') // a trailing date
    .replace(/\.(?:pdf|docx?|wps|txt|html?)$/i, '')
    .replace(/(?:[(（\[【][^()（）\[\]【】]{0,12}[)）\]】])+$/, '') // （全文）, (2023), 【图文】
    .replace(/[\s"'“”。.,，:：;；!！*_#-]+$/, '');
}

export function aboutReport(titleNorm: string, ends: string[]): boolean {
  const t = stripTitleEnd(titleNorm).replace(/机构编制/g, '');
  if (ABOUT_PREFIX.test(t)) return true;
  if (!ends.some((e) => t.endsWith(e))) return true;
  // The words before the report name: 我区发布2023年…年度报告, …年度报告编制说明.
  return ABOUT_WORDS.test(t);
}

const YEAR_SOURCE: Record<YearSource, string> = {
  title: '标题',
  period: '统计期限',
  body: '正文年份',
  date: '落款或封面日期',
  published: '网页发布日期',
};

function yearWords(doc: ParsedDocument): string {
  const src = doc.yearSource ? YEAR_SOURCE[doc.yearSource] : '';
  const title = doc.title?.source === 'sentence' && doc.yearSource === 'title' ? '首句所述标题' : src;
  return `${doc.year} 年度（据${title}）`;
}

/** 2008-regulation section headings (概述, 收费及减免, 咨询处理 …): distinct groups matched. */
function headingGroups(doc: ParsedDocument, groups: string[][]): number {
  if (!groups.length) return 0;
  const words = groups.map((g) => g.map(normalize));
  const hit = new Set<number>();
  for (const h of topHeadings(doc)) {
    if (h.title.length > 40) continue;
    const k = labelKey(h.title);
    if (k.length > 30) continue;
    words.forEach((g, i) => { if (g.some((w) => k.includes(w))) hit.add(i); });
    if (hit.size === words.length) break;
  }
  return hit.size;
}

/** Indentation turned into question marks by a charset conversion (“??根据《条例》……”). */
const LOST_INDENT = /^[?？]{1,4}(?=[\u4e00-\u9fff《])/;

/** The report's own opening sentence: 本年度报告是根据《中华人民共和国政府信息公开条例》…. */
function hasOpening(doc: ParsedDocument, opening: string[], words: string[]): boolean {
  if (!opening.length) return false;
  const open = opening.map(normalize);
  const need = words.map(normalize);
  for (let line = 0, seen = 0; line < doc.lines.lineCount && seen < 8 && line < 60; line++) {
    const raw = doc.lines.lineText(line);
    // Blank lines and a site's menu items (- 政策解读) before the report do not count.
    if (!raw.trim() || /^\s*[-*•·]\s*[\u3400-\u9fff]{1,8}\s*$/.test(raw)) continue;
    seen++;
    const t = normalize(raw.slice(0, 300)).replace(LOST_INDENT, '');
    if (open.some((o) => t.startsWith(o)) && need.every((w) => t.includes(w)) && /根据|依据|按照/.test(t.slice(0, 40))) return true;
  }
  return false;
}

/**
 * A report whose title was lost (a web excerpt, a body copied without its heading): the text
 * opens with the first statutory part (一、总体情况 / 一、概述), and that part's first lines
 * tell of a year's government information disclosure work under the 条例. Returns the heading.
 */
function firstSectionOpening(doc: ParsedDocument): Heading | null {
  const firsts = [...new Set(GOV_FORMATS().map((f) => f.sections[0]?.title).filter((t): t is string => !!t).map(labelKey)),
    ...(FORMATS['gov-info-2008'].detect.headings?.[0] ?? []).map(normalize)];
  if (!firsts.length) return null;
  const tops = topHeadings(doc);
  // The heading must stand among the text's first three lines (a contents line may precede it).
  for (let line = 0, seen = 0; line < doc.lines.lineCount && seen < 3 && line < 40; line++) {
    const raw = doc.lines.lineText(line);
    if (!raw.trim() || isMetadataLine(raw)) continue;
    seen++;
    const h = tops.find((x) => x.line === line);
    if (!h) continue;
    // 一、政府信息公开工作概述 names the same first part with the subject before it.
    const k = labelKey(h.title).replace(/^政府信息公开(?:工作)?(?:的)?(?=.{2,4}$)/, '');
    if (k.length > 8 || !firsts.some((f) => k === f || (k.length <= f.length + 2 && k.includes(f)))) continue;
    // The part's first lines (up to 1,200 characters): the year's disclosure work under the 条例.
    let body = '';
    for (let l = line + 1, n = 0; l < doc.lines.lineCount && n < 6 && body.length < 1200 && l < line + 40; l++) {
      const t = doc.lines.lineText(l);
      if (!t.trim()) continue;
      n++;
      body += t.slice(0, 600);
    }
    const b = normalize(body.slice(0, 1200));
    if (b.includes('政府信息公开') && /(?:19|20)\d{2}年/.test(b) && /条例|年度报告/.test(b)) return h;
    return null;
  }
  return null;
}

/**
 * The report's opening sentence led by its basis: 根据《中华人民共和国政府信息公开条例》……，
 * 我镇编制了……年度报告。本年度报告由……组成 / 本报告所列数据…. Looser than `hasOpening`, so
 * the caller asks for a statutory heading besides.
 */
/** The opening names the report it presents: 完成了《2022年度某街道政府信息公开工作年度报告》。报告主要包括…. */
const SELF_NAMED = /(?:编制|完成|形成|撰写)了?《[^《》。]{0,50}政府信息公开(?:工作)?(?:年度报告|年报)》[。，,]?(?:本?报告|全文)(?:主要)?(?:包括|由|分为|共)/;

/**
 * The opening declares the report it introduces: 现公布某某2020年政府信息公开工作年度报告 /
 * 特公布… / 现将政府信息公开工作年度报告汇报如下. `presents` holds the 如下 form, which needs no
 * heading besides (the body follows at once).
 */
const PUBLISHES = /(?:特|现|予以)公布[^。；;]{0,60}政府信息公开(?:工作)?(?:年度报告|年报)(?![的之]?(?:解读|通知|编制|格式))/;
const PRESENTS = /现(?:将|就)[^。；;]{0,60}政府信息公开(?:工作)?(?:年度报告|年报)[^。；;]{0,8}(?:报告|汇报|公布|发布)如下/;

/** 现将（有关）工作情况报告如下: the text is the report itself. */
const REPORTS_BELOW = /现将[^。；;]{0,20}?(?:情况|工作)[^。；;]{0,10}?报告如下/;

function hasBasisOpening(doc: ParsedDocument, opening: string[], presentsOnly = false): boolean {
  if (!opening.length) return false;
  const names = opening.map((o) => normalize(o)).join('|');
  // 2009年年报根据《条例》编制，由概述、……四部分组成: the compiled text, then its parts.
  const own = new RegExp(`(?:${names})(?:由|包括|主要|全文|内容|中所列|所列|的统计|统计|数据)|编制(?:了)?(?:${names})|^(?:19|20)\\d{2}年度?年报[^。]{0,80}编制[,，]?(?:由|包括|分为)`);
  for (let line = 0, seen = 0; line < doc.lines.lineCount && seen < 4 && line < 60; line++) {
    const raw = doc.lines.lineText(line);
    if (!raw.trim()) continue;
    seen++;
    const t = normalize(raw.slice(0, 600)).replace(LOST_INDENT, '');
    // Led by its basis (根据《条例》……), or by the year and the body first (2022年，某街道按照……根据《条例》……).
    const led = /^(?:根据|依据|按照|依照)/.test(t) || /^(?:(?:19|20)\d{2}年度?[,，]?)?[^。；;]{0,40}?(?:根据|依据|按照|依照)/.test(t.slice(0, 60));
    if (!led || !t.includes('政府信息公开条例')) continue;
    // Led by the 条例 and the year's compiling notice (《关于做好2021年政府信息公开工作年度报告…的通知》),
    // then the agency's own year: 现将工作情况报告如下. A notice cited in 《》 is no notice page.
    const bare = t.replace(/《[^《》]{0,80}》/g, '');
    if (!presentsOnly && /政府信息公开(?:工作)?年度报告/.test(t) && REPORTS_BELOW.test(bare) && !/通知|解读/.test(bare.slice(0, 60))) return true;
    // A notice or explainer page names itself in its first words; a notice cited in 《》 as the
    // report's basis (《关于印发…年度报告格式的通知》) does not make the page one.
    if (/通知|解读/.test(bare.slice(0, 60))) continue;
    if (presentsOnly ? PRESENTS.test(t) : (own.test(t) || SELF_NAMED.test(t) || PUBLISHES.test(t) || PRESENTS.test(t))) return true;
  }
  return false;
}

/** The opening lines cite the 高等学校信息公开办法 (a school's report) and not the 政府信息公开条例. */
function schoolBasis(doc: ParsedDocument): boolean {
  for (let line = 0, seen = 0; line < doc.lines.lineCount && seen < 8 && line < 60; line++) {
    const raw = doc.lines.lineText(line);
    if (!raw.trim()) continue;
    seen++;
    const t = normalize(raw.slice(0, 400));
    if (/(?:高等学校|高等学院|高校)信息公开(?:办法|事项清单)/.test(t)) return !t.includes('政府信息公开条例');
  }
  return false;
}

/**
 * A page listing reports (年度报告 / 某某市2023年…年度报告 / 某某市2022年…年度报告): right after
 * its title, two or more lines that are themselves report titles of different years.
 */
function reportList(doc: ParsedDocument, isReportTitle: (norm: string) => boolean): boolean {
  const after = doc.title ? (doc.title.endLine ?? doc.title.line) : -1;
  const years = new Set<number>();
  let titles = 0;
  for (let line = after + 1, seen = 0; line < doc.lines.lineCount && seen < 8 && line < after + 80; line++) {
    const raw = doc.lines.lineText(line).slice(0, 200);
    if (!raw.trim()) continue;
    seen++;
    const norm = stripTitleEnd(normalize(raw.replace(/^\s*(?:[-*+]\s+|\d{1,2}[.、]\s*)?/, '')).replace(/^\[(.*)\]\(.*\)$/, '$1'));
    const y = /((?:19|20)\d{2})年/.exec(norm);
    if (!y || norm.length > 80 || !isReportTitle(norm)) continue;
    titles++;
    years.add(Number(y[1]));
  }
  return titles >= 2 && years.size >= 2;
}

/**
 * A 法治政府建设 report whose page lost its title (the stored text starts with the body): its
 * opening paragraph reports on the year's 法治政府建设 (现将……情况报告如下), or it opens with the
 * year and its first heading is the measures part (一、2019年推进法治政府建设情况) or another
 * statutory part (一、党政主要负责人履行推进法治建设第一责任人职责情况), or a 法治政府建设 heading
 * after an opening that tells of the year's results (……推进全市法治政府建设取得扎实成效).
 */
/** A heading naming a statutory part of the 法治政府建设 report: the measures, or the leaders' duty. */
const ROL_PART_HEADING = /(?:推进|加强)?法治(?:政府)?建设(?:的|工作)?(?:主要)?(?:举措|措施|做法)(?:和|及|与)(?:主要|突出)?成效|第一责任人职责/;
/** Words of a plan or a notice in the opening (制定本方案, 工作要点如下): not a report. */
const ROL_PLAN_WORDS = /制定本|(?:方案|要点|计划|安排|意见)(?:如下|[:：])|印发|通知如下/;
function ruleOfLawBody(doc: ParsedDocument): boolean {
  const headingLines = new Map(topHeadings(doc).map((h) => [h.line, h] as const));
  let opensWithYear = false;
  let mentions = false;
  let results = false;
  let plan = false;
  let summary = false;
  for (let line = 0, seen = 0; line < doc.lines.lineCount && seen < 6 && line < 60; line++) {
    const raw = doc.lines.lineText(line);
    if (!raw.trim()) continue;
    seen++;
    const h = headingLines.get(line);
    if (h) {
      const k = normalize(h.title.slice(0, 80));
      if (plan || !mentions) return false;
      // 现对……工作总结如下 before a statutory part: the year's report under another name.
      if (summary && ROL_PART_HEADING.test(k)) return true;
      if (!opensWithYear) return false;
      if (k.includes('法治政府建设') && /举措|成效|情况|工作/.test(k)) return true;
      if (ROL_PART_HEADING.test(k)) return true;
      return results && k.includes('法治政府建设');
    }
    const t = normalize(raw.slice(0, 1000));
    // A salutation (区委、区政府:) before the body.
    if (seen === 1 && /^[^。，,]{2,40}[:：]$/.test(t)) { seen--; continue; }
    if (seen === 1 && /^(?:19|20)\d{2}年/.test(t)) opensWithYear = true;
    if (ROL_PLAN_WORDS.test(t.replace(/《[^《》]{0,80}》/g, ''))) plan = true;
    if (t.includes('法治政府建设')) {
      mentions = true;
      // The year's results told in the past (取得扎实成效, 取得了明显成效), not a target (取得新成效).
      // Not a self-inspection, a 述法 statement or a half-year account (自查, 述法, 上半年).
      if (/取得了?(?:扎实|明显|显著|积极|良好|重要|阶段性|较好)?(?:的)?(?:成效|成绩|进展)/.test(t) && !/取得新/.test(t)
        && !/自查|述法|述职|半年|季度/.test(t)) results = true;
      const r = /现(?:将|就)([^。]{0,60}?)(?:报告|汇报)如下/.exec(t);
      // Not a report on something else (现将整改情况报告如下, 现将自查情况汇报如下).
      if (r) return !/自查|整改|督察|督查|调研|述职|述法|半年|季度/.test(r[1]);
      const u = /现(?:将|就|对)([^。]{0,60}?)总结如下/.exec(t);
      if (u && !/自查|整改|督察|督查|调研|述职|述法|半年|季度/.test(u[1])) summary = true;
    }
  }
  return false;
}

export function detectKind(doc: ParsedDocument, settings: Settings): Detection {
  const pin = doc.directives.kindPin?.value;
  if (pin && (KIND_IDS as readonly string[]).includes(pin)) {
    return { kind: pin as KindId, source: 'directive', reason: `文中指定 govreport-kind: ${pin}` };
  }
  if (settings.format !== 'auto') {
    return { kind: settings.format, source: 'setting', reason: `设置 govReport.format = ${settings.format}` };
  }
  const rol = FORMATS['rule-of-law'];
  const gov = GOV_FORMATS();
  const govEnds = union(gov.map((f) => f.detect.titleEnds));
  const title = doc.title?.norm ?? '';
  const has = (f: FormatSpec) => f.detect.titleAll.every((w) => title.includes(w)) && !f.detect.titleNone.some((w) => title.includes(w));
  const titleWhere = doc.title?.source === 'sentence' ? '首句所述标题' : doc.title?.source === 'metadata' ? '网页“名称”栏' : '标题';

  const hasWords = (f: FormatSpec, t: string) => f.detect.titleAll.every((w) => t.includes(w)) && !f.detect.titleNone.some((w) => t.includes(w));
  const isReportTitle = (t: string) => (hasWords(rol, t) && !aboutReport(t, rol.detect.titleEnds ?? ['报告']))
    || (gov.some((f) => hasWords(f, t)) && !aboutReport(t, govEnds));
  if (reportList(doc, isReportTitle) && statutoryHeadingCount(doc) < 2) {
    return { kind: null, source: null, reason: '页面列出多个年度的报告（报告目录或链接列表），不是报告本身' };
  }
  if (title) {
    if (has(rol)) {
      if (aboutReport(title, rol.detect.titleEnds ?? ['报告'])) {
        return { kind: null, source: null, reason: `${titleWhere}谈的是法治政府建设报告（解读、通知等），不是报告本身` };
      }
      const reason = `${titleWhere}含“法治政府建设……${stripTitleEnd(title).slice(-2)}”`;
      if (doc.year === null) return { kind: 'rule-of-law', source: 'detected', reason: `${reason}；未能确定年度`, unsettled: { what: 'year', guess: 'rule-of-law' } };
      return { kind: 'rule-of-law', source: 'detected', reason: `${reason}；${yearWords(doc)}` };
    }
  }
  if (!title && !otherFirstLine(doc) && ruleOfLawBody(doc)) {
    const reason = '没有标题，开头段落报告法治政府建设情况';
    if (doc.year === null) return { kind: 'rule-of-law', source: 'detected', reason: `${reason}；未能确定年度`, unsettled: { what: 'year', guess: 'rule-of-law' } };
    return { kind: 'rule-of-law', source: 'detected', reason: `${reason}；${yearWords(doc)}` };
  }
  const govTitleWords = title !== '' && gov.some(has);
  if (govTitleWords && aboutReport(title, govEnds)) {
    return { kind: null, source: null, reason: `${titleWhere}谈的是政府信息公开工作年度报告（解读、通知、新闻、格式等），不是报告本身` };
  }
  // A school's 信息公开 report under the 高等学校信息公开办法 (…2023-2024学年信息公开工作年度报告):
  // its title names a school year, or its opening cites that rule and not the 政府信息公开条例.
  if (govTitleWords && !title.includes('政府信息公开') && (/学年/.test(title) || schoolBasis(doc))) {
    return { kind: null, source: null, reason: `${titleWhere}为学校（高校）信息公开工作报告，依《高等学校信息公开办法》按学年编制，不是政府信息公开工作年度报告` };
  }
  // A title with other words that is not about a report at all; or, without a report title,
  // a first line naming another kind of document (…工作要点, …实施方案, …的通知).
  const first = title ? null : firstTitleLine(doc.lines, doc.headings);
  // A flip-book page header (“Page 9 - 2020年报_审计局”) names the book's file, not another document.
  const flipBook = /^Page\d{1,4}-/i.test(title) && /(?:19|20)\d{2}年(?:度)?(?:报|报告|年度报告)/.test(title);
  const otherTitle = (title !== '' && !govTitleWords && !flipBook && aboutReport(title, govEnds)) || (first !== null && OTHER_DOCUMENT.test(stripTitleEnd(first)));

  const statutory = union(gov.map((f) => f.detect.statutoryTitle));
  const nonStatutory = govTitleWords && statutory.length > 0 && !statutory.some((w) => title.includes(w))
    ? `；标题不是法定的“政府信息公开工作年度报告”写法` : '';
  const headings = statutoryHeadingCount(doc);
  const groups2008 = headingGroups(doc, FORMATS['gov-info-2008'].detect.headings ?? []);
  const opening = hasOpening(doc, union(gov.map((f) => f.detect.opening)), FORMATS['gov-info-2008'].detect.titleAll);

  let evidence = '';
  if (govTitleWords) evidence = `${titleWhere}为政府信息公开工作报告`;
  else if (otherTitle) evidence = '';
  else if (headings >= 2) evidence = `法定章节标题 ${headings} 个`;
  else if (opening) evidence = '开头为“本年度报告是根据《政府信息公开条例》……”';
  else if ((headings >= 1 || groups2008 >= 1) && hasBasisOpening(doc, union(gov.map((f) => f.detect.opening)))) evidence = '开头为“根据《政府信息公开条例》……本年度报告由……组成”';
  else if (hasBasisOpening(doc, union(gov.map((f) => f.detect.opening)), true)) evidence = '开头为“根据《政府信息公开条例》……现将……年度报告汇报如下”';
  else if (groups2008 >= 3) evidence = `2008 年条例报告的章节标题 ${groups2008} 个`;
  else {
    const h = firstSectionOpening(doc);
    if (h) evidence = `第一部分“${h.title.slice(0, 12)}”写明年度政府信息公开工作`;
  }
  if (!evidence) {
    const reason = otherTitle ? '标题不是报告标题' : '没有报告标题，法定章节标题少于两个';
    if (otherTitle) return { kind: null, source: null, reason };
    // No title and too few headings, but the statutory tables are there: a report whose kind
    // cannot be settled (its headings were renamed or lost).
    const norm = normalize(doc.work.length > 400_000 ? doc.work.slice(0, 400_000) : doc.work);
    const n2021 = countLabels(norm, FORMATS['gov-info-2021'].detect.labels);
    const n2019 = countLabels(norm, FORMATS['gov-info-2019'].detect.labels);
    if (n2021 + n2019 >= 3) {
      const guess: KindId = doc.year !== null ? govInfoKindForYear(doc.year) : n2019 > n2021 ? 'gov-info-2019' : 'gov-info-2021';
      return { kind: null, source: null, reason: `${reason}，但有政府信息公开年度报告的表格栏目 ${n2021 + n2019} 个：未能确定报告类型`, unsettled: { what: 'kind', guess } };
    }
    return { kind: null, source: null, reason };
  }
  if (doc.year !== null) {
    const kind = govInfoKindForYear(doc.year);
    return { kind, source: 'detected', reason: `${evidence}；${yearWords(doc)}，适用${FORMATS[kind].name.zh}${nonStatutory}` };
  }
  // No year: decide by the table labels that differ between the formats, then by 2008-only headings.
  const norm = normalize(doc.work);
  const n2021 = countLabels(norm, FORMATS['gov-info-2021'].detect.labels);
  const n2019 = countLabels(norm, FORMATS['gov-info-2019'].detect.labels);
  if (n2019 > n2021) {
    return { kind: 'gov-info-2019', source: 'detected', reason: `${evidence}；未写明年度；表格栏目为 2019 年格式${nonStatutory}`, unsettled: { what: 'year', guess: 'gov-info-2019' } };
  }
  if (n2021 > 0) {
    return { kind: 'gov-info-2021', source: 'detected', reason: `${evidence}；未写明年度；表格栏目为 2021 年格式${nonStatutory}`, unsettled: { what: 'year', guess: 'gov-info-2021' } };
  }
  const guess: KindId = groups2008 >= 2 && groups2008 > headings ? 'gov-info-2008' : 'gov-info-2021';
  return {
    kind: guess, source: 'detected',
    reason: `${evidence}；未写明年度，也没有可区分格式的表格栏目，暂按${guess === 'gov-info-2008' ? ' 2008 年条例' : '现行 2021 年格式'}检查${nonStatutory}`,
    unsettled: { what: 'kind', guess },
  };
}
