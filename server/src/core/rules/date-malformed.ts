// Dates that cannot be real: digits or the 年/月 character lost in typing or conversion
// (自20201月1日起至202012月31日止, 2020你那12月31日 with 年 typed as a sound-alike slip, 201211日, 2017210日, 至202020年12月31日, a whole year run together: 2025111231日), a month or day out of range
// (2023年13月, 2月30日), a span of years without its dash (20212025年), and a statistics period
// (本报告所列数据的统计期限自…至…) that is not the report year or leaves part of it out. Dates in table rows are cells, not prose, and are left alone.
import type { Rule, RuleContext } from './rule';
import { normalize } from '../text/normalize';
import { mappedText, originalSpan, onTableLine } from '../model/text-search';
import { isAnnual, showDate } from '../model/report-dates';
import { findDates } from '../parse/prose';

/** 20201月1日 / 202012月31日: a year glued to its month, 年 lost. */
const NO_NIAN = /(?<![\d.年A-Za-z])((?:19|20)\d{2})(\d{1,2})月(\d{1,2})日/g;
/** 20201月至12月 / 202012月份: a year glued to a month written without its day, 年 lost (a day after it is NO_NIAN's). */
const NO_NIAN_MONTH = /(?<![\d.年A-Za-z])((?:19|20)\d{2})(1[0-2]|[1-9])月(?=至|到|起|止|份|底|末|[,，。、；;])/g;
/** 201211日 / 2017210日: year, month and day run together, 年 and 月 lost. */
const NO_NIAN_YUE = /(?<![\d.年月A-Za-z])((?:19|20)\d{2})(\d{2,4})日/g;
/**
 * 2025111231日 / 202501011231日: a whole year's period (年1月1日至12月31日) whose 年, 月, the first 日 and
 * 至 were all lost, the two dates run together; or a dash kept between them (201211-1231日, pM/07); or the
 * last 日 lost too where 期间 or 止 follows (内容涵盖……2013111231期间, pR/08).
 */
const YEAR_SPAN_RUN = /(?<![\d.年月A-Za-z])((?:19|20)\d{2})(0?1)(0?1)日?(?:起)?(?:至|到|[-—–－~～])?1231(?:日|(?=期间|止))/g;
/** 2018年11日 / 2018年1231日: the year written, month and day run together, 月 lost. */
const NO_YUE = /(?<![\d.A-Za-z])((?:19|20)\d{2})年(\d{2,4})日/g;
/**
 * 至1231日: the end of a period, month and day run together with 月 lost (自201911日至1231日止);
 * the start of the period (a 日 shortly before) tells it from a count of days (由15日缩短至120日 has three digits).
 */
const RANGE_END_MMDD = /(日\s*(?:起\s*)?(?:至|到|—|－|~|～|-)\s*)(\d{4})日/g;
/**
 * 于1225日收到 / 截至1231日,新增…: a day named with 于/在/截至 whose 月 was lost (not 于1000日内, a count of days;
 * 截至 names a date, never a number of days).
 */
const AT_MMDD = /((?:于|在|截至|截止(?:到|至)?)\s*)(\d{4})日(?![内后前以])/g;
/**
 * 自201211日起20121231。: the period's end written as eight digits, 年, 月, 日 all lost (and 至 after 起); the
 * start's 日 and 起/至 before it tell it from a number.
 */
const RANGE_END_YMD = /(日\s*(?:起\s*(?:至|到)?|至|到)\s*)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\d年月日号.])/g;
/** (20212025年): a span of years whose dash was lost (《…纲要(2021—2025年)》). */
const YEAR_SPAN = /(?<![\d.A-Za-z])((?:19|20)\d{2})\s?((?:19|20)\d{2})\s?年/g;
/** 至12月31止 / 自1月1起: the 日 lost before 止 or 起. */
const NO_RI = /(?<![\d.])((?:19|20)\d{2}年)?(\d{1,2})月(\d{1,2})(?=止|起)/g;
/**
 * 2024全年,共… / 2023我局… / 2022度… / 《某局2021依法行政重点工作安排》: a year that lost its 年 before the words that
 * open the year's work (or of 年度), or before the subject of a plan it dates (依法行政, 法治政府建设, 普法).
 */
