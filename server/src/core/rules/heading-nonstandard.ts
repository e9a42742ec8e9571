// A statutory heading whose wording drifts from the national template. 政府信息公开工作年度报告
// 格式（国办公开办函〔2019〕60号、〔2021〕30号）prints the six headings verbatim (the formats whose
// sections carry a fixed numeral). In every format, a top-level heading cut short to one character
// (一、概 for 一、概述, a page's copy) with text after it.
// In every format, a top-level heading of a year report naming a part of the year (一、上半年…: a half-year report's heading kept).
import type { Rule, RuleContext } from './rule';
import { statutoryHeading } from '../engine/draft-style';
import { labelKey } from '../text/normalize';
import { isFormatTableRowLine } from '../parse/lost-parts';
import { statutoryHeadings } from '../model/structure';
import { isAnnual } from '../model/report-dates';
import { matchesIn } from '../text/matches-in';

/** A part of the year named in a heading (上半年, 第三季度, 前三季度, 1-6月): a half-year or quarterly report's heading. */
const PART_OF_YEAR = /上半年|下半年|(?:第?[一二三四1-4]|前[二三两23])季度|\d{1,2}\s*[-—–至~～]\s*\d{1,2}\s*月(?!\d)/g;
/** A span of months that is the whole year (1-12月, 1至12月). */
const WHOLE_YEAR_MONTHS = /^0?1\s*[-—–至~～]\s*12\s*月$/;

/**
 * Characters whose addition or omission leaves the heading's meaning intact (的, 工作,
 * 政府信息公开, 年度, 本 …): replacing such a heading by the template wording loses nothing,
 * so the fix is safe. Any other difference (及政策解读) is the author's content: unsafe.
 */
const FILLER = new Set('的工作政府信息公开情况年度本');

function onlyFiller(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // One must be a subsequence of the other (a substitution is never filler-only); the
  // characters of the longer one left over by a leftmost match must all be filler.
  const extra: string[] = [];
  let i = 0;
  for (const ch of long) {
    if (i < short.length && ch === short[i]) i++;
    else extra.push(ch);
  }
  return i === short.length && extra.every((ch) => FILLER.has(ch));
}

/**
 * （二）是依申请公开情况: a 是 left between a heading's numeral and its title (an enumeration 二是 rewritten as a
 * heading, half done). Not 是否 (a heading that asks: （一）是否……). No fix: the author may have meant 二是.
 */
function strayShi(ctx: RuleContext): void {
  for (const h of ctx.analysis.doc.headings) {
    if (h.style !== 'cn' && h.style !== 'paren-cn') continue;
    const title = ctx.analysis.doc.text.slice(h.titleStart, h.titleEnd);
    if (!/^是(?![否非])[\u4e00-\u9fff]{2}/.test(title)) continue;
    const shown = ctx.analysis.doc.text.slice(h.start, Math.min(h.titleEnd, h.titleStart + 12));
    ctx.report({ start: h.start, end: h.titleStart + 1,
      message: `标题“${shown}”的序号之后多了“是”`,
      messageEn: `heading “${shown}” has a stray 是 after its numeral` });
  }
}

