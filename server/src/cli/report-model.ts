// What the batch reports (--report out.html / out.csv) show of a run, computed once from the
// FileResults so that the HTML page and the CSV list always agree with each other and with
// the JSON output. Pure: no files, no clock.
import type { FormatId, RuleInfo, Severity } from '../core';
import { inputTypeOf } from './input';
import type { FileResult } from './output';

/** The kind of file a draft came in, by its extension: 文本 (.md/.txt…), Word 文档 (.docx), 网页 (.html/.htm), PDF 文件 (.pdf). */
export function fileTypeZh(file: string): string {
  const t = inputTypeOf(file);
  return t === 'docx' ? 'Word 文档' : t === 'html' ? '网页' : t === 'pdf' ? 'PDF 文件' : '文本';
}

/** True when the batch holds a Word or web file (the CSV then gets its type and source columns). */
export function hasConvertedFiles(files: readonly FileResult[]): boolean {
  return files.some((f) => inputTypeOf(f.path) !== 'text');
}

export type ReportFormat = 'html' | 'csv';

/** The report format named by the file's extension: .html/.htm or .csv, else undefined. */
export function reportFormatOf(file: string): ReportFormat | undefined {
  const m = /\.(html?|csv)$/i.exec(file);
  if (!m) return undefined;
  return m[1].toLowerCase() === 'csv' ? 'csv' : 'html';
}

export const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告', info: '信息', hint: '提示' };
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

const KIND_ZH: Record<FormatId, string> = {
  'gov-info-2021': '政府信息公开年报（2021 年格式）',
  'gov-info-2019': '政府信息公开年报（2019 年格式）',
  'gov-info-2008': '政府信息公开年报（2008 年条例）',
  'rule-of-law': '法治政府建设年报',
};

export function kindZh(kind: FormatId | null): string {
  return kind === null ? '' : (KIND_ZH[kind] ?? kind);
}

/**
 * pass: a report with no error-level finding; fail: at least one; unreadable: the file could
 * not be read; not-report: not an annual report, so nothing was checked.
 */
export type Verdict = 'pass' | 'fail' | 'unreadable' | 'not-report';

export const VERDICT_ZH: Record<Verdict, string> = { pass: '通过', fail: '未通过', unreadable: '无法读取', 'not-report': '非年度报告' };

export interface FileSummary {
  file: FileResult;
  counts: Record<Severity, number>;
  verdict: Verdict;
}

export function summarizeFile(file: FileResult): FileSummary {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const d of file.diagnostics) counts[d.severity]++;
  const verdict: Verdict = file.error !== undefined ? 'unreadable' : file.kind === null ? 'not-report' : counts.error > 0 ? 'fail' : 'pass';
  return { file, counts, verdict };
}

export interface RuleCount {
  rule: string;
  /** Chinese title from the registry; the id itself for an unknown rule. */
  title: string;
  counts: Record<Severity, number>;
  total: number;
}

/** Findings per rule, most frequent first (registry order among equals). */
export function countByRule(files: readonly FileResult[], rules: readonly RuleInfo[]): RuleCount[] {
  const order = new Map(rules.map((r, i) => [r.id, i]));
  const titles = new Map(rules.map((r) => [r.id, r.title.zh]));
  const byRule = new Map<string, RuleCount>();
  for (const f of files) {
    for (const d of f.diagnostics) {
      let c = byRule.get(d.rule);
      if (!c) {
        c = { rule: d.rule, title: titles.get(d.rule) ?? d.rule, counts: { error: 0, warning: 0, info: 0, hint: 0 }, total: 0 };
        byRule.set(d.rule, c);
      }
      c.counts[d.severity]++;
      c.total++;
    }
  }
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...byRule.values()].sort((a, b) => b.total - a.total || rank(a.rule) - rank(b.rule) || a.rule.localeCompare(b.rule));
}

export interface ReportOptions {
  /** GovReport's version, shown in the footer. */
  version: string;
  /** The rule registry, for titles and descriptions. */
  rules: readonly RuleInfo[];
  /** When the report was made (a parameter so that tests are reproducible). */
  generatedAt: Date;
}

/** `2024-01-25 09:05`, local time. */
export function formatTimestamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
