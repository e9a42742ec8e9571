// Which format does a draft follow? Directive or front matter → setting → title, year and
// labels. The words come from the format data (`detect`): title words, how a title of the
// kind ends, the statutory wording, the report's opening sentence, and (for the 2008
// regulation, whose reports often lost their title) its section headings. A text that is not
// a report — or that talks about one: an explainer, a notice, a rule page — gets kind null.
// A text that looks like a report but whose kind or year stays a guess is marked `unsettled`
// (the kind-unsettled rule says so and offers to pin the kind).
import type { FormatId, KindSource, Settings } from '../types';
import { FORMAT_IDS } from '../types';
import type { ParsedDocument, YearSource } from '../parse/document';
import { coverage, labelKey, normalize } from '../text/normalize';
import { StringMemo } from '../text/string-memo';
import { FORMATS, govInfoKindForYear } from './index';
import type { FormatSpec } from './types';
import { firstTitleLine } from '../parse/title';
import { normalizedWork } from '../parse/normalized-work';
import { flatFirstSection, flatStatutoryParts } from './detect-flat';
import { ownWorkBelow } from './detect-own-work';
import { filledStatutoryTables } from './detect-tables';
import { explainsReport, firstSectionOpening, GOV_FORMATS, hasBasisOpening, hasOpening, listedOwnParts, reportList, schoolBasis, stripTitleEnd, topHeadings } from './detect-opening';
import { republishedBelow, ROL_BUILD_TITLE, ruleOfLawBelowTitle, ruleOfLawBody } from './detect-rol-body';
import { ruleOfLawWords } from './detect-rol-words';
import { ruleOfLawFirstPart } from './detect-rol-first-part';
import { generalYearSummary } from './detect-rol-summary';
import { noticeOpening, reportBelowNotice } from './detect-notice';
import { opensWithArticles, partYearLine, sectorBasis } from './detect-not-report';
import { spamMaskedTitle } from './detect-spam-title';
import { statutoryPartsSeen } from './detect-parts-seen';
import { aboutReport, otherFirstLine, OTHER_DOCUMENT } from './detect-about';
import { foreignText } from './detect-foreign';

export interface Detection {
  kind: FormatId | null;
  source: KindSource | null;
  /** Why, in words, for the status bar and `showFormat`. */
  reason: string;
  /**
   * Set when the text looks like a report but its kind or its year could not be settled:
   * `kind` is then a guess (or null), `guess` the kind a directive would most likely pin.
   */
  unsettled?: { what: 'kind' | 'year'; guess: FormatId };
}

// Computed on first use: normalising loads the OpenCC dictionaries, which start-up need not wait for.
let govTitles: string[] | undefined;
const GOV_TITLES = () => (govTitles ??= FORMATS['gov-info-2019'].sections.map((s) => labelKey(s.title)));
// The parts' usual variants after the first (主动公开情况, 依申请公开情况, 复议诉讼情况, 存在问题及改进措施): as a part's own
// heading (level 1) only — a (一)主动公开情况 under 一、总体情况 is its sub-part — and not the first part's (概述, 基本情况:
// any summary opens so).
let govVariants: Set<string> | undefined;
const GOV_VARIANTS = () => (govVariants ??= new Set(FORMATS['gov-info-2019'].sections.slice(1).flatMap((s) => (s.variants ?? []).map(labelKey))));

/** Number of top-level headings that carry a statutory gov-info section title. */
export function statutoryHeadingCount(doc: ParsedDocument): number {
  let n = 0;
  for (const h of topHeadings(doc)) {
    const k = labelKey(h.title);
    if (isGovTitle.get(k) || (h.level === 1 && GOV_VARIANTS().has(k))) n++;
  }
  return n;
}

/** Whether a heading's label key carries a statutory gov-info section title: per key, once. */
const isGovTitle = new StringMemo((k: string) => GOV_TITLES().some((t) => coverage(k, t) >= 0.8 && coverage(t, k) >= 0.6));

function countLabels(normText: string, labels: string[]): number {
  return labels.filter((l) => normText.includes(normalize(l))).length;
}

const union = (lists: (string[] | undefined)[]): string[] => [...new Set(lists.flatMap((l) => l ?? []))];

