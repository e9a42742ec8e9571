// Summaries of reports for the across-file rules: a draft is compared with the same issuer's
// report for the year before (R5: 上年结转 = last year's 结转下年度; and 内容雷同). The core
// reads no files: the server and the CLI summarise the texts they have and pass the summaries.
import type { ReportSummary } from '../types';
import type { Analysis } from './lint';
import type { StatTable, TableRow } from '../parse/interpret-table';
import { analyze } from './lint';
import { cellInt, findRow } from './constraints';
import { normalize } from '../text/normalize';

/** Prose sentences shorter than this (after normalising) are boilerplate-sized and not compared. */
const MIN_SENTENCE = 12;

/** FNV-1a, enough to compare sentences without keeping their text. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36) + s.length.toString(36);
}

/**
 * Normalised prose sentences of a draft (tables, headings and the title left out), with digits
 * removed so that a copied paragraph with this year's figures still counts as copied.
 */
export function proseSentences(a: Analysis, within?: readonly { start: number; end: number }[]): string[] {
  const skip = new Set<number>(a.doc.tableLines);
  for (const h of a.doc.headings) if (!h.runIn) skip.add(h.line);
  if (a.doc.title) skip.add(a.doc.title.line);
  const out: string[] = [];
  for (let line = 0; line < a.doc.lines.lineCount; line++) {
    if (skip.has(line)) continue;
    if (within) {
      const at = a.doc.lines.lineStarts[line];
      if (!within.some((r) => at >= r.start && at < r.end)) continue;
    }
    const text = a.doc.lines.lineText(line);
    if (!text.trim()) continue;
    for (const part of normalize(text).split(/[。；;！？!?]/)) {
      const s = part.replace(/[\d.,，、%％]+/g, '#');
      if (s.replace(/#/g, '').length >= MIN_SENTENCE) out.push(s);
    }
  }
  return out;
}

export function summarizeAnalysis(a: Analysis, path: string): ReportSummary {
  let carriedToNext: Record<string, number> | null = null;
  const t = a.report?.tables.get('applications');
  const row = t ? findRow(t, 'next') : undefined;
  if (row) {
    carriedToNext = {};
    for (const [col, cell] of row.values) {
      const v = cellInt(cell);
      if (v !== null) carriedToNext[col] = v;
    }
  }
  return {
    path,
    kind: a.kind,
    year: a.doc.year,
    issuer: a.doc.issuer ? normalize(a.doc.issuer) : null,
    carriedToNext,
    sentences: a.kind ? proseSentences(a).map(hash) : [],
    figures: tableFigures(a),
    problemSentences: a.kind ? sectionSentences(a, 'problems').map(hash) : [],
  };
}

/** Tables whose figures a summary keeps (表二, 表三, 表四 of the gov-info formats). */
const SUMMARY_TABLES = ['active', 'applications', 'review'];

/**
 * The readable integer figures of the statutory tables, keyed `table.row.column` (row ids are
 * unique within a table, blocks included). Null when the draft has none of these tables.
 */
export function tableFigures(a: Analysis): Record<string, number> | null {
  if (!a.report) return null;
  let out: Record<string, number> | null = null;
  for (const id of SUMMARY_TABLES) {
    const t: StatTable | undefined = a.report.tables.get(id);
    if (!t) continue;
    out ??= {};
    for (const row of t.rows as TableRow[]) {
      if (!row.rowId || row.inferred) continue;
      for (const [col, cell] of row.values) {
        const v = cell.value.type === 'signed' ? cell.value.value : cellInt(cell);
        const key = `${id}.${row.rowId}.${col}`;
        if (v !== null && !(key in out)) out[key] = v;
      }
    }
  }
  return out;
}

/** Prose sentences (as in proseSentences) of one statutory section, e.g. 'problems' (五). */
export function sectionSentences(a: Analysis, sectionId: string): string[] {
  const m = a.report?.sections.get(sectionId);
  if (!m || m.sections.length === 0) return [];
  return proseSentences(a, m.sections.map((s) => ({ start: s.bodyStart, end: s.end })));
}

/** Summary of a text (the CLI and the server call this once per file and version). */
export function summarize(text: string, path: string): ReportSummary {
  return summarizeAnalysis(analyze(text), path);
}

/** The same issuer's report of the same family (gov-info / rule-of-law) for the year before. */
export function previousReport(a: Analysis): ReportSummary | undefined {
  return previousOf({ kind: a.kind, year: a.doc.year, issuer: a.doc.issuer ? normalize(a.doc.issuer) : null }, a.related);
}

/**
 * The report among `others` that the across-file rules compare `self` with: the same issuer
 * (normalised, as in a summary), the same family, the year before. None: those rules are silent.
 */
export function previousOf(self: Pick<ReportSummary, 'kind' | 'year' | 'issuer'>, others: readonly ReportSummary[]): ReportSummary | undefined {
  const { kind, year, issuer } = self;
  if (year === null || !issuer || !kind) return undefined;
  const family = (k: string) => (k === 'rule-of-law' ? k : 'gov-info');
  return others.find((r) => r.issuer === issuer && r.year === year - 1 && r.kind !== null && family(r.kind) === family(kind));
}

/**
 * Reports of the same year and family by ANOTHER (known) issuer: the units whose prose a
 * report could have copied (content-copied). The same issuer's own files are not peers.
 */
export function peersOf(self: Pick<ReportSummary, 'kind' | 'year' | 'issuer' | 'path'>, others: readonly ReportSummary[]): ReportSummary[] {
  const { kind, year, issuer } = self;
  if (year === null || !issuer || !kind) return [];
  const family = (k: string) => (k === 'rule-of-law' ? k : 'gov-info');
  // 洪泽区人民政府 and 淮安市洪泽区人民政府 are one issuer named two ways: not peers.
  const same = (b: string) => b.endsWith(issuer) || issuer.endsWith(b);
  return others.filter((r) => r.path !== self.path && r.issuer !== null && !same(r.issuer) && r.year === year && r.kind !== null && family(r.kind) === family(kind));
}

export { hash as sentenceHash };
