// 内容抄袭: most of a report's prose repeats ANOTHER issuer's report of the same year found in the
// same batch (CLI run, or the editor's folder). Sentences of the statutory template, common to
// many reports, are left out: a sentence found in the reports of 3 or more issuers does not count.
import type { AcrossSelf, ReportInput, Rule } from './rule';
import type { ReportSummary } from '../types';
import { COPY_COMMON as COMMON, COPY_MIN_SENTENCES as MIN_SENTENCES, COPY_SHARE as SHARE, copiedFrom, selfOfAnalysis, titleRange } from '../engine/related';

export const contentCopied: Rule = {
  id: 'content-copied',
  acrossFiles: true,
  formats: 'all',
  defaultSeverity: 'info',
  title: { zh: '正文与其他单位报告雷同', en: 'Prose repeats another issuer\'s report' },
  description: {
    zh: `正文的大部分句子（不计数字，${Math.round(SHARE * 100)}% 以上，至少 ${MIN_SENTENCES} 句）与同一批检查中另一单位同一年度的报告相同。模板中的通用句子（在 ${COMMON} 个及以上单位的报告中出现的句子）不计。命令行比较同一次检查的文件，编辑器比较同一工作区文件夹中的文件；检查报告（--report）列出雷同的报告对。`,
    en: `Most prose sentences (more than ${Math.round(SHARE * 100)}% of at least ${MIN_SENTENCES}, numbers aside) repeat another issuer's report of the same year in the same batch. Template sentences (found in the reports of ${COMMON} or more issuers) do not count.`,
  },
  basis: '《政府信息公开条例》（2019）第五十条；政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）',
  examples: {
    wrong: [
      '甲区司法局 2023 年度报告：',
      '2023年，区司法局围绕法治政府建设，新设“法律服务”专栏，集中公开公共法律服务事项……',
      '',
      '乙区司法局 2023 年度报告：',
      '2023年，区司法局围绕法治政府建设，新设“法律服务”专栏，集中公开公共法律服务事项……',
    ].join('\n'),
    right: '乙区司法局 2023 年度报告写本单位本年度的实际工作。',
    note: '两份报告除单位名称和数字外大部分句子相同。',
  },
  across: {
    collect: titleRange,
    judge: (d, self, related, report) => judgeCopied(d as Range, self, related, report),
  },
  check(ctx) {
    const a = ctx.analysis;
    // No other report (a draft checked alone): nothing it could have copied.
    if (a.related.length === 0) return;
    judgeCopied(titleRange(a), selfOfAnalysis(a), a.related, (f) => ctx.report(f));
  },
};

type Range = { start: number; end: number };

function judgeCopied(at: Range, self: AcrossSelf, related: readonly ReportSummary[], report: (f: ReportInput) => void): void {
  const { kind, year, issuer } = self;
  if (!kind || year === null || !issuer || related.length === 0) return;
  const c = copiedFrom({ kind, year, issuer, path: '' }, self.sentences(), related);
  if (!c) return;
  const pct = Math.round((c.same / c.own) * 100);
  const r = c.report;
  report({
    start: at.start,
    end: at.end,
    message: `与“${r.issuer}${r.year}年报告”（${r.path}）的正文大部分相同（${pct}%，${c.same}/${c.own} 句）`,
    messageEn: `Most of the prose (${pct}%, ${c.same}/${c.own} sentences) repeats the ${r.year} report of ${r.issuer} (${r.path})`,
  });
}