type WordList = 'titleAll' | 'titleOtherWork' | 'titleEnds' | 'statutoryTitle' | 'opening';
const govUnions = new Map<WordList, string[]>();
/** The gov-info formats' words of one list, all formats together: format data, joined once (not per draft). */
function govWords(list: WordList): string[] {
  let u = govUnions.get(list);
  if (!u) govUnions.set(list, (u = union(GOV_FORMATS().map((f) => f.detect[list]))));
  return u;
}

/** Two years joined (2021—2022年度, 2022-23学年): a school year; a government report covers one. */
const SCHOOL_YEAR_SPAN = /(?:19|20)\d{2}\s*(?:至|到|—|–|-|~)\s*(?:(?:19|20)\d{2}|\d{2})\s*(?:学年|年度|年)/;

const YEAR_SOURCE: Record<YearSource, string> = {
  title: '标题',
  period: '统计期限',
  body: '正文年份',
  date: '落款或封面日期',
  published: '网页发布日期',
  plan: '所落实的年度政务公开工作要点',
};

function yearWords(doc: ParsedDocument): string {
  const src = doc.yearSource ? YEAR_SOURCE[doc.yearSource] : '';
  const title = doc.title?.source === 'sentence' && doc.yearSource === 'title' ? '首句所述标题' : src;
  return `${doc.year} 年度（据${title}）`;
}

/** A covering letter's title sending the report: 关于报送2020年政府信息公开工作年度报告的函, …《…年度报告》的报告. */
const SENDS_REPORT = /关于(?:报送|呈送|上报|报请)[^。；;]{0,40}?(?:19|20)\d{2}年度?[^。；;]{0,30}?(?:年度报告|年报)》?的(?:函|报告)$/;

/** The report compiled under the revised regulation's article 50 (依据《…条例》(以下简称…)第五十条规定). */
const REVISED_BASIS = /政府信息公开条例[^。]{0,40}第五十条/;

/** The text's first lines cite the 政府信息公开条例. */
const citesRegulation = (doc: ParsedDocument) => normalize(doc.work.slice(0, 600)).includes('政府信息公开条例');

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

/** Whether a title has the kind's words: all of them, or one of the kind's short endings (…法治政府年度报告). */
function hasWords(f: FormatSpec, title: string): boolean {
  const t = ruleOfLawWords(title);
  if (f.detect.titleNone.some((w) => t.includes(w))) return false;
  if (f.detect.titleAll.every((w) => t.includes(w))) return true;
  const end = f.detect.titleEndsShort;
  return end !== undefined && end.some((w) => stripTitleEnd(t).endsWith(w));
}

