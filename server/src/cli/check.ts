// Checks one file: read, decode, lint with the core, optionally fix and write
// back, and convert findings to 1-based positions. Nothing here prints.
import { AcrossData, acrossRanges, analyze, applyFixes, collectAcross, Finding, Fix, judgeAcross, LineMap, lint, lintAnalysis, LintResult, normalizeSettings, relatedExcept, ReportSummary, RULES, selfOfSummary, Settings, summarizeAnalysis } from '../core';
import { canWriteBack, encodeText, Encoding, readTextFile } from './decode';
import type { ConvertedInput } from './input';
import { LineSource, SourceRef, sourceAt } from './input/html-to-draft';
import type { Diagnostic, FileResult } from './output';
import { writeBackIfUnchanged } from './write-back';
import { noteTextSize } from './heap';

/**
 * Fix passes per file. applyFixes skips a fix that overlaps one already taken,
 * and the next lint offers it again; a few passes settle every real case, and the
 * cap keeps two fixes that undo each other from looping forever.
 */
const MAX_FIX_PASSES = 10;

export interface CheckOutcome {
  result: FileResult;
  /** Fixes written to the file (0 unless --fix). */
  fixesApplied: number;
  /** Messages for stderr: why a file was not fixed, rules that threw. */
  notes: string[];
  /** --fix had fixes to write and the write failed (the file changed meanwhile, or an I/O error): exit 2. */
  notFixed?: boolean;
}

type ReadInput =
  | { ok: true; text: string; encoding: Encoding | null; invalid?: number; bytes?: Buffer; map?: LineSource[] }
  | { ok: false; message: string };

/** A text draft read from disk, or a Word/web file already converted (then encoding is null: never written back). */
function readInput(path: string, converted: ConvertedInput | undefined): ReadInput {
  const read: ReadInput = converted === undefined ? readTextFile(path)
    : converted.ok ? { ok: true, text: converted.draft.text, encoding: null, map: converted.draft.map } : converted;
  if (read.ok) noteTextSize(read.text.length);
  return read;
}

/** `lines`: the text's line map when the caller has it (else made here). */
export function toDiagnostics(text: string, findings: readonly Finding[], map?: readonly LineSource[], lines: LineMap = new LineMap(text)): Diagnostic[] {
  // Document order, whatever order the rules ran in; sort is stable for ties.
  const sorted = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.map((f) => {
    const s = lines.positionAt(f.start);
    const e = lines.positionAt(Math.max(f.start, f.end));
    return diagnosticOf(f, s, e, map ? sourceAt(map, s.line, s.character) : undefined);
  });
}

type Position = { line: number; character: number };

/** One finding as the CLI prints it: 1-based line and column, the source place of a converted file. */
function diagnosticOf(f: Finding, s: Position, e: Position, source: SourceRef | undefined): Diagnostic {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    ...(f.messageEn ? { messageEn: f.messageEn } : {}),
    line: s.line + 1,
    column: s.character + 1,
    endLine: e.line + 1,
    endColumn: e.character + 1,
    ...(source ? { source } : {}),
  };
}

function safeFixes(findings: readonly Finding[]): Fix[] {
  return findings.flatMap((f) => (f.fix && f.fix.safe === true ? [f.fix] : []));
}

/** Applies safe fixes until none is left (or the pass cap is hit). Pure. */
export function fixText(text: string, first: LintResult, settings: Partial<Settings>, related: readonly ReportSummary[] = []): { text: string; lint: LintResult; applied: number } {
  let current = text;
  let result = first;
  let applied = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = safeFixes(result.findings);
    if (fixes.length === 0) break;
    const r = applyFixes(current, fixes);
    if (r.applied === 0 || r.text === current) break;
    applied += r.applied;
    current = r.text;
    result = lint(current, { settings, related });
  }
  return { text: current, lint: result, applied };
}

