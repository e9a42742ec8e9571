// The introduction's list of parts (本报告由总体情况、主动公开…等六部分组成, 本报告共分六个部分)
// against itself and the draft: the stated count differs from the parts it names, or from the
// statutory parts the draft has. Only the text before the first heading is read; parts the
// draft lacks are section-missing's to report.
import type { Rule } from './rule';
import { chineseNumeral, labelKey, normalize, toChineseNumeral } from '../text/normalize';
import type { Analysis } from '../engine/lint';
import { mappedText, originalSpan, onTableLine } from '../model/text-search';
import { statutoryHeadings } from '../model/structure';
import type { FormatSection } from '../formats/types';
import { bigrams, outdatedIntroParts, partTitles } from '../model/intro-outdated';

/** 共分六个部分 / 等六部分组成 / 包括以下6个部分. */
const COUNT = /(?<![第\d一二三四五六七八九十])([一二三四五六七八九十]|\d{1,2})个?部分/g;
/** The sentence says what the report consists of. */
/** 等五项内容 / 等六个方面: read only when every listed item is a statutory part. */
const COUNT_ITEMS = /(?<![第\d一二三四五六七八九十])([一二三四五六七八九十]|\d{1,2})(?:项(?:内容)?|个?方面(?:内容)?)/g;
const ABOUT = /本?报告|全文|本年报|年度报告/;

/** A listed item that is a part's title of its own (…情况, …事项, 概述, 附表), not half of one split at its 、. */
const PART_ITEM = /(?:情况|事项|概述|概况|附表|附件|打算|措施|说明)$/;

/** The body's top-level parts numbered 一、二、… in sequence from 一 (on lines of their own), counted. */
function numberedParts(a: Analysis): number {
  let n = 0;
  for (const h of a.doc.headings) {
    if (h.style !== 'cn' || h.runIn || h.line === a.doc.title?.line) continue;
    if (h.numeral === n + 1) n++;
    else if (h.numeral === 1) return n; // a second list (numbering started again): the parts are unclear
  }
  return n;
}

/**
 * The statutory part a listed item names: most of its character pairs in the title or a variant.
 * `loose` also takes an item holding most of a title's pairs in words of its own
 * (政府信息公开工作存在的问题及改进情况 for 存在的主要问题及改进情况); lists are split into items first.
 */
function partOf(item: string, specs: readonly FormatSection[], loose = false): FormatSection | null {
  const k = labelKey(canonicalItem(item));
  if (k.length < 2) return null;
  let best: FormatSection | null = null;
  let score = 0;
  let looseBest: FormatSection | null = null;
  let looseScore = 0;
  const bs = bigrams(k);
  for (const { spec, key: t, pairs: tb } of partTitles(specs)) {
    const s = t.includes(k) ? 1 : bs.length ? bs.filter((b) => t.includes(b)).length / bs.length : 0;
    if (s > score) { score = s; best = spec; }
    const c = tb.length ? tb.filter((b) => k.includes(b)).length / tb.length : 0;
    if (s >= 0.4 && c >= 0.7 && c > looseScore) { looseScore = c; looseBest = spec; }
  }
  return score >= 0.6 ? best : loose ? looseBest : null;
}

/**
 * A listed item in the words of the parts' titles, where an opening paraphrases them (主动公开政府信息详情,
 * 政府信息公开申请接收与办理情况, 现存问题与改进举措): 详情, 接收/受理与办理, 现存 and 举措 as 情况, 收到和处理,
 * 存在的 and 措施.
 */
function canonicalItem(item: string): string {
  return item.replace(/详情$/, '情况').replace(/(?:接收|受理)(?:与|和|及)办理/, '收到和处理').replace(/^现存/, '存在的').replace(/举措$/, '措施');
}

/**
 * A list of parts without a count and without 等 (which says the list is not complete):
 * 本年报由A、B、C和D组成。 / 全文包括A、B、C和D。
 */
const LIST_NO_COUNT = /(?:本报告|全文|本年报|本年度报告)[^。；;，,、]{0,12}?(?:由|包括|包含|分为)([^。；;]{8,300}?)(?<!等)(?:组成|构成)?[。；;]/g;

