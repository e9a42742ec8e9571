// The report year: from the title, the statistical period, the body's sentences, a signing or cover date,
// or the page's 发布日期 (split from title.ts, which finds the title).
import type { LineMap } from '../text/line-map';
import { normalize } from '../text/normalize';
import type { Heading } from './headings';
import type { TitleInfo, YearSource } from './title';
import { docSiteNoticeAt, isMetadataLine, metadataLineAt } from './title-chrome';
import { cnMonth, cnYear, COMMA_YEAR } from './title-forms';

/** A date alone on a line (2013年3月, （2024年1月20日）). */
export const DATE_ONLY = /^[（(]?\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?\s*[）)]?$/;
export const CN_DATE_ONLY = /^[（(]?([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月(?:[一二三四五六七八九十]{1,3}日)?[）)]?$/;
export const MAX_LINE = 2000;
/** After a comma, the year with an organ named in full as the subject of what it published or received. */
const COMMA_ORGAN_YEAR = /[,，]((?:19|20)\d{2})年度?[,，]?(?=[\u4e00-\u9fff]{2,14}?(?:局|委|办|厅|政府|镇|乡|街道|办事处)(?:本级)?(?:累计|共|全年)?(?:主动)?(?:公开|发布|收到|受理))/g;

/** After a sentence, the year with a public institution as the subject of what it published or received (。2021年医院在…发布). */
const INSTITUTION_YEAR = /(?:^|[。；;])((?:19|20)\d{2})年度?[,，]?(?=(?:我|本|全)?(?:医院|院|学校|校|公司|集团)(?:在|共|全年|累计|主动|通过|发布|公开|收到|受理))/g;

/** Reports are signed and published in the first months after the report year. */
const SIGNING_MONTHS = 6;

/** After “某年是……之年”, the clause that says what is to be done in it (……之年，全区要……, ……之年，我们将……). */
const YEAR_AHEAD = /^[^。]*?(?:之年|的一年)[,，][^,，。；;]{0,16}?(?:(?<![重主需纲])要(?![求点素闻])|将|必须|务必)/;

/** The text's non-blank lines from the top, at most `max` of them: line index, text and rank (1-based). */
function* nonBlankLines(lines: LineMap, max: number): Generator<{ line: number; raw: string; nth: number }> {
  let nth = 0;
  for (let line = 0; line < lines.lineCount && nth < max; line++) {
    const raw = lines.lineText(line);
    if (!raw.trim() || docSiteNoticeAt(lines, line)) continue;
    yield { line, raw, nth: ++nth };
  }
}

/** The statistical period: 本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止 (or 2023-1-1). */
function periodYear(lines: LineMap): number | null {
  for (const { line, raw } of nonBlankLines(lines, 40)) {
    if (!/[统統]|数据|數據/.test(raw) && !/年0?1月0?1日/.test(raw)) continue;
    // (With the next line when this one stops inside a sentence: PDF text broken at the page width splits
    // the dates too, 统计期限为202 / 4年1月1日至2024年12月31日, in a text too short for wrap-view.ts.)
    const next = raw.length < MAX_LINE && !/[。；;]\s*$/.test(raw) && line + 1 < lines.lineCount ? lines.lineText(line + 1) : '';
    const t = normalize((next.trim() ? raw + next : raw).slice(0, MAX_LINE));
    // (A copy that lost the 月 of the date, 统计期限为2022年11日至1231日, as well; or its 年, 统计期限为20231月1日至12月31日,
    // the year then run into the month: 1月1日 to the year's end, not 2023-11-01 or a date read from 202311月.)
    // (Or both 年 and 月 lost, the year written again at the end: 统计期限自201911日起至20191231日止.)
    const m = /统计(?:期限|时限|期间|时段|区间|时间|周期)?[^。]{0,12}?((?:19|20)\d{2})(?:年0?1月?0?1日|1月0?1日(?:起)?(?:至|到|—|-|~)(?:12月31日|\1年12月31日)|0?10?1日(?:起)?(?:至|到|—|-|~)\1(?:年)?1231日|([-./])0?1\2(?:0?1)(?!\d))/.exec(t)
      // Or the data's whole-year span without the word 统计: 本报告采用数据的起始时间为2022年1月1日至2022年12月31日.
      // (Or 资料, as a converter with Taiwan phrasing writes 数据: 本報告採用資料的起始時間為…. 资料 is a mainland word too,
      // so text/taiwan-words.ts leaves it; a whole year's span after it is the period all the same.)
      ?? /(?:数据|资料)[^。，,；;]{0,12}?((?:19|20)\d{2})年0?1月0?1日(?:起)?(?:至|到|—|-|~)(?:\1年)?12月31日/.exec(t)
      // Or a sentence led by the whole year's span, the year written twice: 2022年1月1日到2022年12月31日止，我镇主动公开…….
      ?? /(?:^|[。；;，,])((?:19|20)\d{2})年0?1月0?1日(?:起)?(?:至|到|—|-|~)\1年12月31日(?:止)?[，,]/.exec(t);
    if (m) return Number(m[1]);
  }
  return null;
}

/** Years stated in the text's first lines (not inside 《》, not a date's 2020年1月1日): `year` twice or more, `other` never. */
function bodyBacks(lines: LineMap, year: number, other: number): boolean {
  let mine = 0;
  for (const { raw } of nonBlankLines(lines, 40)) {
    const t = normalize(raw.slice(0, MAX_LINE)).replace(/《[^《》]{0,80}》/g, '');
    for (const y of t.matchAll(/((?:19|20)\d{2})年(?!\d{1,2}月)/g)) {
      const v = Number(y[1]);
      if (v === other) return false;
      if (v === year) mine++;
    }
  }
  return mine >= 2;
}

export function findYear(lines: LineMap, title: TitleInfo | null, headings: Heading[] = []): { year: number | null; source: YearSource | null } {
  const period = periodYear(lines);
  if (title) {
    // The year with its 年, or (a title typed without it) right before the report's subject:
    // 某厅2022政府信息公开工作年度报告.
    // (A notice's serial number before the report's name, 应急管理部(2024年第1号):应急管理部2023年……报告, is no year of it.)
    const norm = title.norm.includes('号') ? title.norm.replace(/(?:19|20)\d{2}年第\d{1,4}号/g, '') : title.norm;
    const m = /((?:19|20)\d{2})年/.exec(norm) ?? /(?<![\d〔[(（])((?:19|20)\d{2})(?=度?(?:政府信息公开|政务公开|法治政府建设))/.exec(norm);
    // A report named in the opening sentence (…编制了《某某镇2020年…年度报告》) yields to the
    // statistical period stated beside it: the name is quoted, the period is the report's.
    // (Unless the text's own sentences state the named year again and never the period's: a period
    // left from last year's report, 统计期限自2020年1月1日… under 2021年通过门户网站…, 2021年新收….)
    if (m && !(title.source === 'sentence' && period !== null && !bodyBacks(lines, Number(m[1]), period))) {
      return { year: Number(m[1]), source: 'title' };
    }
  }
  // A flattened report's long line holds several headings inside it (parse/one-line.ts): the
  // opening sentence of that line is still the text's, so it is no heading line here.
  const perLine = new Map<number, number>();
  for (const h of headings) perLine.set(h.line, (perLine.get(h.line) ?? 0) + 1);
  const headingLines = new Set(headings.filter((h) => (perLine.get(h.line) ?? 0) < 2).map((h) => h.line));
  // The opening names the report with its year (特向社会公布2011年某厅政府信息公开工作年度报告): it yields to the
  // statistical period unless the body's sentences state the named year and never the period's (a period
  // copied from last year's report, 数据统计期限为2010年1月1日至2010年12月31日 under 2011年，省财政厅……).
  const named = openingYear(lines, headingLines);
  if (period !== null) {
    return named !== null && named !== period && bodyBacks(lines, named, period) ? { year: named, source: 'body' } : { year: period, source: 'period' };
  }
  if (named !== null) return { year: named, source: 'body' };
  return bodyYear(lines, headingLines);
}

/** The year the opening lines give the report or its work (汇报我镇2023年政府信息公开工作, 现特向社会公布某乡2025年度…年度报告). */
function openingYear(lines: LineMap, headingLines: Set<number>): number | null {
  // The opening naming the year's work: 汇报我镇2023年政府信息公开工作 (titles in 《》 aside).
  for (const { line, raw } of nonBlankLines(lines, 6)) {
    if (metadataLineAt(lines, line) || headingLines.has(line)) continue;
    const t = normalize(raw.slice(0, 600)).replace(/《[^《》]{0,80}》/g, '');
    // (Or its 法治政府建设 work: 认真总结我局2024年法治政府建设工作开展情况，现将……报告如下.)
    const m = /(?:汇报|报告|公布|发布|总结)(?:了)?(?:我|本)[局区县市委办镇乡街](?:道|办)?((?:19|20)\d{2})年度?(?:的)?(?:政府信息公开|法治政府建设)工作/.exec(t);
    if (m) return Number(m[1]);
    // The opening names itself: 2009年年报根据《条例》编制…, 2016年度政府信息公开年度报告由…组成.
    const own = /^((?:19|20)\d{2})年度?(?:政府信息公开(?:工作)?)?(?:年报|年度报告)(?=根据|依据|按照|依照|由|包括|是|系|共|[(（])/.exec(t);
    if (own) return Number(own[1]);
    // Or the title glued to the opening, the issuer first: 中村乡2020年政府信息公开工作年度报告(以下简称年报)根据《条例》…….
    const glued = /^[\u4e00-\u9fff]{2,24}?((?:19|20)\d{2})年度?(?:政府信息公开|政务公开)(?:工作)?(?:年度报告|年报)(?=根据|依据|按照|依照|由|包括|是|系|共|[(（])/.exec(t);
    if (glued) return Number(glued[1]);
    // The opening says who made it: 本年报是根据…要求，由某某街编制的2020年度政府信息公开年度报告.
    // Or: 现编制2011年度政府信息公开工作年度报告 (the same, said as the act of compiling).
    // (Or formed: 并形成2023年度凤凰镇政府信息公开年度报告, the issuer after the year.)
    const made = /(?:编制的|(?:现|特|现特|特此)编制|(?:并|现|特)形成)((?:19|20)\d{2})年度?(?:[\u4e00-\u9fff]{2,12}?(?=政府信息公开|政务公开))?(?:政府信息公开|政务公开)(?:工作)?(?:年度报告|年报)/.exec(t);
    if (made) return Number(made[1]);
    // Or publishes itself: 现特向社会公布文昌阁乡2025年度政府信息公开年度报告 (the organ's name between, or after
    // the year: 特向社会公布2011年陕西省财政厅政府信息公开工作年度报告).
    const published = /(?:现|特|现特)(?:向社会)?(?:公布|发布)[^。，,；;]{0,20}?((?:19|20)\d{2})年度?(?:[\u4e00-\u9fff]{2,12}?(?=政府信息公开|政务公开))?(?:政府信息公开|政务公开)(?:工作)?(?:年度报告|年报)/.exec(t);
    if (published) return Number(published[1]);
    // A summary report compiled from the units' own: 由某某厅综合各部门2016年度政府信息公开工作年度报告编制而成.
    const compiled = /(?:综合|汇总)[^。；;]{0,30}?((?:19|20)\d{2})年度?(?:的)?政府信息公开(?:工作)?(?:年度报告|年报)(?:的基础上)?(?:编制|汇总|整理)/.exec(t);
    if (compiled) return Number(compiled[1]);
    // 现将2022年法治政府建设情况报告如下 / 现对2023年所做工作总结如下: the year the text reports on.
    // (Or the organ named between: 现将黄湾镇2024年度法治政府建设工作情况汇报如下.)
    const below = /现(?:将|就|对)(?:我[^。，,]{0,6}|[\u4e00-\u9fff]{2,12}?(?=(?:19|20)\d{2}年))?((?:19|20)\d{2})年度?[^。；;]{0,24}?(?:报告|汇报|总结)如下/.exec(t);
    if (below) return Number(below[1]);
  }
  return null;
}

/** The year from the body's sentences, a signing or cover date, the page's date or the 工作要点 it carried out. */
function bodyYear(lines: LineMap, headingLines: Set<number>): { year: number | null; source: YearSource | null } {
  // The body: sentences opening with the year (“2015年度，本局…”, “2020年，我局…”, “2023年是……之年”, “2021年是……100周年，
  // (也)是……开局之年”, or the organ named and
  // what it did: “2019年县政府办公室主动公开政府信息89条”; or the statutory measures part's heading,
  // 一、2025年推进法治政府建设的主要举措和成效); the most frequent wins.
  const votes = new Map<number, number>();
  let first: number | null = null;
  for (const { line, raw, nth } of nonBlankLines(lines, 80)) {
    if (metadataLineAt(lines, line)) continue;
    const t = normalize(raw.slice(0, 200));
    // A run-in heading may come first: “（一）主动公开情况。2024年，我局……”, “2024年我局……”.
    const m = /^(?:[（(]?[一二三四五六七八九十\d]+[)）、.]?)?(?:[^。]{1,20}。)?[^。]{0,20}?((?:19|20)\d{2})(?:年度?[,，、以]|年度(?=[我本全为])|年度?(?=[^。，,《》]{1,12}(?:政务公开|政府信息公开|法治政府建设)工作(?!要点|方案|计划|安排|规划))|年度?(?=(?:推进|加强)?法治政府建设(?:的|工作)?(?:(?:主要)?(?:举措|措施|做法)(?:和|及|与))?(?:主要|突出)?成效)|年(?=是[^。，,]{2,40}(?:[,，](?:也|又|更)?是[^。，,]{2,40})?(?:之年|的一年))|年度?(?=我[局区县市委办镇乡街厅旗]|本(?:局|委|办|机关|单位|部门)|街道(?:办事处)?(?:受理|发生|共|办理|收到|主动|公开|发布))|年度?(?=(?:共|全年|累计)?(?:收到|受理)(?:政府信息公开|信息公开|依申请|申请))|年度?(?=(?:(?!要点|方案|计划|通知|规划)[^。，,、；;《》]){2,10}?(?:主动公开|收到|受理)))(.{0,15})/.exec(t);
    if (!m || /将|计划|拟|力争|预计/.test(m[2])) continue;
    // (2024年是……关键之年，全区司法行政系统要……: the year ahead of a speech or a plan, not the year reported.)
    if (m[2].startsWith('是') && YEAR_AHEAD.test(t.slice(m.index))) continue;
    const y = Number(m[1]);
    // An opening line decides (as it always did); further down, the most frequent year.
    if (nth <= 8 && first === null) first = y;
    votes.set(y, (votes.get(y) ?? 0) + 1);
  }
  // No line opens with a year: sentences inside the lines (…为例外”。2009年，本市…), the most frequent.
  if (!votes.size) {
    for (const { line, raw } of nonBlankLines(lines, 80)) {
      if (metadataLineAt(lines, line)) continue;
      const t = normalize(raw.slice(0, 600));
      // (Or after a part title run into its text, the spaces lost: ……决策部署情况2019年度为全面推进……)
      // (Or the year's applications as the subject: 2019年收到申请公开0条.)
      // (Or a numbered item's first sentence, the organ named before what it did: 。4、2019年县政府办公室主动公开……)
      const re = /(?:[。；;!！?？]|情况)(?:\d{1,2}[、.])?((?:19|20)\d{2})(?:年度?[,，、以]|年度(?=[我本全为])|年度?(?=我[局区县市委办镇乡街厅旗]|本(?:局|委|办|机关|单位|部门))|年度?(?=(?:共|全年|累计)?(?:收到|受理)(?:政府信息公开|信息公开|依申请|申请))|年度?(?=(?:(?!要点|方案|计划|通知|规划)[^。，,、；;《》]){2,10}?(?:主动公开|收到|受理)))(.{0,15})/g;
      for (let m = re.exec(t); m; m = re.exec(t)) {
        if (/将|计划|拟|力争|预计/.test(m[2])) continue;
        votes.set(Number(m[1]), (votes.get(Number(m[1])) ?? 0) + 1);
      }
      // After a comma, only the year with the organ as its subject (坚持依法公开,2022年,我局在…公开信息416条).
      for (const m of t.matchAll(COMMA_YEAR)) votes.set(Number(m[1]), (votes.get(Number(m[1])) ?? 0) + 1);
      // (Or the organ named in full before what it published: ……等内容,2021年黑河市气象局本级累计发布…….)
      for (const m of t.matchAll(COMMA_ORGAN_YEAR)) votes.set(Number(m[1]), (votes.get(Number(m[1])) ?? 0) + 1);
      // (Or a public institution as the subject: ……取得了显著成效。2021年医院在…网上发布信息总计22条.)
      for (const m of t.matchAll(INSTITUTION_YEAR)) votes.set(Number(m[1]), (votes.get(Number(m[1])) ?? 0) + 1);
    }
  }
  // Still none: the state at a year's end (截止2023年12月31日我局…发布…), the most frequent.
  // (Or at the year itself, 截至2025年，执法办案区实现全覆盖; or the date that lost its 年 and 月, 截止20101231日.)
  if (!votes.size) {
    for (const { line, raw } of nonBlankLines(lines, 80)) {
      if (metadataLineAt(lines, line)) continue;
      const t = normalize(raw.slice(0, 600));
      for (const m of t.matchAll(/截[至止](?:日期)?(?:为|到)?((?:19|20)\d{2})(?:年(?:12月(?:31日|底|末)|年?[底末]|(?=[,，]))|1231日)/g)) votes.set(Number(m[1]), (votes.get(Number(m[1])) ?? 0) + 1);
    }
  }
  const dateLines = edgeLines(lines);
  if (votes.size) {
    const y = first ?? [...votes.entries()].sort((a, b) => b[1] - a[1])[0][0];
    // A page published early in another year than the one after the body's (发布时间:2024-01-11 over 2022年，我镇主动公开……):
    // one of the two is wrong, and without a title nothing tells which; the year stays unsettled.
    const pub = publishedYear(lines, dateLines);
    if (pub !== null && pub !== y) return { year: null, source: null };
    return { year: y, source: 'body' };
  }
  // A signing or cover date alone on a line (2013年3月 under the issuer, or the date below the
  // signature): early in year Y+1 means the report is for year Y.
  for (const line of dateLines) {
    if (headingLines.has(line)) continue;
    const t = normalize(lines.lineText(line).slice(0, 80));
    let y = 0;
    let mo = 0;
    const d = DATE_ONLY.exec(t);
    if (d) { y = Number(d[1]); mo = Number(d[2]); } else {
      const c = CN_DATE_ONLY.exec(t);
      if (c) { y = cnYear(c[1]); mo = cnMonth(c[2]); }
    }
    if (y && mo >= 1 && mo <= SIGNING_MONTHS) return { year: y - 1, source: 'date' };
  }
  // Last: the page's 成文日期/发布日期 field, read the same way.
  const pub = publishedYear(lines, dateLines);
  if (pub !== null) return { year: pub, source: 'published' };
  // (Or, late in a year, the year itself when the text opens with 今年以来: the year so far told.)
  const late = thisYearOpening(lines, dateLines);
  if (late !== null) return { year: late, source: 'published' };
  // Last of all: the year's 政务公开工作要点 the report says it carried out (落实《2023年东城区政务公开工作要点》),
  // or, in a 法治政府建设 report, the year's 法治政府建设工作要点 (贯彻落实《2025年全县法治政府建设工作要点》).
  // A report is due by the end of January and the next year's 要点 come out in spring: one year named, most often.
  // Or the last year of a table comparing the years (年度 | 公开 | … / 2022 | 24 | … / 2023 | 16 | …): the year the
  // report compares with the years before.
  const table = comparedYear(lines);
  if (table !== null) return { year: table, source: 'body' };
  return planYear(lines) ?? { year: null, source: null };
}

/** A table's header that opens with the year column (年度, 年份), figure columns after it. */
const YEAR_COLUMN = /^[\s|]*(?:年度|年份)(?:[\s|]+[\u4e00-\u9fff（）()/]{2,12}){2,}[\s|]*$/;
/** A row of that table: the year, then figures only (in one line, or the year alone with its figures on the lines below). */
const YEAR_ROW = /^[\s|]*((?:19|20)\d{2})(?:年度?)?(?:[\s|]+\d[\d,.]*%?){0,12}[\s|]*$/;

/**
 * The last year of a table whose rows are consecutive years under a 年度 column (two rows or more, each year one more
 * than the one above, figures beside each), or null. Cells one per line are read too: the year lines then stand
 * apart, figures between.
 */
function comparedYear(lines: LineMap): number | null {
  const FIGURES_AFTER = /\d[\s|]+\d/; // a year with figures beside it on its line
  for (const { line, raw } of nonBlankLines(lines, 200)) {
    if (!YEAR_COLUMN.test(raw.slice(0, 200)) && !/^[\s|]*(?:年度|年份)[\s|]*$/.test(raw)) continue;
    let last = 0;
    let rows = 0;
    let figures = false; // the last row has figures
    for (let l = line + 1; l < lines.lineCount && l <= line + 60; l++) {
      const t = lines.lineText(l).slice(0, 200);
      if (!t.trim()) continue;
      const m = YEAR_ROW.exec(t);
      if (m && (rows === 0 || Number(m[1]) === last + 1)) {
        if (rows && !figures) break;
        last = Number(m[1]);
        rows++;
        figures = FIGURES_AFTER.test(t);
      } else if (rows && /^[\s|]*\d[\d,.]*%?[\s|]*$/.test(t)) figures = true;
      else if (rows || /\d/.test(t)) break; // (before the rows, the header's cells one per line)
    }
    if (rows >= 2 && figures) return last;
  }
  return null;
}

/** The lines a date may stand on: the first eight non-blank lines and the last six. */
function edgeLines(lines: LineMap): number[] {
  const dateLines: number[] = [...nonBlankLines(lines, 8)].map((x) => x.line);
  let seen = 0;
  for (let line = lines.lineCount - 1; line >= 0 && seen < 6; line--) {
    if (!lines.lineText(line).trim()) continue;
    seen++;
    dateLines.push(line);
  }
  return dateLines;
}

/** The year before the page's 成文日期/发布日期 (or 发布时间) field when it falls in a year's first months, or null. */
function publishedYear(lines: LineMap, dateLines: number[]): number | null {
  for (const line of dateLines) {
    const raw = lines.lineText(line).slice(0, 400);
    if (!isMetadataLine(raw) && !/(?:成文|发布|公开|发文)(?:日期|时间)/.test(raw)) continue;
    const m = /(?:成文|发文|发布|公开)(?:日期|时间)\s*[:：\t|]?\s*((?:19|20)\d{2})\s*[-/年.]\s*(\d{1,2})/.exec(raw);
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= SIGNING_MONTHS) return Number(m[1]) - 1;
  }
  return null;
}

/**
 * The year of the page's 成文日期/发布日期 field when it falls in the year's last quarter and the text's opening (one of
 * its first lines of prose) starts with 今年以来 / 今年来: the year so far, told late in it. Otherwise null.
 */
function thisYearOpening(lines: LineMap, dateLines: number[]): number | null {
  let opens = false;
  for (const { raw } of nonBlankLines(lines, 8)) if (/^[\s\u3000]*今年(?:以来|来)[,，]/.test(raw)) { opens = true; break; }
  if (!opens) return null;
  for (const line of dateLines) {
    const raw = lines.lineText(line).slice(0, 400);
    const m = /(?:成文|发文|发布|公开)(?:日期|时间)\s*[:：\t|]?\s*((?:19|20)\d{2})\s*[-/年.]\s*(\d{1,2})/.exec(raw);
    if (m) return Number(m[2]) >= 10 && Number(m[2]) <= 12 ? Number(m[1]) : null;
  }
  return null;
}

/** The year of the 政务公开工作要点 (or 法治政府建设工作要点, or of the reports a notice asks for) the text names, when one year is named more often than any other. */
function planYear(lines: LineMap): { year: number; source: 'plan' } | null {
  const votes = new Map<number, number>();
  for (const { raw } of nonBlankLines(lines, 120)) {
    const t = normalize(raw.slice(0, 2000));
    for (const m of t.matchAll(/((?:19|20)\d{2})年度?[^。；;！!？?《》]{0,16}?(?:政务公开|法治政府建设)工作要点/g)) votes.set(Number(m[1]), (votes.get(Number(m[1])) ?? 0) + 1);
    // Or the notice on compiling the year's reports it answers (根据《关于切实做好2023年政府信息公开工作年度报告编制
    // 公布工作的通知》要求): the year of the reports it asks for.
    for (const m of t.matchAll(/关于[^。；;《》]{0,8}?做好((?:19|20)\d{2})年度?(?:政府信息公开(?:工作)?|法治政府建设(?:工作)?)(?:年度报告|年报)[^。；;《》]{0,16}?通知/g)) votes.set(Number(m[1]), (votes.get(Number(m[1])) ?? 0) + 1);
  }
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked.length > 1 && ranked[1][1] === ranked[0][1])) return null;
  return { year: ranked[0][0], source: 'plan' };
}
