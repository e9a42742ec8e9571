// text-punctuation: a sentence that lost its closing mark, so the next one runs straight on: a point of an
// enumeration glued to the point before (…获取关键信息二是依申请公开…, …共收到依申请公开事项0三是…), or the
// stock opening 现将……报告如下 glued to the sentence before (…荣获全国法治政府建设示范市现将有关情况报告如下).
// Both begin a sentence in every report, so the character right before them must be a mark. Read line by
// line on the prose lines (a point at a line start may follow a wrapped line). Points only after the point
// before them on the same line (一是 … 信息二是): a numeral-是 without it may be a word (不二是, 说二是二).
// Numerals in quotation marks or 《》 are no points. A proofreading check without a fix: 。 or ； is the
// author's call.
import type { Rule } from './rule';
import { eachProofLine, enumerationPoint, quote, quoteTracker } from '../model/proof-lines';
import { chineseNumeral } from '../text/normalize';

/**
 * 现将……如下 right after a Han character: the opening that announces the report glued to the sentence before.
 * Not where 现 ends a word (表现将, 实现将, 发现将 …).
 */
const GLUED_OPENING = /(?<=[\u3400-\u9fff])(?<![表实体发出呈展兑再重浮显涌闪变贴折套提凸隐乍活實體發顯湧閃變貼])[现現][将將][^。；;！!？?]{0,40}?如下/g;

/** A Han character or a digit: what a point or 现将 is glued to when the mark between was lost. */
const gluable = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39);

export const textPunctuation: Rule = {
  id: 'text-punctuation',
  formats: 'all',
  defaultSeverity: 'info',
  title: { zh: '句末标点缺失', en: 'A sentence lost its closing mark' },
  description: {
    zh: '上一句丢了句末标点，下一句直接连在后面：列举的下一项紧接在上一项的末字之后（“确保民众及时获取关键信息二是依申请公开方面”“共收到依申请公开事项0三是政府信息管理方面”，同一行前面已有上一项“一是”“二是”），'
      + '或“现将……报告如下”紧接在上一句之后（“荣获全国法治政府建设示范市现将有关情况报告如下”）。这两种说法总是另起一句，前面应有句号或分号（“现将”前也可以是逗号）。'
      + '“表现将”“实现将”等词语、“不二是”“说二是二”等说法、引号和书名号内的文字不算；行首的列举项不检查（上一行可能是折行）。不提供快速修复：用句号还是分号由作者决定。'
      + '错误示例：“一是主动公开重点领域信息二是依申请公开办理及时。”正确示例：“一是主动公开重点领域信息；二是依申请公开办理及时。”',
    en: 'A sentence lost its closing mark and the next runs straight on: the next point of an enumeration glued to the last character of the point before (确保民众及时获取关键信息二是依申请公开方面, 共收到依申请公开事项0三是政府信息管理方面, the point before already on the line), '
      + 'or the stock opening 现将……报告如下 glued to the sentence before (荣获全国法治政府建设示范市现将有关情况报告如下). Both always begin a sentence: a full stop or a semicolon belongs before them (before 现将 a comma will do). '
      + 'Words such as 表现将 and 实现将, phrases such as 不二是 or 说二是二, and text in quotation marks or 《》 are not reported; a point at a line start is not checked (the line before may be wrapped). No quick-fix: 。 or ； is the author\'s call. '
      + 'Wrong: “一是主动公开重点领域信息二是依申请公开办理及时。” Right: “一是主动公开重点领域信息；二是依申请公开办理及时。”',
  },
  basis: '校对检查；GB/T 15834—2011《标点符号用法》4.1（句号）、4.6（分号）',
  examples: {
    wrong: '一是主动公开重点领域信息二是依申请公开办理及时。',
    right: '一是主动公开重点领域信息；二是依申请公开办理及时。',
    note: '“二是”前缺少分号（或句号）。',
  },
  check(ctx) {
    const a = ctx.analysis;
    let count = 0;
    for (const pl of eachProofLine(a)) {
      if (count >= 100) return;
      const t = pl.text;
      const report = (s: number, e: number, zh: string, en: string) => {
        // A draft full of them gets the first hundred.
        if (count++ >= 100) return;
        ctx.report({ start: pl.start + s, end: pl.start + e, message: zh, messageEn: en });
      };
      if (t.includes('是')) {
        // The points of the line in order, each after the points before it (an unquoted n−1 before a glued n).
        const quoted = quoteTracker(t);
        const seen = new Set<number>();
        for (const m of t.matchAll(enumerationPoint())) {
          const at = m.index ?? 0;
          const n = chineseNumeral(m[1]);
          if (n === null || n < 1 || n > 19 || quoted(at)) continue;
          if (n >= 2 && at > 0 && gluable(t.charCodeAt(at - 1)) && seen.has(n - 1)) {
            const shown = quote(t.slice(Math.max(0, at - 8), at), 8);
            report(at - 1, at + m[0].length, `句末标点缺失：“${shown}${m[0]}”，列举项“${m[0]}”之前应有分号或句号`,
              `a sentence lost its closing mark: “${shown}${m[0]}” — a semicolon or full stop belongs before the point ${m[0]}`);
          }
          seen.add(n);
        }
      }
      if (t.includes('如下') && (t.includes('现将') || t.includes('現將'))) {
        const quoted = quoteTracker(t);
        for (const m of t.matchAll(GLUED_OPENING)) {
          const at = m.index ?? 0;
          if (quoted(at)) continue;
          const shown = quote(t.slice(Math.max(0, at - 8), at), 8);
          report(at - 1, at + 2, `句末标点缺失：“${shown}${m[0].slice(0, 2)}”，“现将……如下”另起一句，前面应有句号或逗号`,
            `a sentence lost its closing mark: “${shown}${m[0].slice(0, 2)}” — 现将…如下 begins a sentence, a full stop or comma belongs before it`);
        }
      }
    }
  },
};