export function detectKind(real: ParsedDocument, settings: Settings): Detection {
  // A report pasted on one line is read through its view as lines (parse/flat-view.ts); the
  // statutory parts glued inside the long line are looked for in the line itself.
  // (The view's lines are lines of doc.read: the readers' lines too.)
  const doc: ParsedDocument = real.view ? { ...real, lines: real.view.lines, readLines: real.view.lines, headings: real.view.headings, title: real.view.title } : real;
  const pin = doc.directives.kindPin?.value;
  if (pin && (FORMAT_IDS as readonly string[]).includes(pin)) {
    return { kind: pin as FormatId, source: 'directive', reason: `文中指定 govreport-kind: ${pin}` };
  }
  if (settings.format !== 'auto') {
    return { kind: settings.format, source: 'setting', reason: `设置 govReport.format = ${settings.format}` };
  }
  if (foreignText(doc.work)) {
    return { kind: null, source: null, reason: '正文主要是外文（如英文摘要或译文），不是报告本身' };
  }
  const rol = FORMATS['rule-of-law'];
  const gov = GOV_FORMATS();
  const govEnds = govWords('titleEnds');
  const title = doc.title?.norm ?? '';
  const has = (f: FormatSpec) => hasWords(f, title);
  const titleWhere = doc.title?.source === 'sentence' ? '首句所述标题' : doc.title?.source === 'metadata' ? '网页“名称”栏' : '标题';

  const isReportTitle = (t: string) => (hasWords(rol, t) && !aboutReport(t, rol.detect.titleEnds ?? ['报告']))
    || (gov.some((f) => hasWords(f, t)) && !aboutReport(t, govEnds));
  if (reportList(doc, isReportTitle) && statutoryHeadingCount(doc) < 2) {
    return { kind: null, source: null, reason: '页面列出多个年度的报告（报告目录或链接列表），不是报告本身' };
  }
  if (explainsReport(doc)) {
    return { kind: null, source: null, reason: '开头写明是对年度报告的解读（现就……进行解读），不是报告本身' };
  }
  if (title) {
    if (has(rol)) {
      // (News of the report's release that gives the report in full below, 某部发布2023年法治政府建设年度报告 /
      // ……具体内容如下： / 一、……: the report, republished.)
      const released = doc.title !== null && !aboutReport(title.replace(/发布|公布/g, ''), rol.detect.titleEnds ?? ['报告'])
        && republishedBelow(doc, doc.title.endLine ?? doc.title.line);
      if (aboutReport(title, rol.detect.titleEnds ?? ['报告']) && !released) {
        return { kind: null, source: null, reason: `${titleWhere}谈的是法治政府建设报告（解读、通知等），不是报告本身` };
      }
      // (A title with a short ending, …法治政府年度报告, is quoted by that ending.)
      const short = rol.detect.titleAll.every((w) => ruleOfLawWords(title).includes(w)) ? undefined : rol.detect.titleEndsShort?.find((w) => stripTitleEnd(title).endsWith(w));
      const reason = `${titleWhere}含“${short ?? `法治政府建设……${stripTitleEnd(title).slice(-2)}`}”`;
      if (doc.year === null) return { kind: 'rule-of-law', source: 'detected', reason: `${reason}；未能确定年度`, unsettled: { what: 'year', guess: 'rule-of-law' } };
      return { kind: 'rule-of-law', source: 'detected', reason: `${reason}；${yearWords(doc)}` };
    }
  }
  // A department's 法治建设 report under its year (某局2024年度法治建设工作报告) whose text tells of 法治政府建设.
  if (title && doc.title && doc.title.source !== 'sentence' && !gov.some(has) && ROL_BUILD_TITLE.test(stripTitleEnd(title))
    && !aboutReport(title, rol.detect.titleEnds ?? ['报告']) && ruleOfLawBelowTitle(doc, doc.title.endLine ?? doc.title.line)) {
    const reason = `${titleWhere}为年度法治建设报告，正文报告法治政府建设情况`;
    if (doc.year === null) return { kind: 'rule-of-law', source: 'detected', reason: `${reason}；未能确定年度`, unsettled: { what: 'year', guess: 'rule-of-law' } };
    return { kind: 'rule-of-law', source: 'detected', reason: `${reason}；${yearWords(doc)}` };
  }
  // A title read from the opening sentence that names no kind (现将2021年工作情况报告如下 →
  // “2021年工作情况报告”) leaves the body to tell.
  const bareSentenceTitle = doc.title?.source === 'sentence' && !has(rol) && !gov.some(has);
  // (…unless it names another piece of work the body's 法治 words belong to: 现将全市2022年行政执法工作情况报告如下.)
  const rolOther = bareSentenceTitle ? rol.detect.titleOtherWork?.find((w) => title.includes(w)) : undefined;
  if (rolOther) {
    return { kind: null, source: null, reason: `${titleWhere}所述为另一类工作（${rolOther}）的报告，不是法治政府建设年度报告` };
  }
  // (Not a body's general year summary whose first part is on 法治建设: 县司法局……充分发挥司法行政职能作用 / 二、办文办会.)
  if ((!title || bareSentenceTitle) && !otherFirstLine(doc) && (ruleOfLawBody(doc) || ruleOfLawFirstPart(doc)) && !generalYearSummary(doc)) {
    const reason = '没有标题，开头段落报告法治政府建设情况';
    if (doc.year === null) return { kind: 'rule-of-law', source: 'detected', reason: `${reason}；未能确定年度`, unsettled: { what: 'year', guess: 'rule-of-law' } };
    return { kind: 'rule-of-law', source: 'detected', reason: `${reason}；${yearWords(doc)}` };
  }
  const govTitleWords = title !== '' && gov.some(has);
  // (An untitled page's opening that presents its own summary, 现将2025年度政务信息公开工作总结如下, names the page
  // itself: no text about a report.)
  const ownSummary = doc.title?.source === 'sentence' && /(?:政府|政务)信息公开(?:工作)?总结$/.test(title) && !/半年|季度|月/.test(title);
  // (A notice publishing the report with the report given in full below it: the report, republished.)
  const noticeOver = govTitleWords && !ownSummary && doc.title !== null && doc.title.source !== 'sentence'
    && reportBelowNotice(doc, doc.title.endLine ?? doc.title.line, stripTitleEnd(title), govWords('opening'));
  // (A title that reads as about a report, …年度报告编制和发布工作情况报告, over the report's own opening, 下面将2013年
  // 市交通运输局政府信息公开工作情况汇报如下, and a statutory part: the report under a title of its own.)
  const ownBelow = govTitleWords && !ownSummary && !noticeOver && doc.title !== null && doc.title.source !== 'sentence' && aboutReport(title, govEnds)
    && ownWorkBelow(doc, undefined, (doc.title.endLine ?? doc.title.line) + 1)
    && (statutoryHeadingCount(doc) >= 1 || headingGroups(doc, FORMATS['gov-info-2008'].detect.headings ?? []) >= 1);
  // (A covering letter sending the report, 关于报送2020年政府信息公开工作年度报告的函, with the report's statutory parts
  // below it and no title of the report's own: the report, sent.)
  const letterOver = govTitleWords && !ownSummary && !noticeOver && !ownBelow && doc.title !== null && doc.title.source !== 'sentence'
    && SENDS_REPORT.test(stripTitleEnd(title)) && statutoryHeadingCount(doc) >= 2;
  if (govTitleWords && !ownSummary && !noticeOver && !ownBelow && !letterOver && aboutReport(title, govEnds)) {
    return { kind: null, source: null, reason: `${titleWhere}谈的是政府信息公开工作年度报告（解读、通知、新闻、格式等），不是报告本身` };
  }
  // A school's 信息公开 report under the 高等学校信息公开办法 (…2023-2024学年信息公开工作年度报告):
  // its title names a school year (学年, or two years: 我校2021—2022年度信息公开工作报告), or its
  // opening cites that rule and not the 政府信息公开条例 (or counts a school year, schoolBasis).
  if (govTitleWords && !title.includes('政府信息公开') && (/学年/.test(title) || SCHOOL_YEAR_SPAN.test(title) || schoolBasis(doc))) {
    return { kind: null, source: null, reason: `${titleWhere}为学校（高校）信息公开工作报告，依《高等学校信息公开办法》按学年编制，不是政府信息公开工作年度报告` };
  }
  // An enterprise's 信息公开 report under its sector's rules (根据供电企业信息公开工作有关要求), the 条例 never cited.
  const sector = (!title || (govTitleWords && !title.includes('政府信息公开'))) ? sectorBasis(doc) : null;
  if (sector) return { kind: null, source: null, reason: `开头依据${sector}信息公开的规定而非《政府信息公开条例》，为企事业单位信息公开报告，不是政府信息公开工作年度报告` };
  // A report on another kind of work (…党务公开工作年度报告, …政府网站工作年度报表, 12345热线…): whatever
  // headings it shares with a government report (一、总体情况), it is not one.
  // (Without a title the first line read as one counts when it names a document: …年度报表, …工作报告.)
  const first = title ? null : firstTitleLine(doc.readLines, doc.headings);
  const named = title || (first && /(?:报告|报表|年报|总结)$/.test(stripTitleEnd(first)) ? first : '');
  const otherWork = govTitleWords ? undefined : govWords('titleOtherWork').find((w) => named.includes(w));
  if (otherWork) {
    return { kind: null, source: null, reason: `${titleWhere}所述为另一类工作（${otherWork}）的报告，不是政府信息公开工作年度报告` };
  }
  // A title with other words that is not about a report at all; or, without a report title,
  // a first line naming another kind of document (…工作要点, …实施方案, …的通知).
  // A flip-book page header (“Page 9 - 2020年报_审计局”) names the book's file, not another document.
  const flipBook = /^Page\d{1,4}-/i.test(title) && /(?:19|20)\d{2}年(?:度)?(?:报|报告|年度报告)/.test(title);
  const otherTitle = (title !== '' && !govTitleWords && !flipBook && aboutReport(title, govEnds)) || (first !== null && OTHER_DOCUMENT.test(stripTitleEnd(first)));

  const statutory = govWords('statutoryTitle');
  const nonStatutory = govTitleWords && statutory.length > 0 && !statutory.some((w) => title.includes(w))
    ? `；标题不是法定的“政府信息公开工作年度报告”写法` : '';
  const headings = statutoryHeadingCount(doc);
  const groups2008 = headingGroups(doc, FORMATS['gov-info-2008'].detect.headings ?? []);
  const openings = govWords('opening');
  const opening = hasOpening(doc, openings, FORMATS['gov-info-2008'].detect.titleAll);
  // Statutory parts glued inside a long line: scanned once, and only when a branch below asks.
  let flat: number | undefined;
  const flatParts = () => (flat ??= flatStatutoryParts(real));

  let evidence = '';
  let masked: string | null = null;
  let partYear: string | null = null;
  let own = { parts: 0, first: false };
  if (noticeOver) evidence = `${titleWhere}为公布报告的通知，其下为报告全文`;
  else if (letterOver) evidence = `${titleWhere}为报送报告的函，其下为报告的法定章节 ${statutoryHeadingCount(doc)} 个`;
  else if (ownBelow) evidence = `${titleWhere}谈及年度报告，其下开头为“现将……年度政府信息公开工作情况汇报如下”，为报告本身`;
  else if (govTitleWords) evidence = `${titleWhere}为政府信息公开工作报告`;
  else if (otherTitle) evidence = '';
  // An untitled page on a half-year or a quarter (2022年上半年政府信息公开数据统计) may have a report's parts: it is no annual report.
  else if (!title && (partYear = partYearLine(doc))) {
    return { kind: null, source: null, reason: `没有报告标题，开头一行写明“${partYear}”，所述为半年或季度的情况，不是年度报告` };
  }
  // An untitled school report (its opening cites the 高等学校信息公开办法, or counts a school year from 9月1日 to
  // 8月31日) lists parts much as a government report does: it is not one.
  else if (!title && schoolBasis(doc)) {
    return { kind: null, source: null, reason: '没有标题，开头依据《高等学校信息公开办法》或按学年统计，为学校（高校）信息公开工作报告，不是政府信息公开工作年度报告' };
  }
  else if (!title && opensWithArticles(doc)) {
    return { kind: null, source: null, reason: '正文开头为条文（第一条、第一章……）或“制定本制度”等，是制度、办法或规定，不是报告' };
  }
  else if (!title && noticeOpening(doc)) {
    return { kind: null, source: null, reason: '开头为主送机关和“现就……有关事项通知如下”，是关于报告的通知，不是报告本身' };
  }
  else if (headings >= 2) evidence = `法定章节标题 ${headings} 个`;
  else if (flatParts() >= 2) evidence = `法定章节标题 ${flatParts()} 个（在连排的长行内）`;
  else if (opening) evidence = '开头为“本年度报告是根据《政府信息公开条例》……”';
  // The opening lists four or more statutory parts by name (本报告由“总体情况”……六个部分组成).
  // (Two are enough when the text's first line opens so, the report naming itself: 本报告由概述、……组成.)
  else if ((own = listedOwnParts(doc, openings, gov)).parts >= (own.first ? 2 : 4)) evidence = `开头列出报告的法定部分 ${own.parts} 个`;
  // (A statutory part glued inside a long line counts as a heading: a copy joined without breaks.)
  else if ((headings >= 1 || groups2008 >= 1 || flatParts() >= 1) && hasBasisOpening(doc, openings)) evidence = '开头为“根据《政府信息公开条例》……本年度报告由……组成”';
  else if (hasBasisOpening(doc, openings, true)) evidence = '开头为“根据《政府信息公开条例》……现将……年度报告汇报如下”';
  // (Or an item of the 2008 regulation's below, or the opening cites the 条例: 2010年我乡的政府信息公开工作，按照《…条例》…….)
  else if (((headings >= 1 || groups2008 >= 1 || citesRegulation(doc)) && ownWorkBelow(doc)) || ownWorkBelow(doc, (k) => isGovTitle.get(k))) evidence = '开头为“就本年度政府信息公开工作总结如下”';
  else if (groups2008 >= 3) evidence = `2008 年条例报告的章节标题 ${groups2008} 个`;
  else if (headings + groups2008 >= 1 && (masked = spamMaskedTitle(doc, govWords('titleAll').join(''), (t) => gov.some((f) => hasWords(f, t)) && !aboutReport(t, govEnds)))) {
    evidence = `标题“${masked.slice(0, 20)}”中的报告名称被植入的垃圾词替换，其余为政府信息公开工作报告的写法`;
  }
  else {
    const h = firstSectionOpening(doc);
    if (h) evidence = `第一部分“${h.title.slice(0, 12)}”写明年度政府信息公开工作`;
    else {
      const k = flatFirstSection(real);
      if (k) evidence = `第一部分“${k}”（在连排的长行内）写明年度政府信息公开工作`;
    }
  }
  if (!evidence) {
    const reason = otherTitle ? '标题不是报告标题' : '没有报告标题，法定章节标题少于两个';
    if (otherTitle) return { kind: null, source: null, reason };
    // No title and too few headings, but the statutory tables are there: a report whose kind
    // cannot be settled (its headings were renamed or lost).
    const norm = doc.work.length > 400_000 ? normalize(doc.work.slice(0, 400_000)) : normalizedWork(doc).text;
    // The text starts inside the statutory tables, filled in: the report's own tables.
    if (filledStatutoryTables(doc.work, norm, gov)) evidence = '没有报告标题，文本从法定表格开始（表二、表三的法定行和数字俱在）';
    else {
      const n2021 = countLabels(norm, FORMATS['gov-info-2021'].detect.labels);
      const n2019 = countLabels(norm, FORMATS['gov-info-2019'].detect.labels);
      if (n2021 + n2019 >= 3) {
        const guess: FormatId = doc.year !== null ? govInfoKindForYear(doc.year) : n2019 > n2021 ? 'gov-info-2019' : 'gov-info-2021';
        return { kind: null, source: null, reason: `${reason}，但有政府信息公开年度报告的表格栏目 ${n2021 + n2019} 个：未能确定报告类型`, unsettled: { what: 'kind', guess } };
      }
      // (Or a piece of a report: a contents page, a page from inside the overview with its sub-parts.)
      const parts = title ? 0 : statutoryPartsSeen(doc, real.readLines, (k) => isGovTitle.get(k));
      if (parts >= 2) {
        const guess: FormatId = doc.year !== null ? govInfoKindForYear(doc.year) : 'gov-info-2021';
        return { kind: null, source: null, reason: `${reason}，但有政府信息公开年度报告的法定部分 ${parts} 个（章节标题、目录或总体情况的分项）：未能确定报告类型`, unsettled: { what: 'kind', guess } };
      }
      return { kind: null, source: null, reason };
    }
  }
  if (doc.year !== null) {
    const kind = govInfoKindForYear(doc.year);
    return { kind, source: 'detected', reason: `${evidence}；${yearWords(doc)}，适用${FORMATS[kind].name.zh}${nonStatutory}` };
  }
  // No year: decide by the table labels that differ between the formats, then by 2008-only headings.
  const norm = normalizedWork(doc).text;
  const n2021 = countLabels(norm, FORMATS['gov-info-2021'].detect.labels);
  const n2019 = countLabels(norm, FORMATS['gov-info-2019'].detect.labels);
  if (n2019 > n2021) {
    return { kind: 'gov-info-2019', source: 'detected', reason: `${evidence}；未写明年度；表格栏目为 2019 年格式${nonStatutory}`, unsettled: { what: 'year', guess: 'gov-info-2019' } };
  }
  if (n2021 > 0) {
    return { kind: 'gov-info-2021', source: 'detected', reason: `${evidence}；未写明年度；表格栏目为 2021 年格式${nonStatutory}`, unsettled: { what: 'year', guess: 'gov-info-2021' } };
  }
  // The revised regulation's article on annual reports (第五十条; the 2008 regulation has 38 articles)
  // rules the 2008 format out, whatever sub-headings (主动公开, 依申请公开) the overview has.
  const revised = REVISED_BASIS.test(normalize(doc.work.slice(0, 4000)));
  const guess: FormatId = !revised && groups2008 >= 2 && groups2008 > headings ? 'gov-info-2008' : 'gov-info-2021';
  return {
    kind: guess, source: 'detected',
    reason: `${evidence}；未写明年度，也没有可区分格式的表格栏目，暂按${guess === 'gov-info-2008' ? ' 2008 年条例' : '现行 2021 年格式'}检查${nonStatutory}`,
    unsettled: { what: 'kind', guess },
  };
}