/** A file checked on its own (no other reports to compare with), and its summary from the same analysis. */
export interface AloneOutcome {
  outcome: CheckOutcome;
  /** Null when the file is not a report or could not be read. */
  summary: ReportSummary | null;
  /**
   * Pass two may run the across-file rules alone and merge (checkAcross, mergeAcross): the text
   * has no disable directive (whose use directive-unused reports over every rule) and no rule threw.
   */
  acrossOnly?: boolean;
  /**
   * What the across-file rules need of this file, collected from pass one's analysis, with the
   * positions of every range they may report: pass two judges from it without analysing the
   * file again (judgeAgain). Absent when acrossOnly is not set or collecting failed.
   */
  across?: { data: AcrossData; positions: AcrossPositions };
}

/**
 * The 0-based line and character of each offset the across-file rules may report, as triplets
 * (offset, line, character) in one typed array (a batch keeps one per file until its output), and
 * each one's place in a Word or web original when the file has one.
 */
interface AcrossPositions { at: Int32Array; sources?: (SourceRef | undefined)[] }

function positionOf(p: AcrossPositions, offset: number): { line: number; character: number; source?: SourceRef } | undefined {
  for (let i = 0; i < p.at.length; i += 3) {
    if (p.at[i] === offset) return { line: p.at[i + 1], character: p.at[i + 2], source: p.sources?.[i / 3] };
  }
  return undefined;
}

/**
 * Pass one of a batch: each file is read, analysed and linted once, without the other reports,
 * and summarised from that same analysis for the across-file rules. Only a file that turns out
 * to have a report to compare with (previousOf), or that is to be fixed, is checked again.
 */
export function checkAlone(path: string, settings: Partial<Settings>, converted?: ConvertedInput): AloneOutcome {
  const notes: string[] = [];
  const read = readInput(path, converted);
  if (!read.ok) {
    return { outcome: { result: { path, kind: null, year: null, diagnostics: [], error: read.message }, fixesApplied: 0, notes }, summary: null };
  }
  if (read.encoding === 'utf-8-lossy') notes.push(lossyNote(path, read.invalid));
  // Pass one writes nothing: the file's bytes (as large as the text) are not kept while it is linted.
  read.bytes = undefined;
  const { result, lines, ...rest } = lintAlone(path, read, settings);
  // The analysis is unreachable here (the draft's model, the rules' caches): a very large draft's
  // diagnostics are made without it in memory.
  return { outcome: finish(path, read.text, result, 0, notes, false, read.map, lines), ...rest };
}

/**
 * checkAlone's analysis, lint, summary and across-file data. Only these leave it: the findings
 * without their fixes (pass one writes nothing, and a lazy fix may hold the analysis), and the
 * text's line map.
 */
function lintAlone(path: string, read: { text: string; map?: LineSource[] }, settings: Partial<Settings>): Omit<AloneOutcome, 'outcome'> & { result: LintResult; lines: LineMap } {
  const analysis = analyze(read.text, { settings });
  const result = lintAnalysis(analysis, RULES, { fixes: false });
  let summary: ReportSummary | null = null;
  try {
    summary = analysis.kind === null ? null : summarizeAnalysis(analysis, path);
  } catch {
    // A file the core cannot summarise is still checked and reported on its own.
  }
  const acrossOnly = analysis.doc.directives.directives.length === 0 && result.internalErrors.length === 0;
  let across: AloneOutcome['across'];
  // Pass two compares a report only by its kind, year and issuer: without them it is never judged.
  if (summary !== null && acrossOnly && summary.kind !== null && summary.year !== null && summary.issuer !== null) {
    try {
      const data = collectAcross(analysis);
      const offsets: number[] = [];
      const len = read.text.length;
      // As lint clamps a finding's range and toDiagnostics places its end.
      for (const r of acrossRanges(data)) {
        const start = Math.max(0, Math.min(r.start | 0, len));
        offsets.push(start, Math.max(start, Math.min(r.end | 0, len)));
      }
      const unique = [...new Set(offsets)];
      const at = new Int32Array(unique.length * 3);
      const sources: (SourceRef | undefined)[] | undefined = read.map ? [] : undefined;
      unique.forEach((offset, i) => {
        const p = analysis.doc.lines.positionAt(offset);
        at.set([offset, p.line, p.character], i * 3);
        if (sources) sources.push(sourceAt(read.map!, p.line, p.character));
      });
      across = { data, positions: sources ? { at, sources } : { at } };
    } catch {
      // Pass two then analyses the file again (checkAcross).
    }
  }
  return { result, lines: analysis.doc.lines, summary, acrossOnly, ...(across ? { across } : {}) };
}

