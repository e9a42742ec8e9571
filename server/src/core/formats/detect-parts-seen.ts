// The statutory parts a text shows when the detection found no title and no opening to go by (for detect.ts): a piece
// of a report (a PDF's contents page, a page from inside the overview) is a report whose kind or year cannot be
// settled, never silently no report.
import type { ParsedDocument } from '../parse/document';
import type { LineMap } from '../text/line-map';
import { labelKey } from '../text/normalize';
import { topHeadings } from './detect-opening';

/**
 * A line of a contents page: a part's title, dot leaders (…… / ....... / · · ·) and a page number
 * (一、总体情况.............................................. 1).
 */
const CONTENTS_LINE = /^\s*[一二三四五六七八九十]{1,2}[、.．]\s*([^.…·]{2,40}?)\s*(?:[.…·・]\s*){4,}\s*\d{1,3}\s*$/;
/** A numbered sub-part of 一、总体情况 as the 2021 format names them ((三)政府信息管理, (四)政府信息公开平台建设). */
const OVERVIEW_SUBPART = /^(?:政府信息)?(?:主动公开|依申请公开|政府信息管理|(?:政府信息公开)?平台建设|监督保障)$/;

/**
 * How many distinct statutory parts of a government report the text shows: a top heading with a part's title (as
 * `isPartTitle` reads a label key), a contents line naming one, or a numbered sub-part of the overview under the
 * 2021 format's own name ((三)政府信息管理), each counted once. The contents lines are read on `lines`, the text's own
 * lines (a view of PDF text as paragraphs joins a contents page's lines).
 */
export function statutoryPartsSeen(doc: ParsedDocument, lines: LineMap, isPartTitle: (key: string) => boolean): number {
  const seen = new Set<string>();
  for (const h of topHeadings(doc)) {
    const k = labelKey(h.title);
    if (k.length > 30) continue;
    if (isPartTitle(k)) seen.add(k);
    else if (h.level === 2 && OVERVIEW_SUBPART.test(k)) seen.add(k);
  }
  for (let line = 0; line < lines.lineCount && line < 80; line++) {
    const m = CONTENTS_LINE.exec(lines.lineText(line).slice(0, 160));
    if (!m) continue;
    const k = labelKey(m[1]);
    if (isPartTitle(k)) seen.add(k);
  }
  return seen.size;
}