export const headingNonstandard: Rule = {
  id: 'heading-nonstandard',
  formats: 'all',
  defaultSeverity: 'info',
  title: { zh: '章节标题措辞与格式不一致', en: 'Heading wording differs from the template' },
  description: {
    zh: '国家统一的年度报告格式规定了六个部分的标题原文。标题措辞与格式不一致时提示，快速修复把标题文字（不含序号和 # 标记）改为格式原文。文末最后一行是格式标题的开头部分时（“四、政府信息公开行”，网页只存了一半或标题正在输入）不提示：正文到此为止，由缺少章节的检查说明。'
      + '各种格式中，单独成行的一级标题（“一、”式）只有一个字、其后还有正文的（“一、概”，应为“一、概述”），是复制时被截断的标题，也提示（文末最后一行不算：网页可能在此截断）；只剩序号“一、”单独成行、其后还有正文的，标题文字已丢失，同样提示；标题序号之后多了“是”的（“（二）是依申请公开情况”，“是否”开头的除外）也提示。'
      + '年度报告（含法治政府建设年度报告）的一级标题（“一、”式）写着“上半年”“下半年”“第三季度”“前三季度”“1-6月”等的（“一、上半年推进法治政府建设的主要举措和成效”），像是沿用了半年或季度报告的标题，也提示（不提供修复）。'
      + '只有全角半角、空格、标点或繁简字形不同的，不算措辞不同；繁体稿件按转换为简体后的文字比较。'
      + '错误示例：“二、主动公开政府信息的情况”“五、政府信息公开工作存在的主要问题及改进情况”；正确示例：“二、主动公开政府信息情况”“五、存在的主要问题及改进情况”。'
      + '常见的变体标题（如“一、总体概述”“三、依申请公开情况”“五、存在的主要问题及整改措施”）按对应的法定部分检查，同时在这里提示它不是格式原文。'
      + '差别只是“的”“工作”“政府信息公开”之类字样时，修复可以自动应用；差别涉及其他文字（如“及政策解读”）时，修复需人工确认，以免删掉作者的内容。'
      + '依据：政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）。',
    en: 'The national report format prints the six part headings verbatim. A heading whose wording differs is reported, and the quick-fix replaces the heading text (not its numbering or # marks) by the template wording. The last filled line holding the start of a template heading (四、政府信息公开行: a page stored part-way, or a heading being typed) is not: the text stops there, which the checks for missing parts say. '
      + 'In every format, a top-level heading (一、) on its own line whose title is a single character with text after it (一、概 for 一、概述) was cut short by the copy and is reported too (not on the last filled line: a page may stop there); so is a numeral alone on its line (一、) with text after it, its words lost; so is a stray 是 after a heading\'s numeral ((二)是依申请公开情况; not 是否). '
      + 'A top-level heading (一、) in a year report (rule-of-law reports too) that names a part of the year (上半年, 下半年, 第三季度, 前三季度, 1-6月: 一、上半年推进法治政府建设的主要举措和成效) is reported as a half-year or quarterly report\'s heading kept (no fix). '
      + 'Differences of width, spacing, punctuation or script alone are not wording differences; a Traditional draft is compared after conversion to Simplified. '
      + 'Wrong: 二、主动公开政府信息的情况, 五、政府信息公开工作存在的主要问题及改进情况; right: 二、主动公开政府信息情况, 五、存在的主要问题及改进情况. '
      + 'Common variant headings (一、总体概述, 三、依申请公开情况, 五、存在的主要问题及整改措施) are checked as the statutory part they stand for, and noted here as not the template wording. '
      + 'When only filler words differ (的, 工作, 政府信息公开) the fix is safe; otherwise (e.g. 及政策解读) it needs confirmation so that no content is lost. '
      + 'Basis: the national report formats of 2019 and 2021.',
  },
  basis: '政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）',
  check(ctx) {
    const a = ctx.analysis;
    if (!a.format) return;
    cutShort(ctx);
    strayShi(ctx);
    // A top-level heading naming a part of the year: reported as such, not also for its wording.
    const halves = new Set(a.doc.headings.filter((h) => h.style === 'cn' && !h.runIn && !a.doc.tableLines.has(h.line) && partOfYear(ctx, h)));
    const headings = statutoryHeadings(a);
    for (const spec of a.format.sections) {
      // Wording is fixed only where the format numbers its parts (the 2019 and 2021 templates).
      if (spec.number === undefined) continue;
      const want = labelKey(spec.title);
      for (const s of headings.get(spec.id) ?? []) {
        const h = s.heading;
        if (halves.has(h)) continue;
        const got = labelKey(h.title);
        if (got === want) continue;
        // The statutory title cut short on the last filled line (四、政府信息公开行: a page stored part-way, or a heading
        // still being typed): the text stops there, which section-empty and section-missing say; no wording to fix yet.
        if (got.length < want.length && want.startsWith(got) && lastFilled(a.doc.lines, h.line)) continue;
        const written = a.doc.text.slice(h.titleStart, h.titleEnd);
        // A common variant (总体概述) is understood as the section, but is still not the statutory wording.
        const known = (spec.variants ?? []).some((v) => labelKey(v) === got);
        ctx.report({
          start: h.titleStart,
          end: h.titleEnd,
          message: known
            ? `标题“${written}”是常见的变体写法，按“${statutoryHeading(spec)}”部分理解，但不是格式规定的标题原文`
            : `标题“${written}”与格式不一致，应为“${statutoryHeading(spec)}”`,
          messageEn: known
            ? `Heading “${written}” is a common variant, read as “${statutoryHeading(spec)}”, but not the template wording`
            : `Heading “${written}” differs from the template: “${statutoryHeading(spec)}”`,
          fix: { title: `改为“${spec.title}”`, edits: [{ start: h.titleStart, end: h.titleEnd, newText: spec.title }], safe: onlyFiller(got, want) },
        });
      }
    }
  },
};

