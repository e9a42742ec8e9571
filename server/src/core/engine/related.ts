// Summaries of reports for the across-file rules: a draft is compared with the same issuer's
// report for the year before (R5: 上年结转 = last year's 结转下年度; and 内容雷同). The core
// reads no files: the server and the CLI summarise the texts they have and pass the summaries.
import type { ReportSummary } from '../types';
import { tableFigures } from './figures';

export { figureValue, shareFigureKeys, tableFigures } from './figures';
import type { Analysis } from './lint';
import { cellInt, findRow } from './constraints';
import { normalize } from '../text/normalize';
import { ownString } from '../text/own-string';
import type { AcrossSelf } from '../rules/rule';

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
      // (Counted before the figures are masked: most parts are too short and are never copied.)
      if (part.length >= MIN_SENTENCE && wordsIn(part) >= MIN_SENTENCE) out.push(part.replace(/[\d.,，、%％]+/g, '#'));
    }
  }
  return out;
}

/** The characters of `s` that are no figure, separator, percent sign or #: what a sentence is compared by. */
function wordsIn(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // [\d.,，、%％#]
    if ((c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2c || c === 0xff0c || c === 0x3001 || c === 0x25 || c === 0xff05 || c === 0x23) continue;
    n++;
  }
  return n;
}

/** proseSentences(a) hashed, per analysis: the summary, content-copied and content-duplicate all read them. */
const sentenceHashes = new WeakMap<Analysis, string[]>();

/** The hashes of proseSentences(a) (what a summary keeps as `sentences`), computed once per analysis. */
export function proseSentenceHashes(a: Analysis): string[] {
  let h = sentenceHashes.get(a);
  if (!h) sentenceHashes.set(a, (h = proseSentences(a).map(hash)));
  return h;
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
    // Its own characters: a batch keeps every summary, and a slice would keep the whole draft.
    issuer: a.doc.issuer ? ownString(normalize(a.doc.issuer)) : null,
    carriedToNext,
    sentences: a.kind ? proseSentenceHashes(a).slice() : [],
    figures: tableFigures(a),
    problemSentences: a.kind ? sectionSentences(a, 'problems').map(hash) : [],
  };
}

/** Prose sentences (as in proseSentences) of one statutory section, e.g. 'problems' (五). */
export function sectionSentences(a: Analysis, sectionId: string): string[] {
  const m = a.report?.sections.get(sectionId);
  if (!m || m.sections.length === 0) return [];
  return proseSentences(a, m.sections.map((s) => ({ start: s.bodyStart, end: s.end })));
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
  // A batch less one path (relatedExcept, what the CLI gives each file): through the batch's index.
  const except = exceptOf.get(others);
  if (except) return previousExcept(self, except.batch, except.path);
  const family = (k: string) => (k === 'rule-of-law' ? k : 'gov-info');
  return others.find((r) => r.issuer === issuer && r.year === year - 1 && r.kind !== null && family(r.kind) === family(kind));
}

/** Per batch: issuer, family and year → the batch's reports of them, in batch order (previousExcept). */
const byIssuerYear = new WeakMap<readonly ReportSummary[], Map<string, ReportSummary[]>>();
const issuerYearKey = (issuer: string, kind: string, year: number) => `${kind === 'rule-of-law' ? kind : 'gov-info'}\u0000${year}\u0000${issuer}`;

/**
 * previousOf(self, related.filter((r) => r.path !== path)) through an index built once per batch
 * array: the CLI asks it for every file of a run, which scanning the batch each time made quadratic.
 */
