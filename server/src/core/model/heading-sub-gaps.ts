// Second-level numbering that skips or repeats a numeral inside one part: （三） followed by
// （五）, or （二） twice (GB/T 9704-2012: the numerals of one level run in sequence). Counted
// within each part opened by a 一、-style heading on its own line; a part with a table, or with
// a （一）-style line that is a table row label, is left out (its labels are no outline); run-in
// headings (（三）政府信息管理方面:我镇……) count like headings on their own lines. A
// numeral lower than the one before starts a new list and is not judged. Linear.
import type { Heading } from '../parse/headings';

export interface SubGap {
  heading: Heading;
  previous: Heading;
  kind: 'skip' | 'repeat';
}

export function subheadingGaps(headings: readonly Heading[], isLabel: (h: Heading) => boolean,
  tableStarts: readonly number[] = []): SubGap[] {
  const out: SubGap[] = [];
  const starts = [...tableStarts].sort((x, y) => x - y);
  let part: Heading[] | null = null;
  let from = -1;
  const close = (to: number) => {
    if (!part) return;
    const hs = part;
    part = null;
    if (hs.some(isLabel) || anyBetween(starts, from, to)) return;
    for (let i = 1; i < hs.length; i++) {
      const [p, h] = [hs[i - 1], hs[i]];
      if (p.numeral === null || h.numeral === null) continue;
      if (h.numeral > p.numeral + 1) out.push({ heading: h, previous: p, kind: 'skip' });
      else if (h.numeral === p.numeral) out.push({ heading: h, previous: p, kind: 'repeat' });
    }
  };
  for (const h of headings) {
    if (h.style === 'cn') {
      close(h.line);
      if (!h.runIn && !isLabel(h)) { part = []; from = h.line; }
      continue;
    }
    if (part && h.style === 'paren-cn') part.push(h);
  }
  close(Number.MAX_SAFE_INTEGER);
  return out;
}

/** Whether the sorted list holds a value strictly between from and to (found by halving: a large draft has thousands of parts and tables). */
function anyBetween(sorted: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] > from) hi = mid;
    else lo = mid + 1;
  }
  return lo < sorted.length && sorted[lo] < to;
}
