// Second-level numbering that does not start at （一）: a part whose first （一）-style heading is
// （二） or later (GB/T 9704-2012: the numerals of one level run 一、（一）1.（1） from the first).
import type { Heading } from '../parse/headings';

/**
 * The first （一）-style heading under each 一、-style heading, when its numeral is not 1.
 * Only parts whose 一、 heading stands on its own line; table row labels (（一）予以公开) are
 * skipped by `isLabel`, and so is a part with a table (line numbers `tableStarts`) above its
 * first （一） heading. Linear in the number of headings.
 */
export function firstSubheadingsOutOfStart(headings: readonly Heading[], isLabel: (h: Heading) => boolean,
  tableStarts: readonly number[] = []): Heading[] {
  const out: Heading[] = [];
  const starts = [...tableStarts].sort((x, y) => x - y);
  let open = false;
  let from = -1;
  let t = 0;
  for (const h of headings) {
    if (h.style === 'cn') {
      open = !h.runIn && !isLabel(h);
      from = h.line;
      continue;
    }
    if (!open || h.style !== 'paren-cn' || isLabel(h)) continue;
    open = false;
    // A table between the part's heading and this one: its row labels ((一)予以公开, cut or not)
    // are no outline.
    while (t < starts.length && starts[t] <= from) t++;
    if (t < starts.length && starts[t] < h.line) continue;
    if (h.numeral !== null && h.numeral > 1 && !h.runIn) out.push(h);
  }
  return out;
}

/**
 * （一）-style headings that repeat the numeral of the one just before them in the same part
 * （（三）加强政策解读工作 then （三）提高各类政务热线……）, or skip numerals after it （（三） then （五））. A part's headings are compared only until
 * a table starts (its row labels are no outline) or the next 一、-style heading; table row labels
 * are skipped by `isLabel`. Linear in the number of headings.
 */
export function subheadingsOutOfSequence(headings: readonly Heading[], isLabel: (h: Heading) => boolean,
  tableStarts: readonly number[] = []): { heading: Heading; previous: Heading }[] {
  const out: { heading: Heading; previous: Heading }[] = [];
  const starts = [...tableStarts].sort((x, y) => x - y);
  let prev: Heading | null = null;
  let open = false;
  let t = 0;
  for (const h of headings) {
    while (t < starts.length && starts[t] <= h.line) {
      t++;
      prev = null;
      open = false;
    }
    if (h.style === 'cn') {
      open = !h.runIn && !isLabel(h);
      prev = null;
      continue;
    }
    if (!open || h.style !== 'paren-cn' || h.numeral === null || isLabel(h)) continue;
    if (prev && (prev.numeral === h.numeral || h.numeral > prev.numeral! + 1)) out.push({ heading: h, previous: prev });
    prev = h;
  }
  return out;
}
