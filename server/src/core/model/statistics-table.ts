// The statistics table a report under the 2008 regulation appends (政府信息公开情况统计表: 指标名称, 计量单位,
// the year's figure and often 历年累计), read for the prose comparison (rules/text-table-mismatch.ts) from
// the format data's `statistics` (titles, header words, units, row labels). The table starts at the last
// printed title (the opening names it among the report's parts) or, without one, at its 指标名称 header.
// A row is a row label where it stands (of labels ending at one place the longest: 不同意公开答复数), its
// unit, then its figures, each after white space, a tab or a pipe and ending at one, so pipe rows, tab
// rows, one cell a line and a line of spaced cells read alike. A row holds exactly as many figures as the
// table has value columns (two under a 历年累计 header after the year's, one otherwise; 历年累计 first:
// nothing read), the first being the year's; a row with fewer or more (a blank cell) is not read. Where
// the label, unit and figures run together (archive text: 主动公开信息数条18535395) only the digits are
// kept: the year's figure is their start, of unknown length. Nothing is guessed. A copy in Traditional
// script is read through its Simplified form (same offsets). Linear in the table.
import type { Analysis } from '../engine/lint';
import type { StatisticsTableSpec } from '../formats/types';
import { readSimplified } from '../text/normalize';

export interface StatisticsCell {
  /** The row's label as printed. */
  label: string;
  /** The year's figure; null when it is run together with the cumulative one (glued). */
  value: number | null;
  /** The digits of the year's and the cumulative figure run together (条18535395: 1853 and 5395). */
  glued?: string;
  /** Original span of that figure. */
  start: number;
  end: number;
  /** Where the row's label starts, and where its last figure ends (the row's span). */
  labelStart: number;
  rowEnd: number;
}

const cache = new WeakMap<Analysis, Map<string, StatisticsCell> | null>();

/** The rows read, by row id; null when the format has no such table or the draft prints none. */
export function statisticsTable(a: Analysis): Map<string, StatisticsCell> | null {
  if (cache.has(a)) return cache.get(a)!;
  const spec = a.format?.statistics;
  const out = spec ? read(a.doc.work, spec) : null;
  cache.set(a, out);
  return out;
}

/** Where the table starts: its last printed title, or else its last 指标名称 header; -1 without either. */
function start(text: string, spec: StatisticsTableSpec): number {
  let from = -1;
  for (const t of spec.titles) from = Math.max(from, text.lastIndexOf(t));
  if (from < 0) for (const h of spec.header) from = Math.max(from, text.lastIndexOf(h));
  return from;
}

const SEP = /[\s|｜\u3000]/;
const FIGURE = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?=[\s|｜\u3000]|$)/;

function read(text: string, spec: StatisticsTableSpec): Map<string, StatisticsCell> | null {
  let from = start(text, spec);
  let region = from >= 0 ? text.slice(from) : '';
  if (from < 0) {
    // A copy in Traditional script (統計表, 指標名稱): the table read in Simplified, one code unit for one.
    const k = Math.max(text.lastIndexOf('統計表'), text.lastIndexOf('指標名稱'));
    if (k < 0) return null;
    const cut = Math.max(0, k - 40);
    const simplified = readSimplified(text.slice(cut));
    const at = start(simplified, spec);
    if (at < 0) return null;
    from = cut + at;
    region = simplified.slice(at);
  }
  // Every label where it stands; of labels ending at one place the longest (不同意公开答复数, not 同意公开答复数).
  const found = new Map<number, { at: number; label: string; id: string }>();
  for (const r of spec.rows) for (const l of r.labels) {
    for (let k = region.indexOf(l); k >= 0; k = region.indexOf(l, k + 1)) {
      const end = k + l.length;
      const was = found.get(end);
      if (!was || was.label.length < l.length) found.set(end, { at: k, label: l, id: r.id });
    }
  }
  if (!found.size) return null;
  const rows = [...found.entries()].sort((x, y) => x[0] - y[0]);
  // Header before the first row: the year's column, then perhaps the cumulative one.
  const head = region.slice(0, rows[0][1].at);
  const yearAt = head.search(/(?:19|20)\d{2}年|本年|统计数/);
  const cumAt = Math.max(-1, ...spec.cumulative.map((c) => head.indexOf(c)));
  if (cumAt >= 0 && (yearAt < 0 || yearAt > cumAt)) return null;
  // A statistics return's form (代码 column, 本期实际 / 本年累计 of a quarter): other columns, not read.
  if (/代\s*码|本\s*期/.test(head)) return null;
  const columns = cumAt >= 0 ? 2 : 1;
  const units = [...spec.units].sort((x, y) => y.length - x.length);
  const out = new Map<string, StatisticsCell>();
  for (const [end, { at, label, id }] of rows) {
    if (out.has(id)) continue;
    let i = end;
    const glued = !SEP.test(region[i] ?? ' ');
    while (SEP.test(region[i] ?? '')) i++;
    const unit = units.find((u) => region.startsWith(u, i));
    if (unit) i += unit.length;
    if (glued && unit && /\d/.test(region[i] ?? '')) {
      // 主动公开信息数条18535395: the year's figure and the cumulative one run together. Only their start
      // is known: a prose figure that does not begin the run contradicts the year's figure.
      let digits = /^\d+/.exec(region.slice(i))![0];
      // The next row's numbering run on (条445.信函申请数: 4 and 4, then 5.).
      if (/^[.．、]/.test(region.slice(i + digits.length)) && digits.length > 1) digits = digits.slice(0, -1);
      if (columns === 2) out.set(id, { label, value: null, glued: digits, start: from + i, end: from + i + digits.length, labelStart: from + at, rowEnd: from + i + digits.length });
      continue;
    }
    // Figures, each after a separator and ending at one (72804 76424; | 0 | 0 |).
    const figures: { v: string; s: number }[] = [];
    for (let j = i; ;) {
      let k = j;
      while (SEP.test(region[k] ?? '')) k++;
      const m = k > j ? FIGURE.exec(region.slice(k, k + 24)) : null;
      if (!m) break;
      figures.push({ v: m[1], s: k });
      j = k + m[1].length;
    }
    if (figures.length !== columns) continue;
    const f = figures[0];
    const last = figures[figures.length - 1];
    out.set(id, { label, value: Number(f.v.replace(/,/g, '')), start: from + f.s, end: from + f.s + f.v.length, labelStart: from + at, rowEnd: from + last.s + last.v.length });
  }
  return out.size ? out : null;
}
