// lint(): text → findings. Parses once, detects the format, builds the report model,
// runs the ordered rule registry (surviving a rule that throws), then applies inline
// suppressions and the user's severity settings.
import type { Finding, FormatId, LintOptions, LintResult, ReportSummary, RuleSetting, Settings, Severity } from '../types';
import type { Directive, UnusedDirective } from '../parse/directives';
import { parseDocumentSteps, ParsedDocument } from '../parse/document';
import { buildReportSteps, ReportModel } from '../parse/report';
import { detectKind, Detection } from '../formats/detect';
import { FORMATS, FormatSpec } from '../formats/index';
import { trackedSuppressor } from '../parse/directives';
import { kindReasonEn } from '../formats/kind-reason-en';
import { normalizeSettings } from './settings';
import { RULE_IDS, RULES, ruleById } from '../rules/index';
import { summarizeAnalysis } from './related';
import type { Rule, ReportInput } from '../rules/rule';
import { appliesToFormat } from '../rules/rule';
import { isLazyFix } from './lazy-fix';
import { runSteps } from './steps';
import { ownString } from '../text/own-string';

export interface Analysis {
  doc: ParsedDocument;
  detection: Detection;
  kind: FormatId | null;
  /** Present when kind is not null. */
  format: FormatSpec | null;
  report: ReportModel | null;
  settings: Settings;
  /** Other reports for the across-file rules (empty when linting one text alone). */
  related: readonly ReportSummary[];
}

export function analyze(text: string, options: LintOptions = {}): Analysis {
  return runSteps(analyzeSteps(text, options));
}

/**
 * analyze() in steps — the parse (itself in steps: parseDocumentSteps), the detection, the report
 * model (a step per statutory table) — with a yield between them, where the editor's time-sliced
 * lint may answer other requests or drop a superseded version.
 */
export function* analyzeSteps(text: string, options: LintOptions = {}): Generator<void, Analysis> {
  const settings = normalizeSettings(options.settings ?? {});
  const doc = yield* parseDocumentSteps(text);
  yield;
  const detection = detectKind(doc, settings);
  const format = detection.kind ? FORMATS[detection.kind] : null;
  yield;
  const report = format ? yield* buildReportSteps(format, doc) : null;
  return { doc, detection, kind: detection.kind, format, report, settings, related: options.related ?? [] };
}

function applies(rule: Rule, kind: FormatId | null): boolean {
  // Without a kind only the rules about the detection itself run (kind-unsettled).
  if (!kind) return rule.withoutKind === true;
  return appliesToFormat(rule.formats, FORMATS[kind]);
}

/**
 * Summary of a text for the across-file rules (the editor calls this once per neighbouring file
 * and version). Here rather than in related.ts, which the rules import: related.ts needs no parser.
 */
export function summarize(text: string, path: string): ReportSummary {
  return summarizeAnalysis(analyze(text), path);
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const analysis = analyze(text, options);
  return lintAnalysis(analysis);
}

/** What a lint keeps of its findings. */
export interface LintKeep {
  /**
   * False: findings carry no fix (a caller that prints findings and never applies them; a 20 MB
   * draft's fixes are a few MB kept until the lint ends). Default true.
   */
  fixes?: boolean;
}

export function lintAnalysis(analysis: Analysis, rules: readonly Rule[] = RULES, keep: LintKeep = {}): LintResult {
  return runSteps(lintSteps(analysis, rules, keep));
}

/**
 * The lint of `analysis` as steps, one rule per step (the step's value is the rule id just run),
 * returning the LintResult. The editor drives it in time slices, yielding to other requests
 * between rules and dropping it when the document changed; lintAnalysis() drains it at once.
 */
