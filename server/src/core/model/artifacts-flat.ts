// Web-page chrome in the head of a report pasted on one line (a page flattened with a space for each
// line break, or joined without any break): the page's header fields and toolbar words (【 字体: 打印,
// 时间:2023-01-31 15:52 来源:…, 您当前的位置:首页 » …) stand as pieces of the flat view (parse/flat-view.ts)
// before the report's text. Only the pieces before the first heading and before the first sentence
// end are looked at, and only items that are never report text or a page header's fields (tiers
// strong and meta): a bare word (联系我们) inside a line of prose is left alone.
import type { Analysis } from '../engine/lint';
import { classifyChrome, type ChromeLine } from './artifacts-chrome';

export interface FlatChrome { start: number; end: number; item: ChromeLine }

/** How many pieces of the line's head are looked at. */
const HEAD_PIECES = 12;

export function flatHeadChrome(a: Analysis): FlatChrome[] {
  const view = a.doc.view;
  if (!view || view.kind !== 'flat') return [];
  const read = a.doc.read;
  const firstHeading = view.headings.length ? Math.min(...view.headings.map((h) => h.line)) : view.lines.lineCount;
  // Every piece of the head read as chrome or not, in order (empty pieces left out).
  const head: (FlatChrome | null)[] = [];
  const n = Math.min(view.lines.lineCount, firstHeading, HEAD_PIECES);
  for (let p = 0; p < n; p++) {
    let start = view.lines.lineStarts[p];
    let end = view.lines.lineEnd(p);
    while (start < end && /\s/.test(read.slice(start, start + 1))) start++;
    while (end > start && /\s/.test(read.slice(end - 1, end))) end--;
    const text = read.slice(start, end);
    if (!text) continue;
    // The report's text has begun: a sentence ends in this piece. (Its head before a run of spaces, a
    // line break and a blank line turned to spaces, may still be the page's: 浏览次数: 字体:[ ] 分享:  2025年,…)
    if (/[。！？]/.test(text)) {
      const gap = /\s{2,}/.exec(text);
      const pre = gap ? text.slice(0, gap.index) : '';
      const item = pre && !/[。！？]/.test(pre) ? classifyChrome(pre) : null;
      if (item && (item.tier === 'strong' || item.tier === 'meta')) head.push({ start, end: start + pre.length, item });
      break;
    }
    const item = classifyChrome(text);
    head.push(item ? { start, end, item } : null);
  }
  // Items that are never report text or a page header's fields (tiers strong and meta); a bare toolbar
  // word (页面, 配色 one a piece) only in a run of chrome pieces that holds a strong one, as on lines.
  const out: FlatChrome[] = [];
  for (let i = 0; i < head.length; ) {
    if (!head[i]) { i++; continue; }
    let j = i;
    while (j < head.length && head[j]) j++;
    const run = head.slice(i, j) as FlatChrome[];
    const strong = run.some((f) => f.item.tier === 'strong');
    for (const f of run) {
      if (f.item.tier === 'strong' || f.item.tier === 'meta') out.push(f);
      else if (strong && f.item.tier === 'weak') out.push({ ...f, item: { ...f.item, tier: 'strong' } });
    }
    i = j;
  }
  return out;
}