/** A numbered list of parts without a count: 全文包括(一)总体情况;(二)……;(五)存在的主要问题及改进情况。 */
const LIST_NUMBERED = /(?:本报告|全文|本年报|本年度报告)[^。；;，,、]{0,12}?(?:由|包括|包含|分为)[:：]?((?:\([一二三四五六七八九十]\)[^。;；()]{2,40}?[;；,，、]?){3,9})(?:组成|构成)?。/g;

/** The items of a list of parts: split at 、, commas and between quoted parts, titles with 、 inside rejoined, two parts joined by 及/和 split. */
function listItems(list: string, specs: readonly FormatSection[]): string[] {
  // Parts quoted one after another without a separator (“总体情况”“主动公开政府信息情况”) are items too.
  const raw = list.replace(/^以下/, '').replace(/[”"』」]\s*[“"『「]/g, '、').split(/[、,，]/)
    .map((t) => t.trim().replace(/^[“"『「]|[”"』」]$/g, '').trim()).filter(Boolean);
  // Rejoin a title that has 、 inside it (行政复议、行政诉讼情况).
  const items: string[] = [];
  for (const t of raw) {
    const prev = items[items.length - 1];
    if (prev !== undefined && specs.some((sp) => !!sp.title && normalize(sp.title).includes(normalize(`${prev}、${t}`)))) items[items.length - 1] = `${prev}、${t}`;
    else items.push(t);
  }
  // Two parts joined by 及/和 (存在的主要问题及改进情况及其他需要报告的事项) are two items, even when the
  // pair reads as the first part alone (its title is most of the pair); a part whose own title has
  // 及/和 (收费及减免情况) gives one part on both sides and stays one item.
  for (let i = 0; i < items.length; i++) {
    const t = items[i];
    for (const j of [...t.matchAll(/以及|及|和/g)].map((x) => x.index ?? 0).reverse()) {
      const head = t.slice(0, j);
      const tail = t.slice(j).replace(/^(?:以及|及|和)/, '');
      const ph = partOf(head, specs);
      const pt = partOf(tail, specs);
      if (ph && pt && ph !== pt) { items.splice(i, 1, head, tail); break; }
    }
  }
  return items;
}

