// Detection of a hacked page's report title whose kind words a spam term replaced (split from detect.ts).
import type { ParsedDocument } from '../parse/document';
import { normalize } from '../text/normalize';
import { spamPattern } from '../text/spam-terms';
import { openingLines } from '../parse/opening-lines';

/**
 * A hacked page's title whose kind words a spam term replaced (2025年澳门赌场推荐工作年度报告): a
 * line among the first ones, with a year and a spam term, that reads as a report title of the
 * kind once the term stands for the kind's title words. The title parser does not take it (it
 * names no kind), so the line is looked for here; and the title the parser joined over lines
 * (2025年澳门赌场推荐工作年度 / 报告) or two touching lines, which no line holds whole.
 */
let spam: RegExp | undefined;
export function spamMaskedTitle(doc: ParsedDocument, kindWords: string, isTitle: (t: string) => boolean): string | null {
  const masks = (raw: string): boolean => {
    const norm = normalize(raw);
    if (norm.length > 60 || !/(?:19|20)\d{2}年/.test(norm)) return false;
    // (A global pattern made once: replace starts it at 0 whatever its lastIndex.)
    const masked = norm.replace(spam ??= spamPattern(), kindWords);
    return masked !== norm && isTitle(masked);
  };
  // (Or the title named in the opening sentence, 现将我局编制的2025年澳门赌场推荐工作年度报告向社会公开, the page's own title lost.)
  if (doc.title && ((doc.title.endLine ?? doc.title.line) > doc.title.line || doc.title.source === 'sentence') && masks(doc.title.norm)) return doc.title.norm;
  // (Or a line with the line above it, the title broken inside the spam term: 2025年澳门赌 / 场推荐工作年度报告.)
  // (Two lines touch when no blank line parts them: the walk passes blank lines only.)
  let up = '';
  let last = -2;
  for (const at of openingLines(doc.readLines, { max: 6, within: 30 })) {
    const raw = at.raw.slice(0, 120).trim();
    if (at.line !== last + 1) up = '';
    last = at.line;
    if (masks(raw)) return raw;
    if (up && masks(up + raw)) return up + raw;
    up = raw;
  }
  return null;
}
