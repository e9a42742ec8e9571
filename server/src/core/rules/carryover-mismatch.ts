// R5 of formats.md: this year's 二、上年结转 = last year's 四、结转下年度继续办理, column by
// column, for the same issuer (国办公开办函〔2021〕30号 表三; applications carried from one year
// into the next must be the same applications).
import type { AcrossSelf, ReportInput, Rule } from './rule';
import type { Analysis } from '../engine/lint';
import type { ReportSummary } from '../types';
import { previousOf, previousReport, selfOfAnalysis } from '../engine/related';
import { cellInt, findRow } from '../engine/constraints';
import { columnName } from '../model/table-facts';

export const carryoverMismatch: Rule = {
  id: 'carryover-mismatch',
  acrossFiles: true,
  formats: { family: 'gov-info', since: 2019 },
  defaultSeverity: 'warning',
  title: { zh: '上年结转与上年报告不一致', en: 'Carried-over applications differ from last year\'s report' },
  description: {
    zh: '表三“二、上年结转政府信息公开申请数量”应逐列等于同一机关上一年度报告表三“四、结转下年度继续办理”。编辑器在同一工作区文件夹、命令行在同一次检查的文件中查找上一年度报告（按发布机关和年度匹配）。\n\n错误示例：2023 年报告上年结转 3 件，而 2022 年报告结转下年度 4 件。\n正确示例：两者都是 4 件。',
    en: 'Row 2 of table 3 (carried over from last year) must equal, column by column, row 4 (carried to next year) of the same issuer\'s report for the year before, found in the same workspace folder (editor) or the same CLI run.',
  },
  basis: '政府信息公开工作年度报告格式表三（国办公开办函〔2019〕60号、〔2021〕30号）',
  examples: {
    wrong: [
      '2022 年度报告，表三：',
      '| 四、结转下年度继续办理 | 3 | 0 | 0 | 0 | 1 | 0 | 4 |',
      '',
      '2023 年度报告（同一机关），表三：',
      '| 二、上年结转政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |',
    ].join('\n'),
    right: [
      '2022 年度报告，表三：',
      '| 四、结转下年度继续办理 | 3 | 0 | 0 | 0 | 1 | 0 | 4 |',
      '',
      '2023 年度报告（同一机关），表三：',
      '| 二、上年结转政府信息公开申请数量 | 3 | 0 | 0 | 0 | 1 | 0 | 4 |',
    ].join('\n'),
    note: '2022 年度结转下年度继续办理的 4 件（其中法律服务机构 1 件），2023 年度报告只结转了 3 件。',
  },
  across: {
    collect: collectCarried,
    judge: (d, self, related, report) => judgeCarried(d as CarriedData, self, related, report),
  },
  check(ctx) {
    const a = ctx.analysis;
    if (!previousReport(a)?.carriedToNext) return;
    const d = collectCarried(a);
    if (d) judgeCarried(d, selfOfAnalysis(a), a.related, (f) => ctx.report(f));
  },
};

/** 表三's row 二、上年结转: each readable cell, its column and figure. */
type CarriedData = { col: string; name: string; cell: { start: number; end: number }; mine: number }[];

function collectCarried(a: Analysis): CarriedData | null {
  const t = a.report?.tables.get('applications');
  const row = t ? findRow(t, 'carried') : undefined;
  if (!t || !row) return null;
  const out: CarriedData = [];
  for (const [col, cell] of row.values) {
    const mine = cellInt(cell);
    if (mine === null) continue;
    out.push({ col, name: columnName(t.spec, col), cell: { start: cell.start, end: cell.end }, mine });
  }
  return out;
}

function judgeCarried(d: CarriedData, self: AcrossSelf, related: readonly ReportSummary[], report: (f: ReportInput) => void): void {
  const prev = previousOf(self, related);
  if (!prev?.carriedToNext) return;
  for (const { col, name, cell, mine } of d) {
    const theirs = prev.carriedToNext[col];
    if (theirs === undefined || mine === theirs) continue;
    report({
      start: cell.start,
      end: cell.end,
      message: `“${name}”：上年结转 ${mine}，但 ${prev.year} 年度报告（${prev.path}）结转下年度为 ${theirs}`,
      messageEn: `“${name}”: carried over ${mine}, but the ${prev.year} report (${prev.path}) carried ${theirs} to the next year`,
    });
  }
}
