// Section 五 (存在的主要问题及改进情况) repeated from the same issuer's report for the year before:
// reviews criticise problems and improvements copied year after year.
import type { AcrossSelf, ReportInput, Rule } from './rule';
import type { Analysis } from '../engine/lint';
import type { ReportSummary } from '../types';
import { previousOf, repeatedShare, previousReport, selfOfAnalysis } from '../engine/related';

/** Share of section 五's sentences found verbatim (numbers aside) in last year's section 五. */
const SHARE = 0.6;
/** Below this many sentences the section is too short to judge. */
const MIN_SENTENCES = 4;

export const problemsRepeated: Rule = {
  id: 'problems-repeated',
  acrossFiles: true,
  formats: { family: 'gov-info', since: 2019 },
  defaultSeverity: 'info',
  title: { zh: '“存在的主要问题及改进情况”与上年相同', en: 'Section 5 repeats last year\'s' },
  description: {
    zh: `第五部分“存在的主要问题及改进情况”的大部分句子（不计数字，${Math.round(SHARE * 100)}% 以上）与同一机关上一年度报告的第五部分相同。该部分应说明上年问题的整改情况和本年度的问题。编辑器在同一工作区文件夹、命令行在同一次检查的文件中查找上一年度报告。`,
    en: `Most sentences of section 5 (problems and improvements; more than ${Math.round(SHARE * 100)}%, numbers aside) repeat section 5 of the same issuer's report for the year before.`,
  },
  basis: '政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）第五部分',
  examples: {
    wrong: [
      '2022 年度报告，五：政策解读形式较为单一，解读质量有待提高。下一步将丰富解读形式。',
      '2023 年度报告（同一机关），五：政策解读形式较为单一，解读质量有待提高。下一步将丰富解读形式。',
    ].join('\n'),
    right: '2023 年度报告（同一机关），五：针对上年指出的政策解读形式单一问题，本年新增图解、视频解读 26 篇；本年存在的问题是……',
    note: '第五部分应写明上年问题的整改情况，而不是照抄上年报告。',
  },
  across: {
    collect: sectionRange,
    judge: (d, self, related, report) => judgeProblems(d as Range, self, related, report),
  },
  check(ctx) {
    const a = ctx.analysis;
    const prev = previousReport(a);
    if (!prev?.problemSentences || prev.problemSentences.length === 0) return;
    const at = sectionRange(a);
    if (at) judgeProblems(at, selfOfAnalysis(a), a.related, (f) => ctx.report(f));
  },
};

type Range = { start: number; end: number };

/** Where the finding goes: the line of section 五's heading; null without the section. */
function sectionRange(a: Analysis): Range | null {
  const sec = a.report?.sections.get('problems')?.sections[0];
  if (!sec) return null;
  return { start: sec.start, end: a.doc.lines.lineEnd(a.doc.lines.lineAt(sec.start)) };
}

function judgeProblems(at: Range, self: AcrossSelf, related: readonly ReportSummary[], report: (f: ReportInput) => void): void {
  const prev = previousOf(self, related);
  if (!prev?.problemSentences || prev.problemSentences.length === 0) return;
  const r = repeatedShare(self.problemSentences(), prev.problemSentences, MIN_SENTENCES, SHARE);
  if (!r) return;
  const { same, total, pct } = r;
  report({
    start: at.start,
    end: at.end,
    message: `第五部分 ${pct}% 的句子（${same}/${total}）与 ${prev.year} 年度报告（${prev.path}）的第五部分相同`,
    messageEn: `${pct}% of the sentences of section 5 (${same}/${total}) repeat section 5 of the ${prev.year} report (${prev.path})`,
  });
}
