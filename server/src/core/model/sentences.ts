// Shared reading of running text for the prose rules (text-table-mismatch, text-sum,
// text-rate, year-mismatch): the draft's prose lines in normalised form (Simplified, folded
// width, no spaces, no pinyin debris: text-search.ts), cut into sentences and clauses, with
// every count (number + unit) located and mapped back to its original span. Table lines are
// left out: their numbers are cells, not statements.
import type { Analysis } from '../engine/lint';
import { mappedText, originalSpan } from './text-search';
import { wrapTargets } from './prose-wrap';
import type { OffsetMap } from '../text/offset-map';

export interface Count {
  value: number;
  /** 件, 条, 人次, %, …; a 万/千 multiplier is applied to value. */
  unit: string;
  /** 超1万条, 20余份, 约300件, 2000多条: a rounded figure that must not be added up. */
  approx: boolean;
  /** Written with decimals (99.1%): such figures are not summed. */
  decimals: number;
  /** Normalised span of number and unit. */
  ns: number;
  ne: number;
  /** Original span of number and unit. */
  start: number;
  end: number;
}

export interface Clause {
  ns: number;
  ne: number;
  text: string;
  counts: Count[];
}

export interface Sentence {
  ns: number;
  ne: number;
  text: string;
  /** 0-based first line of the sentence (a sentence crosses a line break only where a wrapped
   *  paragraph continues: prose-wrap.ts). */
  line: number;
  clauses: Clause[];
  counts: Count[];
}

export interface Prose {
  /** Normalised text of the whole draft. */
  text: string;
  sentences: Sentence[];
}

// Units as formats.md lists them for prose numbers, plus 宗 and 场 used in reports. A number may stand in brackets
// before its unit, as forms filled in leave it (发布政务信息(1386)条). (The closing bracket is matched before the
// look back at its opening one: a long run of digits is not scanned again at every step back.)
const COUNT_RE = /(?<![\d.A-Za-z])(?:\((?=[\d,.]+\)))?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\)(?<=\([\d,.]+\)))?(余|多)?(?:(万|千|百)(?![元]))?(余|多)?(%|万元|亿元|元|人次|件次|场次|件|条|项|个|次|家|份|篇|起|名|人|宗|场)/g;
const MULT: Record<string, number> = { 万: 10000, 千: 1000, 百: 100 };
/** COUNT_RE's units, each one string shared by every count (a match's group is a fresh copy). */
const UNIT_STRINGS = new Map(['%', '万元', '亿元', '元', '人次', '件次', '场次', '件', '条', '项', '个', '次', '家', '份', '篇', '起', '名', '人', '宗', '场'].map((u) => [u, u]));
const APPROX_BEFORE = /(超过|超|约|近|逾|将近|大约|达到近)$/;
const APPROX_AFTER = /^(以上|左右|余)/;
/** Clause stops in normalised text (full-width ，；：！？ are folded to ASCII): , ; : 、 。 ! ? as code units. */
const isClauseStop = (c: number): boolean => c === 0x2c || c === 0x3b || c === 0x3a || c === 0x3001 || c === 0x3002 || c === 0x21 || c === 0x3f;

const cache = new WeakMap<Analysis, Prose>();

/**
 * The one empty list of counts or clauses, shared (frozen: nobody adds to a sentence's lists): a
 * large draft has hundreds of thousands of sentences, most with no count.
 */
const NONE = Object.freeze([]) as unknown as never[];

export function prose(a: Analysis): Prose {
  let p = cache.get(a);
  if (p) return p;
  const m = mappedText(a);
  const lines = a.doc.lines;
  const work = a.doc.work;
  const sentences: Sentence[] = [];
  let s = 0;
  const close = (e: number) => {
    if (e > s) {
      const line = lines.lineAt(m.map.get(s));
      if (!a.doc.tableLines.has(line)) sentences.push(makeSentence(m.text, s, e, line, work, m.map));
    }
    s = e;
  };
  const starts = lines.lineStarts;
  const wraps = wrapTargets(a);
  // A page pasted on one line: a heading read inside the line stands on a line of its own there, so a
  // sentence ends where the heading starts and where its title ends (一、总体情况 2022年，某局…).
  const pieces = a.doc.view?.kind === 'flat' ? headingBreaks(a) : null;
  let piece = -1;
  let line = 0;
  // The line a wrapped sentence continues on, while it crosses a page footer.
  let pending = -1;
  for (let i = 0; i < m.text.length; i++) {
    // A line break between two characters ends the sentence (normalised text has no breaks),
    // unless the paragraph wraps there. A page footer between the two halves stays inside the
    // sentence's range (it holds no count: -1-, 第3页); it never starts one.
    const o = m.map.get(i);
    if (line + 1 < starts.length && starts[line + 1] <= o) {
      const from = line;
      while (line + 1 < starts.length && starts[line + 1] <= o) line++;
      const target = pending >= 0 ? pending : wraps[from];
      if (target === line) { pending = -1; continue; }
      if (target > line) { pending = target; continue; }
      pending = -1;
      close(i);
    }
    if (pieces && piece + 1 < pieces.length && pieces[piece + 1] <= o) {
      while (piece + 1 < pieces.length && pieces[piece + 1] <= o) piece++;
      if (pending < 0) close(i);
    }
    // (By code unit: a one-character string per character would be allocated otherwise.)
    const ch = m.text.charCodeAt(i);
    if (ch === 0x3002 || ch === 0x21 || ch === 0x3f) close(i + 1);
  }
  close(m.text.length);
  p = { text: m.text, sentences };
  cache.set(a, p);
  return p;

  function makeSentence(text: string, ns: number, ne: number, line: number, original: string, map: OffsetMap): Sentence {
    const body = text.slice(ns, ne);
    // Without a digit there is no count, and no clause any rule needs.
    if (!/\d/.test(body)) return new ProseSentence(text, ns, ne, line, NONE, NONE);
    const found = findCounts(body, ns, original, map);
    // Lists grown by push keep room for 17 or more: the kept ones are cut to their size.
    const counts = found.length === 0 ? NONE : found.slice();
    const clauses: Clause[] = [];
    let cs = ns;
    for (let i = ns; i <= ne; i++) {
      if (i < ne && !isClauseStop(text.charCodeAt(i))) continue;
      // A comma inside a thousands-separated number (1,487,096) is not a clause stop.
      if (i < ne && counts.some((c) => c.ns < i && i < c.ne)) continue;
      if (i > cs) clauses.push(new ProseClause(text, cs, i, inClause(counts, cs, i)));
      cs = i + 1;
    }
    return new ProseSentence(text, ns, ne, line, clauses.length === 0 ? clauses : clauses.slice(), counts);
  }
}

