// A statutory section appears twice (two headings carry the same statutory part). 条例（2019）
// 第五十条 and the national format list each part once.
import type { Rule } from './rule';
import { statutoryHeading } from '../engine/draft-style';
import { statutoryHeadings } from '../model/structure';
import { labelKey } from '../text/normalize';

export const sectionDuplicate: Rule = {
  id: 'section-duplicate',
  formats: { family: 'gov-info', since: 2019 },
  defaultSeverity: 'warning',
  title: { zh: '法定章节重复', en: 'Statutory section appears twice' },
  description: {
    zh: '年度报告的每个法定部分只应出现一次。同一部分出现两个标题，通常是合并稿件时重复粘贴，或把上一年的内容留在了稿中；两处内容和数字可能互相矛盾。在第二个（及以后的）标题上提示。'
      + '网页导航中连续排列、下面没有内容的一组章节标题（目录）不算重复。'
      + '错误示例：正文中出现两处“五、存在的主要问题及改进情况”；正确示例：合并为一处。'
      + '本规则不提供快速修复：保留哪一处由作者决定。依据：《政府信息公开条例》（2019）第五十条；政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）。',
    en: 'Each statutory part appears once. Two headings for the same part usually come from merging drafts or from last year\'s text left in place, and the two may contradict each other. The finding sits on the second (and any later) heading. '
      + 'A run of section titles with nothing under them (a contents list pasted from a web page) is not a duplicate. '
      + 'Wrong: two headings 五、存在的主要问题及改进情况; right: one. No quick-fix: the author decides which to keep. '
      + 'Basis: Regulation (2019) art. 50; the national report formats of 2019 and 2021.',
  },
  basis: '《政府信息公开条例》（2019）第五十条；政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）',
  check(ctx) {
    const a = ctx.analysis;
    if (!a.format) return;
    const headings = statutoryHeadings(a);
    for (const spec of a.format.sections) {
      const list = headings.get(spec.id) ?? [];
      const name = statutoryHeading(spec);
      for (const s of list.slice(1)) {
        // A report in two halves, its account numbered 一 to 六 and its statistics numbered again
        // from 一 (三、主动公开工作情况 … 一、主动公开政府信息情况): another numeral and other words are
        // not the same heading pasted twice.
        const first = list[0].heading;
        if (first.numeral !== null && s.heading.numeral !== null && first.numeral !== s.heading.numeral && labelKey(first.title) !== labelKey(s.heading.title)) continue;
        const firstLine = first.line + 1;
        ctx.report({
          start: s.heading.start,
          end: s.heading.end,
          message: `“${name}”重复出现：第 ${firstLine} 行已有这一部分`,
          messageEn: `“${name}” appears twice: the part already starts on line ${firstLine}`,
        });
      }
    }
  },
};