export function previousExcept(self: Pick<ReportSummary, 'kind' | 'year' | 'issuer'>, related: readonly ReportSummary[], path: string): ReportSummary | undefined {
  const { kind, year, issuer } = self;
  if (year === null || !issuer || !kind) return undefined;
  let ix = byIssuerYear.get(related);
  if (!ix) {
    ix = new Map();
    for (const r of related) {
      if (r.issuer === null || r.year === null || r.kind === null) continue;
      const k = issuerYearKey(r.issuer, r.kind, r.year);
      const list = ix.get(k);
      if (list) list.push(r);
      else ix.set(k, [r]);
    }
    byIssuerYear.set(related, ix);
  }
  return ix.get(issuerYearKey(issuer, kind, year - 1))?.find((r) => r.path !== path);
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

/** content-copied: share of a report's own (non-template) sentences found in another issuer's report. */
export const COPY_SHARE = 0.6;
/** Fewer own sentences than this: too short to judge. */
export const COPY_MIN_SENTENCES = 15;
/** A sentence in the reports of this many issuers (or more, this one included) is template text. */
export const COPY_COMMON = 3;

/**
 * Per batch (the related array): sentence hash → how many reports of each issuer have it, and
 * those reports. Built once per batch array; an array made by relatedExcept() (the batch less one
 * path, as the CLI gives each file) uses its batch's index and skips the excluded reports, so a
 * run of N files builds one index, not N.
 */
interface BatchIndex { issuers: Map<string, Map<string, number>>; reports: Map<string, ReportSummary[]>; order: Map<ReportSummary, number> }
const indexByBatch = new WeakMap<readonly ReportSummary[], BatchIndex>();
/** relatedExcept()'s arrays: their batch and the path left out. */
const exceptOf = new WeakMap<readonly ReportSummary[], { batch: readonly ReportSummary[]; path: string }>();

const whoOf = (r: ReportSummary) => r.issuer ?? `\u0000${r.path}`;

function batchIndex(related: readonly ReportSummary[]): BatchIndex {
  let ix = indexByBatch.get(related);
  if (ix) return ix;
  ix = { issuers: new Map(), reports: new Map(), order: new Map() };
  for (const r of related) {
    if (!ix.order.has(r)) ix.order.set(r, ix.order.size);
    const who = whoOf(r);
    for (const h of new Set(r.sentences)) {
      let s = ix.issuers.get(h);
      if (!s) ix.issuers.set(h, (s = new Map()));
      s.set(who, (s.get(who) ?? 0) + 1);
      let list = ix.reports.get(h);
      if (!list) ix.reports.set(h, (list = []));
      list.push(r);
    }
  }
  indexByBatch.set(related, ix);
  return ix;
}

/** Per batch: path → the positions of its reports in the batch, in order (made once per batch, not a scan per file). */
const byPath = new WeakMap<readonly ReportSummary[], Map<string, number[]>>();

function positionsOfPath(batch: readonly ReportSummary[], path: string): readonly number[] {
  let ix = byPath.get(batch);
  if (!ix) {
    ix = new Map();
    batch.forEach((r, i) => {
      const list = ix!.get(r.path);
      if (list) list.push(i);
      else ix!.set(r.path, [i]);
    });
    byPath.set(batch, ix);
  }
  return ix.get(path) ?? [];
}

/** batch.filter((r) => r.path === path), through the batch's index. */
function reportsOfPath(batch: readonly ReportSummary[], path: string): ReportSummary[] {
  return positionsOfPath(batch, path).map((i) => batch[i]);
}

/**
 * The batch without the reports of one path (what a file's own check is given: every other
 * report), the same as related.filter((r) => r.path !== path), remembered so that copiedFrom()
 * reuses the whole batch's index instead of indexing every file's copy again.
 */
export function relatedExcept(related: readonly ReportSummary[], path: string): ReportSummary[] {
  // The stretches between the path's own reports, copied whole: every file of a run asks this of
  // the same batch, and a copy costs far less per report than testing each report's path.
  const parts: ReportSummary[][] = [];
  let from = 0;
  for (const i of positionsOfPath(related, path)) {
    if (i > from) parts.push(related.slice(from, i));
    from = i + 1;
  }
  if (from < related.length) parts.push(related.slice(from));
  const out = parts.length === 1 ? parts[0] : ([] as ReportSummary[]).concat(...parts);
  if (out.length > 0) exceptOf.set(out, { batch: related, path });
  return out;
}

/**
 * The other issuer's report of the same year whose prose most of this report's own sentences
 * repeat (content-copied), from summaries alone, so that the CLI can tell which files need the
 * rule without analysing them again. `sentences`: this report's sentence hashes. Template
 * sentences (in the reports of COPY_COMMON or more issuers, this one included) do not count.
 * `related` may include this report itself (the CLI's whole batch): its own issuer never counts.
 */
export function copiedFrom(self: Pick<ReportSummary, 'kind' | 'year' | 'issuer' | 'path'>, sentences: readonly string[], related: readonly ReportSummary[]): { report: ReportSummary; same: number; own: number } | undefined {
  const { kind, year, issuer } = self;
  if (year === null || !issuer || !kind) return undefined;
  const family = (k: string) => (k === 'rule-of-law' ? k : 'gov-info');
  // The peers of peersOf(), as a test on one report.
  const isPeer = (r: ReportSummary) => r.path !== self.path && r.issuer !== null && !(r.issuer.endsWith(issuer) || issuer.endsWith(r.issuer))
    && r.year === year && r.kind !== null && family(r.kind) === family(kind);
  const except = exceptOf.get(related);
  const { issuers, reports, order } = batchIndex(except ? except.batch : related);
  // The batch's reports that `related` leaves out, with their sentence sets.
  const excluded = except ? reportsOfPath(except.batch, except.path) : [];
  const excludedSets = excluded.map((r) => ({ who: whoOf(r), sentences: new Set(r.sentences) }));
  const skip = new Set(excluded);
  // Only whether another issuer's count reaches COPY_COMMON matters: counting stops there.
  const others = (h: string) => {
    const s = issuers.get(h);
    if (!s) return 0;
    let n = 0;
    for (const [who, count] of s) {
      let left = count;
      for (const x of excludedSets) if (x.who === who && x.sentences.has(h)) left--;
      if (left <= 0 || who.endsWith(issuer) || issuer.endsWith(who)) continue;
      if (++n + 1 >= COPY_COMMON) break;
    }
    return n;
  };
  const own = [...new Set(sentences)].filter((h) => others(h) + 1 < COPY_COMMON);
  if (own.length < COPY_MIN_SENTENCES) return undefined;
  // Shared own sentences per peer through the index (an own sentence is in few reports), never by
  // intersecting with every peer: a batch of thousands of reports stays linear.
  const same = new Map<ReportSummary, number>();
  for (const h of own) for (const r of reports.get(h) ?? []) if (!skip.has(r) && isPeer(r)) same.set(r, (same.get(r) ?? 0) + 1);
  let best: { report: ReportSummary; same: number; own: number } | undefined;
  // The most shared sentences; on a tie the peer first in the batch.
  for (const [r, n] of same) {
    if (!best || n > best.same || (n === best.same && order.get(r)! < order.get(best.report)!)) best = { report: r, same: n, own: own.length };
  }
  return best && best.same / best.own >= COPY_SHARE ? best : undefined;
}

/** The file's own facts for a judge, from its analysis (computed on demand). */
export function selfOfAnalysis(a: Analysis): AcrossSelf {
  return {
    kind: a.kind,
    year: a.doc.year,
    issuer: a.doc.issuer ? normalize(a.doc.issuer) : null,
    sentences: () => proseSentenceHashes(a),
    problemSentences: () => sectionSentences(a, 'problems').map(hash),
    figures: () => tableFigures(a),
  };
}

/** The file's own facts for a judge, from its summary (made from the same analysis as the data). */
export function selfOfSummary(s: ReportSummary): AcrossSelf {
  return {
    kind: s.kind,
    year: s.year,
    issuer: s.issuer,
    sentences: () => s.sentences,
    problemSentences: () => s.problemSentences ?? [],
    figures: () => s.figures ?? null,
  };
}

/** Where a finding on the whole report goes (content-copied, content-duplicate): the title, else the first line. */
export function titleRange(a: Analysis): { start: number; end: number } {
  const at = a.doc.title ?? { start: 0, end: a.doc.lines.lineEnd(0) };
  return { start: at.start, end: at.end };
}

export { hash as sentenceHash };

/**
 * The share of a report's sentence hashes that the other report also has, when there are at
 * least `min` of them and the share reaches `threshold` (content-duplicate, problems-repeated).
 */
export function repeatedShare(mine: readonly string[], theirs: readonly string[], min: number, threshold: number): { same: number; total: number; pct: number } | null {
  if (mine.length < min || theirs.length === 0) return null;
  const known = new Set(theirs);
  const same = mine.filter((h) => known.has(h)).length;
  const share = same / mine.length;
  if (share < threshold) return null;
  return { same, total: mine.length, pct: Math.round(share * 100) };
}
