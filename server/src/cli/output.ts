// The three output formats. Pure functions of the results, so they are tested
// without files or processes; main.ts only writes what they return.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FormatId, RuleInfo, Severity } from '../core';
import { ruleKinds } from '../core';
import { describeSource, SourceRef } from './input/html-to-draft';
import type { Lang } from './args';

/** One finding located by 1-based line and column (UTF-16 code units); end is exclusive. */
export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  /** The English message (the core's messageEn), for --lang en; not part of the JSON keys. */
  messageEn?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** For a Word or web file: where the finding is in the original (paragraph, or table cell). */
  source?: SourceRef;
}

export interface FileResult {
  /** As shown to the user: relative to the cwd when given so, native separators. */
  path: string;
  kind: FormatId | null;
  year: number | null;
  /**
   * The issuing body as the core read it (for --report). Not part of the JSON output, whose
   * keys cli.md fixes; formatJson() lists its keys explicitly.
   */
  issuer?: string | null;
  diagnostics: Diagnostic[];
  /** Set when the file could not be read; then kind is null and there are no diagnostics. */
  error?: string;
  /** For a readable file with kind null: why it is not taken for a report (detection's reason). */
  reason?: string;
  /** The reason in English (--lang en); not part of the JSON keys. */
  reasonEn?: string;
  /** A command-line path that matched no file (with `error` set); not part of the JSON keys. */
  unmatched?: boolean;
}

/** A readable file that was not checked because it is not a report (unreadable files are counted apart). */
export function isSkipped(f: FileResult): boolean {
  return f.kind === null && f.error === undefined;
}

/** The bilingual note for a skipped file, shared by the text and SARIF output (English alone with --lang en). */
export function skippedMessage(f: FileResult, lang: Lang = 'zh'): string {
  if (lang === 'en') return `not checked: not an annual report${f.reason ? ` (${oneLine(f.reason)})` : ''}`;
  const reason = f.reason ? `（${oneLine(f.reason)}）` : '';
  return `未检查：不是年度报告${reason} (not checked: not an annual report)`;
}

export interface Summary {
  files: number;
  reports: number;
  /** Readable files that are not reports, so were not checked. */
  skipped: number;
  unreadable: number;
  /** Command-line paths that matched no file (counted apart from files and unreadable files). */
  unmatched: number;
  counts: Record<Severity, number>;
}

export function summarize(files: readonly FileResult[]): Summary {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let reports = 0;
  let skipped = 0;
  let unreadable = 0;
  let unmatched = 0;
  for (const f of files) {
    if (f.unmatched === true) {
      unmatched++;
      continue;
    }
    if (f.error !== undefined) unreadable++;
    if (isSkipped(f)) skipped++;
    if (f.kind !== null) reports++;
    for (const d of f.diagnostics) counts[d.severity]++;
  }
  return { files: files.length - unmatched, reports, skipped, unreadable, unmatched, counts };
}

/** Messages are one line in text output, whatever a rule put in them. */
function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * The summary line, e.g. `检查 5 个文件：3 个报告，2 个不是报告（未检查）；2 个错误，4 个警告，1 个信息，0 个提示`.
 * The skipped and unreadable parts appear only when not zero.
 */