/**
 * Pass two of a file from pass one's collected data alone (AloneOutcome.across): the across-file
 * rules judged with the other reports, their diagnostics added to pass one's. The same outcome as
 * checking the file whole with the others. Undefined when the data cannot give it (a judge threw,
 * or reported a range it did not collect): then the file is checked again the old way.
 */
export function judgeAgain(path: string, first: AloneOutcome, settings: Partial<Settings>, related: readonly ReportSummary[]): CheckOutcome | undefined {
  if (!first.across || !first.summary) return undefined;
  const { data, positions } = first.across;
  const judged = judgeAcross(data, selfOfSummary(first.summary), normalizeSettings(settings), relatedExcept(related, path));
  if (judged.internalErrors.length > 0) return undefined;
  const across: Diagnostic[] = [];
  for (const f of judged.findings) {
    const s = positionOf(positions, f.start);
    const e = positionOf(positions, Math.max(f.start, f.end));
    if (!s || !e) return undefined;
    across.push(diagnosticOf(f, s, e, s.source));
  }
  return addAcross(first.outcome, across);
}

/** Pass one's outcome with pass two's judged diagnostics added, in the order mergeAcross sorts them. */
function addAcross(first: CheckOutcome, across: readonly Diagnostic[]): CheckOutcome {
  if (across.length === 0) return first;
  const diagnostics = first.result.diagnostics.concat(across).sort(byPosition);
  return { ...first, result: { ...first.result, diagnostics } };
}

const byPosition = (a: Diagnostic, b: Diagnostic) => a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || a.rule.localeCompare(b.rule);

/** The rules that read the other reports (Rule.acrossFiles): all that pass two needs to run again. */
const ACROSS_RULES = RULES.filter((r) => r.acrossFiles === true);
const ACROSS_IDS = new Set(ACROSS_RULES.map((r) => r.id));

/**
 * Pass two of a file whose pass one allows it (AloneOutcome.acrossOnly): the text analysed again
 * with the other reports, and only the across-file rules run. Their diagnostics are to be merged
 * into pass one's outcome (mergeAcross). `full` instead when a directive turns up or a rule throws:
 * then the file is checked whole, exactly as checkFile does.
 */
export function checkAcross(path: string, settings: Partial<Settings>, related: readonly ReportSummary[], converted?: ConvertedInput): { across: Diagnostic[] } | { full: CheckOutcome } {
  const read = readInput(path, converted);
  if (!read.ok) return { full: checkFile(path, settings, false, related, converted) };
  const analysis = analyze(read.text, { settings, related: relatedExcept(related, path) });
  if (analysis.doc.directives.directives.length === 0) {
    const result = lintAnalysis(analysis, ACROSS_RULES, { fixes: false });
    if (result.internalErrors.length === 0) return { across: toDiagnostics(read.text, result.findings, read.map) };
  }
  return { full: checkFile(path, settings, false, related, converted) };
}

/**
 * Pass one's outcome with the across-file rules' diagnostics replaced by pass two's: the same
 * result as checking the file whole with the other reports. Diagnostics are in document order
 * (line, column, end), ties by rule id, as lint sorts findings; positions are one-to-one with
 * offsets, so the order is the one a whole check gives.
 */
export function mergeAcross(first: CheckOutcome, across: readonly Diagnostic[]): CheckOutcome {
  const kept = first.result.diagnostics.filter((d) => !ACROSS_IDS.has(d.rule));
  if (across.length === 0 && kept.length === first.result.diagnostics.length) return first;
  const diagnostics = kept.concat(across).sort(byPosition);
  return { ...first, result: { ...first.result, diagnostics } };
}

