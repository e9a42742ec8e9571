// The sums inside the statistics table a report under the 2008 regulation appends (model/statistics-table.ts):
// a total row followed by the rows it is made of, 受理依申请公开信息总数 over 当面 / 传真 / 电子邮件 / 网上 /
// 信函 / 其他形式申请数, 对申请的答复总数 over 同意公开 / 同意部分公开 / 不同意公开 / 其他类型答复数
// (format data `statistics.sums`). A sum is judged only when it is certain that the rows read are all its
// rows: they follow the total row at once, in one run, and what stands between them is numbering, 其中,
// units, separators and the cumulative column's figures — a row the reader did not take (a channel the
// data does not name, a row whose figures are not one per column) or sub-rows of a part (其中：涉及国家秘密)
// leave words there, and the sum is not judged. Only the year's column is read; a glued table (条18535395)
// has no figures to add.
import type { Analysis } from '../engine/lint';
import { statisticsTable } from './statistics-table';
import type { StatisticsCell } from './statistics-table';

export interface StatisticsSum {
  /** The total row's id (format data) and its cell. */
  id: string;
  total: StatisticsCell;
  /** The rows it is made of, in the order printed. */
  parts: StatisticsCell[];
  /** Their sum (rounded to cents). */
  sum: number;
}

/** What may stand between the rows of a sum besides the rows: numbering, 其中, units, separators, figures. */
const BETWEEN = /^(?:[\s|｜\u3000\d.,，、:：;；()（）\-—－]|其中|其它|其他|条|件|个|次|人次|项|份|元|万元)*$/;
/** Two channels printed as one row (信函、传真申请数): the first one's name before the row read. */
const JOINED = /(?:当面|传真|电子邮件|邮件|网上|网络|信函)[、和及或]/g;

const cache = new WeakMap<Analysis, StatisticsSum[]>();

/** The table's sums whose rows are certainly all read, equal or not. */
export function statisticsSums(a: Analysis): StatisticsSum[] {
  const hit = cache.get(a);
  if (hit) return hit;
  const out: StatisticsSum[] = [];
  const table = statisticsTable(a);
  const specs = a.format?.statistics?.sums ?? [];
  if (table) {
    // (doc.read: the text in Simplified script already.)
    const text = a.doc.read;
    for (const spec of specs) {
      const total = table.get(spec.total);
      if (!total || total.value === null) continue;
      // The rows after the total in the order printed, up to the first row that is none of its parts.
      const after = [...table.entries()].filter(([, c]) => c.labelStart > total.rowEnd).sort((x, y) => x[1].labelStart - y[1].labelStart);
      const parts: StatisticsCell[] = [];
      for (const [id, c] of after) {
        if (!spec.parts.includes(id)) break;
        parts.push(c);
      }
      if (parts.length < 2 || parts.some((c) => c.value === null)) continue;
      // Nothing but numbering, units and figures between the total and its parts, and between the parts.
      let at = total.rowEnd;
      let clean = true;
      for (const c of parts) {
        const gap = text.slice(at, c.labelStart).replace(JOINED, '');
        if (!BETWEEN.test(gap)) { clean = false; break; }
        at = c.rowEnd;
      }
      // And the row after the last part is a row read, nothing but figures between: an unread part of
      // the sum there (6.其他形式申请数 where the data names no such row) would be left out of it.
      const next = [...table.values()].filter((c) => c.labelStart >= at).sort((x, y) => x.labelStart - y.labelStart)[0];
      if (!clean || !next || !BETWEEN.test(text.slice(at, next.labelStart))) continue;
      const sum = Math.round(parts.reduce((n, c) => n + (c.value ?? 0), 0) * 100) / 100;
      out.push({ id: spec.total, total, parts, sum });
    }
  }
  cache.set(a, out);
  return out;
}