export function summaryLine(s: Summary, fixesApplied?: number, lang: Lang = 'zh'): string {
  if (lang === 'en') return summaryLineEn(s, fixesApplied);
  let line = `检查 ${s.files} 个文件：${s.reports} 个报告`;
  if (s.skipped > 0) line += `，${s.skipped} 个不是报告（未检查）`;
  if (s.unreadable > 0) line += `，${s.unreadable} 个无法读取`;
  if (s.unmatched > 0) line += `，${s.unmatched} 个路径未匹配到文件`;
  line += `；${s.counts.error} 个错误，${s.counts.warning} 个警告，${s.counts.info} 个信息，${s.counts.hint} 个提示`;
  if (fixesApplied !== undefined) line += `；已修复 ${fixesApplied} 处`;
  return line;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The summary line in English: `Checked 5 files: 3 reports, 2 not reports (not checked); 2 errors, 4 warnings, 1 info, 0 hints`. */
function summaryLineEn(s: Summary, fixesApplied?: number): string {
  let line = `Checked ${plural(s.files, 'file')}: ${plural(s.reports, 'report')}`;
  if (s.skipped > 0) line += `, ${s.skipped} not ${s.skipped === 1 ? 'a report' : 'reports'} (not checked)`;
  if (s.unreadable > 0) line += `, ${s.unreadable} unreadable`;
  if (s.unmatched > 0) line += `, ${plural(s.unmatched, 'path')} matched no file`;
  line += `; ${plural(s.counts.error, 'error')}, ${plural(s.counts.warning, 'warning')}, ${s.counts.info} info, ${plural(s.counts.hint, 'hint')}`;
  if (fixesApplied !== undefined) line += `; ${plural(fixesApplied, 'fix', 'fixes')} applied`;
  return line;
}

/** A result in English (--lang en): each message and the not-a-report reason in English where the core has it. */
export function inEnglish(f: FileResult): FileResult {
  return {
    ...f,
    diagnostics: f.diagnostics.map((d) => (d.messageEn ? { ...d, message: d.messageEn } : d)),
    ...(f.reasonEn !== undefined ? { reason: f.reasonEn } : {}),
  };
}

/** Only the error-level findings (--quiet). */
export function errorsOnly(f: FileResult): FileResult {
  return f.diagnostics.every((d) => d.severity === 'error') ? f : { ...f, diagnostics: f.diagnostics.filter((d) => d.severity === 'error') };
}

/** `path:line:column  severity  rule-id  message`, one finding a line, then the summary. */
export function formatText(files: readonly FileResult[], fixesApplied?: number): string {
  const lines: string[] = [];
  for (const f of files) {
    for (const d of f.diagnostics) {
      const where = d.source ? ` (${describeSource(d.source)})` : '';
      lines.push(`${f.path}:${d.line}:${d.column}${where}  ${d.severity}  ${d.rule}  ${oneLine(d.message)}`);
    }
  }
  // Every file not checked is named, with the reason, so a report the detection missed is noticed.
  for (const f of files) {
    if (isSkipped(f)) lines.push(`${f.path}  ${skippedMessage(f)}`);
  }
  lines.push(summaryLine(summarize(files), fixesApplied));
  return lines.join('\n') + '\n';
}

/** One file of the JSON output: exactly cli.md's keys, in this order. */
export function jsonFile(f: FileResult): object {
  return jsonFileWith(f, f.diagnostics.map(jsonDiagnostic));
}

/** One diagnostic as the JSON output has it. */
export function jsonDiagnostic(d: Diagnostic): object {
  return {
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    // Additive: a Word or web file's position in the original.
    ...(d.source ? { source: d.source } : {}),
  };
}

/** jsonFile with `diagnostics` given (the stream writes a placeholder there, then the diagnostics one by one). */
export function jsonFileWith(f: FileResult, diagnostics: unknown): object {
  return {
    path: f.path,
    kind: f.kind,
    year: f.year,
    diagnostics,
    ...(f.error !== undefined ? { error: f.error } : {}),
    // Additive to cli.md's keys: why a readable file is not a report.
    ...(isSkipped(f) && f.reason !== undefined ? { reason: f.reason } : {}),
  };
}

/** The stable JSON shape of cli.md: exactly these keys, in this order. */
export function formatJson(files: readonly FileResult[]): string {
  const out = { version: 1, files: files.map(jsonFile) };
  return JSON.stringify(out, null, 2) + '\n';
}

/** SARIF has no info or hint level; both become note. */
export function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/**
 * A SARIF artifact URI: relative paths stay relative (code-scanning services resolve
 * them against the repository root) with forward slashes and each segment
 * percent-encoded; absolute paths become file: URLs.
 */
export function artifactUri(p: string): string {
  if (path.isAbsolute(p)) return pathToFileURL(p).href;
  return p.split(/[\\/]+/).map(encodeURIComponent).join('/');
}

export interface SarifOptions {
  rules: readonly RuleInfo[];
  /**
   * A rule's documentation page, only when a documentation base URL is configured (--doc-url or
   * docUrl in .govreportrc.json); without it the rules carry their help inline and no helpUri,
   * never a file: path of the machine that ran the check.
   */
  helpUri?: (ruleId: string) => string;
  version: string;
  /**
   * The folder relative paths are relative to (the working directory), as a file: URL ending in
   * a slash: relative artifact URIs then name the base %SRCROOT% and the run's originalUriBaseIds
   * says what it is. Absent: relative URIs without a base (resolved by the consumer).
   */
  srcRoot?: string;
  /** The language of the notifications (--lang). */
  lang?: Lang;
}

/** The SARIF base id of relative artifact URIs. */
export const SRCROOT = '%SRCROOT%';

/** A rule's documentation as SARIF help: plain text and Markdown, from the rule's metadata. */
export function sarifHelp(r: RuleInfo): { text: string; markdown: string } {
  const text = `${r.description.zh}\n\n${r.description.en}\n\n依据 Basis: ${r.basis}`;
  const md = [`**${r.title.zh}** (${r.title.en}) — \`${r.id}\``, '', r.description.zh, '', r.description.en, '', `依据 Basis: ${r.basis}`];
  if (r.examples) {
    const fence = (t: string) => ['```text', ...t.split('\n'), '```'];
    md.push('', '错误示例 Wrong:', '', ...fence(r.examples.wrong), '', '正确示例 Right:', '', ...fence(r.examples.right));
    if (r.examples.note) md.push('', r.examples.note);
  }
  return { text, markdown: md.join('\n') };
}

/** The rule descriptors of SARIF's tool.driver.rules. */
export function sarifRules(options: SarifOptions): object[] {
  return options.rules.map((r) => ({
    id: r.id,
    name: r.title.en,
    shortDescription: { text: r.title.zh },
    fullDescription: { text: r.description.zh },
    help: sarifHelp(r),
    ...(options.helpUri ? { helpUri: options.helpUri(r.id) } : {}),
    defaultConfiguration: { level: sarifLevel(r.defaultSeverity) },
    properties: { kinds: ((k) => (k === 'all' ? ['all'] : [...k]))(ruleKinds(r)), basis: r.basis },
  }));
}

/** A SARIF artifactLocation: relative paths name the %SRCROOT% base when the run has one. */
export function artifactLocation(p: string, srcRoot?: string): { uri: string; uriBaseId?: string } {
  const uri = artifactUri(p);
  return srcRoot !== undefined && !path.isAbsolute(p) ? { uri, uriBaseId: SRCROOT } : { uri };
}

/** The run's originalUriBaseIds, when relative paths have a base. */
export function sarifBaseIds(options: SarifOptions): object {
  return options.srcRoot !== undefined ? { originalUriBaseIds: { [SRCROOT]: { uri: options.srcRoot } } } : {};
}

/** The SARIF results of one file; ruleIndex maps a rule id to its index in sarifRules. */
export function sarifFileResults(f: FileResult, ruleIndex: ReadonlyMap<string, number>, srcRoot?: string): object[] {
  return f.diagnostics.map((d) => {
    const index = ruleIndex.get(d.rule);
    return {
      ruleId: d.rule,
      ...(index !== undefined ? { ruleIndex: index } : {}),
      level: sarifLevel(d.severity),
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(f.path, srcRoot),
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
          },
        },
      ],
      // The severity the user configured, which SARIF's three levels blur.
      properties: { severity: d.severity },
    };
  });
}