function lossyNote(path: string, invalid: number | undefined): string {
  return `${path}: 含 ${invalid} 处无效的 UTF-8 字节，已按 U+FFFD 读取 (${invalid} invalid UTF-8 sequence(s) read as U+FFFD)`;
}

function finish(path: string, text: string, result: LintResult, fixesApplied: number, notes: string[], notFixed: boolean, map?: readonly LineSource[], lines?: LineMap): CheckOutcome {
  for (const e of result.internalErrors) {
    notes.push(`${path}: 规则 ${e.rule} 内部错误，已跳过 (internal error in rule ${e.rule}: ${e.message})`);
  }
  return {
    result: {
      path, kind: result.kind, year: result.year, issuer: result.issuer, diagnostics: toDiagnostics(text, result.findings, map, lines),
      ...(result.kind === null ? { reason: result.kindReason ?? '未识别为年度报告', reasonEn: result.kindReasonEn ?? 'not recognised as an annual report' } : {}),
    },
    fixesApplied,
    notes,
    notFixed,
  };
}

export function checkFile(path: string, settings: Partial<Settings>, fix: boolean, related: readonly ReportSummary[] = [], converted?: ConvertedInput): CheckOutcome {
  const notes: string[] = [];
  const read = readInput(path, converted);
  if (!read.ok) {
    return { result: { path, kind: null, year: null, diagnostics: [], error: read.message }, fixesApplied: 0, notes };
  }
  let text = read.text;
  if (read.encoding === 'utf-8-lossy') notes.push(lossyNote(path, read.invalid));
  // The file's bytes are compared before a write-back only: without --fix, not kept while checking.
  if (!fix) read.bytes = undefined;
  let notFixed = false;
  const others = relatedExcept(related, path);
  let { result, lines } = lintKeepingLines(text, settings, others, fix);
  let fixesApplied = 0;
  if (fix && read.encoding === null) {
    notes.push(`${path}: 未修复：不写回 Word、网页或 PDF 文件，请在原文件中修改 (not fixed: Word, web and PDF files are never written back; edit the original)`);
  } else if (fix && read.encoding !== null && read.bytes !== undefined && safeFixes(result.findings).length > 0) {
    if (!canWriteBack(read.encoding)) {
      notes.push(read.encoding === 'utf-8-lossy'
        ? `${path}: 未修复：文件含无效的 UTF-8 字节，写回会改变它们 (not fixed: the file has invalid UTF-8 bytes that writing would change)`
        : `${path}: 未修复：只写回 UTF-8 文件，此文件为 ${encodingName(read.encoding)} (not fixed: only UTF-8 files are written back)`);
    } else {
      const fixed = fixText(text, result, settings, others);
      if (fixed.applied > 0) {
        const written = writeBackIfUnchanged(path, read.bytes, encodeText(fixed.text, read.encoding));
        if (written.written) {
          // Report what is left in the file as it now is.
          text = fixed.text;
          result = fixed.lint;
          lines = undefined;
          fixesApplied = fixed.applied;
        } else {
          notFixed = true;
          notes.push(`${path}: 未修复：${written.reason} (not fixed)`);
        }
      }
    }
  }
  return finish(path, text, result, fixesApplied, notes, notFixed, read.map, lines);
}

/**
 * lint() with the text's line map kept for the diagnostics (the analysis itself is not kept); the
 * findings' fixes only when they are to be applied.
 */
function lintKeepingLines(text: string, settings: Partial<Settings>, related: readonly ReportSummary[], fixes: boolean): { result: LintResult; lines: LineMap | undefined } {
  const analysis = analyze(text, { settings, related });
  return { result: lintAnalysis(analysis, RULES, { fixes }), lines: analysis.doc.lines };
}

function encodingName(e: Encoding): string {
  return e === 'gb18030' ? 'GB18030' : e === 'big5' ? 'Big5' : e === 'utf-16le' ? 'UTF-16LE' : e === 'utf-16be' ? 'UTF-16BE' : e === 'utf-8-lossy' ? 'UTF-8（含无效字节）' : 'UTF-8';
}
