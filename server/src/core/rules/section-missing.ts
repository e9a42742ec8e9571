// A mandatory section or content item is absent. 条例（2019）第五十条; 条例（2008）第三十二条;
// 《法治政府建设与责任落实督察工作规定》 (content items found by meaning).
import type { Rule } from './rule';
import type { Analysis } from '../engine/lint';
import { tableSkeleton } from '../model/section-skeleton';
import { eol, headingPrefix, signatureStart, statutoryHeading } from '../engine/draft-style';
import { signingDate } from '../model/report-dates';
import { normalize } from '../text/normalize';
import { lineChrome } from '../model/line-chrome';
import type { FormatSection } from '../formats/types';

export const sectionMissing: Rule = {
  id: 'section-missing',
  formats: 'all',
  defaultSeverity: 'error',
  title: { zh: '缺少法定章节', en: 'Mandatory section missing' },
  description: {
    zh: '年度报告必须包含法定的各部分内容。政府信息公开工作年度报告（2019、2021 年格式）按固定标题检查六个部分（常见的变体标题，如“一、总体概述”“三、依申请公开情况”，也算作对应的部分）；2008 年条例下的报告和法治政府建设年度报告按内容含义（关键词）检查各项内容（2008 年条例下有落款或网页页脚（如“（责任编辑：某某）”）接在正文之后的完整报告，某项只在引言所列的组成部分中提到、正文没有任何部分或句子写到的，也算缺少）；法治政府建设年度报告的各项在正文中只认其法定写法或报告提起该项的说法（“存在的不足”“下一步”“第一责任人”），“补短板、强弱项”“纳入年度工作计划”等泛用说法不算。快速修复在法定位置插入标题，第二、三、四部分同时插入空表（插入空表的修复不随“全部修复”（--fix）自动应用）。',
    en: 'An annual report must contain every statutory part. Reports in the 2019/2021 format are checked for their six fixed headings (common variant headings such as 一、总体概述 or 三、依申请公开情况 count as the part they stand for); 2008-regulation and rule-of-law reports are checked for each content item by meaning (keywords) (in a whole 2008-regulation report, signed or followed by the page footer such as （责任编辑：某某）, an item named only in the opening\'s list of parts, with no part or sentence after it on the item, is missing too); in the running text of a rule-of-law report an item counts only in its statutory wording or the way reports open it (存在的不足, 下一步, 第一责任人), not in everyday phrases such as 补短板、强弱项 or 纳入年度工作计划. The quick-fix inserts the heading at its statutory place, with the empty table for parts 2–4 (a fix that inserts a blank table is never applied by fix-all/--fix).',
  },
  basis: '《政府信息公开条例》（2019）第五十条；（2008）第三十二条；《法治政府建设与责任落实督察工作规定》',
  examples: {
    wrong: [
      '## 三、收到和处理政府信息公开申请情况',
      '',
      '……（表三）……',
      '',
      '## 五、存在的主要问题及改进情况',
      '',
      '……',
    ].join('\n'),
    right: [
      '## 三、收到和处理政府信息公开申请情况',
      '',
      '……（表三）……',
      '',
      '## 四、政府信息公开行政复议、行政诉讼情况',
      '',
      '……（表四）……',
      '',
      '## 五、存在的主要问题及改进情况',
      '',
      '……',
    ].join('\n'),
    note: '缺少第四部分“政府信息公开行政复议、行政诉讼情况”。法治政府建设年度报告不看标题，看内容：例如全文没有写党政主要负责人履行推进法治建设第一责任人职责的情况，同样报告。',
  },
  check(ctx) {
    const a = ctx.analysis;
    if (!a.format || !a.report) return;
    const specs = a.format.sections;
    const nl = eol(a);
    // Missing parts found in statutory order; several of them may go to the same place.
    const before = partsBeforeStart(a);
    const pending: { spec: (typeof specs)[number]; i: number; heading: string; at: { start: number; end: number }; insertAt: number; lead: string; block: string; table: boolean }[] = [];
    specs.forEach((spec, i) => {
      const m = a.report!.sections.get(spec.id)!;
      if (!spec.required || m.sections.length || (m.inText && !onlyListed(a, spec))) return;
      if (a.format!.headingMatch === 'meaning') {
        const at = a.doc.title ?? { start: 0, end: a.doc.lines.lineEnd(0) };
        // An item without a fixed title (2008: 主动公开) is named by its first keyword (主动政府信息公开, a
        // reordering that also counts, names nothing new).
        const name = spec.title ?? spec.keywords?.[0] ?? spec.id;
        ctx.report({ start: at.start, end: at.end, message: `未找到“${name}”的内容${spec.basis ? `（${spec.basis}）` : ''}`,
          messageEn: `No content found for the item “${name}”` });
        return;
      }
      if (i < before.first) {
        // The text starts part-way through a report (a flip-book page, an excerpt without its
        // title): the parts before its first statutory heading are not missing, the text starts
        // later. Said once as info, without a fix.
        const h = before.heading!;
        ctx.report({ start: h.start, end: h.end, severity: 'info',
          message: `文本似从报告中间开始（没有报告标题，首个法定标题为第${'一二三四五六七八九十'[(specs[before.first].number ?? before.first + 1) - 1]}部分），未见第${'一二三四五六七八九十'[(spec.number ?? i + 1) - 1]}部分“${statutoryHeading(spec)}”`,
          messageEn: `The text seems to start part-way through a report (no title; its first statutory heading is part ${specs[before.first].number ?? before.first + 1}): part ${spec.number ?? i + 1} “${statutoryHeading(spec)}” is not in it` });
        return;
      }
      // Insert before the next statutory section present, else at the end.
      const next = specs.slice(i + 1).map((s) => a.report!.sections.get(s.id)!.sections[0]).find(Boolean);
      const heading = statutoryHeading(spec);
      const table = tableSkeleton(a, spec);
      const block = headingPrefix(a) + heading + nl + (table ? nl + table + nl : '') + nl;
      const text = a.doc.text;
      let at: { start: number; end: number };
      let insertAt: number;
      let lead = '';
      if (next) {
        at = { start: next.heading.start, end: next.heading.end };
        insertAt = next.start;
      } else {
        // The last statutory part goes before the signing block; the finding sits on the
        // heading of the part it should follow.
        const prev = specs.slice(0, i).reverse().map((s) => a.report!.sections.get(s.id)!.sections[0]).find(Boolean);
        const sig = signatureStart(a);
        const fallbackLine = a.doc.title?.line ?? 0;
        at = prev ? { start: prev.heading.start, end: prev.heading.end }
          : { start: a.doc.lines.lineStarts[fallbackLine], end: a.doc.lines.lineEnd(fallbackLine) };
        if (sig !== null && (!prev || sig > prev.start)) {
          insertAt = sig;
        } else {
          insertAt = text.length;
          lead = (text.length && !/[\r\n]$/.test(text) ? nl : '') + nl;
        }
      }
      pending.push({ spec, i, heading, at, insertAt, lead, block, table: table !== null });
    });
    for (const p of pending) {
      // The first of several parts missing at one place inserts them all, in statutory order, so
      // that fix-all restores them in one pass (insertions at one point would otherwise clash).
      const group = pending.filter((q) => q.insertAt === p.insertAt);
      const all = group[0] === p && group.length > 1;
      ctx.report({
        start: p.at.start,
        end: p.at.end,
        message: `缺少第${'一二三四五六七八九十'[(p.spec.number ?? p.i + 1) - 1]}部分“${p.heading}”`,
        messageEn: `Part ${p.spec.number ?? p.i + 1} “${p.heading}” is missing`,
        fix: {
          title: all ? `插入缺少的 ${group.length} 个部分（${group.map((q) => q.heading.split('、')[0]).join('、')}）` : `插入“${p.heading}”`,
          edits: [{ start: p.insertAt, end: p.insertAt, newText: p.lead + (all ? group.map((q) => q.block).join('') : p.block) }],
          // Inserting a whole blank table is a quick fix only: fix-all must not turn a missing
          // table into a blank one that looks complete.
          safe: !(all ? group.some((q) => q.table) : p.table),
        },
      });
    }
  },
};

