// text-cumulative: a running total since records began (历年累计) smaller than this year's figure
// in the same sentence: `2024年度受理信息公开申请1件，历年累计为0` — the total over all years includes
// this year, so it can never be below it. The year's figure is the nearest exact count before
// 历年累计 in the sentence; the cumulative figure the first number after it, within a few words,
// of the same unit or written without one. Different units (信息条 vs 申请件), rounded figures and
// sentences without a count before 历年累计 are not judged. Reported at info: one of the two
// figures is wrong, and only the author knows which.
import type { Rule } from './rule';
import { prose, spanOf } from '../model/sentences';

/** 历年累计 (历年来累计, 历年共), up to 16 words without a digit or a clause stop, then the number and an optional unit. */
const CUMULATIVE = /历年(?:来)?(?:累计|共计|共)([^\d,;:。!?、]{0,16}?)(\d+)(件|条|项|个|份|篇|次)?(?![\d.%万千亿])/g;

export const textCumulative: Rule = {
  id: 'text-cumulative',
  formats: 'all',
  defaultSeverity: 'info',
  title: { zh: '历年累计数小于本年数', en: 'Cumulative figure below this year\'s' },
  description: {
    zh: '同一句中“历年累计”的数字小于前面本年度的数字：历年累计包括本年度，不可能比本年度少。'
      + '错误示例：“2024年度受理信息公开申请1件，历年累计为0。”；正确示例：“2024年度受理信息公开申请1件，历年累计受理36件。”'
      + '本年度数字取“历年累计”之前最近的确数，累计数取其后紧接的数字；单位不同（信息“条”与申请“件”）、约数、前面没有数字的句子不作判断。'
      + '默认为提示：两个数字必有一个有误，须由作者核实。依据：《政府信息公开条例》第五十条要求年度报告如实反映工作情况，文中数字应当自洽。',
    en: 'A 历年累计 (total since records began) figure smaller than this year\'s figure before it in the same sentence: the running total includes this year and can never be below it. '
      + 'Wrong: “2024年度受理信息公开申请1件，历年累计为0。”; right: “2024年度受理信息公开申请1件，历年累计受理36件。” '
      + 'This year\'s figure is the nearest exact count before 历年累计; the cumulative one the number right after it. Different units (信息条 vs 申请件), rounded figures and sentences without an earlier count are not judged. '
      + 'Info by default: one of the two figures is wrong, and only the author knows which. Basis: Art. 50 of the Regulations requires the annual report to state the work truthfully; its figures must agree.',
  },
  basis: '《中华人民共和国政府信息公开条例》第五十条',
  examples: {
    wrong: '2024年度受理信息公开申请1件，历年累计为0。',
    right: '2024年度受理信息公开申请1件，历年累计受理36件。',
  },
  check(ctx) {
    const a = ctx.analysis;
    const { sentences } = prose(a);
    for (const s of sentences) {
      if (!s.counts.length || !s.text.includes('历年')) continue;
      for (const m of s.text.matchAll(CUMULATIVE)) {
        const at = s.ns + (m.index ?? 0);
        const year = s.counts.filter((c) => c.ne <= at && c.unit !== '%').pop();
        if (!year || year.approx || year.decimals) continue;
        const unit = m[3] ?? '';
        if (unit ? unit !== year.unit : !/^[件条项个份篇次]$/.test(year.unit)) continue;
        const total = Number(m[2]);
        if (total >= year.value) continue;
        const ns = at + m[0].length - m[2].length - unit.length;
        const cum = s.counts.find((c) => c.ns === ns);
        const span = cum ? { start: cum.start, end: cum.end } : spanOf(a, ns, ns + m[2].length);
        if (span.end <= span.start) continue;
        ctx.report({ ...span,
          message: `历年累计数 ${total}${unit || year.unit} 小于本年度的 ${year.value}${year.unit}（历年累计应包括本年度）`,
          messageEn: `The cumulative figure ${total} is below this year's ${year.value}${year.unit} (the running total includes this year)` });
      }
    }
  },
};
