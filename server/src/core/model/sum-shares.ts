// The shares a list of parts states for each part (其中，区直各单位主动公开1397条，占73%。各乡镇主动
// 公开534条，占27%。): when every listed part carries its share of the total and the shares add up
// to 100 %, the list covers the whole total, even without a 其他 among it, and the parts must add
// up to the total. The list may go on in the sentences right after the 其中 sentence, on its line,
// each stating one more part of the total's unit and its share (real-pages oE/04, a 2012 report:
// 1397 + 534 = 1931 against 1913).
import type { Count, Sentence } from './sentences';

/** A clause giving the share of the part before it: 占73%, 占比27.5%. */
const SHARE = /^[,，]?占(?:比|到)?(?:约)?\d+(?:\.\d+)?%/;
/** Half a unit of the share's last written digit: what rounding it may have moved (73% ±0.5, 38.46% ±0.005). */
const halfUnit = (c: Count) => 0.5 * 10 ** -c.decimals;

function shareIn(clauses: Sentence['clauses'], after: Count): Count | null {
  const k = clauses.findIndex((c) => c.ns <= after.ns && after.ne <= c.ne);
  if (k < 0) return null;
  // The share in the part's own clause after its figure (1397条占73%), or in the next clause.
  const own = clauses[k].counts.find((c) => c.unit === '%' && c.ns >= after.ne);
  if (own) return own;
  const next = clauses[k + 1];
  if (!next || !SHARE.test(next.text)) return null;
  return next.counts.find((c) => c.unit === '%') ?? null;
}

export interface ShareList {
  /** The parts stated in the sentences after the 其中 sentence. */
  more: Count[];
  /** The sum of every share. */
  shares: number;
}

/** The shares add up to 100 % within what rounding each may have moved (a hundredth more for float sums). */
const whole = (shares: number, slack: number) => Math.abs(shares - 100) <= slack + 1e-9;

/**
 * When every part after 其中 in sentence k, and the parts of the sentences right after it (same line,
 * each: one count of `unit` and its share), state a share and the shares make 100 % (within rounding):
 * those further parts. Null otherwise.
 */
export function sharesCoverAll(sentences: Sentence[], k: number, parts: Count[], unit: string): ShareList | null {
  const s = sentences[k];
  let shares = 0;
  let slack = 0;
  for (const p of parts) {
    const v = shareIn(s.clauses, p);
    if (v === null) return null;
    shares += v.value;
    slack += halfUnit(v);
  }
  const more: Count[] = [];
  for (let j = k + 1; j < sentences.length && j <= k + 4 && !whole(shares, slack); j++) {
    const t = sentences[j];
    if (t.line !== s.line || /其中|包括|合计|总计|共计/.test(t.text)) break;
    const cs = t.counts.filter((c) => c.unit !== '%');
    if (cs.length !== 1 || cs[0].unit !== unit || cs[0].approx || cs[0].decimals) break;
    const v = shareIn(t.clauses, cs[0]);
    if (v === null) break;
    more.push(cs[0]);
    shares += v.value;
    slack += halfUnit(v);
  }
  return parts.length + more.length >= 2 && whole(shares, slack) ? { more, shares } : null;
}
