// Shares whose base was stated in an earlier sentence of the paragraph, without 其中/包括 to point at
// it: `全年共收到政府信息公开申请120件。予以公开48件，占40%。` The base is resolved only when exactly
// one count of the part's unit precedes the part in the paragraph (counts that carry their own share,
// 予以公开48件，占40%, are parts, not bases), and that count stands in an earlier sentence. A share that
// fits that base is right; one that fits no reading of it but fits another base — any other count of
// the unit in the paragraph, the sum of two earlier counts, or table 三's （七）总计, 本年新收 or
// 新收 + 上年结转 — is left alone. Only what is left is returned. Sentences with 其中/包括 (text-share's
// own reading), 分别, 各占, or comparisons with last year are not read.
import type { Analysis } from '../engine/lint';
import type { Count, Sentence } from './sentences';
import { honestPercent } from './rounding';
import { rowTotal } from './table-statements';
import { SHARE, SHARE_GAP_CASES } from './share-words';

export interface ParagraphShare { rate: Count; part: Count; base: Count }

/** The verb a share names its base by (占受理案件总数的38%): the earlier count said with it is the base. */
const NAMED_BASE = /受理|办结|答复|办理/;
const NOT_READ = /其中|包括|分别|各占|同比|上年|去年|上一年|增长|下降|增加|减少|提高|降低|较|环比/;
/** A count followed by its own share (48件，占40%): a part, not a base. */
const OWN_SHARE = /^,?(约)?占/;

function usable(c: Count): boolean {
  return c.unit !== '%' && !c.approx && !c.decimals;
}

export function paragraphShares(a: Analysis, para: Sentence[], k: number, text: string): ParagraphShare[] {
  const s = para[k];
  // A paragraph of dozens of sentences (a report pasted on one line) has no single base to find.
  if (k === 0 || k > 30 || NOT_READ.test(s.text)) return [];
  const isPart = (c: Count) => OWN_SHARE.test(text.slice(c.ne, c.ne + 4));
  const earlier = para.slice(0, k).flatMap((x) => x.counts).filter(usable);
  const everywhere = para.flatMap((x) => x.counts).filter(usable);
  const t = a.report?.tables.get('applications');
  const table = t ? [rowTotal(a, 'total'), rowTotal(a, 'new')] : [];
  if (t) {
    const n = rowTotal(a, 'new');
    const c = rowTotal(a, 'carried');
    if (n !== null && c !== null) table.push(n + c);
  }
  const out: ParagraphShare[] = [];
  const read: ParagraphShare[] = [];
  let from = s.ns;
  for (const m of s.text.matchAll(SHARE)) {
    const at = s.ns + (m.index ?? 0);
    const end = at + m[0].length;
    const between = s.counts.filter((c) => c.ns >= from && c.ne <= at && c.unit !== '%');
    const rate = s.counts.find((c) => c.unit === '%' && c.ns >= at && c.ne <= end);
    from = end;
    if (!SHARE_GAP_CASES.test(m[1]) || !rate || between.length !== 1 || !usable(between[0])) continue;
    const part = between[0];
    // The part must be in the clause of the share or the clause just before it.
    if (s.clauses.filter((c) => c.ne > part.ns && c.ns < at).length > 2) continue;
    let before = [...earlier, ...s.counts.filter((c) => usable(c) && c.ne <= part.ns)]
      .filter((c) => c.unit === part.unit && !isPart(c));
    // Several counts before, the share naming its base (收到16件，立案受理15件。…维持5件，占受理案件总数的38%):
    // the one earlier count whose clause says that verb.
    const verb = before.length > 1 ? NAMED_BASE.exec(m[1])?.[0] : undefined;
    if (verb) {
      const named = before.filter((c) => earlier.includes(c) && clauseHead(para, c, text).includes(verb));
      if (named.length === 1) before = named;
    }
    if (before.length !== 1 || !earlier.includes(before[0])) continue;
    const base = before[0];
    if (base.value <= 0 || part.value > base.value) continue;
    const fits = (b: number | null) => b !== null && b > 0 && part.value <= b && honestPercent((part.value / b) * 100, rate.value, rate.decimals);
    read.push({ rate, part, base });
    if (fits(base.value)) continue;
    // Another base the share may be of: any other count of the unit in the paragraph, two earlier ones together, or table 三.
    const others = everywhere.filter((c) => c !== part && c !== base && c.unit === part.unit).map((c) => c.value);
    const pairs = earlier.filter((c) => c.unit === part.unit && c !== base).map((c) => c.value + base.value);
    if ([...others, ...pairs, ...table].some(fits)) continue;
    out.push({ rate, part, base });
  }
  // Shares of one base adjusted to add up to 100%: within one unit of the last digit each.
  if (read.length >= 2 && Math.abs(read.reduce((n, f) => n + f.rate.value, 0) - 100) < 1e-6 && read.every((f) => f.base === read[0].base)) {
    return out.filter((f) => Math.abs((f.part.value / f.base.value) * 100 - f.rate.value) >= 10 ** -f.rate.decimals - 1e-9);
  }
  return out;
}

/** The words of a count's clause before it (立案受理 for 立案受理15件). */
function clauseHead(para: Sentence[], c: Count, text: string): string {
  for (const x of para) {
    if (c.ns < x.ns || c.ne > x.ne) continue;
    const clause = x.clauses.find((q) => q.ns <= c.ns && q.ne >= c.ne);
    return clause ? text.slice(clause.ns, c.ns) : '';
  }
  return '';
}
