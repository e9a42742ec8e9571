// A statutory part whose table came through as its labels only: one label per line (信息内容 /
// 本年新制作数量 / 规章 / 规范性文件 …) and no figures, so no table could be read at all. The page
// lost the table's numbers; table-empty reports it like a blank table.
import type { Analysis } from '../engine/lint';
import type { FormatSection } from '../formats/types';
import { FORMATS } from '../formats/index';
import { bareKey, specLabels } from './structure-util';

/** Fewest label lines that make a table's skeleton. */
const MIN_LABELS = 6;

const keysCache = new Map<string, string[]>();
/** Bare keys of every label of the tables named `id`, in every format. */
function labelKeys(id: string): string[] {
  let keys = keysCache.get(id);
  if (!keys) {
    const set = new Set<string>();
    for (const f of Object.values(FORMATS)) {
      const t = f.tables[id];
      if (t) for (const l of specLabels(t)) for (const part of l.split('·')) { const k = bareKey(part); if (k.length >= 2) set.add(k); }
    }
    keys = [...set];
    keysCache.set(id, keys);
  }
  return keys;
}

/** Parts (with the heading's range) whose body is a table's labels without figures. */
export function labelsOnlyParts(a: Analysis): { spec: FormatSection; start: number; end: number }[] {
  const out: { spec: FormatSection; start: number; end: number }[] = [];
  if (!a.format || !a.report) return out;
  for (const spec of a.format.sections) {
    if (!spec.table || a.report.tables.has(spec.table)) continue;
    const s = a.report.sections.get(spec.id)?.sections[0];
    if (!s) continue;
    // No later part in the text: it may stop inside this one (a web excerpt cut after the
    // table's header), and the figures lie beyond the cut.
    const later = a.format.sections.slice(a.format.sections.indexOf(spec) + 1);
    if (later.every((sp) => !a.report!.sections.get(sp.id)?.sections.length)) continue;
    const keys = labelKeys(spec.table);
    const { lines } = a.doc;
    let labels = 0;
    let other = 0;
    let figures = 0;
    for (let l = lines.lineAt(s.bodyStart); l < lines.lineCount && lines.lineStarts[l] < s.end && l < lines.lineAt(s.bodyStart) + 400; l++) {
      const t = lines.lineText(l).trim();
      if (!t) continue;
      if (/^[\d\s.,，/／-]+$/.test(t)) { figures++; continue; }
      const k = bareKey(t);
      if (k.length >= 2 && t.length <= 60 && keys.some((x) => x === k || (x.length >= 4 && k.startsWith(x)))) labels++;
      else other++;
    }
    if (labels >= MIN_LABELS && labels >= 2 * other && figures * 10 <= labels) out.push({ spec, start: s.heading.start, end: s.heading.end });
  }
  return out;
}
