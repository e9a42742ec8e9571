// A stored excerpt that starts inside a report's statutory tables: no title and no part headings
// kept above them (a mirror's "you are leaving" prompt, then table 二; nS/35). Tables 二 and 三
// there with their statutory lines and their figures make it a report; the format's template
// (the labels, no figures) or a page quoting a few labels does not.
import { normalize } from '../text/normalize';

/** Captions of table 二 (主动公开) and rows of table 三 (申请): each table needs two of its own. */
const TABLE_TWO = ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项'];
const TABLE_THREE = ['本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '本年度办理结果', '本机关不掌握相关政府信息'];

/** A cell holding a figure alone: between bars or tabs, or a line of its own. */
const FIGURE_CELL = /(?:^|[|\t])[ \t]*[-+]?\d+(?:\.\d+)?[ \t]*(?=[|\t]|$)/gm;

/** Fewest figure cells taken for tables that were filled in (one row of table 三 has seven). */
const MIN_FIGURES = 12;

/** Longest text scanned (the tables of an excerpt that starts with them come first). */
const MAX_SCAN = 200_000;

/** Whether the text holds tables 二 and 三 with their statutory lines and figures in them. */
export function filledStatutoryTables(work: string, norm: string): boolean {
  const count = (labels: string[]) => labels.filter((l) => norm.includes(normalize(l))).length;
  if (count(TABLE_TWO) < 2 || count(TABLE_THREE) < 2) return false;
  let n = 0;
  const re = new RegExp(FIGURE_CELL.source, FIGURE_CELL.flags);
  const text = work.length > MAX_SCAN ? work.slice(0, MAX_SCAN) : work;
  while (re.exec(text) && ++n < MIN_FIGURES) { /* count up to the threshold */ }
  return n >= MIN_FIGURES;
}
