// Statutory headings that lost their numeral: a web page whose ordered-list numbering was not
// copied shows “主动公开政府信息情况” alone on a line where “二、主动公开政府信息情况” stood.
// Such a part is there; it is only not read as a numbered heading.
import type { FormatSection } from '../formats/types';
import { labelKey } from '../text/normalize';
import type { ParsedDocument } from './document';

/** Longest line (characters) read as a bare heading: a heading, never a sentence. */
const MAX_BARE = 40;

/**
 * Ids of the sections (among `wanted`) whose statutory title stands alone on a line of the
 * text, unnumbered (a markdown mark or a cell bar around it allowed, no colon after it).
 */
export function bareHeadingSections(doc: ParsedDocument, wanted: FormatSection[]): Set<string> {
  const found = new Set<string>();
  if (!wanted.length) return found;
  const keys = new Map<string, string>();
  for (const spec of wanted) {
    // The statutory title only: variants (政府信息主动公开情况) are also the wording of
    // sub-items inside 总体情况, and short titles (总体情况) of headings of any level.
    const k = spec.title ? labelKey(spec.title) : '';
    if (k.length >= 6 && !keys.has(k)) keys.set(k, spec.id);
  }
  if (!keys.size) return found;
  const lines = doc.lines;
  for (let l = 0; l < lines.lineCount; l++) {
    const len = lines.lineEnd(l) - lines.lineStarts[l];
    if (len === 0 || len > MAX_BARE * 2) continue;
    const raw = lines.lineText(l).trim();
    // A colon leads into run-in content (政府信息主动公开情况：…), as sub-items of 总体情况 do.
    if (!raw || raw.length > MAX_BARE || /[:：]$/.test(raw)) continue;
    const id = keys.get(labelKey(raw));
    if (id) found.add(id);
  }
  return found;
}
