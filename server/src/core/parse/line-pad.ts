// A copy that ends every line with a space (an editor or web form that pads line ends: `规章 `, and
// a blank line a line of one space). In such a text the pad is no content: a line of one space is
// a blank line, not a blank cell kept as a space (an empty <td> copied as &nbsp;), and a tab line's
// last piece is what stands before the pad. The table readers that tell a blank line from a line
// of spaces read lines through padless().
import type { LineMap } from '../text/line-map';

/** Non-empty lines that must end in a space for the text to count as padded (a share and a floor). */
const PADDED_SHARE = 0.9;
const MIN_PADDED = 10;

const memo = new WeakMap<LineMap, boolean>();

/** Does (nearly) every non-empty line of the text end in a space? Once per LineMap, linear. */
export function padsLineEnds(lines: LineMap): boolean {
  let hit = memo.get(lines);
  if (hit !== undefined) return hit;
  let filled = 0;
  let padded = 0;
  for (let l = 0; l < lines.lineCount; l++) {
    const t = lines.lineText(l);
    if (t === '') continue;
    filled++;
    if (t.charCodeAt(t.length - 1) === 32) padded++;
  }
  hit = padded >= MIN_PADDED && padded >= filled * PADDED_SHARE;
  memo.set(lines, hit);
  return hit;
}

/** A line's text without the one space a padded text ends it with (the same text otherwise); starts stay. */
export function padless(lines: LineMap, line: number): string {
  const t = lines.lineText(line);
  return t.charCodeAt(t.length - 1) === 32 && padsLineEnds(lines) ? t.slice(0, -1) : t;
}
