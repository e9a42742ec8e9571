// Second-level numbering that skips or repeats a numeral inside one part: （三） followed by
// （五）, or （二） twice (GB/T 9704-2012: the numerals of one level run in sequence). Counted
// within each part opened by a 一、-style heading on its own line; a part with a table, or with
// a （一）-style line that is a table row label, is left out (its labels are no outline); run-in
// headings (（三）政府信息管理方面:我镇……) count like headings on their own lines. A
// numeral lower than the one before starts a new list and is not judged. Linear.
import type { Heading } from '../parse/headings';
import { countAtMost } from '../text/sorted-search';

export interface SubGap {
  heading: Heading;
  previous: Heading;
  kind: 'skip' | 'repeat';
}

export function subheadingGaps(headings: readonly Heading[], isLabel: (h: Heading) => boolean,
  tableStarts: readonly number[] = []): SubGap[] {
  return levelGaps(headings, isLabel, tableStarts, { opens: 'cn', closes: ['cn'], counts: 'paren-cn', kinds: ['skip', 'repeat'] });
}

/**
 * Third-level numbering that repeats a numeral inside one second-level subpart: 1、 … 1、 under （一） (the second
 * should be 2、). Counted within each subpart opened by a （一）-style heading (a 一、-style one closes it); a
 * subpart with a table, or with a 1.-style line that is a table row label, is left out. Only repeats: a numeral
 * skipped at this level is often a line the parser does not read as a heading (2.2020年，街道……: a year after the
 * numeral), and a lower numeral starts a new list. Linear.
 */
export function thirdLevelRepeats(headings: readonly Heading[], isLabel: (h: Heading) => boolean,
  tableStarts: readonly number[] = []): SubGap[] {
  return levelGaps(headings, isLabel, tableStarts, { opens: 'paren-cn', closes: ['cn', 'paren-cn'], counts: 'arabic', kinds: ['repeat'] });
}

/**
 * The numbering gaps of the `counts`-style headings within each group a heading of style `opens` starts (on its
 * own line, not a table label) and any heading of a `closes` style ends; a group holding a table or a table label
 * is left out.
 */
function levelGaps(headings: readonly Heading[], isLabel: (h: Heading) => boolean, tableStarts: readonly number[],
  level: { opens: Heading['style']; closes: readonly Heading['style'][]; counts: Heading['style']; kinds: readonly SubGap['kind'][] }): SubGap[] {
  const out: SubGap[] = [];
  const starts = [...tableStarts].sort((x, y) => x - y);
  let group: Heading[] | null = null;
  let from = -1;
  const close = (to: number) => {
    if (!group) return;
    const hs = group;
    group = null;
    if (hs.some(isLabel) || anyBetween(starts, from, to)) return;
    for (const g of numberingGaps(hs.map((h) => h.numeral))) {
      if (level.kinds.includes(g.kind)) out.push({ heading: hs[g.index], previous: hs[g.index - 1], kind: g.kind });
    }
  };
  for (const h of headings) {
    if (level.closes.includes(h.style)) {
      close(h.line);
      if (h.style === level.opens && !h.runIn && !isLabel(h)) { group = []; from = h.line; }
      continue;
    }
    if (group && h.style === level.counts) group.push(h);
  }
  close(Number.MAX_SAFE_INTEGER);
  return out;
}

/**
 * Where a run of numerals breaks its sequence: a numeral more than one above the one before (skip), or
 * equal to it (repeat). A lower one starts a new list and is not judged; a null is not compared. Also
 * the enumerations of the prose (一是…二是…, model/enumeration-gaps.ts).
 */
export function numberingGaps(numerals: readonly (number | null)[]): { index: number; kind: 'skip' | 'repeat' }[] {
  const out: { index: number; kind: 'skip' | 'repeat' }[] = [];
  for (let i = 1; i < numerals.length; i++) {
    const kind = gapKind(numerals[i - 1], numerals[i]);
    if (kind) out.push({ index: i, kind });
  }
  return out;
}

/** How numeral n breaks the sequence after p: skip, repeat, or null (next in order, or lower: a new list). */
export function gapKind(p: number | null, n: number | null): 'skip' | 'repeat' | null {
  if (p === null || n === null) return null;
  return n > p + 1 ? 'skip' : n === p ? 'repeat' : null;
}

/** Whether the sorted list holds a value strictly between from and to (found by halving: a large draft has thousands of parts and tables). */
function anyBetween(sorted: readonly number[], from: number, to: number): boolean {
  const lo = countAtMost(sorted, from);
  return lo < sorted.length && sorted[lo] < to;
}
