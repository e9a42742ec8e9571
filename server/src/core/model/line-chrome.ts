// The chrome reading of each line of a line map (classifyChrome of the line's text, trimmed), made
// once per line and kept beside the lines, for every reader that asks it of the same lines: the
// title finder's page-chrome test and the top menu (parse/page-chrome.ts), artifact-web's walk over
// the read lines, section-missing's page footer. Before, each asked classifyChrome of the line's
// text again: a memo look-up that hashes a fresh slice of the line each time.
import type { LineMap } from '../text/line-map';
import { classifyChrome, type ChromeLine } from './artifacts-chrome';

/** The chrome readings of one line map's lines, each made when first asked. */
export class LineChrome {
  /** 0 not asked yet, 1 no chrome, 2 chrome (its reading in `found`). */
  private readonly asked: Uint8Array;
  private readonly found = new Map<number, ChromeLine>();

  constructor(private readonly lines: LineMap) {
    this.asked = new Uint8Array(lines.lineCount);
  }

  /**
   * classifyChrome(lines.lineText(line).trim()), asked once per line (a copy each call, as
   * classifyChrome gives: callers may change what they get).
   */
  at(line: number): ChromeLine | null {
    const k = this.asked[line];
    if (k === 1) return null;
    if (k === 2) return { ...this.found.get(line)! };
    const c = classifyChrome(this.lines.lineText(line).trim());
    // (A line outside the map, if one is ever asked, is answered without keeping the answer.)
    if (k === undefined) return c;
    this.asked[line] = c === null ? 1 : 2;
    if (c !== null) this.found.set(line, { ...c });
    return c;
  }
}

const byMap = new WeakMap<LineMap, LineChrome>();

/** The chrome readings of `lines`' lines, one set per line map. */
export function chromeLines(lines: LineMap): LineChrome {
  let c = byMap.get(lines);
  if (!c) byMap.set(lines, (c = new LineChrome(lines)));
  return c;
}

/** classifyChrome(lines.lineText(line).trim()), asked once per line of `lines` (chromeLines). */
export function lineChrome(lines: LineMap, line: number): ChromeLine | null {
  return chromeLines(lines).at(line);
}
