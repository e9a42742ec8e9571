// Enumerations of the prose counted 一是…二是…三是 whose sequence breaks: 一是…二是…四是 (三是 skipped) or
// 一是…二是…二是 (repeated), a slip reviewers send back. Items are read within one paragraph and on into the
// next paragraphs as long as each of them holds items too; a paragraph without an item or a heading between
// two items ends the reading. 一是 while a list is open starts a list inside it (一是强化组织领导。…一是加强…
// 二是规范… / 二是严格落实…: the outer list goes on with the next item that fits it), so nested lists are
// no slip; an item that fits neither the inner list nor an outer one breaks the inner one's sequence, judged
// as the numbering of sub-headings is (heading-sub-gaps.ts gapKind: a lower numeral starts a new list). Not
// items: 其一/其二, 第一是, words ending in 一 (统一是, 唯一是, 之一是, 周一是), 是否, and numerals inside
// quotation marks or a title in 《》 (the pattern and the quote count shared with text-punctuation). Linear
// in the text.
import type { Analysis } from '../engine/lint';
import { prose, spanOf } from './sentences';
import { paragraphs } from './paragraphs';
import { gapKind } from './heading-sub-gaps';
import { chineseNumeral } from '../text/normalize';
import { enumerationPoint, quoteTracker } from './proof-lines';

export interface EnumerationItem {
  /** The numeral (3 for 三是). */
  numeral: number;
  /** The marker as written in normalised text (三是). */
  marker: string;
  /** Original span of the marker. */
  start: number;
  end: number;
}

export interface EnumerationGap {
  item: EnumerationItem;
  previous: EnumerationItem;
  /** skip: a numeral left out; repeat: the one before again; misnumbered: a skip by one whose next item
   *  repeats it (一是…三是…三是: this one should be 二是). */
  kind: 'skip' | 'repeat' | 'misnumbered';
}

/** Items of one sentence's text outside quotation marks and 《》 (normalised text folds “” to "), in one pass. */
function itemsOf(text: string): { at: number; numeral: number; marker: string }[] {
  const out: { at: number; numeral: number; marker: string }[] = [];
  if (!text.includes('是')) return out;
  const quoted = quoteTracker(text);
  for (const m of text.matchAll(enumerationPoint())) {
    const at = m.index ?? 0;
    const n = chineseNumeral(m[1]);
    if (n === null || n < 1 || n > 10 || quoted(at)) continue;
    out.push({ at, numeral: n, marker: m[0] });
  }
  return out;
}

/** How many lists one inside the other are followed at the most. */
const MAX_DEPTH = 8;

export function enumerationGaps(a: Analysis): EnumerationGap[] {
  const { sentences } = prose(a);
  if (!sentences.length) return [];
  // Heading starts in the original, sorted: a heading between two items ends the reading.
  const heads = [...a.doc.headings, ...(a.doc.view?.headings ?? [])].map((h) => h.start).sort((x, y) => x - y);
  let h = 0;
  const out: EnumerationGap[] = [];
  // The open lists, outermost first: each its last item (and the finding its last item made, if any).
  let open: { last: EnumerationItem; gap: EnumerationGap | null }[] = [];
  const add = (it: EnumerationItem) => {
    if (it.numeral === 1) {
      // Lists nested deeper than MAX_DEPTH are no real draft's: the outermost is dropped (a text of many 一是 stays linear).
      if (open.length >= MAX_DEPTH) open.shift();
      open.push({ last: it, gap: null });
      return;
    }
    // The innermost list it continues, or an outer one (the inner list ended).
    for (let k = open.length - 1; k >= 0; k--) {
      if (it.numeral === open[k].last.numeral + 1) { open.length = k + 1; open[k] = { last: it, gap: null }; return; }
    }
    const top = open[open.length - 1];
    const kind = top ? gapKind(top.last.numeral, it.numeral) : null;
    if (!top || !kind) { open = [{ last: it, gap: null }]; return; }
    // 一是…三是…三是: the skip and the repeat are one slip, the first 三是 standing for 二是.
    if (kind === 'repeat' && top.gap?.kind === 'skip' && top.gap.item.numeral === top.gap.previous.numeral + 2) {
      top.gap.kind = 'misnumbered';
      top.gap = null;
      return;
    }
    const gap: EnumerationGap = { item: it, previous: top.last, kind };
    out.push(gap);
    open[open.length - 1] = { last: it, gap };
  };
  for (const para of paragraphs(a)) {
    let any = false;
    for (const s of para) {
      for (const it of itemsOf(s.text)) {
        const ns = s.ns + it.at;
        const span = spanOf(a, ns, ns + it.marker.length);
        // A heading passed since the last item: the lists end.
        let passed = false;
        while (h < heads.length && heads[h] <= span.start) { passed = true; h++; }
        if (passed) open = [];
        add({ numeral: it.numeral, marker: it.marker, ...span });
        any = true;
      }
    }
    if (!any) open = [];
  }
  return out;
}