export function* lintSteps(analysis: Analysis, rules: readonly Rule[] = RULES, keep: LintKeep = {}): Generator<string, LintResult, void> {
  const { doc, kind, settings } = analysis;
  const keepFixes = keep.fixes !== false;
  const result: LintResult = {
    kind, kindSource: analysis.detection.source, kindReason: analysis.detection.reason, kindReasonEn: kindReasonEn(analysis.detection.reason), year: doc.year, issuer: doc.issuer === null ? null : ownString(doc.issuer), findings: [], internalErrors: [],
  };
  if (!kind && !analysis.detection.unsettled) return result;
  const suppress = trackedSuppressor(doc.directives.directives, doc.lines.lineCount);
  const silenced = suppress.silenced;
  const len = doc.text.length;
  for (const rule of rules) {
    const setting = settings.rules[rule.id];
    if (setting === 'off' || !applies(rule, kind)) continue;
    const found: Finding[] = [];
    try {
      rule.check({
        analysis,
        ruleIds: RULE_IDS,
        report(f: ReportInput) {
          const finding = findingOf(rule, setting, f, len);
          if (!rule.notSilenced && silenced(rule.id, doc.lines.lineAt(finding.start))) return;
          if (keepFixes && f.fix) {
            if (isLazyFix(f.fix)) finding.fix = f.fix;
            else if (f.fix.edits.every((e) => e.start >= 0 && e.end >= e.start && e.end <= len)) finding.fix = f.fix;
          }
          if (f.related?.length) finding.related = f.related.filter((r) => r.start >= 0 && r.end >= r.start && r.end <= len);
          found.push(finding);
        },
      });
    } catch (e) {
      result.internalErrors.push({ rule: rule.id, message: e instanceof Error ? e.message : String(e) });
      yield rule.id;
      continue;
    }
    result.findings.push(...found);
    yield rule.id;
  }
  if (settings.reportUnusedDisableDirectives && settings.rules[UNUSED] !== 'off' && rules.some((r) => r.id === UNUSED)) {
    for (const f of unusedDirectiveFindings(suppress.unused(), settings.rules[UNUSED])) {
      if (!keepFixes) delete f.fix;
      result.findings.push(f);
    }
  }
  result.findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return result;
}

/**
 * What a rule reported as a finding, as the engine validates it: a message, the range clamped to
 * the text (`len` long), the severity the settings give (else the rule's own). Shared by lintSteps
 * and the across-file rules' judges (engine/across.ts).
 */
export function findingOf(rule: Rule, setting: Severity | undefined, f: ReportInput, len: number): Finding {
  if (typeof f.message !== 'string' || !f.message) throw new Error('finding without a message');
  const start = Math.max(0, Math.min(f.start | 0, len));
  const end = Math.max(start, Math.min(f.end | 0, len));
  const severity = setting ?? f.severity ?? rule.defaultSeverity;
  // (messageEn in the literal, in the same place as when it was added after: a field added to an
  // object after it is made is kept in a property array of its own, 40 bytes more for each of a
  // 20 MB draft's 48,000 findings.)
  return f.messageEn
    ? { rule: rule.id, severity, message: flat(f.message), start, end, messageEn: flat(f.messageEn) }
    : { rule: rule.id, severity, message: flat(f.message), start, end };
}

/**
 * The message as one flat string, shared by every finding with the same message. A message built
 * from pieces (template literals) is a V8 rope of a dozen nodes, several times the size of its
 * characters; reading a character flattens the rope in place. A large draft keeps tens of
 * thousands of findings until they are written, most of them with a message another one has
 * (48,323 findings, 1,412 distinct messages in Chinese and English on a 20 MB draft).
 */
function flat(s: string): string {
  if (typeof s !== 'string') return s;
  s.charCodeAt(0);
  const known = MESSAGES.get(s);
  if (known !== undefined) return known;
  if (MESSAGES.size >= MESSAGES_MAX) MESSAGES.clear();
  // A string of its own: a message that is a slice of the draft would keep the draft alive.
  const own = ownString(s);
  MESSAGES.set(own, own);
  return own;
}

/** The messages seen lately, each kept once (bounded: started again when full). */
const MESSAGES = new Map<string, string>();
const MESSAGES_MAX = 4096;

const UNUSED = 'directive-unused';

/**
 * The directive-unused findings (rules/directive-unused.ts): one per disable directive, or per
 * rule of its list, that silenced nothing. Names that are no rule are left to directive-unknown.
 */
function unusedDirectiveFindings(unused: readonly UnusedDirective[], setting: RuleSetting | undefined): Finding[] {
  const byDirective = new Map<Directive, (string | null)[]>();
  for (const u of unused) {
    if (u.rule !== null && !ruleById(u.rule)) continue;
    const list = byDirective.get(u.directive);
    if (list) list.push(u.rule);
    else byDirective.set(u.directive, [u.rule]);
  }
  const out: Finding[] = [];
  for (const [d, names] of byDirective) {
    const whole = d.rules.length === 0 || d.rules.every((r) => names.includes(r));
    const what = names.every((n) => n === null) ? '' : `（${names.join('、')}）`;
    const whatEn = names.every((n) => n === null) ? '' : ` (${names.join(', ')})`;
    out.push({
      rule: UNUSED,
      severity: setting && setting !== 'off' ? setting : 'warning',
      message: `停用指令没有停用任何问题${what}`,
      messageEn: `unused disable directive: nothing was silenced${whatEn}`,
      start: d.start,
      end: d.end,
      ...(whole ? { fix: { title: '删除不起作用的停用指令', titleEn: 'Remove the unused disable directive', edits: [{ start: d.start, end: d.end, newText: '' }], safe: false } } : {}),
    });
  }
  return out;
}
