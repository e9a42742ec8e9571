// 内容雷同: most of the prose repeats the same issuer's report for the year before. Reviews of
// annual reports criticise copied text (国办公开办函〔2021〕30号 requires the year's actual work).
import type { AcrossSelf, ReportInput, Rule } from './rule';
import type { ReportSummary } from '../types';
import { previousOf, repeatedShare, previousReport, selfOfAnalysis, titleRange } from '../engine/related';

/** Share of this year's prose sentences found verbatim (numbers aside) in last year's report. */
const SHARE = 0.6;
/** Below this many sentences a draft is too short to judge. */
const MIN_SENTENCES = 8;

export const contentDuplicate: Rule = {
  id: 'content-duplicate',
  acrossFiles: true,
  formats: 'all',
  defaultSeverity: 'warning',
  title: { zh: '正文与上年报告雷同', en: 'Prose repeats last year\'s report' },
  description: {
    zh: `正文的大部分句子（不计数字，${Math.round(SHARE * 100)}% 以上）与同一机关上一年度的报告相同。年度报告应反映本年度的实际工作，内容雷同是评议中常见的扣分项。编辑器在同一工作区文件夹、命令行在同一次检查的文件中查找上一年度报告。`,
    en: `Most prose sentences (more than ${Math.round(SHARE * 100)}%, numbers aside) repeat the same issuer's report for the year before. An annual report must describe the year's own work.`,
  },
  basis: '《政府信息公开条例》（2019）第五十条；政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）',
  examples: {
    wrong: [
      '2022 年度报告：',
      '2022年，区政府办公室坚持以公开为常态、不公开为例外，围绕全区中心工作，推进决策、执行、管理、服务、结果公开。……',
      '',
      '2023 年度报告（同一机关）：',
      '2023年，区政府办公室坚持以公开为常态、不公开为例外，围绕全区中心工作，推进决策、执行、管理、服务、结果公开。……',
    ].join('\n'),
    right: [
      '2023 年度报告（同一机关）：',
      '2023年，区政府办公室围绕优化营商环境，新设“惠企政策直达”专栏，集中公开涉企政策86件，发布图解、视频等政策解读26篇。……',
    ].join('\n'),
    note: '除年份和数字外，2023 年度报告的大部分句子与 2022 年度报告逐字相同（本规则在六成以上的句子相同时报告）。',
  },
  across: {
    collect: titleRange,
    judge: (d, self, related, report) => judgeDuplicate(d as { start: number; end: number }, self, related, report),
  },
  check(ctx) {
    const a = ctx.analysis;
    const prev = previousReport(a);
    if (!prev || prev.sentences.length === 0) return;
    judgeDuplicate(titleRange(a), selfOfAnalysis(a), a.related, (f) => ctx.report(f));
  },
};

function judgeDuplicate(at: { start: number; end: number }, self: AcrossSelf, related: readonly ReportSummary[], report: (f: ReportInput) => void): void {
  const prev = previousOf(self, related);
  if (!prev || prev.sentences.length === 0) return;
  const r = repeatedShare(self.sentences(), prev.sentences, MIN_SENTENCES, SHARE);
  if (!r) return;
  const { same, total, pct } = r;
  report({
    start: at.start,
    end: at.end,
    message: `正文 ${pct}% 的句子（${same}/${total}）与 ${prev.year} 年度报告（${prev.path}）相同`,
    messageEn: `${pct}% of the prose sentences (${same}/${total}) repeat the ${prev.year} report (${prev.path})`,
  });
}