const YEAR_NO_NIAN = /(?<![\d.\-/A-Za-z〔［[(（])((?:19|20)\d{2})(?=全年|我(?:局|委|办|厅|镇|乡|县|区|市|州|旗|院|中心|单位|街道)|本(?:机关|单位|部门)|以来[,，]|上半年|下半年|主动公开|共(?:主动|收到|受理|发布|公开|查处|办理|开展|组织|召开|举办|印发|制定)|依法行政|法治(?:政府)?建设|普法(?:工作|依法治理)|度(?=[\u4e00-\u9fff])(?!度|电|数|以[上下]|左右))/g;
/**
 * 2023以来年党组…: 年 typed after 以来 instead of before it (2023年以来). Not 以来年均/年度/年内 (2019以来年均增长: there
 * the 年 belongs to the next word, and YEAR_NO_NIAN_SINCE reports the lost 年 alone).
 */
const YEAR_NIAN_MOVED = /(?<![\d.\-/A-Za-z〔［[(（])((?:19|20)\d{2})以来年(?![均度内初底末中终份])/g;
/** 2019以来年均增长: the year lost its 年 before 以来 (the 年 after it is the next word's). */
const YEAR_NO_NIAN_SINCE = /(?<![\d.\-/A-Za-z〔［[(（])((?:19|20)\d{2})(?=以来(?![,，]|年(?![均度内初底末中终份])))/g;
/** 二0一七年 / 二OO八年: a year in Chinese numerals with an Arabic 0 or a letter O typed for 〇. */
const MIXED_YEAR = /(?<![0-9一二三四五六七八九十〇零OoΟ])([一二][〇零0OoΟ一二三四五六七八九]{3})年/g;
/** 2023,螺溪街道严格按照…: a sentence opening with the year, its 年 lost before the comma and the organ. */
const YEAR_COMMA = /(?<=^|[。；;！!？?\n]|情况)((?:19|20)\d{2})(?=[,，][\u4e00-\u9fff]{1,12}?(?:街道|镇|乡|县|区|局|委|办|厅|中心)(?:办事处|人民政府|政府)?[\u4e00-\u9fff])/g;
/** 202020年12月31日: a year with digits too many (typed twice, or a digit slipped in). */
const LONG_YEAR = /(?<![\d.A-Za-z])(\d{5,6})年(?=\d{1,2}月)/g;
/**
 * 22012年主动公开…: a list item's number run into the year after its 、 was lost (item 2, 2012年).
 * Only at a line or sentence start, and only when the last four digits are the report year.
 */
const ITEM_YEAR = /(?<![\d.A-Za-z])(\d)((?:19|20)\d{2})年(?!\d{1,2}月)/g;
/** A line holding only digits, year first: a signing date that lost its 年, 月 and 日 (2021113, 202615). */
const BARE_DATE_LINE = /^[ \t\u3000]*((?:19|20)\d{2})(\d{2,4})[ \t\u3000]*$/;
/** The organisation line above a signing date: an organ's name alone on its line. */
const ORGAN_LINE = /^[\u3400-\u9fff（）()]{4,40}(?:政府|办公室|办公厅|办事处|委员会|局|厅|委|院|署|中心|街道|镇|乡)$/;
/**
 * 2020你那12月31日 / 2020念12月: the 年 replaced by an input-method slip, a word typed for its sound (nian: 念,
 * 粘, 碾…, or ni + an/na: 你那, 你按, 尼安) between the year and a real month and day.
 */
const NIAN_SLIP = /(?<![\d.A-Za-z])((?:19|20)\d{2})(念|粘|黏|碾|撵|捻|蔫|拈|辇|[你尼泥拟妮呢倪][那按安案暗岸俺])(\d{1,2})月(\d{1,2})日/g;
/** 2023年13月 / 2023年0月. */
const YEAR_MONTH = /(?<![\d.A-Za-z])((?:19|20)\d{2})年(\d{1,2})月/g;
/** 2月30日 / 4月31日 / 3月32日, with the year before it when written. */
const MONTH_DAY = /(?<![\d.A-Za-z])(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日/g;
/**
 * The statistics-period sentence of the opening paragraph; or the report saying what it covers (本报告…涵盖2020年1月1日
 * 至12月21日…工作情况): 涵盖/覆盖 with a span of dates right after it, in a sentence that names the report (本报告,
 * 报告由/内容, 需要报告的事项, …年度报告, — not a title ending in 报告 that the normalised text runs into the prose).
 */
const PERIOD = /统计(?:期限|期间|时限|时段|区间|时间|周期)|(?:涵盖|覆盖)(?<=(?:本报告|报告(?:由|内容|主要内容|的事项)|报告[,，])[^。；;\n]{0,60}..)(?=[^。；;\n\d]{0,12}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:起)?\s*(?:至|到|—|－|~|～|-))/g;
/** The period's end without its year, right after the start: (日)起至12月30日止. */
const YEARLESS_END = /^\s*(?:起)?\s*(?:至|到|—|－|~|～|-)\s*((\d{1,2})月(\d{1,2})日)/;

function daysIn(year: number | null, month: number): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function valid(year: number | null, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/** Every reading of month+day digits (210 → 2月10日) that is a real date. */
function splits(year: number, digits: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 1; i < digits.length && i <= 2; i++) {
    const ms = digits.slice(0, i);
    const ds = digits.slice(i);
    if (ds.length > 2 || ms.startsWith('0') && ms.length === 1) continue;
    const m = Number(ms);
    const d = Number(ds);
    if (valid(year, m, d)) out.push([m, d]);
  }
  return out;
}

/**
 * A signing date written as bare digits under the organisation's line (四川省发展和改革委员会 / 2021113):
 * the 年, 月 and 日 were lost. Reported with every reading that is a real date.
 */
function bareDateLines(ctx: RuleContext): void {
  const a = ctx.analysis;
  const { lines } = a.doc;
  for (let l = 1; l < lines.lineCount; l++) {
    const x = BARE_DATE_LINE.exec(lines.lineText(l));
    if (!x || a.doc.tableLines.has(l)) continue;
    let above = l - 1;
    while (above > 0 && !lines.lineText(above).trim()) above--;
    if (l - above > 2 || a.doc.tableLines.has(above) || !ORGAN_LINE.test(normalize(lines.lineText(above)).trim())) continue;
    const year = Number(x[1]);
    // A signing date falls in the report year or the two after it (a postcode such as 200031 does not).
    if (a.doc.year === null || year < a.doc.year || year > a.doc.year + 2) continue;
    const ok = splits(year, x[2]);
    if (ok.length === 0) continue;
    const start = lines.lineStarts[l] + (x.index ?? 0) + x[0].indexOf(x[1]);
    const shown = x[1] + x[2];
    const readings = ok.map(([month, day]) => showDate({ year, month, day }));
    ctx.report({ start, end: start + shown.length, message: `落款日期“${shown}”缺少“年”“月”“日”字，应为“${readings.join('”或“')}”？`,
      messageEn: `the signing date “${shown}” lost its 年, 月 and 日: probably ${readings.join(' or ')}` });
  }
}

export const dateMalformed: Rule = {
  id: 'date-malformed',
  formats: 'all',
  defaultSeverity: 'info',
  title: { zh: '日期书写有误', en: 'Malformed date' },
  description: {
    zh: '正文中的日期缺了“年”“月”字或数字（如“自20201月1日起至202012月31日止”“20201月至12月”“201211日”“2017210日”“2018年1231日”“至1231日止”“于1225日收到”“至12月31止”，或全年起止日期连写成“2025111231日”“201211-1231日”），“年”字被输入法打成同音错字（“2020你那12月31日”，应为“2020年12月31日”），或年份多了数字（“至202020年12月31日”；行首序号丢了顿号、与报告年度连写的“22012年”），落款机关下单独一行的日期丢了“年”“月”“日”（“2021113”“202615”，列出各种可能的读法），年份丢了“年”字（“2024全年，共……”“2021主动公开”“2023，某某街道……”“2024共查处”“2022度政务公开工作”“2019以来年均增长”“《某局2021依法行政重点工作安排》”；“年”字错到“以来”之后的“2023以来年党组……”，应为“2023年以来”），汉字年份中混入阿拉伯数字“0”或字母“O”（落款“二0一七年”“二OO八年”，应为“二〇一七年”），年份区间丢了连接号（“(20212025年)”），或月份、日期超出范围（“2023年13月”“2月30日”），'
      + '以及开头“本报告所列数据的统计期限自……至……”所写期间不在报告年度内或没有覆盖全年（“至2022年12月20日止”，截止日不写年份的“自2025年1月1日至12月30日”按起始年份读；开头写“本报告……涵盖2020年1月1日至12月21日……工作情况”的同样检查）。能唯一确定原意时（“20201月1日”即“2020年1月1日”）在提示中写明，并提供需人工确认的修复；不能确定时只提示。表格中的单元格不检查。'
      + '错误示例（2020年度报告）：“本报告所列数据统计期限自20201月1日起至202012月31日止。”正确示例：“本报告所列数据统计期限自2020年1月1日起至2020年12月31日止。”'
      + '依据：《党政机关公文格式》（GB/T 9704-2012）日期用阿拉伯数字将年、月、日标全；《政府信息公开条例》（2019）第五十条，年度报告报告上一年度的情况。',
    en: 'A date in the prose lost its 年/月 or digits (自20201月1日起至202012月31日止, 20201月至12月, 201211日, 2017210日, 2018年1231日, 至1231日止, 于1225日收到, 至12月31止, or the whole year\'s two dates run together: 2025111231日, 201211-1231日), has its 年 typed as a sound-alike input-method slip (2020你那12月31日 for 2020年12月31日), has a year with digits too many (至202020年12月31日; a list number run into the report year at a line start after its 、 was lost: 22012年), a signing date alone on its line under the organisation lost its 年, 月 and 日 (2021113, 202615, with every reading that is a date), a year lost its 年 (2024全年，共…, 2021主动公开, 2023，某某街道…, 2024共查处, 2022度政务公开工作, 2019以来年均增长, 《某局2021依法行政重点工作安排》; or typed after 以来: 2023以来年党组… for 2023年以来), a year in Chinese numerals has an Arabic 0 or a letter O for 〇 (signed 二0一七年 or 二OO八年 for 二〇一七年), a span of years lost its dash ((20212025年)), has a month or day out of range (2023年13月, 2月30日), '
      + 'or the opening statistics period (本报告所列数据的统计期限自…至…) is not the report year or leaves part of it out (至2022年12月20日止; an end written without its year, 自2025年1月1日至12月30日, is read in the year of the start; an opening saying what the report covers, 本报告…涵盖2020年1月1日至12月21日…工作情况, is read the same way). When the meaning is unambiguous (20201月1日 is 2020年1月1日) the message says so and an unsafe fix is offered; otherwise it is only reported. Table cells are not checked. '
      + 'Wrong (2020 report): “统计期限自20201月1日起至202012月31日止”. Right: “统计期限自2020年1月1日起至2020年12月31日止”. '
      + 'Basis: GB/T 9704-2012 (dates written in full with 年月日); Regulations (2019) Art. 50: the report covers the previous year.',
  },
  basis: '《党政机关公文格式》（GB/T 9704-2012）；《中华人民共和国政府信息公开条例》（2019）第五十条',
  check(ctx) {
    const a = ctx.analysis;
    const m = mappedText(a);
    const text = m.text;
    const { lines } = a.doc;
    const seen: Array<[number, number]> = [];
    const taken = (ns: number, ne: number) => seen.some(([s, e]) => ns < e && s < ne);
    const report = (ns: number, ne: number, message: string, messageEn: string, newText?: string, period = false) => {
      // A draft full of such dates gets the first hundred (the overlap test is linear in them).
      if (seen.length >= 100 || taken(ns, ne) || onTableLine(a, m, ns)) return;
      const span = originalSpan(m, ns, ne);
      const written = a.doc.work.slice(span.start, span.end);
      // Digits from two lines joined by the normalisation (a count at a line end, a date on the next) are no date.
      if (!period && /[\r\n]/.test(written)) return;
      seen.push([ns, ne]);
      const fix = newText !== undefined && !period
        ? { title: `改为“${newText}”`, edits: [{ start: span.start, end: span.end, newText }], safe: false }
        : undefined;
      ctx.report({ ...span, message, messageEn, ...(fix ? { fix } : {}) });
    };

    for (const x of text.matchAll(NO_NIAN)) {
      const year = Number(x[1]);
      const month = Number(x[2]);
      const day = Number(x[3]);
      const ns = x.index ?? 0;
      const shown = x[0];
      if (valid(year, month, day)) {
        const d = showDate({ year, month, day });
        report(ns, ns + shown.length, `日期“${shown}”缺少“年”字，应为“${d}”？`, `date “${shown}” lacks 年: probably ${d}`, d);
      } else {
        report(ns, ns + shown.length, `日期“${shown}”书写有误（缺少“年”字，且月日不成立）`, `date “${shown}” is malformed`);
      }
    }
    for (const x of text.matchAll(NIAN_SLIP)) {
      const [year, month, day] = [Number(x[1]), Number(x[3]), Number(x[4])];
      if (!valid(year, month, day)) continue;
      const ns = x.index ?? 0;
      const d = showDate({ year, month, day });
      report(ns, ns + x[0].length, `日期“${x[0]}”中的“${x[2]}”应为“年”（输入法错字），应为“${d}”？`,
        `date “${x[0]}”: “${x[2]}” is an input-method slip for 年: probably ${d}`, d);
    }
    for (const x of text.matchAll(NO_NIAN_MONTH)) {
      const ns = x.index ?? 0;
      const shown = x[0];
      const d = `${x[1]}年${Number(x[2])}月`;
      report(ns, ns + shown.length, `日期“${shown}”缺少“年”字，应为“${d}”？`, `date “${shown}” lacks 年: probably ${d}`, d);
    }
    for (const x of text.matchAll(YEAR_SPAN_RUN)) {
      const ns = x.index ?? 0;
      const shown = x[0];
      const d = `${x[1]}年1月1日至12月31日`;
      report(ns, ns + shown.length, `日期“${shown}”是起止日期连写，缺少“年”“月”“至”等字，应为“${d}”？`,
        `date “${shown}” runs the period's two dates together without 年, 月 and 至: probably ${d}`, d);
    }
    for (const x of text.matchAll(NO_NIAN_YUE)) {
      const year = Number(x[1]);
      const ns = x.index ?? 0;
      const shown = x[0];
      const ok = splits(year, x[2]);
      if (ok.length === 1) {
        const d = showDate({ year, month: ok[0][0], day: ok[0][1] });
        report(ns, ns + shown.length, `日期“${shown}”缺少“年”“月”字，应为“${d}”？`, `date “${shown}” lacks 年 and 月: probably ${d}`, d);
      } else {
        report(ns, ns + shown.length, `日期“${shown}”缺少“年”“月”字，无法确定具体日期`, `date “${shown}” lacks 年 and 月; its meaning is ambiguous`);
      }
    }
    for (const x of text.matchAll(NO_YUE)) {
      const year = Number(x[1]);
      const ns = x.index ?? 0;
      const shown = x[0];
      const ok = splits(year, x[2]);
      if (ok.length !== 1) continue;
      const d = showDate({ year, month: ok[0][0], day: ok[0][1] });
      report(ns, ns + shown.length, `日期“${shown}”缺少“月”字，应为“${d}”？`, `date “${shown}” lacks 月: probably ${d}`, d);
    }
    for (const x of [...text.matchAll(RANGE_END_MMDD), ...text.matchAll(AT_MMDD)]) {
      const digits = x[2];
      const month = Number(digits.slice(0, 2));
      const day = Number(digits.slice(2));
      if (!valid(null, month, day)) continue;
      const ns = (x.index ?? 0) + x[1].length;
      const shown = `${digits}日`;
      const d = `${month}月${day}日`;
      report(ns, ns + shown.length, `日期“${shown}”缺少“月”字，应为“${d}”？`, `date “${shown}” lacks 月: probably ${d}`, d);
    }
    for (const x of text.matchAll(RANGE_END_YMD)) {
      const [year, month, day] = [Number(x[2]), Number(x[3]), Number(x[4])];
      if (!valid(year, month, day)) continue;
      const ns = (x.index ?? 0) + x[1].length;
      const shown = `${x[2]}${x[3]}${x[4]}`;
      const d = showDate({ year, month, day });
      report(ns, ns + shown.length, `日期“${shown}”缺少“年”“月”“日”字，应为“${d}”？`, `date “${shown}” lacks 年, 月 and 日: probably ${d}`, d);
    }
    for (const x of text.matchAll(YEAR_SPAN)) {
      const from = Number(x[1]);
      const until = Number(x[2]);
      if (until <= from || until - from > 30) continue;
      const ns = x.index ?? 0;
      const d = `${from}—${until}年`;
      report(ns, ns + x[0].length, `年份“${x[0]}”缺少连接号，应为“${d}”？`, `years “${x[0]}” lack their dash: probably ${d}`, d);
    }
    for (const x of text.matchAll(NO_RI)) {
      const year = x[1] ? Number(x[1].slice(0, 4)) : null;
      if (!valid(year, Number(x[2]), Number(x[3]))) continue;
      const ns = x.index ?? 0;
      report(ns, ns + x[0].length, `日期“${x[0]}”缺少“日”字，应为“${x[0]}日”？`, `date “${x[0]}” lacks 日: probably ${x[0]}日`, `${x[0]}日`);
    }
    for (const x of text.matchAll(YEAR_NIAN_MOVED)) {
      const ns = x.index ?? 0;
      const right = `${x[1]}年以来`;
      report(ns, ns + x[0].length, `“${x[0]}”的“年”字错位，应为“${right}”？`, `“${x[0]}” has its 年 out of place: probably ${right}`, right);
    }
    for (const x of [...text.matchAll(YEAR_NO_NIAN), ...text.matchAll(YEAR_NO_NIAN_SINCE), ...text.matchAll(YEAR_COMMA)]) {
      const ns = x.index ?? 0;
      report(ns, ns + x[1].length, `年份“${x[1]}”后缺少“年”字，应为“${x[1]}年”？`, `the year “${x[1]}” lacks its 年: probably ${x[1]}年`, `${x[1]}年`);
    }
    for (const x of text.matchAll(MIXED_YEAR)) {
      if (!/[0OoΟ]/.test(x[1])) continue;
      const ns = x.index ?? 0;
      const d = `${x[1].replace(/[0OoΟ]/g, '〇')}年`;
      report(ns, ns + x[0].length, `年份“${x[0]}”混用了阿拉伯数字“0”或字母“O”，应为“${d}”`, `year “${x[0]}” mixes an Arabic 0 or a letter O into Chinese numerals: should read ${d}`, d);
    }
    for (const x of text.matchAll(LONG_YEAR)) {
      const ns = x.index ?? 0;
      const digits = x[1];
      // The report year at the start of the digits (202020年 in a 2020 report) is the likely reading.
      const guess = a.doc.year !== null && digits.startsWith(String(a.doc.year)) ? `${a.doc.year}年` : null;
      if (guess) {
        report(ns, ns + x[0].length, `年份“${x[0]}”多了数字，应为“${guess}”？`, `year “${x[0]}” has digits too many: probably ${guess}`, guess);
      } else {
        report(ns, ns + x[0].length, `年份“${x[0]}”书写有误（位数不对）`, `year “${x[0]}” is malformed (wrong number of digits)`);
      }
    }
    for (const x of text.matchAll(ITEM_YEAR)) {
      if (a.doc.year === null || Number(x[2]) !== a.doc.year) continue;
      const ns = x.index ?? 0;
      const at = m.map.get(ns);
      const before = a.doc.work.slice(a.doc.lines.lineStarts[lines.lineAt(at)], at);
      if (!/(^|[。；;])[ \t\u3000]*$/.test(before)) continue;
      const shown = `${x[1]}${x[2]}年`;
      report(ns, ns + shown.length, `年份“${shown}”多了数字：应为“${x[1]}、${x[2]}年”（序号后丢了顿号）或“${x[2]}年”？`,
        `year “${shown}” has a digit too many: probably item ${x[1]} run into ${x[2]}年 (its 、 lost)`);
    }
    bareDateLines(ctx);
    for (const x of text.matchAll(YEAR_MONTH)) {
      const month = Number(x[2]);
      if (month >= 1 && month <= 12) continue;
      const ns = x.index ?? 0;
      report(ns, ns + x[0].length, `日期“${x[0]}”的月份不存在`, `date “${x[0]}”: there is no month ${month}`);
    }
    for (const x of text.matchAll(MONTH_DAY)) {
      const year = x[1] ? Number(x[1]) : null;
      const month = Number(x[2]);
      const day = Number(x[3]);
      if (month < 1 || month > 12 || valid(year, month, day)) continue;
      const ns = x.index ?? 0;
      report(ns, ns + x[0].length, `日期“${x[0]}”不存在（${month}月没有${day}日）`, `date “${x[0]}” does not exist`);
    }

    // The statistics period of the opening paragraph: both ends in the report year.
    const year = a.doc.year;
    if (year === null || !isAnnual(a)) return;
    for (const x of text.matchAll(PERIOD)) {
      const from = (x.index ?? 0) + x[0].length;
      // The period runs to the end of its sentence.
      let to = from;
      while (to < text.length && to - from < 60 && !/[。;；\n]/.test(text[to])) to++;
      const ds = findDates(text.slice(from, to), from);
      // The end written without its year (自2025年1月1日至12月30日): the start's year.
      if (ds.length === 1) {
        const m = YEARLESS_END.exec(text.slice(ds[0].end, to));
        if (m) {
          const at = ds[0].end + (m.index ?? 0) + m[0].length - m[1].length;
          ds.push({ year: ds[0].year, month: Number(m[2]), day: Number(m[3]), start: at, end: at + m[1].length });
        }
      }
      if (ds.length !== 2) continue;
      const [b, e] = ds;
      if (b.year === year && e.year === year) {
        // A period inside the year that leaves part of it out (至2022年12月20日止): the annual report covers the whole year.
        if (b.month === 1 && b.day === 1 && e.month === 12 && e.day === 31) continue;
        if (e.start <= b.start || b.month * 100 + b.day >= e.month * 100 + e.day) continue;
        report(b.start, e.end,
          `统计期限“${text.slice(b.start, e.end)}”没有覆盖报告年度全年（应为${year}年1月1日至${year}年12月31日）`,
          `the statistics period “${text.slice(b.start, e.end)}” does not cover the whole report year (${year}-01-01 to ${year}-12-31)`, undefined, true);
        break;
      }
      // year-mismatch does not read this sentence; a period of another year is reported here once.
      report(b.start, e.end,
        `统计期限“${text.slice(b.start, e.end)}”不是报告年度（${year}年）`,
        `the statistics period “${text.slice(b.start, e.end)}” is not the report year ${year}`, undefined, true);
      break;
    }
  },
};
