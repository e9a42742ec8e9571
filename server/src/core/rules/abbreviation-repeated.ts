// abbreviation-repeated: the same short name defined twice — 《中华人民共和国政府信息公开条例》（以下简称《条例》）
// in the opening and again in part 一. A short name is defined once, where the full name first appears; the
// second definition is a leftover of text pasted from another draft (often last year's report or a template),
// which reviewers mark. Read on the prose (table cells never define one); the definitions compared by the
// short name, brackets and quotation marks aside. No fix: which sentence keeps the definition is the author's call.
import type { Rule } from './rule';
import { mappedText, originalSpan, onTableLine } from '../model/text-search';

/** （以下简称《条例》） / (以下简称“市政府”): the short name in 《》 or quotation marks, or bare. */
const DEFINITION = /[（(]\s*以下简称\s*[:：]?\s*([《“"「]?)([^（）()《》“”"「」\n]{1,20})[》”"」]?\s*[）)]/g;

export const abbreviationRepeated: Rule = {
  id: 'abbreviation-repeated',
  formats: 'all',
  defaultSeverity: 'info',
  title: { zh: '简称重复定义', en: 'Short name defined twice' },
  description: {
    zh: '“（以下简称《条例》）”一类简称只在全称第一次出现时定义一次。同一简称在报告中定义了两次（开头写“《中华人民共和国政府信息公开条例》（以下简称《条例》）”，第一部分又写一遍），多是从其他文稿（上年报告、模板）粘贴留下的，第二处的“（以下简称……）”应删去，此后直接用简称。只检查正文，简称相同（不计书名号、引号）即提示；不提供快速修复。'
      + '错误示例：开头“根据《中华人民共和国政府信息公开条例》（以下简称《条例》）……”，第一部分“《中华人民共和国政府信息公开条例》（以下简称《条例》）颁布施行以来……”。正确示例：第一部分写“《条例》颁布施行以来……”。',
    en: 'A short name such as （以下简称《条例》） is defined once, where the full name first appears. The same short name defined twice (in the opening, then again in part 一) is mostly a leftover of text pasted from another draft (last year\'s report, a template): the second （以下简称……） should go and the short name be used from then on. '
      + 'Prose only; the same short name (book-title marks and quotation marks aside) is reported. No quick-fix. '
      + 'Wrong: the opening “根据《中华人民共和国政府信息公开条例》（以下简称《条例》）……” and part 一 “《中华人民共和国政府信息公开条例》（以下简称《条例》）颁布施行以来……”. Right: part 一 “《条例》颁布施行以来……”.',
  },
  basis: '校对检查（简称）；《党政机关公文处理工作条例》公文应“结构严谨、表述准确、文字精炼”',
  examples: {
    wrong: '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）编制本报告。……《中华人民共和国政府信息公开条例》（以下简称《条例》）施行以来，我局……',
    right: '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）编制本报告。……《条例》施行以来，我局……',
    note: '简称《条例》已在开头定义，第二处的“（以下简称《条例》）”应删去。',
  },
  check(ctx) {
    const a = ctx.analysis;
    const m = mappedText(a);
    const { lines } = a.doc;
    const first = new Map<string, { start: number; end: number }>();
    for (const x of m.text.matchAll(DEFINITION)) {
      const ns = x.index ?? 0;
      if (onTableLine(a, m, ns)) continue;
      const name = x[2].trim();
      if (!name) continue;
      const span = originalSpan(m, ns, ns + x[0].length);
      const before = first.get(name);
      if (!before) { first.set(name, span); continue; }
      const shown = a.doc.work.slice(span.start, span.end);
      const line = lines.lineAt(before.start) + 1;
      const quoted = x[1] === '《' ? `《${name}》` : `“${name}”`;
      ctx.report({ ...span,
        message: `简称${quoted}重复定义：第${line}行已写“${a.doc.work.slice(before.start, before.end)}”，此处“${shown}”应删去`,
        messageEn: `the short name ${quoted} is defined again (“${shown}”) after line ${line}; delete this second definition`,
        related: [{ ...before, message: `第一次定义：${quoted}` }] });
    }
  },
};
