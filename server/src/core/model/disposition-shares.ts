// Shares of the dispositions stated without their base: `予以公开及部分公开258件，占33.9%；不予公开35件，
// 占4.34%；无法提供265件，占32.9%；不予处理158件，占19.6%` (2019 上海市人民政府办公厅). The base is
// not written, so it is inferred from table 三: （七）总计, 本年新收, or 新收 + 上年结转. When three or
// more such shares are listed in one sentence and all but one fit one of these bases (rounded or
// truncated as text-rate accepts), the one that does not is reported with that base. Any other
// outcome (no base fits, two or more misfit, a part larger than the base) gives nothing.
import type { Analysis } from '../engine/lint';
import type { Count, Sentence } from './sentences';
import { honestPercent } from './rounding';
import { DISPOSITIONS, rowTotal } from './table-statements';
import { SHARE, SHARE_GAP } from './share-words';

export interface InferredShare { rate: Count; part: Count; base: number; baseName: string; baseNameEn: string }

export function dispositionShares(a: Analysis, s: Sentence): InferredShare[] {
  const t = a.report?.tables.get('applications');
  if (!t || /其中|包括|分别|各占|同比|上年|去年/.test(s.text)) return [];
  const listed: { rate: Count; part: Count }[] = [];
  let from = s.ns;
  for (const m of s.text.matchAll(SHARE)) {
    const at = s.ns + (m.index ?? 0);
    const end = at + m[0].length;
    const words = s.text.slice(from - s.ns, at - s.ns);
    const between = s.counts.filter((c) => c.ns >= from && c.ne <= at && c.unit !== '%');
    const rate = s.counts.find((c) => c.unit === '%' && c.ns >= at && c.ne <= end);
    from = end;
    if (!SHARE_GAP.test(m[1]) || !rate || between.length !== 1) return [];
    const part = between[0];
    if (!/^(件|宗)$/.test(part.unit) || part.approx || part.decimals || !DISPOSITIONS.some(([r]) => r.test(words))) return [];
    listed.push({ rate, part });
  }
  if (listed.length < 3) return [];
  const total = rowTotal(a, 'total');
  const received = rowTotal(a, 'new');
  const carried = rowTotal(a, 'carried');
  const bases: [number | null, string, string][] = [
    [total, '表三“（七）总计”', 'table 3 （七）总计'],
    [received, '表三“一、本年新收”', 'table 3 row 一 (received)'],
    [received !== null && carried !== null ? received + carried : null, '表三本年新收与上年结转之和', 'table 3 received + carried over'],
  ];
  for (const [base, name, nameEn] of bases) {
    if (base === null || base <= 0 || listed.some((x) => x.part.value > base)) continue;
    const misfits = listed.filter((x) => !honestPercent((x.part.value / base) * 100, x.rate.value, x.rate.decimals));
    if (misfits.length === 0) return [];
    if (misfits.length === 1) return [{ ...misfits[0], base, baseName: name, baseNameEn: nameEn }];
  }
  return [];
}