export const introParts: Rule = {
  id: 'intro-parts',
  formats: { family: 'gov-info' },
  defaultSeverity: 'info',
  title: { zh: '引言所述部分与正文不符', en: 'Introduction\'s list of parts does not match' },
  description: {
    zh: '引言中“本报告由……等六部分组成”“本报告共分六个部分”所说的部分数，应与其列出的部分和正文的法定部分一致。'
      + '所说部分数与列出的部分个数不同（包括同一部分列了两遍），或正文的法定部分多于所说部分数，或少于 2019、2021 年格式规定的六个部分，或不写部分数而只列出其中几个部分（“本年报由总体情况、主动公开政府信息情况、存在的主要问题及改进情况和其他需要报告的事项。”）时提示。2008 年条例下的报告没有固定部分：所说部分数少于正文从“一、”起连续编号的部分数，或少于列出的各部分标题（每项都以“情况”“事项”“附表”等结尾）的个数时提示。只读第一个标题之前的引言；正文缺少的法定部分由 section-missing 提示。'
      + '错误示例：“本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在问题及改进情况、其他需要报告的事项等六部分组成。”（只列了五部分，漏了行政复议、行政诉讼情况）；'
      + '正确示例：“本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。”'
      + '依据：政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）规定的六个部分。',
    en: 'The count the introduction gives (本报告由……等六部分组成, 本报告共分六个部分) must agree with the parts it lists and with the statutory parts of the draft. '
      + 'A count that differs from the number of parts listed (one part listed twice included), that is smaller than the statutory parts present or than the six parts of the 2019/2021 formats, or a list without a count that names only some of those parts, is reported. A report under the 2008 regulation has no fixed parts: a count below its parts numbered 一、 on in sequence, or below the part titles it lists (each ending in 情况, 事项, 附表 …), is reported. Only the introduction before the first heading is read; parts the draft lacks are reported by section-missing. '
      + 'Wrong: a lead sentence that says 六部分 and names five (no 行政复议、行政诉讼情况); right: the six parts named and counted alike. '
      + 'Basis: the six parts of the national report format.',
  },
  basis: '政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）',
  check(ctx) {
    const a = ctx.analysis;
    if (!a.format || !a.format.sections.length) return;
    const specs = a.format.sections;
    // The parts every report of a format with fixed parts (2019, 2021) has; none for the 2008 regulation.
    const fixedParts = a.format.headingMatch === 'meaning' ? [] : specs.filter((sp) => sp.required !== false && !!sp.title);
    const m = mappedText(a);
    const { lines } = a.doc;
    // The first heading below the title: numbered lines above it (a download site's 1. 2. 3. notes) are page debris.
    const titleLine = a.doc.title?.line ?? -1;
    const firstHeading = a.doc.headings.find((h) => h.line > titleLine);
    let endOffset = Math.min(firstHeading ? firstHeading.start : a.doc.work.length, 5000);
    // No word on the parts before the first heading: the report may open its first part with
    // them (一、总体情况 / 本年报……由……等5部分组成). Read that part's first paragraph too.
    if (firstHeading && firstHeading.start < 5000 && firstHeading.numeral === 1 && firstHeading.level <= 2 && !/部分|组成|构成/.test(a.doc.work.slice(0, endOffset))) {
      for (let l = firstHeading.line + 1; l < lines.lineCount && l <= firstHeading.line + 3; l++) {
        const t = lines.lineText(l);
        if (!t.trim()) continue;
        if (!a.doc.headings.some((h) => h.line === l) && !a.doc.tableLines.has(l)) endOffset = Math.min(lines.lineStarts[l] + t.length, firstHeading.end + 3000);
        break;
      }
    }
    // Normalised range of the introduction.
    let ne = 0;
    while (ne < m.text.length && m.map.get(ne) < endOffset) ne++;
    const intro = m.text.slice(0, ne);
    // A 2019/2021-format report whose introduction lists the parts of a 2008-regulation report.
    if (a.format.headingMatch !== 'meaning') {
      const old = outdatedIntroParts(intro, specs);
      if (old.length) {
        const span = originalSpan(m, old[0].index, old[old.length - 1].index + old[old.length - 1].item.length);
        const names = old.map((o) => `“${o.item}”`).join('、');
        ctx.report({ ...span,
          message: `引言列出的${names}是 2008 年条例下年度报告的部分（“${old[0].title}”），不是本报告格式的部分：请按${specs.filter((sp) => sp.title).map((sp) => `“${sp.title}”`).join('、')}改写`,
          messageEn: `the introduction lists ${old.map((o) => o.item).join(', ')}, parts of a 2008-regulation report, not of this report's format` });
      }
    }
    for (const x of intro.matchAll(COUNT)) {
      const end = (x.index ?? 0) + x[0].length;
      // The numeral: 六部分 / 六个部分 end the match.
      const at = end - x[1].length - (x[0].endsWith('个部分') ? 3 : 2);
      const n = /^\d+$/.test(x[1]) ? Number(x[1]) : chineseNumeral(x[1]);
      if (!n) continue;
      // The sentence holding the count.
      let s = at;
      while (s > 0 && at - s < 300 && !/[。;；!?]/.test(intro[s - 1]) && !/[\r\n]/.test(a.doc.work.slice(m.map.get(s - 1), m.map.get(s)))) s--;
      const sentence = intro.slice(s, end);
      if (!ABOUT.test(sentence)) continue;
      if (onTableLine(a, m, at)) continue;
      const span = originalSpan(m, at, end);
      const shown = a.doc.work.slice(span.start, span.end);
      // The list: after 由/包括/分为/：, up to 等/共/the count.
      const lm = /(?:由|包括|包含|分为|分别是|分别为|[:：])([^。；;]*?)(?:等|共|这|计)?(?:[一二三四五六七八九十]|\d{1,2})个?部分$/.exec(sentence);
      const numbered = a.format.headingMatch === 'meaning' ? numberedParts(a) : 0;
      if (lm) {
        const items = listItems(lm[1], specs);
        // Before neighbours are merged by the part they name (a format without fixed titles names them loosely).
        const listed = items.length;
        const allTitles = items.every((t) => PART_ITEM.test(t));
        const parts = items.map((t) => partOf(t, specs, true));
        // Neighbours naming one part in two halves (被申请行政复议、提起行政诉讼情况) are one item; a
        // repeat starts with the same words (因…被申请行政复议、因…被申请行政复议和提起行政诉讼情况).
        for (let i = items.length - 1; i > 0; i--) {
          if (!parts[i] || parts[i] !== parts[i - 1]) continue;
          if (labelKey(items[i]).slice(0, 4) === labelKey(items[i - 1]).slice(0, 4)) continue;
          items.splice(i - 1, 2, `${items[i - 1]}、${items[i]}`);
          parts.splice(i, 1);
        }
        const distinct = new Set(parts).size;
        if (items.length >= 2 && parts.every(Boolean) && distinct < parts.length && items.length !== n && distinct === n) {
          // 六个部分 with seven items, two of them the same part (…被申请行政复议、…被申请行政复议和提起行政诉讼情况).
          const j = parts.findIndex((p, k) => parts.indexOf(p) !== k);
          const i = parts.indexOf(parts[j]);
          ctx.report({ ...span,
            message: `引言称报告共“${shown}”，但列出了${items.length}项：“${items[i]}”与“${items[j]}”重复`,
            messageEn: `the introduction speaks of ${n} parts but lists ${items.length} items, “${items[i]}” and “${items[j]}” naming the same part` });
          return;
        }
        // (In a format of fixed parts, an item in words of its own that still reads as one part's title, 总结概述 or
        // 政府信息公开工作总体情况, counts as one: 六部分 with five such items leaves a part out all the same. Not an
        // item of two parts left joined (…改进情况以及其他需要报告的事项), nor a list longer than the count.)
        const known = parts.filter(Boolean);
        const partLike = parts.every(Boolean) || (fixedParts.length > 0 && known.length >= 2 && items.length < n && new Set(known).size === known.length
          && items.every((t, i) => parts[i] || (PART_ITEM.test(t) && !/及|和/.test(t))));
        if (items.length >= 2 && partLike && (distinct === parts.length || known.length < parts.length)) {
          if (items.length !== n) {
            const named = new Set(parts);
            const absent = items.length < n ? specs.filter((sp) => !named.has(sp) && sp.required !== false && !!sp.title).map((sp) => `“${sp.title}”`) : [];
            ctx.report({ ...span,
              message: `引言称报告共“${shown}”，但列出的是${items.length}个部分${absent.length && absent.length <= n - items.length ? `（未列出${absent.join('、')}）` : ''}`,
              messageEn: `the introduction speaks of ${n} parts but lists ${items.length}` });
            return;
          }
        } else if (a.format.headingMatch === 'meaning' && listed > n && allTitles) {
          // A report without fixed parts (2008 regulation): more items, each a part's title, than the count.
          ctx.report({ ...span,
            message: `引言称报告共“${shown}”，但列出的是${listed}个部分`,
            messageEn: `the introduction speaks of ${n} parts but lists ${listed}` });
          return;
        } else if (items.length >= 2 && !(fixedParts.length && n < fixedParts.length) && numbered <= n) {
          continue;
        }
      }
      // The count against the statutory parts the draft has.
      const present = specs.filter((sp) => statutoryHeadings(a).get(sp.id)?.length).length;
      if (present > n) {
        ctx.report({ ...span,
          message: `引言称报告共“${shown}”，但正文有${present}个法定部分`,
          messageEn: `the introduction speaks of ${n} parts but the draft has ${present} statutory parts` });
      } else if (numbered > n) {
        // No fixed parts (2008 regulation): the body's own numbered parts 一、… in sequence.
        ctx.report({ ...span,
          message: `引言称报告共“${shown}”，但正文有${numbered}个部分（一、至${toChineseNumeral(numbered)}、）`,
          messageEn: `the introduction speaks of ${n} parts but the body has ${numbered} numbered parts` });
      } else if (fixedParts.length && n < fixedParts.length) {
        // A format of fixed parts (2019, 2021): a smaller count leaves parts out, whatever the list names.
        ctx.report({ ...span,
          message: `引言称报告共“${shown}”，但年度报告格式规定${fixedParts.length}个部分（${fixedParts.map((sp) => `“${sp.title}”`).join('、')}）`,
          messageEn: `the introduction speaks of ${n} parts, but the report format has ${fixedParts.length}` });
      }
      return;
    }
    // 等五项内容 / 等六个方面: such a count is the parts' only when every listed item is a statutory part.
    for (const x of intro.matchAll(COUNT_ITEMS)) {
      const at = x.index ?? 0;
      const end = at + x[0].length;
      const n = /^\d+$/.test(x[1]) ? Number(x[1]) : chineseNumeral(x[1]);
      if (!n) continue;
      let st = at;
      while (st > 0 && at - st < 300 && !/[。;；!?]/.test(intro[st - 1]) && !/[\r\n]/.test(a.doc.work.slice(m.map.get(st - 1), m.map.get(st)))) st--;
      const sentence = intro.slice(st, end);
      if (!ABOUT.test(sentence) || onTableLine(a, m, at)) continue;
      const lm = /(?:由|包括|包含|分为|分别是|分别为|[:：])([^。；;]*?)(?:等|共|这|计)?(?:[一二三四五六七八九十]|\d{1,2})(?:项(?:内容)?|个?方面(?:内容)?)$/.exec(sentence);
      if (!lm) continue;
      const items = listItems(lm[1], specs);
      const parts = items.map((t) => partOf(t, specs, true));
      if (items.length < 2 || !parts.every(Boolean) || new Set(parts).size !== parts.length) continue;
      const span = originalSpan(m, at, end);
      const shown = a.doc.work.slice(span.start, span.end);
      if (items.length !== n) {
        ctx.report({ ...span,
          message: `引言称报告共“${shown}”，但列出的是${items.length}个部分`,
          messageEn: `the introduction speaks of ${n} items but lists ${items.length} parts` });
        return;
      }
      // Every item a part and as many as the count, but fewer than a format of fixed parts has (等五项内容 for six).
      if (fixedParts.length && n < fixedParts.length) {
        const named = new Set(parts);
        const absent = fixedParts.filter((sp) => !named.has(sp)).map((sp) => `“${sp.title}”`);
        ctx.report({ ...span,
          message: `引言称报告共“${shown}”，但年度报告格式规定${fixedParts.length}个部分${absent.length ? `（未列出${absent.join('、')}）` : ''}`,
          messageEn: `the introduction speaks of ${n} items, but the report format has ${fixedParts.length} parts` });
        return;
      }
    }
    // No count: a list naming some of the fixed parts only (本年报由总体情况、主动公开政府信息情况、存在的主要问题及改进情况和其他需要报告的事项。).
    if (!fixedParts.length) return;
    // A numbered list: 全文包括(一)总体情况;(二)主动公开政府信息情况;……(五)存在的主要问题及改进情况。
    // Or a plain one: 本年报由总体情况、主动公开政府信息情况……组成.
    const lists: [IterableIterator<RegExpMatchArray>, (list: string) => string[]][] = [
      [intro.matchAll(LIST_NUMBERED), (list) => list.split(/\([一二三四五六七八九十]\)/).map((t) => t.replace(/[;；,，、\s]+$/, '').trim()).filter(Boolean)],
      [intro.matchAll(LIST_NO_COUNT), (list) => listItems(list, specs)],
    ];
    for (const [matches, itemsOf] of lists) {
      for (const x of matches) {
        // 等 (not complete), a count or 内容 (some other list) leave it alone.
        if (/等|部分|方面|内容/.test(x[1])) continue;
        const items = itemsOf(x[1]);
        if (items.length < 3) continue;
        const parts = items.map((t) => partOf(t, specs, true));
        if (!parts.every(Boolean) || new Set(parts).size !== parts.length) continue;
        const absent = fixedParts.filter((sp) => !parts.includes(sp));
        if (!absent.length || items.length >= fixedParts.length) return;
        const ns = (x.index ?? 0) + x[0].indexOf(x[1]);
        if (onTableLine(a, m, ns)) return;
        const span = originalSpan(m, ns, ns + x[1].length);
        ctx.report({ ...span,
          message: `引言列出的报告部分只有${items.length}个，未列出${absent.map((sp) => `“${sp.title}”`).join('、')}`,
          messageEn: `the introduction lists ${items.length} of the report's ${fixedParts.length} parts; missing: ${absent.map((sp) => sp.title).join(', ')}` });
        return;
      }
    }
  },
};
