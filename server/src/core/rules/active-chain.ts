// 表二 chained with the same issuer's report for the year before. 2021 format (第二十条第（一）项):
// 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数, row by row (规章, 行政规范性
// 文件). 2019 format (第（五）（六）（八）项): 上一年项目数量 = last year's 上一年项目数量 + 本年增/减.
// Counts can also change by expiry or re-counting, so the rule is an info and is silent when the
// prose speaks of a clean-up (清理, 废止, 失效 …).
import type { AcrossSelf, ReportInput, Rule } from './rule';
import type { Analysis } from '../engine/lint';
import type { ReportSummary } from '../types';
import { figureValue, previousOf, previousReport } from '../engine/related';
import { selfOfAnalysis } from '../engine/related';
import { cellInt } from '../engine/constraints';

/** Prose words that explain a change of the in-force count other than by this year's issues/repeals. */
const CLEANUP = /清理|废止|失效|宣布无效|有效期|修订|修改|整合|合并|重新统计|口径/;

function proseExplainsCleanup(lines: { lineCount: number; lineText(l: number): string }, tableLines: Set<number>): boolean {
  for (let l = 0; l < lines.lineCount; l++) {
    if (tableLines.has(l)) continue;
    if (CLEANUP.test(lines.lineText(l))) return true;
  }
  return false;
}

export const activeChain: Rule = {
  id: 'active-chain',
  acrossFiles: true,
  formats: { family: 'gov-info', since: 2019 },
  defaultSeverity: 'info',
  title: { zh: '表二与上年报告不衔接', en: 'Table 2 does not chain with last year\'s report' },
  description: {
    zh: '2021 年格式表二：现行有效件数应等于同一机关上一年度报告的现行有效件数加本年制发件数、减本年废止件数（规章、行政规范性文件逐行）。2019 年格式表二：“上一年项目数量”应等于上一年度报告的“上一年项目数量”加“本年增/减”。只比较同一格式的两份报告；正文说明了清理、废止、失效等情况时不报告。编辑器在同一工作区文件夹、命令行在同一次检查的文件中查找上一年度报告。',
    en: '2021 format table 2: the in-force count should equal last year\'s in-force count plus this year\'s issued minus repealed (rules and normative documents). 2019 format: "last year\'s number of items" should equal last year\'s report\'s number plus its change. Silent when the prose mentions a clean-up, repeal or expiry.',
  },
  basis: '政府信息公开工作年度报告格式表二（国办公开办函〔2019〕60号、〔2021〕30号）',
  examples: {
    wrong: [
      '2022 年度报告，表二：规章 | 本年制发 1 | 本年废止 0 | 现行有效 12',
      '2023 年度报告（同一机关），表二：规章 | 本年制发 2 | 本年废止 0 | 现行有效 12',
    ].join('\n'),
    right: [
      '2022 年度报告，表二：规章 | 本年制发 1 | 本年废止 0 | 现行有效 12',
      '2023 年度报告（同一机关），表二：规章 | 本年制发 2 | 本年废止 0 | 现行有效 14',
    ].join('\n'),
    note: '12 + 2 − 0 = 14；若差异来自文件清理或失效，应在正文中说明。',
  },
  across: {
    collect: collectActive,
    judge: (d, self, related, report) => judgeActive(d as ActiveData, self, related, report),
  },
  check(ctx) {
    const a = ctx.analysis;
    const prev = previousReport(a);
    if (!prev?.figures || prev.kind !== a.kind) return;
    const d = collectActive(a);
    if (d) judgeActive(d, selfOfAnalysis(a), a.related, (f) => ctx.report(f));
  },
};

type Range = { start: number; end: number };
/** 表二's rows as the rule compares them: the 2021 form's in-force counts or the 2019 form's last-year numbers. */
interface ActiveData {
  form: '2021' | '2019';
  rows: { rowId: string; name: string; cell: Range; mine: number; issued?: number; repealed?: number }[];
  /** The prose speaks of a clean-up (the rule is then silent). */
  cleanup: boolean;
}

