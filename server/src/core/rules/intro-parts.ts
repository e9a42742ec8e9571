// The introduction's list of parts (本报告由总体情况、主动公开…等六部分组成, 本报告共分六个部分)
// against itself and the draft: the stated count differs from the parts it names, or from the
// statutory parts the draft has. Only the text before the first heading is read; parts the
// draft lacks are section-missing's to report.
import type { Rule } from './rule';
import { chineseNumeral, labelKey, normalize } from '../text/normalize';
import { mappedText, originalSpan } from '../model/text-search';
import { statutoryHeadings } from '../model/structure';
import type { FormatSection } from '../formats/types';
import { outdatedIntroParts } from '../model/intro-outdated';

/** 共分六个部分 / 等六部分组成 / 包括以下6个部分. */
const COUNT = /(?<![第\d一二三四五六七八九十])([一二三四五六七八九十]|\d{1,2})个?部分/g;
/** The sentence says what the report consists of. */
const ABOUT = /本?报告|全文|本年报|年度报告/;

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** The statutory part a listed item names: most of its character pairs in the title or a variant. */
function partOf(item: string, specs: readonly FormatSection[]): FormatSection | null {
  const k = labelKey(item);
  if (k.length < 2) return null;
  let best: FormatSection | null = null;
  let score = 0;
  for (const spec of specs) {
    for (const t of [spec.title, ...(spec.variants ?? [])].filter((x): x is string => !!x).map(labelKey)) {
      const bs = bigrams(k);
      const s = t.includes(k) ? 1 : bs.length ? bs.filter((b) => t.includes(b)).length / bs.length : 0;
      if (s > score) { score = s; best = spec; }
    }
  }
  return score >= 0.6 ? best : null;
}

export const introParts: Rule = {
  id: 'intro-parts',
  kinds: ['gov-info-2008', 'gov-info-2019', 'gov-info-2021'],
  defaultSeverity: 'info',
  title: { zh: '引言所述部分与正文不符', en: 'Introduction\'s list of parts does not match' },
  description: {
    zh: '引言中“本报告由……等六部分组成”“本报告共分六个部分”所说的部分数，应与其列出的部分和正文的法定部分一致。'
      + '所说部分数与列出的部分个数不同，或正文的法定部分多于所说部分数时提示。只读第一个标题之前的引言；正文缺少的法定部分由 section-missing 提示。'
      + '错误示例：“本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在问题及改进情况、其他需要报告的事项等六部分组成。”（只列了五部分，漏了行政复议、行政诉讼情况）；'
      + '正确示例：“本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。”'
      + '依据：政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）规定的六个部分。',
    en: 'The count the introduction gives (本报告由……等六部分组成, 本报告共分六个部分) must agree with the parts it lists and with the statutory parts of the draft. '
      + 'A count that differs from the number of parts listed, or that is smaller than the statutory parts present, is reported. Only the introduction before the first heading is read; parts the draft lacks are reported by section-missing. '
      + 'Wrong: a lead sentence that says 六部分 and names five (no 行政复议、行政诉讼情况); right: the six parts named and counted alike. '
      + 'Basis: the six parts of the national report format.',
  },
  basis: '政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）',
  check(ctx) {
    const a = ctx.analysis;
    if (!a.format || !a.format.sections.length) return;
    const specs = a.format.sections;
    const m = mappedText(a);
    const { lines } = a.doc;
    const firstHeading = a.doc.headings.find((h) => a.doc.title?.line !== h.line);
    const endOffset = Math.min(firstHeading ? firstHeading.start : a.doc.work.length, 5000);
    // Normalised range of the introduction.
    let ne = 0;
    while (ne < m.text.length && m.map[ne] < endOffset) ne++;
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
      while (s > 0 && at - s < 300 && !/[。;；!?]/.test(intro[s - 1]) && !/[\r\n]/.test(a.doc.work.slice(m.map[s - 1], m.map[s]))) s--;
      const sentence = intro.slice(s, end);
      if (!ABOUT.test(sentence)) continue;
      if (a.doc.tableLines.has(lines.lineAt(m.map[at]))) continue;
      const span = originalSpan(m, at, end);
      const shown = a.doc.work.slice(span.start, span.end);
      // The list: after 由/包括/分为/：, up to 等/共/the count.
      const lm = /(?:由|包括|包含|分为|分别是|分别为|[:：])([^。；;]*?)(?:等|共|这|计)?(?:[一二三四五六七八九十]|\d{1,2})个?部分$/.exec(sentence);
      if (lm) {
        const raw = lm[1].replace(/^以下/, '').split(/[、,，]/).map((t) => t.trim()).filter(Boolean);
        // Rejoin a title that has 、 inside it (行政复议、行政诉讼情况).
        const items: string[] = [];
        for (const t of raw) {
          const prev = items[items.length - 1];
          if (prev !== undefined && specs.some((sp) => !!sp.title && normalize(sp.title).includes(normalize(`${prev}、${t}`)))) items[items.length - 1] = `${prev}、${t}`;
          else items.push(t);
        }
        // Two parts joined by 及/和 (存在的主要问题及改进情况及其他需要报告的事项) are two items.
        for (let i = 0; i < items.length; i++) {
          if (partOf(items[i], specs)) continue;
          const t = items[i];
          for (const j of [...t.matchAll(/以及|及|和/g)].map((x) => x.index ?? 0).reverse()) {
            const head = t.slice(0, j);
            const tail = t.slice(j).replace(/^(?:以及|及|和)/, '');
            const ph = partOf(head, specs);
            const pt = partOf(tail, specs);
            if (ph && pt && ph !== pt) { items.splice(i, 1, head, tail); break; }
          }
        }
        const parts = items.map((t) => partOf(t, specs));
        if (items.length >= 2 && parts.every(Boolean) && new Set(parts).size === parts.length) {
          if (items.length !== n) {
            const named = new Set(parts);
            const absent = items.length < n ? specs.filter((sp) => !named.has(sp) && sp.required !== false && !!sp.title).map((sp) => `“${sp.title}”`) : [];
            ctx.report({ ...span,
              message: `引言称报告共“${shown}”，但列出的是${items.length}个部分${absent.length && absent.length <= n - items.length ? `（未列出${absent.join('、')}）` : ''}`,
              messageEn: `the introduction speaks of ${n} parts but lists ${items.length}` });
            return;
          }
        } else if (items.length >= 2) {
          continue;
        }
      }
      // The count against the statutory parts the draft has.
      const present = specs.filter((sp) => statutoryHeadings(a).get(sp.id)?.length).length;
      if (present > n) {
        ctx.report({ ...span,
          message: `引言称报告共“${shown}”，但正文有${present}个法定部分`,
          messageEn: `the introduction speaks of ${n} parts but the draft has ${present} statutory parts` });
      }
      return;
    }
  },
};
