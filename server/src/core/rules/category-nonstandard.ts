// Pre-2019 or colloquial disposition names in a 2019/2021 report (同意公开 → 予以公开 …).
// 政府信息公开工作年度报告格式表三（国办公开办函〔2019〕60号、〔2021〕30号）.
import type { Rule } from './rule';
import { TERMS } from '../formats/index';
import { crossesLine, findAll, mappedText } from '../model/text-search';

/** After a term: 的 and what the office does then (告知, 引导补正, 沟通), with no count between. */
const PROCEDURE_AFTER = /^的[，,]?[^。；;，,\d]{0,8}?(?:告知|引导|补正|沟通|联系|释明|说明|解释|指导|要求)/;

export const categoryNonstandard: Rule = {
  id: 'category-nonstandard',
  formats: { family: 'gov-info', since: 2019 },
  defaultSeverity: 'warning',
  title: { zh: '办理结果名称不规范', en: 'Non-standard disposition name' },
  description: {
    zh: '2019 年修订的条例和年度报告格式统一了依申请公开的办理结果名称。“同意公开”“信息不存在”“非本机关政府信息”等旧说法应改用表三的规范名称（予以公开、本机关不掌握相关政府信息等）。一一对应的，快速修复直接替换；没有唯一对应的（如“不属于政府信息”），请按实际情形归类。',
    en: 'The 2019 regulation and report format standardised the disposition names. Older wording such as 同意公开 or 信息不存在 should use the names of table 3 (予以公开, 本机关不掌握相关政府信息, …). One-to-one cases are replaced by the quick-fix; others need the author to classify.',
  },
  basis: TERMS.source,
  examples: {
    wrong: '全年同意公开29件，因信息不存在无法提供7件。',
    right: '全年予以公开29件，因本机关不掌握相关政府信息无法提供7件。',
    note: '“同意公开”“信息不存在”是 2019 年以前的说法，应使用表三的规范名称“予以公开”“本机关不掌握相关政府信息”。',
  },
  check(ctx) {
    // Characters already inside a reported term (a longer term listed first wins): marked, so the
    // overlap test costs the hit's length, not the number of earlier hits.
    let taken: Uint8Array | null = null;
    const norm = mappedText(ctx.analysis).text;
    for (const t of TERMS.nonstandard) {
      for (const h of findAll(ctx.analysis, t.term)) {
        if (h.normStart > 0 && TERMS.notAfter.includes(norm[h.normStart - 1])) continue;
        // A step of the procedure, not a result: 对申请内容不明确的及时沟通引导补正.
        if (PROCEDURE_AFTER.test(norm.slice(h.normEnd, h.normEnd + 16))) continue;
        taken ??= new Uint8Array(ctx.analysis.doc.text.length + 1);
        if (taken.subarray(h.start, h.end).some((x) => x === 1)) continue;
        taken.fill(1, h.start, h.end);
        const original = ctx.analysis.doc.text.slice(h.start, h.end);
        ctx.report({
          start: h.start,
          end: h.end,
          message: t.standard ? `“${original}”不是规范的办理结果名称，应为“${t.standard}”` : `“${original}”不是规范的办理结果名称：${t.note ?? '请按表三的规范名称归类'}`,
          messageEn: t.standard ? `“${original}” is not a standard disposition name; use “${t.standard}”` : `“${original}” is not a standard disposition name; classify it under a row of table 3`,
          fix: t.standard && !crossesLine(ctx.analysis.doc.text, h.start, h.end) ? { title: `改为“${t.standard}”`, edits: [{ start: h.start, end: h.end, newText: t.standard }], safe: true } : undefined,
        });
      }
    }
  },
};
