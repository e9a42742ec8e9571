// intro-repeated: the opening announces the report twice — 现将我局2021年法治政府建设情况报告如下：, and after
// the opening paragraph again 现将有关情况报告如下。 Two drafts of the opening merged in editing; reviewers send it
// back. Only the text before the first heading below the title is read (a page holding two reports, each under
// its own title and parts, announces each once before its own parts). No fix: which sentence stays is the
// author's call.
import type { Rule } from './rule';
import { mappedText, originalSpan, onTableLine } from '../model/text-search';

/** 现将……报告如下 / 特将……汇报如下 / 现就……通报如下: the sentence that hands over to the report's parts. */
const ANNOUNCE = /(?:现将|特将|现就|现把|兹将|下面将|下面就)[^。；;！!？?\n]{0,40}?(?:报告|汇报|通报|公布|总结)如下/g;

export const introRepeated: Rule = {
  id: 'intro-repeated',
  formats: 'all',
  defaultSeverity: 'warning',
  title: { zh: '开头两次写“现将……报告如下”', en: 'The opening announces the report twice' },
  description: {
    zh: '报告开头（标题之后、第一个标题之前）用“现将……报告如下”引出正文，只应写一次。写了两次（如“现将我局2021年法治政府建设情况报告如下：”之后，开头段末又写“现将有关情况报告如下。”），通常是两稿开头合并时留下的，应删去其一。只检查第一个标题之前的文字；同一页面中各有标题和部分的两份报告各写一次不报告。不提供快速修复，保留哪一句由作者决定。'
      + '错误示例：“……现将我局2021年法治政府建设情况报告如下：2021年，我局……现将有关情况报告如下。”正确示例：删去其中一句“现将……报告如下”。',
    en: 'The opening (after the title, before the first heading) hands over to the report with one sentence 现将……报告如下. Written twice (现将我局2021年法治政府建设情况报告如下： and, at the end of the opening paragraph, 现将有关情况报告如下。) it is usually two drafts of the opening merged; one should go. '
      + 'Only the text before the first heading is read; a page holding two reports, each with its title and parts, announcing each once is not reported. No quick-fix: which sentence stays is the author\'s call. '
      + 'Wrong: “……现将我局2021年法治政府建设情况报告如下：2021年，我局……现将有关情况报告如下。” Right: one of the two sentences deleted.',
  },
  basis: '校对检查（开头重复）；《党政机关公文处理工作条例》公文应“结构严谨、表述准确、文字精炼”',
  examples: {
    wrong: '根据《法治政府建设实施纲要》的规定，现将我局2021年法治政府建设情况报告如下：2021年，我局全面履行法治政府建设职责。现将有关情况报告如下。',
    right: '根据《法治政府建设实施纲要》的规定，现将我局2021年法治政府建设情况报告如下：2021年，我局全面履行法治政府建设职责。',
    note: '开头两次写“现将……报告如下”，应删去其一。',
  },
  check(ctx) {
    const a = ctx.analysis;
    const titleLine = a.doc.title?.line ?? -1;
    // The first heading below the title (a Markdown title is itself a heading); at most the first 5000 characters.
    const firstHeading = a.doc.headings.find((h) => h.line > titleLine);
    const endOffset = Math.min(firstHeading ? firstHeading.start : a.doc.work.length, 5000);
    const m = mappedText(a);
    let first: { start: number; end: number } | null = null;
    for (const x of m.text.matchAll(ANNOUNCE)) {
      const ns = x.index ?? 0;
      if (m.map.get(ns) >= endOffset) break;
      if (onTableLine(a, m, ns)) continue;
      const span = originalSpan(m, ns, ns + x[0].length);
      if (!first) { first = span; continue; }
      const line = a.doc.lines.lineAt(first.start) + 1;
      const earlier = a.doc.work.slice(first.start, first.end);
      const shown = a.doc.work.slice(span.start, span.end);
      ctx.report({ ...span,
        message: `开头再次写“${shown}”：第${line}行已写“${earlier}”，两句重复，应删去其一`,
        messageEn: `the opening announces the report again (“${shown}”) after “${earlier}” on line ${line}; one of the two should go`,
        related: [{ ...first, message: `第一次：“${earlier}”` }] });
      return;
    }
  },
};