/** The tool execution notification of a file (unreadable: error; not a report: note), or none. */
export function sarifNotification(f: FileResult, srcRoot?: string, lang?: Lang): object | undefined {
  if (f.error !== undefined) {
    return { level: 'error', message: { text: f.error }, locations: [{ physicalLocation: { artifactLocation: artifactLocation(f.path, srcRoot) } }] };
  }
  if (isSkipped(f)) {
    return { level: 'note', message: { text: skippedMessage(f, lang) }, locations: [{ physicalLocation: { artifactLocation: artifactLocation(f.path, srcRoot) } }] };
  }
  return undefined;
}

export function formatSarif(files: readonly FileResult[], options: SarifOptions): string {
  const ruleIndex = new Map(options.rules.map((r, i) => [r.id, i]));
  const rules = sarifRules(options);
  const results = files.flatMap((f) => sarifFileResults(f, ruleIndex, options.srcRoot));
  const unreadable = files.filter((f) => f.error !== undefined);
  // Files not checked because they are not reports: a note each, which does not make the run fail.
  const skipped = files.filter(isSkipped);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'govreport',
            version: options.version,
            rules,
          },
        },
        ...sarifBaseIds(options),
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: unreadable.length === 0,
            toolExecutionNotifications: [...unreadable, ...skipped].map((f) => sarifNotification(f, options.srcRoot, options.lang)),
          },
        ],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
