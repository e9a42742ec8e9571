// A stored excerpt that starts inside a report's statutory tables: no title and no part headings
// kept above them (a mirror's "you are leaving" prompt, then table 二; nS/35). Tables 二 and 三
// there with their statutory lines and their figures make it a report; the format's template
// (the labels, no figures) or a page quoting a few labels does not.
import { normalize } from '../text/normalize';
import type { FormatSpec } from './types';

/**
 * The formats' own lines of table 二 (its block captions, 第二十条第（一）项 …) and of table 三 (its
 * row labels without their numbering, 本年新收政府信息公开申请数量 …; short ones such as 予以公开,
 * which prose also says, left out), normalised; once per list of formats.
 */
const linesOf = new WeakMap<readonly FormatSpec[], { two: string[]; three: string[] }>();
function statutoryLines(formats: readonly FormatSpec[]): { two: string[]; three: string[] } {
  let e = linesOf.get(formats);
  if (!e) {
    const two = new Set<string>();
    const three = new Set<string>();
    for (const f of formats) {
      const active = f.tables.active;
      if (active?.kind === 'blocks') for (const b of active.blocks) two.add(normalize(b.caption));
      const apps = f.tables.applications;
      if (apps?.kind === 'grid') {
        for (const r of apps.rows) {
          const bare = normalize(r.label.replace(/[（(][^（）()]*[）)]$/, '').replace(/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．])/, ''));
          if (bare.length >= 7) three.add(bare);
        }
      }
    }
    linesOf.set(formats, (e = { two: [...two], three: [...three] }));
  }
  return e;
}

/** A cell holding a figure alone: between bars or tabs, or a line of its own. */
const FIGURE_CELL = /(?:^|[|\t])[ \t]*[-+]?\d+(?:\.\d+)?[ \t]*(?=[|\t]|$)/gm;

/** Fewest figure cells taken for tables that were filled in (one row of table 三 has seven). */
const MIN_FIGURES = 12;

/** Longest text scanned (the tables of an excerpt that starts with them come first). */
const MAX_SCAN = 200_000;

/** Whether the text holds tables 二 and 三 of one of `formats` with their statutory lines and figures in them (each table two of its lines). */
export function filledStatutoryTables(work: string, norm: string, formats: readonly FormatSpec[]): boolean {
  const { two, three } = statutoryLines(formats);
  const count = (labels: string[]) => labels.filter((l) => norm.includes(l)).length;
  if (count(two) < 2 || count(three) < 2) return false;
  let n = 0;
  const re = new RegExp(FIGURE_CELL.source, FIGURE_CELL.flags);
  const text = work.length > MAX_SCAN ? work.slice(0, MAX_SCAN) : work;
  while (re.exec(text) && ++n < MIN_FIGURES) { /* count up to the threshold */ }
  return n >= MIN_FIGURES;
}
