// Shared line walking for the proofreading rules (text-placeholder, text-damaged, text-doubled):
// the draft's lines that are not table rows (cells are values, not prose), with their offsets.
import type { Analysis } from '../engine/lint';

export interface ProofLine {
  line: number;
  /** Offset of the line's first character in the draft. */
  start: number;
  text: string;
}

/** Non-table lines with any text, in order. */
export function proofLines(a: Analysis): ProofLine[] {
  return [...eachProofLine(a)];
}

/**
 * proofLines one at a time, for a rule that reads each line once: a large draft's list (170,000
 * lines of a 20 MB draft, with their texts) is not held while the rule walks it, and each line's
 * object dies young.
 */
export function* eachProofLine(a: Analysis): Generator<ProofLine, void, undefined> {
  const lines = a.doc.lines;
  for (let l = 0; l < lines.lineCount; l++) {
    if (a.doc.tableLines.has(l)) continue;
    const start = lines.lineStarts[l];
    const text = a.doc.work.slice(start, lines.lineEnd(l));
    if (text.trim()) yield { line: l, start, text };
  }
}

/**
 * A line laid out like a table row (a spaced PDF table the parser did not take as one): two or
 * more runs of at least two spaces between pieces of text.
 */
export function looksSpaced(text: string): boolean {
  const runs = text.trim().match(/[ \t\u3000]{2,}/g);
  return !!runs && runs.length >= 2;
}

export const isHan = (c: string): boolean => c >= '\u3400' && c <= '\u9fff';

/** Whether `t` has `n` Han characters (U+3400–U+9FFF) in a row (a cell of them needs such a run). */
export function hanRun(t: string, n: number): boolean {
  for (let i = 0, run = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    run = c >= 0x3400 && c <= 0x9fff ? run + 1 : 0;
    if (run >= n) return true;
  }
  return false;
}

/**
 * The first `word` in `t` at a clause start (after one of 。，；、,;：:（( and any spaces), or -1: a
 * look-behind pattern tried at every position of the line, read from where the word stands instead.
 */
export function afterMark(t: string, word: string): number {
  for (let i = t.indexOf(word), j = i; i >= 0; i = t.indexOf(word, i + 1), j = i) {
    while (j > 0 && (t[j - 1] === ' ' || t[j - 1] === '\t' || t[j - 1] === '\u3000')) j--;
    if (j > 0 && '。，；、,;：:（('.includes(t[j - 1])) return i;
  }
  return -1;
}

/** Shortens a quote for a message. */
export function quote(s: string, n = 20): string {
  return s.length > n ? s.slice(0, n) + '…' : s;
}

/**
 * A point of an enumeration 一是 … 十九是 (group 1 the numeral): not after 其/第 or a word the numeral ends
 * (统一是, 唯一是, 之一是, 周一是, 独一无二是, 说二是二), not 是否. Shared by the enumeration check
 * (model/enumeration-gaps.ts) and the punctuation check (rules/text-punctuation.ts); a fresh global
 * pattern per call, as matchAll wants.
 */
export const enumerationPoint = (): RegExp =>
  /(?<![一二三四五六七八九十百千万零〇两其第统唯之同单划归合专逐均如周期拜逢无说])([一二三四五六七八九十]{1,2})是(?!否)/g;

/**
 * Whether positions of a text, asked in increasing order, lie inside quotation marks (“” or straight ")
 * or an open 《》: the marks are counted once from the start on, so a line of many points is read in
 * one pass.
 */
export function quoteTracker(t: string): (at: number) => boolean {
  let pos = 0;
  let quotes = 0;
  let straight = 0;
  let title = 0;
  return (at) => {
    for (; pos < at; pos++) {
      const c = t[pos];
      if (c === '“') quotes++;
      else if (c === '”') quotes = Math.max(0, quotes - 1);
      else if (c === '"') straight ^= 1;
      else if (c === '《') title++;
      else if (c === '》') title = Math.max(0, title - 1);
    }
    return quotes > 0 || straight > 0 || title > 0;
  };
}
