// Statutory row matching for interpret-table.ts: a row label (numbering, notes and converter
// debris aside) against a table's or block's candidate rows by normalised label coverage, memoised
// per candidate list and label; and the innermost numbered cell of a label spread over merged columns.
import { coverage, dropPinyin, labelKey } from '../text/normalize';
import type { Cell } from './tables';

export function labelOf(cells: Cell[]): { label: string; start: number; end: number } {
  if (!cells.length) return { label: '', start: -1, end: -1 };
  return { label: cells.map((c) => c.text).join(''), start: cells[0].start, end: cells[cells.length - 1].end };
}

export function rowCore(r: { label: string; match?: string }): string {
  if (r.match) return labelKey(r.match);
  // Drop the numbering and any parenthetical note: （二）部分公开（区分处理的…） → 部分公开
  const noNum = dropPinyin(r.label).replace(/^[（(]?[一二三四五六七八九十\d]+[）)]?[、.．]?/, '').replace(/[（(][^）)]*[）)]$/, '');
  return labelKey(noNum);
}

export function leadingNumeral(label: string): string | null {
  const m = /^\s*([一二三四五六七八九十]+)\s*[、,，.]/.exec(label);
  return m ? m[1] : null;
}

/** `full`: the statutory label itself (numbering and notes aside) when `core` is its shorter match text. */
export interface Candidate { id: string; core: string; group: boolean; numeral: string | null; item?: number | null; full?: string }

/** The Arabic item number of a sub-row inside its group: 4 for 4.无正当理由大量反复申请; null for none. */
export function itemNumber(label: string): number | null {
  const m = /^\s*(\d{1,2})\s*[.．、](?!\d)/.exec(label);
  return m ? Number(m[1]) : null;
}

/**
 * Label matching is the same work for the same label in every report of a batch: memoised per
 * candidate list (one per statutory table or block, kept with the format data) and label. A
 * list's memo is dropped when it grows past MEMO_MAX (hostile texts with endless distinct labels).
 */
const memo = new WeakMap<readonly Candidate[], Map<string, Candidate | null>>();
const MEMO_MAX = 4096;

export function bestRow(label: string, cands: readonly Candidate[], hasValues: boolean): Candidate | null {
  let m = memo.get(cands);
  if (!m) memo.set(cands, (m = new Map()));
  const k = (hasValues ? '1' : '0') + label;
  const hit = m.get(k);
  if (hit !== undefined) return hit;
  const found = matchRow(label, cands, hasValues);
  if (m.size >= MEMO_MAX) m.clear();
  m.set(k, found);
  return found;
}

/** Candidate lists of the statutory tables and blocks (format data lives as long as the process). */
const candidateLists = new WeakMap<object, Candidate[]>();
export function candidatesOf<T extends object>(owner: T, make: (o: T) => Candidate[]): Candidate[] {
  let c = candidateLists.get(owner);
  if (!c) candidateLists.set(owner, (c = make(owner)));
  return c;
}

/** The score of a label that is the start of a statutory label (4 characters or more). */
const PREFIX_SCORE = 0.75;

function matchRow(label: string, cands: readonly Candidate[], hasValues: boolean): Candidate | null {
  const key = labelKey(label);
  if (!key) return null;
  const num = leadingNumeral(label);
  const item = itemNumber(label);
  // The label itself, without its numbering: an exact statutory label beats a partial one
  // (a 2019 "（六）其他处理" row in a 2021 table is not "3.其他").
  const own = rowCore({ label });
  let best: Candidate | null = null;
  let bestScore = -1;
  for (const c of cands) {
    // A short statutory label (3.其他) is not found inside a long one (2.其他法律行政止公开).
    if (c.core.length <= 2 && own.length > 2 * c.core.length) continue;
    let score = coverage(key, c.core);
    // The first piece of a long label wrapped in its cell (2.申请人逾期未按 / 收费通知… with the figures on the
    // first line) names the one row whose label starts with it, not a short label two of its characters
    // happen to cover (2.重复申请). Only on a row with figures: a first piece alone (4.保护第三 / （三）不 方合法权 0 0 …)
    // is left to the row below it, whose figures the format then gives its row.
    const full = c.full ?? c.core;
    if (hasValues && own.length >= 4 && full.length > own.length && full.startsWith(own)) score = Math.max(score, PREFIX_SCORE);
    if (num && c.numeral === num) score += 0.1;
    // A damaged label (无正当理复申请) is matched to the row its item number and remaining characters
    // say: inside a group the numbers 1.–8. name the rows, so the number weighs in where the text is short of a label.
    if (item !== null && score < 1 && c.item != null) score += c.item === item ? 0.1 : -0.1;
    if (score < 0.6) continue;
    // Prefer data rows for rows with numbers, then longer (more specific) labels.
    const rank = score * 10 + (own === c.core ? 3 : 0) + (hasValues && !c.group ? 2 : 0) + (!hasValues && c.group ? 2 : 0) + c.core.length / 100;
    if (rank > bestScore) { bestScore = rank; best = c; }
  }
  return best;
}

/** A numbered item of its own: 三、… / （三）… / 3.… */
const NUMBERED_ITEM = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}\s*[、,，.．]|\d{1,2}\s*[、.．])/;

/**
 * A label in several cells (forms with merged label columns: 三、本年度办理结果 | （三）不予公开 |
 * 1.属于国家秘密) names its row by the innermost numbered cell; the cells before it are its groups.
 * Null when the label is one cell, or the innermost cell is no numbered item or matches nothing.
 */
export function innermostRow(label: Cell[], cands: readonly Candidate[], hasValues: boolean): Candidate | null {
  const filled = label.filter((c) => c.text.trim() !== '');
  if (filled.length < 2) return null;
  const inner = filled[filled.length - 1].text;
  if (!NUMBERED_ITEM.test(inner)) return null;
  return bestRow(inner, cands, hasValues);
}