/**
 * A part's heading (一、) in a year report that names a part of the year (一、上半年推进法治政府建设的
 * 主要举措和成效): the heading of a half-year or quarterly report kept. Reported (true) with no fix: the
 * part's text may be the half year's too.
 */
function partOfYear(ctx: RuleContext, h: { norm: string; titleStart: number; titleEnd: number }): boolean {
  const a = ctx.analysis;
  const m = [...matchesIn(h.norm, PART_OF_YEAR)].find((x) => !WHOLE_YEAR_MONTHS.test(x[0]));
  if (!m || !isAnnual(a)) return false;
  const written = a.doc.text.slice(h.titleStart, h.titleEnd);
  ctx.report({ start: h.titleStart, end: h.titleEnd,
    message: `年度报告的标题“${written}”写的是“${m[0]}”，像是沿用了半年或季度报告的标题，应报告全年情况`,
    messageEn: `Heading “${written}” of a year report names “${m[0]}”: apparently a half-year or quarterly report's heading kept; the report covers the whole year` });
  return true;
}

/**
 * A top-level heading (一、) on its own line whose title is one Han character (一、概): cut short by the
 * copy. Not on the last filled line (a stored page cut there), not in a table, not a run-in heading.
 */
function cutShort(ctx: Parameters<Rule['check']>[0]): void {
  const a = ctx.analysis;
  const lines = a.doc.lines;
  for (const h of a.doc.headings) {
    if (h.style !== 'cn' || h.runIn || a.doc.tableLines.has(h.line)) continue;
    // (三、本 / 年度办 / 理结果: a table's group label printed in pieces, PDF text in reading order.)
    if (isFormatTableRowLine(a.format, a.doc.readLines, h.line)) continue;
    const title = h.title.replace(/[\s\u3000]+/g, '');
    if (title.length !== 1 || !/[\u3400-\u9fff]/.test(title)) continue;
    if (lines.lineText(h.line).slice(h.titleEnd - lines.lineStarts[h.line]).trim()) continue;
    if (lastFilled(lines, h.line)) continue;
    const written = a.doc.text.slice(h.start, h.end).trim();
    ctx.report({ start: h.titleStart, end: h.titleEnd,
      message: `标题“${written}”只有一个字，像是被截断了，请按原稿补全`,
      messageEn: `Heading “${written}” is a single character, apparently cut short; complete it from the source` });
  }
  // The numeral alone on its line (一、 / then the part's text): the heading's words were lost.
  for (let line = 0; line < lines.lineCount; line++) {
    const raw = lines.lineText(line);
    const m = /^[\s\u3000]*([一二三四五六七八九十]{1,3}、)[\s\u3000]*$/.exec(raw);
    if (!m || a.doc.tableLines.has(line)) continue;
    // The part's text follows: a paragraph (not a table's group label split off in PDF text, 三、 / 本年度办理结果).
    let next = '';
    for (let l = line + 1; l < lines.lineCount && !next; l++) next = lines.lineText(l).trim();
    if (!/。/.test(next) && !(next.length >= 30 && /[，,]/.test(next))) continue;
    const start = lines.lineStarts[line] + raw.indexOf(m[1]);
    ctx.report({ start, end: start + m[1].length,
      message: `标题“${m[1]}”只有序号，标题文字丢失了，请按原稿补全`,
      messageEn: `Heading “${m[1]}” is a numeral alone: its words were lost; complete it from the source` });
  }
}

/** Whether no line after `line` holds any text (a stored page or a draft that stops there). */
function lastFilled(lines: { lineCount: number; lineText(l: number): string }, line: number): boolean {
  for (let l = line + 1; l < lines.lineCount; l++) if (lines.lineText(l).trim() !== '') return false;
  return true;
}
