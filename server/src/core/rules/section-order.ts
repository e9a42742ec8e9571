// Statutory sections out of order. The six parts of a gov-info annual report follow the order
// of 条例（2019）第五十条 and of the national format (国办公开办函〔2019〕60号、〔2021〕30号).
import type { Rule } from './rule';
import type { Section } from '../parse/document';
import { statutoryHeading } from '../engine/draft-style';
import { statutoryHeadings } from '../model/structure';

/** Indices (into xs) of one longest strictly increasing subsequence (patience sorting). */
function longestIncreasing(xs: number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array(xs.length).fill(-1);
  for (let i = 0; i < xs.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]] < xs[i]) lo = mid + 1; else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) keep.add(i);
  return keep;
}

export const sectionOrder: Rule = {
  id: 'section-order',
  formats: { family: 'gov-info', since: 2019 },
  defaultSeverity: 'warning',
  title: { zh: '法定章节顺序不对', en: 'Statutory sections out of order' },
  description: {
    zh: '政府信息公开工作年度报告的六个部分有法定顺序：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。'
      + '顺序颠倒时，在位置不对的章节标题上提示（按最少移动的原则，只标出需要挪动的章节）。'
      + '错误示例：“三、收到和处理政府信息公开申请情况”写在“二、主动公开政府信息情况”之前；正确示例：按一至六的顺序排列。'
      + '本规则不提供快速修复：移动整节内容请作者自行完成。依据：《政府信息公开条例》（2019）第五十条；政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）。',
    en: 'The six parts of a government information disclosure annual report have a fixed order (总体情况; 主动公开政府信息情况; 收到和处理政府信息公开申请情况; 政府信息公开行政复议、行政诉讼情况; 存在的主要问题及改进情况; 其他需要报告的事项). '
      + 'When they are out of order, the finding sits on the heading of each part that must move (the fewest moves that restore the order). '
      + 'Wrong: part 3 before part 2; right: parts 1 to 6 in order. No quick-fix: moving a whole part is left to the author. '
      + 'Basis: Regulation (2019) art. 50; the national report formats of 2019 and 2021.',
  },
  basis: '《政府信息公开条例》（2019）第五十条；政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）',
  check(ctx) {
    const a = ctx.analysis;
    if (!a.format) return;
    const headings = statutoryHeadings(a);
    // First heading of each present statutory part, in document order, with its statutory rank.
    const present: { rank: number; s: Section }[] = [];
    a.format.sections.forEach((spec, rank) => {
      const s = headings.get(spec.id)?.[0];
      if (s) present.push({ rank, s });
    });
    present.sort((x, y) => x.s.start - y.s.start);
    const keep = longestIncreasing(present.map((p) => p.rank));
    present.forEach((p, i) => {
      if (keep.has(i)) return;
      const spec = a.format!.sections[p.rank];
      const name = statutoryHeading(spec);
      // Name the neighbour it belongs after (or, for a part with no predecessor in place, before).
      const inOrder = present.filter((_, k) => keep.has(k));
      const before = [...inOrder].reverse().find((q) => q.rank < p.rank);
      const after = inOrder.find((q) => q.rank > p.rank);
      const ref = before ?? after;
      if (!ref) return;
      const refName = statutoryHeading(a.format!.sections[ref.rank]);
      const where = before ? '之后' : '之前';
      ctx.report({
        start: p.s.heading.start,
        end: p.s.heading.end,
        message: `章节顺序不对：“${name}”应在“${refName}”${where}`,
        messageEn: `Sections out of order: “${name}” belongs ${before ? 'after' : 'before'} “${refName}”`,
      });
    });
  },
};
