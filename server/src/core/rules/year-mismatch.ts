// year-mismatch: the body narrates another year as the reporting year — a sentence opening
// `2019年，我局…` or `2019年度，…` in a 2020 report, typically a paragraph kept from last
// year's report. Only sentence-initial year phrases that introduce the year's work count;
// dates (2019年12月), plans (2021年，我局将…), references (对2017年印发的文件, 2018年权责清单),
// titles in 《》 and comparisons that also name the report year are not findings.
import { spacedLines } from '../parse/double-spaced';
import type { Rule } from './rule';
import { prose, spanOf } from '../model/sentences';
import { asRead } from '../parse/as-written';

/** Subjects that introduce the reporting organisation's own work for the year. */
/** (A development zone's report speaks of itself by the zone's short name: 2023年,经开区通过政府网站… — real page oN/09.) */
const SUBJECT = /^(我[局区县市委办处厅院镇乡街署]|本(机关|单位|局|区|县|市|委|办|部门|级政府|级|街道|镇|乡)|全(年|区|县|市|局|镇|乡|街|系统|委)|各级|在.{1,20}(领导|指导)下|(?:经开|高新|开发|保税|综保|工业园)区)/;
/** A plan or an intention: the year is a future one on purpose. */
const PLAN = /将|计划|拟|力争|要|继续|预计|打算|目标/;
/** The report naming itself in its opening: 编制了《某某镇2020年政府信息公开工作年度报告》. */
const SELF_NAMED = /(?:编制了?|公布了?|发布了?|形成了?)(?:本年度的?)?《([^《》]{0,40}?((?:19|20)\d{2})年度?[^《》]{0,20}?政府信息公开(?:工作)?(?:年度报告|年报))》/;
/** The opening publishing the report by name without 《》: 特向社会公布2008年度卫生局信息公开工作年度报告 (a 2009 report, real page qF/18). */
const SELF_PUBLISHED = /(?:特|现)(?:向社会)?(?:公布|公开|发布)([^。，,；;《》\d]{0,20}?((?:19|20)\d{2})年度?[^。，,；;《》\d]{0,20}?信息公开(?:工作)?(?:年度报告|年报))/;
/** The opening saying which year's work the report sums up: 对2015年度政府信息公开工作进行了梳理、统计和总结. */
const SELF_SUMMARY = /对(?:本(?:机关|单位|部门)|我[局区县市委办处厅院镇乡街署旗])?(((?:19|20)\d{2})年度?的?政府信息公开(?:工作)?(?:情况)?)进行了?(?:全面)?(?:梳理|统计|总结|回顾)/;
/** The opening saying which year's work the report was written from: 结合2024年某某街道政府信息公开工作实际 / 完成2020年政府信息公开工作,形成本报告. */
const SELF_WORK = /(?:结合|完成了?|总结了?)(?:本(?:机关|单位|部门)|我[局区县市委办处厅院镇乡街署旗])?(((?:19|20)\d{2})年度?[^。，,；;《》\d]{0,12}?政府信息公开工作)(?:实际|情况)?(?![^。，,；;]{0,4}(?:要点|方案|安排|计划|通知|任务))/;
/** A clause giving the year's count under another year (……尽公开,2021年度共主动公开政府信息4条). */
const COUNT_CLAUSE = /[,，；;]((?:19|20)\d{2})年(度)?(?:共|全年|累计)?(?:主动公开|新收到|收到|受理|办理)[^。，,；;]{0,16}?\d+(?:条|件|篇|宗)/;
/** A heading opening with a year (2024年法治政府建设基本情况), not a span (2021—2025年, 2022年以来). */
const HEADING_YEAR = /^\s*((?:19|20)\d{2})年度?(?!以来|至今|[-—–~～至到]|\d)/;
/** What the heading says of that year: the year's work, measures, results. */
const HEADING_WORK = /情况|举措|成效|做法|工作开展|工作回顾|主要工作|基本情况/;
/** Plans, targets and follow-ups of an earlier year's problems. */
const HEADING_NOT = /计划|打算|安排|思路|目标|要点|整改|问题|不足|上年|去年|以来|对比|比较/;
/** A work item of the year (二是稳妥做好主动公开。公开发布《…2021年…年度报告》; (一)切实做好主动公开。按时发布《…2019年度…年度报告》): the report narrating its work, not naming itself. */
const WORK_ITEM = /^\s*(?:[一二三四五六七八九十]+是|[(（][一二三四五六七八九十\d]{1,3}[)）])/;
const OPENING = /^(?:[(（]?[一二三四五六七八九十\d]+[)）、.]|[一二三四五六七八九十]是)?((?:19|20)\d{2})年(度)?[,:]/;

/**
 * The sentence's subject is the issuer: its name in full, or without the place before its level
 * (省新闻出版局 for 辽宁省新闻出版局, 市财政局 for 某某市财政局), as a report calls itself.
 */