/**
 * A text that starts part-way through a report: no report title (or only a flip-book page
 * header of a later page, “Page 8 - 某某局2022年…年度报告”), and nothing but short lines (page
 * headers, the tail of a table) before its first statutory heading, which is a later part.
 * Returns the index of that part's spec (parts before it are not missing) and its heading.
 */
function partsBeforeStart(a: Analysis): { first: number; heading: { start: number; end: number } | null } {
  const none = { first: -1, heading: null };
  const specs = a.format!.sections;
  const title = a.doc.title;
  const page = title ? /^Page(\d{1,4})-/i.exec(title.norm) : null;
  if (title && !(page && Number(page[1]) >= 2)) return none;
  let first = -1;
  let at: { start: number; end: number } | null = null;
  specs.forEach((spec, i) => {
    const s = a.report!.sections.get(spec.id)!.sections[0];
    if (s && (!at || s.heading.start < at.start)) { first = i; at = { start: s.heading.start, end: s.heading.end }; }
  });
  // Its part headings glued to the text (a copy joined without breaks): the first part found in the
  // text, placed at the page header.
  if (first < 0 && page && title) {
    first = specs.findIndex((spec) => a.report!.sections.get(spec.id)!.inText);
    at = { start: title.start, end: title.end };
  }
  if (first <= 0 || !at) return none;
  // No prose before it: a sentence (。) or the report's opening would make it the report's start.
  const lead = a.doc.text.slice(0, Math.min((at as { start: number }).start, 4000));
  if (/[。！？]/.test(lead) || /根据|依据|按照/.test(lead)) return none;
  return { first, heading: at };
}