/** 0-based line a sentence ends on: below its first line when a wrapped paragraph carried it over a
 *  line break (…977条,超额完成 / 全年目标任务40%。其中…: the next sentence starts on that line, in the
 *  same paragraph). Worked out when asked, not kept for every sentence. */
export function sentenceEndLine(a: Analysis, s: Sentence): number {
  if (s.ne <= s.ns) return s.line;
  return a.doc.lines.lineAt(mappedText(a).map.get(s.ne - 1));
}

// A sentence's and a clause's text is read off the normalised text when asked for, not kept: a kept
// slice costs 40 bytes, and a 20 MB draft has 139,000 sentences and 136,000 clauses.

class ProseSentence implements Sentence {
  constructor(private readonly source: string, readonly ns: number, readonly ne: number, readonly line: number, readonly clauses: Clause[], readonly counts: Count[]) {}

  get text(): string {
    return this.source.slice(this.ns, this.ne);
  }
}

class ProseClause implements Clause {
  constructor(private readonly source: string, readonly ns: number, readonly ne: number, readonly counts: Count[]) {}

  get text(): string {
    return this.source.slice(this.ns, this.ne);
  }
}

/** The counts inside [cs, ce), the shared empty list when none. */
function inClause(counts: Count[], cs: number, ce: number): Count[] {
  if (counts.length === 0) return NONE;
  const own = counts.filter((c) => c.ns >= cs && c.ne <= ce);
  // filter() leaves room for 17 entries: the kept list is cut to its size.
  return own.length === 0 ? NONE : own.slice();
}

function findCounts(body: string, base: number, original: string, map: OffsetMap): Count[] {
  const out: Count[] = [];
  // Thousands separators only when written as an ASCII comma: a Chinese comma between digits
  // separates two clauses (…5，120条 is a list), though both fold to ',' in normalised text.
  let scan = body;
  if (body.includes(',')) {
    scan = '';
    let from = 0;
    for (let k = body.indexOf(','); k >= 0; k = body.indexOf(',', k + 1)) {
      if (original[map.get(base + k)] === ',') continue;
      scan += body.slice(from, k) + '\uff0c';
      from = k + 1;
    }
    scan += body.slice(from);
  }
  for (const mm of scan.matchAll(COUNT_RE)) {
    const idx = mm.index ?? 0;
    // 第3次 is an ordinal, 每2件 a rate: neither is a count of anything.
    if (idx > 0 && (body[idx - 1] === '第' || body[idx - 1] === '每')) continue;
    const digits = mm[1].replace(/,/g, '');
    const mult = mm[3] ? MULT[mm[3]] : 1;
    const before = body.slice(Math.max(0, idx - 4), idx);
    const after = body.slice(idx + mm[0].length, idx + mm[0].length + 2);
    // 5，120条 may be 5120 written with a Chinese comma: unreadable, so never summed or compared.
    const glued = idx >= 2 && scan[idx - 1] === '\uff0c' && /\d/.test(body[idx - 2]) && /^\d{3}$/.test(mm[1]);
    const approx = glued || !!mm[2] || !!mm[4] || mult !== 1 || APPROX_BEFORE.test(before) || APPROX_AFTER.test(after);
    const ns = base + idx;
    const ne = ns + mm[0].length;
    // (Every field in the literal: fields spread in afterwards are kept out of the object, in a
    // property array of their own, 40 bytes more for each of a 20 MB draft's 80,000 counts.)
    out.push({ value: Number(digits) * mult, unit: UNIT_STRINGS.get(mm[5]) ?? mm[5], approx, decimals: (digits.split('.')[1] ?? '').length, ns, ne, start: map.get(ns), end: map.get(ne - 1) + 1 });
  }
  return out;
}

/** Original span of a normalised range. */
export function spanOf(a: Analysis, ns: number, ne: number): { start: number; end: number } {
  return originalSpan(mappedText(a), ns, ne);
}

/** Formats a count for messages: 1487096人次, 99.1%. */
export function show(c: Count): string {
  return `${c.value}${c.unit}`;
}

/** Where the headings of a page pasted on one line start and where their titles end, in order. */
function headingBreaks(a: Analysis): number[] {
  const out: number[] = [];
  // (And the headings glued to their text that the view reads, 一、总体情况2022年，…, in a copy without spaces.)
  for (const h of [...a.doc.headings, ...(a.doc.view?.headings ?? [])]) if (h.runIn) out.push(h.start, h.titleEnd);
  return [...new Set(out)].sort((x, y) => x - y);
}
