// A count stated by category, after its total, without 其中: the 2008 regulation's reports give
// 主动公开政府信息的数量 and then 主动公开政府信息的主要类别 as two items (（一）主动公开政府信息的数量共192条。
// （二）主动公开政府信息的主要类别情况：党政信息类147条，文件类47条，制度类4条。), or open the breakdown with the
// total (在本年度主动公开的14条政府信息中，机构职能类信息6条，…). text-sum's lists start at 其中/包括 and do not
// reach these. Only the breakdown is read here; whether its sum is wrong is text-sum's to say.
import type { Count, Sentence } from './sentences';

export interface CategoryBreakdown {
  total: Count;
  parts: Count[];
}

/** Words that name a breakdown by category (主要类别, 类别情况, 按类别). */
const CATEGORY = /类别/;
/** The sentence with the total names it one (数量, 共, 总数, 合计), and a count of the year (not one that runs on). */
const TOTAL_WORDS = /数量|共|总数|合计/;
const RUNNING = /累计|历年|截至|截止/;
/** How many sentences back the total may stand (the item's heading may be a sentence of its own). */
const BACK = 2;

function plain(c: Count): boolean {
  return !c.approx && c.decimals === 0 && c.unit !== '%';
}

/**
 * The breakdown by category that sentence `k` states, with the total it breaks down: in the same
 * sentence (在本年度主动公开的14条政府信息中，…) or as the one count of one of the BACK sentences before it. The
 * words before its first figure, or a heading sentence of no figure right before it, name 类别. Null when
 * the sentence is no such breakdown, or its figures are rounded, in mixed units or fewer than two.
 */
export function categoryBreakdown(sentences: Sentence[], k: number, text: string): CategoryBreakdown | null {
  const s = sentences[k];
  const counts = s.counts.filter(plain);
  if (counts.length < 2 || /其中|包括|包含/.test(s.text)) return null;
  if (s.counts.some((c) => c.unit !== '%' && !plain(c))) return null;
  if (!counts.every((c) => c.unit === counts[0].unit)) return null;
  const prev = k > 0 ? sentences[k - 1] : null;
  const heading = !!prev && prev.counts.length === 0 && s.line - prev.line <= 2 && CATEGORY.test(prev.text);
  if (!heading && !CATEGORY.test(text.slice(s.ns, counts[0].ns))) return null;
  // 在本年度主动公开的14条政府信息中，…: the first figure is the total.
  const clause = /^[^,;:。]*/.exec(text.slice(counts[0].ne, s.ne))?.[0] ?? '';
  if (/的$/.test(text.slice(s.ns, counts[0].ns)) && /中$/.test(clause)) {
    return counts.length >= 3 ? { total: counts[0], parts: counts.slice(1) } : null;
  }
  for (let j = k - 1; j >= 0 && j >= k - BACK; j--) {
    const t = sentences[j];
    if (s.line - t.line > 3) break;
    const own = t.counts.filter((c) => c.unit !== '%');
    if (own.length === 0) continue;
    // A figure with its share (各乡镇主动公开政府信息477条，占23.1%) is a part of an earlier total.
    if (own.length !== t.counts.length) return null;
    if (own.length !== 1 || !plain(own[0]) || own[0].unit !== counts[0].unit) return null;
    if (!TOTAL_WORDS.test(t.text) || RUNNING.test(t.text)) return null;
    return { total: own[0], parts: counts };
  }
  return null;
}
