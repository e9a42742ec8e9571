// The across-file rules in two parts (Rule.across): what a file gives them, collected from its one
// analysis (a batch's pass one), and their findings judged later from that and the other reports'
// summaries (pass two), without analysing the file again. The findings are the ones lint() gives
// with the related reports less the ones it gives without them (which pass one already has).
import type { Finding, FormatId, ReportSummary, Settings, Severity } from '../types';
import { Analysis, findingOf } from './lint';
import type { AcrossSelf, ReportInput, Rule } from '../rules/rule';
import { appliesToFormat } from '../rules/rule';
import { RULES } from '../rules/index';
import { FORMATS } from '../formats/index';
export { selfOfAnalysis, selfOfSummary } from './related';

/** What pass one keeps of a file for the across-file rules: its length and each rule's data. */
export interface AcrossData {
  /** The text's length (findings are clamped to it, as lint clamps them). */
  length: number;
  /** Rule id → its collected data (rules that collected nothing left out). */
  rules: Record<string, unknown>;
}

const ACROSS: readonly Rule[] = RULES.filter((r) => r.across !== undefined);

function applies(rule: Rule, kind: FormatId | null, settings: Settings): boolean {
  return kind !== null && settings.rules[rule.id] !== 'off' && appliesToFormat(rule.formats, FORMATS[kind]);
}

/** Pass one: every applicable across-file rule's data of this analysis. Throws when a rule's collect does. */
export function collectAcross(a: Analysis): AcrossData {
  const rules: Record<string, unknown> = {};
  for (const rule of ACROSS) {
    if (!applies(rule, a.kind, a.settings)) continue;
    const d = rule.across!.collect(a);
    if (d !== null) rules[rule.id] = d;
  }
  return { length: a.doc.text.length, rules };
}

/** Every `{ start, end }` object in collected data: the ranges a judge may report. */
export function acrossRanges(data: AcrossData): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown, depth: number): void => {
    if (v === null || typeof v !== 'object' || depth > 8 || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') out.push({ start: o.start, end: o.end });
    for (const k of Object.keys(o)) walk(o[k], depth + 1);
  };
  walk(data.rules, 0);
  return out;
}

/**
 * Pass two: the judges' findings (clamped, with severities, in document order as lint sorts them)
 * and the rules that threw. `settings` normalised; `related`: the other reports.
 */
export function judgeAcross(data: AcrossData, self: AcrossSelf, settings: Settings, related: readonly ReportSummary[]): { findings: Finding[]; internalErrors: { rule: string; message: string }[] } {
  const findings: Finding[] = [];
  const internalErrors: { rule: string; message: string }[] = [];
  const len = data.length;
  for (const rule of ACROSS) {
    if (!applies(rule, self.kind, settings) || !(rule.id in data.rules)) continue;
    // applies() has left out the rules set to 'off'.
    const setting = settings.rules[rule.id] as Severity | undefined;
    const found: Finding[] = [];
    try {
      rule.across!.judge(data.rules[rule.id], self, related, (f: ReportInput) => found.push(findingOf(rule, setting, f, len)));
    } catch (e) {
      internalErrors.push({ rule: rule.id, message: e instanceof Error ? e.message : String(e) });
      continue;
    }
    findings.push(...found);
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return { findings, internalErrors };
}
