// Top-level numbering out of sequence: 一、…六、 then 一、 again, 三、 followed by 五、, the
// same numeral twice. Only 一、-style headings on their own lines count, compared within one
// markdown level. Table row labels that a PDF copy leaves as lines (一、本年新收…) are not
// headings; a missing or repeated statutory part is section-missing's and
// section-duplicate's to report. One level numbered in two styles (（一）（二） then 3.) is
// reported too: model/heading-mixed.ts. A part's heading that lost its numeral (总体情况 before
// 二、…, 、主动公开政府信息情况 after 一、…) is reported where its neighbours fix the numeral:
// model/heading-lost-numeral.ts.
import type { Rule } from './rule';
import type { Heading } from '../parse/headings';
import { FORMATS } from '../formats/index';
import { bareKey, specLabels, statutoryHeadings } from '../model/structure';
import { firstSubheadingsOutOfStart } from '../model/heading-sub-start';
import { subheadingGaps, thirdLevelRepeats } from '../model/heading-sub-gaps';
import { StringMemo } from '../text/string-memo';
import { isFormatTableRowLine } from '../parse/lost-parts';
import { mixedNumbering } from '../model/heading-mixed';
import { headingsArabicNumeral, headingsWithoutNumeral } from '../model/heading-lost-numeral';

const CN = '一二三四五六七八九十';
function cn(n: number): string {
  if (n <= 10) return CN[n - 1];
  if (n < 20) return '十' + CN[n - 11];
  return CN[Math.floor(n / 10) - 1] + '十' + (n % 10 ? CN[n % 10 - 1] : '');
}

let tableKeys: string[] | null = null;
/** Row, column and caption labels of every statutory table, without numbering. */
function tableLabelKeys(): string[] {
  if (!tableKeys) {
    const keys = new Set<string>();
    for (const f of Object.values(FORMATS)) for (const t of Object.values(f.tables)) for (const l of specLabels(t)) {
      const k = bareKey(l);
      if (k.length >= 4) keys.add(k);
    }
    tableKeys = [...keys];
  }
  return tableKeys;
}

function isTableLabel(h: Heading): boolean {
  const k = bareKey(h.title);
  if (k.length < 4) return false;
  return isTableLabelKey.get(k);
}

/** Per key, once (the labels are the formats'): a heading much longer than a short label is no table label (六、行政复议和行政诉讼情况 is not 行政复议). */
const isTableLabelKey = new StringMemo((k: string) =>
  tableLabelKeys().some((t) => (k.startsWith(t) && k.length - t.length <= Math.max(4, t.length)) || t.startsWith(k)));

/** Numeral n written in a heading style: 三、 （三） 3. （3）. */
function numeralAs(style: string, n: number): string | null {
  switch (style) {
    case 'cn': return `${cn(n)}、`;
    case 'paren-cn': return `（${cn(n)}）`;
    case 'arabic': return `${n}.`;
    case 'paren-arabic': return `（${n}）`;
    default: return null;
  }
}

/** A heading shown in a message: a run-in heading's paragraph cut short. */
function excerptOf(s: string): string {
  return s.length > 24 ? `${s.slice(0, 24)}…` : s;
}