function collectActive(a: Analysis): ActiveData | null {
  const t = a.report?.tables.get('active');
  if (!t) return null;
  const rowsById = new Map(t.rows.filter((r) => r.rowId && !r.inferred).map((r) => [r.rowId!, r]));
  const has = (id: string) => t.spec.kind === 'blocks' && t.spec.blocks?.some((b) => b.columns.some((c) => c.id === id));
  const rows: ActiveData['rows'] = [];
  let form: ActiveData['form'];
  if (has('inForce') && has('issued') && has('repealed')) {
    form = '2021';
    for (const [rowId, name] of [['rules', '规章'], ['normative', '行政规范性文件']] as const) {
      const row = rowsById.get(rowId);
      const cell = row?.values.get('inForce');
      const mine = cellInt(cell);
      const issued = cellInt(row?.values.get('issued'));
      const repealed = cellInt(row?.values.get('repealed'));
      if (!cell || mine === null || issued === null || repealed === null) continue;
      rows.push({ rowId, name, cell: { start: cell.start, end: cell.end }, mine, issued, repealed });
    }
  } else if (has('lastYear') && has('change')) {
    form = '2019';
    for (const row of rowsById.values()) {
      const cell = row.values.get('lastYear');
      const mine = cellInt(cell);
      if (!cell || mine === null) continue;
      rows.push({ rowId: row.rowId!, name: row.label, cell: { start: cell.start, end: cell.end }, mine });
    }
  } else return null;
  if (rows.length === 0) return null;
  return { form, rows, cleanup: proseExplainsCleanup(a.doc.lines, a.doc.tableLines) };
}

function judgeActive(d: ActiveData, self: AcrossSelf, related: readonly ReportSummary[], report: (f: ReportInput) => void): void {
  const prev = previousOf(self, related);
  if (!prev?.figures || prev.kind !== self.kind) return;
  const theirs = prev.figures;
  const findings: { cell: Range; zh: string; en: string }[] = [];
  for (const r of d.rows) {
    const { cell, mine } = r;
    if (d.form === '2021') {
      const issued = r.issued!;
      const repealed = r.repealed!;
      const before = figureValue(theirs, `active.${r.rowId}.inForce`);
      if (before === undefined) continue;
      const want = before + issued - repealed;
      if (want === mine || want < 0) continue;
      findings.push({
        cell,
        zh: `“${r.name}”现行有效件数为 ${mine}，但按 ${prev.year} 年度报告（${prev.path}）的 ${before} 件加本年制发 ${issued} 件、减本年废止 ${repealed} 件应为 ${want}；如有清理、失效等情况，宜在正文中说明`,
        en: `“${r.name}”: ${mine} in force, but the ${prev.year} report (${prev.path}) had ${before}; plus ${issued} issued minus ${repealed} repealed gives ${want}`,
      });
    } else {
      const before = figureValue(theirs, `active.${r.rowId}.lastYear`);
      const change = figureValue(theirs, `active.${r.rowId}.change`);
      if (before === undefined || change === undefined) continue;
      const want = before + change;
      if (want === mine || want < 0) continue;
      findings.push({
        cell,
        zh: `“${r.name}”上一年项目数量为 ${mine}，但 ${prev.year} 年度报告（${prev.path}）为 ${before}、本年增/减 ${change >= 0 ? '+' : ''}${change}，即 ${want}`,
        en: `“${r.name}”: last year's number ${mine}, but the ${prev.year} report (${prev.path}) gives ${before} with a change of ${change}, i.e. ${want}`,
      });
    }
  }
  if (findings.length === 0 || d.cleanup) return;
  for (const f of findings) report({ start: f.cell.start, end: f.cell.end, message: f.zh, messageEn: f.en });
}