function namesIssuer(rest: string, issuer: string): boolean {
  if (rest.startsWith(issuer)) return true;
  const short = issuer.replace(/^[\u4e00-\u9fff]{2,8}?(省|市|县|区|州|盟|旗)(?=[\u4e00-\u9fff]{2})/, '$1').replace(/[(（][^()（）]*[)）]$/, '');
  return short !== issuer && short.length >= 4 && rest.startsWith(short);
}

export const yearMismatch: Rule = {
  id: 'year-mismatch',
  formats: 'all',
  defaultSeverity: 'warning',
  title: { zh: '正文年份与报告年度不符', en: 'Body speaks of another year as the report year' },
  description: {
    zh: '正文以另一个年份作为本年度叙述工作，如2020年度报告中写“2019年，我局……”，多为沿用上一年报告的段落未改年份。只检查句首引出全年工作的年份短语（“X年，我局/我区/本机关/全年……”“X年度，……”，或以发布机关自称开头，如辽宁省新闻出版局报告中的“X年，省新闻出版局……”）；'
      + '日期（2019年12月）、下一年度工作计划（“2021年，我局将……”）、对文件或清单的引用（对2017年印发文件、2018年权责清单）、书名号内的其他标题以及同时写明报告年度的对比句不作判断；开头称本报告时（“编制了《某某镇2020年政府信息公开工作年度报告》”“特向社会公布2008年度某局政府信息公开工作年度报告”“对2019年度政府信息公开工作进行了梳理、统计和总结”“结合2024年某某街道政府信息公开工作实际”“完成2020年政府信息公开工作，形成本报告”）年份与报告年度不符也提示（“二是……公开发布《某某2021年……年度报告》”“（一）……按时发布《某某2019年度……年度报告》”这类工作事项中提到的上一年度报告不在此列），逗号后以更早的年份给出本年度数量（“……应公开尽公开，2021年度共主动公开政府信息4条”）同样提示；一级标题以更早的年份为本年度（2025年度报告中的“一、2024年法治政府建设基本情况”）同样提示，跨年份的标题（2021—2025年、2022年以来）、计划和上年问题整改不在此列。'
      + '错误示例（2020年度报告）：“2019年，我局深入贯彻落实……”。正确示例：“2020年，我局深入贯彻落实……”。'
      + '依据：《政府信息公开条例》第五十条，年度报告报告的是上一年度的工作情况。',
    en: 'The body narrates another year as the reporting year, e.g. “2019年，我局……” in a report for 2020 — usually a paragraph kept from last year\'s report. '
      + 'Only sentence-initial year phrases introducing the year\'s work are checked (“X年，我局/我区/本机关/全年……”, “X年度，……”, or the issuer\'s name as it calls itself, “X年，省新闻出版局……” in 辽宁省新闻出版局\'s report); dates, next year\'s plans (“2021年，我局将……”), references to documents or lists, other titles in 《》 and comparisons that also name the report year are not; the opening naming this report with another year (编制了《某某镇2020年政府信息公开工作年度报告》, 特向社会公布2008年度某局政府信息公开工作年度报告, 对2019年度政府信息公开工作进行了梳理、统计和总结, 结合2024年某某街道政府信息公开工作实际, 完成2020年政府信息公开工作，形成本报告) is (not last year\'s report named inside a work item, 二是……公开发布《某某2021年……年度报告》 or （一）……按时发布《某某2019年度……年度报告》), and so is a clause after a comma giving the year\'s count under an earlier year (……应公开尽公开，2021年度共主动公开政府信息4条); so is a top-level heading naming an earlier year as the year reported on (“一、2024年法治政府建设基本情况” in a report for 2025), not spans of years (2021—2025年, 2022年以来), plans or follow-ups of last year\'s problems. '
      + 'Wrong (report for 2020): “2019年，我局深入贯彻落实……”. Right: “2020年，我局深入贯彻落实……”. '
      + 'Basis: Art. 50 of the Regulations: the annual report covers the previous year\'s work.',
  },
  basis: '《中华人民共和国政府信息公开条例》第五十条',
  check(ctx) {
    const a = ctx.analysis;
    const year = a.doc.year;
    // (A year taken only from the 政务公开工作要点 the text names is too weak to hold the prose to.)
    if (!year || a.doc.yearSource === 'plan') return;
    const { sentences } = prose(a);
    const title = a.doc.title;
    // What stands on the title's line and in its range is the title (a page pasted on one line has
    // all its text on that line: the title is only a part of it).
    const inTitle = (line: number, span: () => { start: number; end: number }) => {
      if (!title || line < title.line || line > (title.endLine ?? title.line)) return false;
      const { start, end } = span();
      return start < title.end && end > title.start;
    };
    const sentenceInTitle = (s: { line: number; ns: number; ne: number }) => inTitle(s.line, () => spanOf(a, s.ns, s.ne));
    // A title found in the opening sentence (编制了《…》) is that sentence: it is checked below.
    const ownTitle = !!title && title.source !== 'sentence';
    // The opening names the report with another year than the report's (a title kept from last year).
    // (The first twelve lines as written: twice as many in a text pasted double-spaced.)
    const openingEnd = spacedLines(a.doc.lines, 12);
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      if ((ownTitle && sentenceInTitle(s)) || s.line > openingEnd) continue;
      // (A sentence inside a work item — 二是……。公开发布《某某2021年…年度报告》 — tells what was done
      // during the year, last year's report published among it: not the opening naming this report.
      // The item opens the line, or one of the two sentences before: a page pasted on one line.)
      const lineStart = a.doc.lines.lineStarts[s.line];
      const inItem = WORK_ITEM.test(a.doc.work.slice(lineStart, lineStart + 8)) || (() => {
        const at = spanOf(a, s.ns, s.ne).start;
        return a.doc.work.slice(Math.max(lineStart, at - 160), at).split(/[。；;]/).slice(-3).some((p) => WORK_ITEM.test(p));
      })();
      const named = inItem ? null : SELF_NAMED.exec(s.text) ?? SELF_PUBLISHED.exec(s.text);
      const m = named ?? SELF_SUMMARY.exec(s.text) ?? SELF_WORK.exec(s.text);
      if (!m || Number(m[2]) === year) continue;
      const at = s.ns + m.index + m[0].indexOf(m[1]) + m[1].indexOf(m[2]);
      const { start, end } = spanOf(a, at, at + m[2].length + 1);
      ctx.report({ start, end,
        message: named ? `报告年度为 ${year} 年，开头所称报告名称却是“${m[2]}年”` : `报告年度为 ${year} 年，开头却称总结的是“${m[2]}年”的政府信息公开工作`,
        messageEn: named ? `the report covers ${year}, but its opening names the report as ${m[2]}'s` : `the report covers ${year}, but its opening says it sums up ${m[2]}'s work` });
      break;
    }
    // A part heading naming an earlier year as the year reported on (一、2024年法治政府建设基本情况
    // in a 2025 report): a heading kept from last year's report. Only when the report's year comes
    // from its title or its statistics period; spans (2021—2025年, 2022年以来), plans and follow-ups
    // of last year's problems are not findings.
    if (a.doc.yearSource === 'title' || a.doc.yearSource === 'period') {
      for (const h of a.doc.headings) {
        if (h.level !== 1 || inTitle(h.line, () => h) || a.doc.tableLines.has(h.line)) continue;
        // (The title as read: 基本情況 in a page in Traditional script is 基本情况.)
        const title = asRead(a.doc, h.title, h.titleStart);
        const m = HEADING_YEAR.exec(title);
        if (!m || Number(m[1]) >= year) continue;
        const rest = title.slice(m[0].length);
        if (!HEADING_WORK.test(rest) || HEADING_NOT.test(rest)) continue;
        const at = h.titleStart + m.index;
        ctx.report({ start: at, end: at + m[1].length + 1,
          message: `报告年度为 ${year} 年，此部分标题却以“${m[1]}年”为本年度`,
          messageEn: `the report covers ${year}, but this part's heading names ${m[1]} as the year reported on` });
      }
    }
    for (const s of sentences) {
      if (sentenceInTitle(s)) continue;
      // (Or a clause after a comma that gives the year's count: ……尽公开,2021年度共主动公开政府信息4条.)
      const opening = OPENING.exec(s.text);
      const c = opening ? null : COUNT_CLAUSE.exec(s.text);
      const m: RegExpExecArray | null = opening ?? (c && Number(c[1]) < year && !s.text.includes(`${year}年`) && !/同比|较|比|上年|去年|上一年|截至|累计/.test(s.text.slice(0, c.index + 1)) ? c : null);
      if (!m) continue;
      const y: number = Number(m[1]);
      if (y === year) continue;
      const rest = s.text.slice(m.index + m[0].length);
      if (opening && !m[2] && !SUBJECT.test(rest) && !(a.doc.issuer && namesIssuer(rest, a.doc.issuer))) continue;
      // Plans for a later year, and comparisons that name the report year too.
      if (y > year && PLAN.test(rest)) continue;
      // Comparisons, and last year's problems followed up in section 五 (2021 format).
      if (rest.includes(`${year}年`) || /同比|上年|去年|上一年|整改|年度报告|年报/.test(rest)) continue;
      const at = s.ns + m.index + m[0].indexOf(m[1]);
      const { start, end } = spanOf(a, at, at + m[1].length + 1 + (m[2] ? 1 : 0));
      ctx.report({ start, end,
        message: `报告年度为 ${year} 年，此处以“${m[1]}年${m[2] ?? ''}”叙述本年度工作`,
        messageEn: `the report covers ${year}, but this sentence presents ${m[1]} as the year's work` });
    }
  },
};
