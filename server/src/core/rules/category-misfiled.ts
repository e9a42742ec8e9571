// A disposition put under the wrong group: 重复申请 or 信访举报投诉 described as 不予公开
// (they are 不予处理: 条例（2019）第三十六条第（六）项、第三十九条).
import type { Rule } from './rule';
import { TERMS } from '../formats/index';
import { clauseBounds, crossesLine, findAll, mappedText } from '../model/text-search';
import { normalize } from '../text/normalize';

export const categoryMisfiled: Rule = {
  id: 'category-misfiled',
  formats: { family: 'gov-info', since: 2019 },
  defaultSeverity: 'warning',
  title: { zh: '办理结果归类错误', en: 'Disposition filed under the wrong group' },
  description: {
    zh: '重复申请、信访举报投诉类申请、要求提供公开出版物等，按条例属于“不予处理”，不是“不予公开”。把它们写成“不予公开”会使正文与表三的归类不一致。快速修复把同一分句中的“不予公开”改为“不予处理”。',
    en: 'Repeated applications, petitions/complaints and requests for published material are "not processed" (不予处理) under the regulation, not "withheld" (不予公开). The quick-fix rewrites 不予公开 as 不予处理 within the same clause.',
  },
  basis: '《政府信息公开条例》（2019）第三十六条第（六）项、第三十九条；年度报告格式表三（五）',
  examples: {
    wrong: '另有1件属于重复申请，依法不予公开。',
    right: '另有1件属于重复申请，依法不予处理。',
    note: '重复申请在表三中计入“（五）不予处理 2.重复申请”，不是“不予公开”。',
  },
  check(ctx) {
    const a = ctx.analysis;
    const m = mappedText(a);
    const seen = new Set<number>();
    for (const t of TERMS.misfiled) {
      for (const h of findAll(a, t.wrongGroup)) {
        if (seen.has(h.start)) continue;
        const [s, e] = clauseBounds(a, h.normStart);
        const clause = m.text.slice(s, e);
        const subject = normalize(t.subject);
        // Same clause ("属于重复申请信息不予公开的1件"), or the subject shortly before in the
        // same sentence with no count in between ("属于重复申请，依法不予公开"). A list such as
        // "重复申请1件，不予公开2件" names two different dispositions and is left alone.
        const before = m.text.slice(Math.max(0, h.normStart - 14), h.normStart);
        const k = before.lastIndexOf(subject);
        const near = k >= 0 && !/[\d。；;]/.test(before.slice(k + subject.length));
        if (!near && !inProse(clause, subject, h.normStart - s)) continue;
        seen.add(h.start);
        ctx.report({
          start: h.start,
          end: h.end,
          message: `${t.subject}属于“${t.rightGroup}”，不应写作“${t.wrongGroup}”`,
          messageEn: `${t.subject} is “${t.rightGroup}” (not processed), not “${t.wrongGroup}” (withheld)`,
          fix: crossesLine(a.doc.text, h.start, h.end) ? undefined : { title: `改为“${t.rightGroup}”`, edits: [{ start: h.start, end: h.end, newText: t.rightGroup }], safe: false },
        });
      }
    }
  },
};

/**
 * The subject stands in the clause with no table row between it and the group word: a table
 * flattened into one line (pasted without line breaks) has no clause marks, so its row labels
 * (（三）不予公开 … 2.重复申请) would read as one clause; figures in a row (0 0 0) or a row's
 * numbering between them tell it apart.
 */
function inProse(clause: string, subject: string, hit: number): boolean {
  let best: string | null = null;
  for (let k = clause.indexOf(subject); k >= 0; k = clause.indexOf(subject, k + 1)) {
    const gap = k < hit ? clause.slice(k + subject.length, hit) : clause.slice(hit, k);
    if (best === null || gap.length < best.length) best = gap;
  }
  return best !== null && !/\d+\s+\d+\s+\d+|[（(][一二三四五六七八][）)]|(?:^|\s)\d[.．、]/.test(best);
}
