// text.matchAll(re) for a pattern that opens with a short run before an anchor character (a
// document number: up to 8 Han characters, then 〔): a regular expression that opens with such a
// run is tried at every position of the text, each time taking up to the whole run and giving it
// back one character at a time. Here it is tried only at the few positions before each anchor.

/** Sticky copies of the patterns, made once. */
const stickies = new WeakMap<RegExp, RegExp>();

/**
 * The matches of the global pattern `re` in `text`, the same (index, groups) and in the same order as
 * `text.matchAll(re)`, given that every match of `re` holds a character of `anchor` (one character
 * class) `minLead` to `maxLead` characters after its start and none before that one. Each anchor is
 * tried from at most `maxLead` characters before it, never from at or before the previous anchor.
 */
export function* anchoredMatchAll(text: string, re: RegExp, anchor: RegExp, minLead: number, maxLead: number): Generator<RegExpExecArray> {
  let sticky = stickies.get(re);
  if (!sticky) stickies.set(re, (sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  const anchors = new RegExp(anchor.source, 'g');
  let pos = 0;
  let last = -1;
  for (let a = anchors.exec(text); a; a = anchors.exec(text)) {
    const b = a.index;
    for (let p = Math.max(pos, b - maxLead, last + 1); p <= b - minLead; p++) {
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      if (m) {
        yield m;
        pos = m.index + Math.max(1, m[0].length);
        break;
      }
    }
    last = b;
  }
}