/** The opening's sentence that lists the report's parts (本年报由概述、…、收费及减免情况…等组成, 全文包括…). */
const PARTS_LIST = /(?:本报告|本年报|全文|年度报告|本报)[^。；;]{0,16}?(?:由|包括|包含|分为|涵盖)[^。]*/g;

/**
 * An item of a report under the 2008 regulation (found by meaning) that the opening's list of parts
 * names but no part or sentence after it speaks of (本年报由…收费及减免情况、行政复议和行政诉讼情况…组成,
 * then parts on other things only): the list announces it, the report does not give it. Read only in
 * a whole text, with its part headings (一、, two or more) and its signing block or the page's footer
 * below it (a copy cut before the end may hold the item after the cut).
 */
function onlyListed(a: Analysis, spec: FormatSection): boolean {
  if (a.format!.headingMatch !== 'meaning' || (signingDate(a) === null && !endsInPageFooter(a))) return false;
  const parts = a.doc.headings.filter((h) => h.style === 'cn' && h.level === 1 && h.line !== a.doc.title?.line);
  if (parts.length < 2) return false;
  const words = (spec.keywords ?? []).map(normalize).filter(Boolean);
  const ignore = (spec.keywordsIgnore ?? []).map(normalize);
  const says = (t: string) => {
    const n = ignore.reduce((x, w) => x.split(w).join(' '), normalize(t));
    return words.some((w) => n.includes(w));
  };
  const text = a.doc.read;
  const first = parts[0].start;
  if (says(text.slice(first))) return false;
  const opening = text.slice(0, first);
  return says(opening) && !says(opening.replace(PARTS_LIST, ''));
}

/**
 * The page's footer right below the text (（责任编辑:某某）, 扫一扫在手机打开当前页, 打印本页 关闭窗口): the article
 * ended there, so the text is whole even unsigned.
 */
function endsInPageFooter(a: Analysis): boolean {
  const lines = a.doc.readLines;
  for (let l = lines.lineCount - 1; l >= 0; l--) {
    const raw = lines.lineText(l).trim();
    if (!raw) continue;
    return !a.doc.tableLines.has(l) && raw.length <= 80 && lineChrome(lines, l) !== null;
  }
  return false;
}
