// Statutory headings that lost their numeral: a web page whose ordered-list numbering was not
// copied shows “主动公开政府信息情况” alone on a line where “二、主动公开政府信息情况” stood.
// Such a part is there; it is only not read as a numbered heading.
import type { FormatSection } from '../formats/types';
import { labelKey } from '../text/normalize';
import type { ParsedDocument } from './document';

/** Longest line (characters) read as a bare heading: a heading, never a sentence. */
const MAX_BARE = 40;

/**
 * Ids of the sections (among `wanted`) whose title or a variant stands alone on a line of the
 * text, unnumbered (a colon, a markdown mark or a cell bar around it allowed).
 */
export function bareHeadingSections(doc: ParsedDocument, wanted: FormatSection[]): Set<string> {
  const found = new Set<string>();
  if (!wanted.length) return found;
  const keys = new Map<string, string>();
  for (const spec of wanted) {
    for (const t of [spec.title, ...(spec.variants ?? [])]) {
      if (!t) continue;
      const k = labelKey(t);
      // Short variants (总体情况) are too common in prose headings of other levels to count alone.
      if (k.length >= 6 && !keys.has(k)) keys.set(k, spec.id);
    }
  }
  if (!keys.size) return found;
  const lines = doc.lines;
  for (let l = 0; l < lines.lineCount; l++) {
    const len = lines.lineEnd(l) - lines.lineStarts[l];
    if (len === 0 || len > MAX_BARE * 2) continue;
    const raw = lines.lineText(l).trim();
    if (!raw || raw.length > MAX_BARE) continue;
    const id = keys.get(labelKey(raw));
    if (id) found.add(id);
  }
  return found;
}