export const headingSequence: Rule = {
  id: 'heading-sequence',
  formats: 'all',
  defaultSeverity: 'info',
  title: { zh: '一级标题序号不连续', en: 'Top-level heading numerals out of sequence' },
  description: {
    zh: '一级标题（“一、”“二、”……）的序号应从“一”起依次排列。序号重新从“一、”开始、跳号（“三、”之后是“五、”）或重复时提示。'
      + '只检查单独成行的“一、”式标题，Markdown 稿件按同一级 # 标题比较；PDF 复制稿中成行的表格栏目（“一、本年新收政府信息公开申请数量”）不是标题；'
      + '缺少或重复的法定部分由 section-missing、section-duplicate 提示，这里不重复。'
      + '同一部分内的二级标题（“（一）”“（二）”……）应从“（一）”起依次编号：第一个不是“（一）”、跳号（“（三）”之后是“（五）”）或重复时也提示；含表格或表格栏目行的部分不判断；所缺序号写在某行行首、只是标题与正文连写未断开（“（四）”之前有“（三）完善公开平台,推动……”）的不算跳号。同一小节内的三级标题（“1、”“2、”……）序号重复（“（一）”之下“1、”之后又是“1、”）也提示；含表格的小节不判断，三级标题跳号不提示（“2.2020年，……”一类行首序号后接年份的行不读作标题）。'
      + '同一级标题混用两种序号也提示：“（一）”“（二）”之后接“3.”、“1.”“2.”之后接“(3)”（后一个标题接续前一个的序号，却换了写法）；只有一个前序标题（“一、”之后接“（二）”，可能是缺了“（一）”）、前一种序号之下已有后一种序号的下级标题、表格栏目行、正文中已出现该序号时不判断。'
      + '法定部分的标题用了阿拉伯数字序号（“1. 总体情况”之后是“二、主动公开情况”）也提示，判断条件同下；法定部分的标题丢了序号（单独一行“总体情况”之后是“二、主动公开政府信息情况”，或“、主动公开政府信息情况”在“一、总体情况”之后）也提示：只在该行恰为某一部分的标题（或常见变体）、该部分没有带序号的标题、前后带序号的部分标题正好是它的前一个和后一个序号时判断。'
      + '错误示例：“一、总体情况”“二、主动公开政府信息情况”“三、收到和处理政府信息公开申请情况”“五、存在的主要问题及改进情况”（法定部分齐全而序号跳过了“四”）；正确示例：序号依次为一至六。'
      + '依据：《党政机关公文格式》（GB/T 9704-2012）结构层次序数依次用“一、”“（一）”“1.”“（1）”；政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）。',
    en: 'Top-level headings (一、, 二、, …) are numbered in sequence from 一. A numbering that starts again at 一、, skips a numeral (三、 followed by 五、) or repeats one is reported. '
      + 'Only 一、-style headings on their own lines count, and markdown headings are compared within one # level; table row labels left as lines by a PDF copy (一、本年新收政府信息公开申请数量) are not headings; '
      + 'a missing or repeated statutory part is reported by section-missing and section-duplicate, not here. '
      + 'Within one part, second-level headings (（一）, （二）, …) start at （一） and run in sequence: a first one that is not （一）, a skipped numeral (（三） then （五）) or a repeated one is reported too; a part with a table or table row labels is not judged; a missing numeral that opens a line whose title runs into its text without a stop ((三)完善公开平台,推动…… before （四）) is no skip. Within one subpart, a third-level numeral repeated (1、 then 1、 again under （一）) is reported too; a subpart with a table is not judged, and a skipped third-level numeral is not reported (a line such as 2.2020年，…… is not read as a heading). '
      + 'Mixed numerals within one level are reported too: “（一）”, “（二）” followed by “3.”, “1.”, “2.” followed by “(3)” (the heading continues the previous one\'s count in another style); not after a single first heading, not when the first style already has children in the second, for table row labels, or when the numeral before is found in the text. '
      + 'A statutory part heading numbered with an Arabic numeral among 一、-style parts (1. 总体情况 before 二、主动公开情况) is reported too, on the conditions below. '
      + 'A statutory part heading that lost its numeral (总体情况 alone on its line before 二、主动公开政府信息情况, or 、主动公开政府信息情况 after 一、总体情况) is reported too: only when the line is exactly a part\'s title (or a common variant), that part has no numbered heading, and the numbered part headings around it carry the numerals just before and after it. '
      + 'Wrong: 一、 二、 三、 五、 with every statutory part present; right: numerals 一 to 六 in order. '
      + 'Basis: GB/T 9704-2012 (heading numerals 一、（一）1.（1） in sequence); the national report format.',
  },
  basis: '《党政机关公文格式》（GB/T 9704-2012）；政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）',
  check(ctx) {
    const a = ctx.analysis;
    const all = a.doc.headings.filter((h) => h.style === 'cn');
    // Headings inside one line (a report pasted on one line, run-in paragraphs) are not a reliable outline.
    const lines = new Set<number>();
    for (const h of all) {
      if (lines.has(h.line)) return;
      lines.add(h.line);
    }
    const statutory = statutoryHeadings(a);
    const specOf = new Map<number, string>();
    for (const [id, ss] of statutory) for (const s of ss) specOf.set(s.heading.start, id);
    const listed = new Set<number>();
    for (const ss of statutory.values()) for (const s of ss) listed.add(s.heading.start);
    // A statutory part absent from the draft: its numeral is missing for section-missing's reason.
    const absent = new Set<number>();
    for (const spec of a.format?.sections ?? []) if (spec.number && !statutory.get(spec.id)?.length && !a.report?.sections.get(spec.id)?.inText) absent.add(spec.number);
    // A contents list (statutoryHeadings leaves it out): the section's headings without a body.
    const matched = new Set<number>();
    for (const m of a.report?.sections.values() ?? []) for (const s of m.sections) matched.add(s.heading.start);
    const inContents = (h: Heading) => matched.has(h.start) && !listed.has(h.start);
    const byLevel = new Map<number, Heading[]>();
    for (const h of all) {
      if (h.runIn || isTableLabel(h) || inContents(h) || isFormatTableRowLine(a.format, a.doc.readLines, h.line)) continue;
      const list = byLevel.get(h.hashes);
      if (list) list.push(h);
      else byLevel.set(h.hashes, [h]);
    }
    for (const hs of byLevel.values()) {
      if (hs.length < 2 || hs[0].numeral !== 1) continue;
      for (let i = 1; i < hs.length; i++) {
        const prev = hs[i - 1].numeral!;
        const h = hs[i];
        const n = h.numeral!;
        const shown = a.doc.work.slice(h.start, h.end).trim();
        if (n === prev + 1) continue;
        if (n === 1) {
          ctx.report({ start: h.start, end: h.end,
            message: `标题“${shown}”的序号重新从“一”开始：前一个同级标题序号为“${cn(prev)}”，同一级标题应连续编号`,
            messageEn: `heading “${shown}” starts the numbering again at 一 after ${cn(prev)}; headings of one level are numbered in sequence` });
          break;
        }
        if (n === prev) {
          const sp = specOf.get(h.start);
          if (sp && sp === specOf.get(hs[i - 1].start)) continue;
          ctx.report({ start: h.start, end: h.end,
            message: `标题“${shown}”与前一个同级标题序号重复（均为“${cn(n)}”）`,
            messageEn: `heading “${shown}” repeats the numeral ${cn(n)} of the previous heading` });
          continue;
        }
        if (n > prev + 1) {
          let missing = false;
          for (let k = prev + 1; k < n; k++) if (absent.has(k)) missing = true;
          if (missing) continue;
          // The numerals between written as run-in headings (三、依申请公开政府信息:无依申请公开的政府信息。): no gap.
          const lo = hs[i - 1].line;
          const runIn = (k: number) => all.some((r) => r.runIn && r.hashes === h.hashes && r.numeral === k && r.line > lo && r.line < h.line);
          if (Array.from({ length: n - prev - 1 }, (_, k) => prev + 1 + k).every(runIn)) continue;
          const gap = Array.from({ length: n - prev - 1 }, (_, k) => `“${cn(prev + 1 + k)}、”`).join('');
          ctx.report({ start: h.start, end: h.end,
            message: `标题“${shown}”跳号：前一个同级标题序号为“${cn(prev)}”，缺少${gap}`,
            messageEn: `heading “${shown}” skips a numeral after ${cn(prev)}` });
          continue;
        }
        // n < prev, not 1: out of order (section-order reports statutory parts in the wrong order).
        if (specOf.get(h.start)) continue;
        ctx.report({ start: h.start, end: h.end,
          message: `标题“${shown}”序号倒退：前一个同级标题序号为“${cn(prev)}”`,
          messageEn: `heading “${shown}” goes back to ${cn(n)} after ${cn(prev)}` });
      }
    }
    // A part heading without its numeral between numbered parts: 总体情况 before 二、, 、主动公开… after 一、.
    for (const m of headingsWithoutNumeral(a)) {
      const want = `${cn(m.numeral)}、${m.title}`;
      ctx.report({ start: m.start, end: m.end,
        message: `标题“${m.text}”缺少序号“${cn(m.numeral)}”：前后的部分标题都有序号，应为“${want}”`,
        messageEn: `heading “${m.text}” lacks its numeral ${cn(m.numeral)} while the parts around it are numbered: “${want}”`,
        fix: { title: `改为“${want}”`, edits: [{ start: m.start, end: m.start + m.mark, newText: `${cn(m.numeral)}、` }], safe: false } });
    }
    // A part heading numbered 1. among parts numbered 二、 三、: 1. 总体情况 before 二、主动公开….
    for (const m of headingsArabicNumeral(a)) {
      const want = `${cn(m.numeral)}、${m.title}`;
      const written = m.text.slice(0, m.mark).trim();
      ctx.report({ start: m.start, end: m.end,
        message: `标题“${m.text}”的序号“${written}”是阿拉伯数字，而其他部分标题用“一、”“二、”式的汉字序号：应为“${want}”`,
        messageEn: `heading “${m.text}” is numbered “${written}” in Arabic numerals while the other parts use 一、-style numerals: “${want}”`,
        fix: { title: `改为“${want}”`, edits: [{ start: m.start, end: m.start + m.mark, newText: `${cn(m.numeral)}、` }], safe: false } });
    }
    // The first （一）-style heading under a 一、 heading that is not （一）: （二） right under 一、.
    for (const h of firstSubheadingsOutOfStart(a.doc.headings, isTableLabel, a.doc.tables.map((t) => t.startLine))) {
      const shown = a.doc.work.slice(h.start, h.end).trim();
      ctx.report({ start: h.start, end: h.end,
        message: `标题“${shown}”是所在部分的第一个二级标题，但序号不是“（一）”：二级标题应从“（一）”起编号`,
        messageEn: `heading “${shown}” is the first second-level heading of its part but is not numbered （一）` });
    }
    // One level, two kinds of numeral: （一）（二） then 3., 一、 then 2. (model/heading-mixed.ts).
    for (const m of mixedNumbering(a.doc.headings, a.doc.work, isTableLabel, (h) => a.doc.tableLines.has(h.line), a.doc.tables.map((t) => t.startLine))) {
      const h = m.heading;
      const shown = excerptOf(a.doc.work.slice(h.start, h.end).trim());
      const before = excerptOf(a.doc.work.slice(m.previous.start, m.previous.end).trim());
      const due = numeralAs(m.previous.style, h.numeral!);
      ctx.report({ start: h.start, end: h.end,
        message: `标题“${shown}”接在“${before}”之后，序号却换了一种写法${due ? `（同一级应为“${due}”）` : ''}：同一级标题应使用同一种序号`,
        messageEn: `heading “${shown}” continues the numbering of “${before}” in another style${due ? ` (the same level would be “${due}”)` : ''}; one level uses one kind of numeral` });
    }
    // Inside one part: （三） followed by （五）, or （二） twice.
    for (const g of subheadingGaps(a.doc.headings, isTableLabel, a.doc.tables.map((t) => t.startLine))) {
      const h = g.heading;
      const shown = excerptOf(a.doc.work.slice(h.start, h.end).trim());
      const before = excerptOf(a.doc.work.slice(g.previous.start, g.previous.end).trim());
      if (g.kind === 'skip' && h.numeral === g.previous.numeral! + 2) {
        // The missing numeral is there, opening a line whose title runs into its text without a stop
        // ((三)完善公开平台,推动政民互动按照……): no heading was read there, but nothing is skipped.
        const next = cn(g.previous.numeral! + 1);
        const whole = new RegExp(`^[\\s\u3000]*[（(]${next}[）)]`);
        let there = false;
        for (let l = g.previous.line + 1; l < h.line && !there; l++) there = whole.test(a.doc.lines.lineText(l));
        if (there) continue;
        // The missing numeral written with one bracket only (三）…, （三…): that line is the fault.
        const want = cn(g.previous.numeral! + 1);
        const half = new RegExp(`^[\\s\u3000]*(?:${want}[）)]|[（(]${want}(?![）)]))`);
        let found = false;
        for (let l = g.previous.line + 1; l < h.line && !found; l++) {
          const m = half.exec(a.doc.lines.lineText(l));
          if (!m) continue;
          found = true;
          const at = a.doc.lines.lineStarts[l] + m[0].length - m[0].trimStart().length;
          const written = m[0].trim();
          ctx.report({ start: at, end: at + written.length,
            message: `二级标题序号“${written}”括号不全，应为“（${want}）”`,
            messageEn: `second-level numeral “${written}” lacks a bracket; write “（${want}）”` });
        }
        if (found) continue;
      }
      if (g.kind === 'skip') {
        const gap = Array.from({ length: h.numeral! - g.previous.numeral! - 1 }, (_, k) => `“（${cn(g.previous.numeral! + 1 + k)}）”`).join('');
        ctx.report({ start: h.start, end: h.end,
          message: `二级标题“${shown}”跳号：同一部分的前一个二级标题为“${before}”，缺少${gap}`,
          messageEn: `second-level heading “${shown}” skips a numeral after “${before}” in the same part` });
      } else {
        ctx.report({ start: h.start, end: h.end,
          message: `二级标题“${shown}”与同一部分的前一个二级标题“${before}”序号重复`,
          messageEn: `second-level heading “${shown}” repeats the numeral of “${before}” in the same part` });
      }
    }
    // Inside one subpart: 1、 … 1、 (the second should be 2、).
    for (const g of thirdLevelRepeats(a.doc.headings, isTableLabel, a.doc.tables.map((t) => t.startLine))) {
      const shown = excerptOf(a.doc.work.slice(g.heading.start, g.heading.end).trim());
      const before = excerptOf(a.doc.work.slice(g.previous.start, g.previous.end).trim());
      ctx.report({ start: g.heading.start, end: g.heading.end,
        message: `三级标题“${shown}”与同一小节的前一个三级标题“${before}”序号重复`,
        messageEn: `third-level heading “${shown}” repeats the numeral of “${before}” in the same subpart` });
    }
  },
};
