// What a PDF converter does to a report's parts: a part heading lost while its sub-headings stand,
// and group labels merged into a line that reads as a heading inside a part's table.
import type { FormatSection, FormatSpec } from '../formats/types';
import { labelKey } from '../text/normalize';
import type { ParsedDocument, Section } from './document';
import type { SectionMatch } from './report';

/**
 * A part whose heading a PDF converter lost while its sub-headings stand where the part belongs
 * (（一）主要问题 / （二）改进情况 between parts 四 and 六): a （一）/（二） heading after the nearest part
 * found before it, and before any part after it, that names the part's usual sub-heading words.
 */
export function lostPartHeading(format: FormatSpec, spec: FormatSection, found: Map<string, SectionMatch>, doc: ParsedDocument): boolean {
  let from = -1;
  let to = Infinity;
  for (const other of format.sections) {
    const starts = found.get(other.id)!.sections.map((x) => x.start);
    if (!other.number || !starts.length) continue;
    if (other.number < spec.number!) from = Math.max(from, ...starts);
    else if (other.number > spec.number!) to = Math.min(to, ...starts);
  }
  if (from < 0) return false;
  return doc.headings.some((h) => h.style === 'paren-cn' && (h.numeral === 1 || h.numeral === 2) && h.start > from && h.start < to
    && spec.subheadings!.some((w) => labelKey(h.title).includes(w)));
}

/**
 * A numbered line inside a part's table that reads as a heading with the part's own numeral and no
 * part's title (三、本法提供: a converter's merge of the group labels 三、本年度办理结果 and （四）无法提供):
 * the blocks under it are still that part's table. `tops`: the candidate part headings (topSections).
 */
export function strayPartHeadings(tops: Section[], sections: Map<string, SectionMatch>): { section: Section; table: string }[] {
  const owners = new Map<Section, string>();
  const matched = new Set<Section>();
  for (const m of sections.values()) for (const s of m.sections) { matched.add(s); if (m.spec.table) owners.set(s, m.spec.table); }
  const out: { section: Section; table: string }[] = [];
  let prev: Section | null = null;
  for (const s of tops) {
    if (s.heading.numeral === null) continue;
    const table = prev && owners.get(prev);
    if (table && !matched.has(s) && s.heading.numeral === prev!.heading.numeral) out.push({ section: s, table });
    else prev = s;
  }
  return out;
}
