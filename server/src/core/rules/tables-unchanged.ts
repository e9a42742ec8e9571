// 表三 and 表四 with every figure equal to the same issuer's report for the year before (and not
// all zero): the tables were most likely carried over from last year's report unchanged.
import type { AcrossSelf, ReportInput, Rule } from './rule';
import type { Analysis } from '../engine/lint';
import type { Figures, ReportSummary } from '../types';
import { figureValue, previousOf, previousReport, selfOfAnalysis } from '../engine/related';

/** Fewer shared figures than this: too little of the tables was read to judge. */
const MIN_FIGURES = 20;
const TABLES = ['applications', 'review'];

export const tablesUnchanged: Rule = {
  id: 'tables-unchanged',
  acrossFiles: true,
  formats: { family: 'gov-info', since: 2019 },
  defaultSeverity: 'info',
  title: { zh: '表三、表四与上年报告完全相同', en: 'Tables 3 and 4 equal last year\'s' },
  description: {
    zh: '表三（收到和处理政府信息公开申请情况）和表四（行政复议、行政诉讼情况）的全部数字与同一机关上一年度报告相同（且不全为 0），可能是沿用了上年报告的表格。编辑器在同一工作区文件夹、命令行在同一次检查的文件中查找上一年度报告。',
    en: 'Every figure of tables 3 and 4 equals the same issuer\'s report for the year before (and not all are zero): the tables may have been copied from last year\'s report.',
  },
  basis: '政府信息公开工作年度报告格式表三、表四（国办公开办函〔2021〕30号）',
  examples: {
    wrong: [
      '2022 年度报告，表三：| 一、本年新收政府信息公开申请数量 | 15 | 2 | 0 | 0 | 0 | 0 | 17 | …',
      '2023 年度报告（同一机关），表三：| 一、本年新收政府信息公开申请数量 | 15 | 2 | 0 | 0 | 0 | 0 | 17 | …（其余各行也与 2022 年相同）',
    ].join('\n'),
    right: '2023 年度报告（同一机关），表三、表四填写 2023 年度的实际数字。',
    note: '两年的申请、办理结果和复议诉讼数字完全一致的情况极少，应核对是否误用了上年表格。',
  },
  across: {
    collect: tablesRange,
    judge: (d, self, related, report) => judgeUnchanged(d as Range, self, related, report),
  },
  check(ctx) {
    const a = ctx.analysis;
    const prev = previousReport(a);
    if (!prev?.figures || prev.kind !== a.kind) return;
    const at = tablesRange(a);
    if (at) judgeUnchanged(at, selfOfAnalysis(a), a.related, (f) => ctx.report(f));
  },
};

type Range = { start: number; end: number };

/** Where the finding goes: 表三's first line; null without 表三 and 表四. */
function tablesRange(a: Analysis): Range | null {
  const t = a.report?.tables.get('applications');
  if (!t || !a.report?.tables.get('review')) return null;
  const lineEnd = a.doc.lines.lineEnd(a.doc.lines.lineAt(t.start));
  return { start: t.start, end: Math.max(t.start, Math.min(t.end, lineEnd)) };
}

function judgeUnchanged(at: Range, self: AcrossSelf, related: readonly ReportSummary[], report: (f: ReportInput) => void): void {
  const prev = previousOf(self, related);
  if (!prev?.figures || prev.kind !== self.kind) return;
  const mine = self.figures();
  if (!mine) return;
  let shared = 0;
  let nonZero = false;
  const theirs = prev.figures;
  for (const tid of TABLES) {
    const keys = (f: Figures) => f.keys.filter((k) => k.startsWith(tid + '.'));
    const mk = keys(mine);
    const tk = keys(theirs);
    if (mk.length === 0 || mk.length !== tk.length) return;
    for (const k of mk) {
      const v = figureValue(mine, k);
      if (figureValue(theirs, k) !== v) return;
      if (v !== 0) nonZero = true;
      shared++;
    }
  }
  if (!nonZero || shared < MIN_FIGURES) return;
  report({
    start: at.start,
    end: at.end,
    message: `表三、表四的全部 ${shared} 个数字与 ${prev.year} 年度报告（${prev.path}）完全相同，请核对是否沿用了上年表格`,
    messageEn: `All ${shared} figures of tables 3 and 4 equal the ${prev.year} report (${prev.path}); check that last year's tables were not reused`,
  });
}
