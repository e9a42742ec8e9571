// The chrome reading of each line of a line map (classifyChrome of the line's text, trimmed), made
// once per line and kept beside the lines, for every reader that asks it of the same lines: the
// title finder's page-chrome test and the top menu (parse/page-chrome.ts), artifact-web's walk over
// the read lines, section-missing's page footer. Before, each asked classifyChrome of the line's
// text again: a memo look-up that hashes a fresh slice of the line each time.
import type { LineMap } from '../text/line-map';
import { classifyChrome, type ChromeLine } from './artifacts-chrome';

interface Answers {
  /** 0 not asked yet, 1 no chrome, 2 chrome (its reading in `found`). */
  readonly asked: Uint8Array;
  readonly found: Map<number, ChromeLine>;
}

const byMap = new WeakMap<LineMap, Answers>();

/**
 * classifyChrome(lines.lineText(line).trim()), asked once per line of `lines` (a copy each call,
 * as classifyChrome gives: callers may change what they get).
 */
export function lineChrome(lines: LineMap, line: number): ChromeLine | null {
  let answers = byMap.get(lines);
  if (!answers) byMap.set(lines, (answers = { asked: new Uint8Array(lines.lineCount), found: new Map() }));
  if (line < 0 || line >= answers.asked.length) return classifyChrome(lines.lineText(line).trim());
  const k = answers.asked[line];
  if (k === 1) return null;
  if (k === 2) return { ...answers.found.get(line)! };
  const c = classifyChrome(lines.lineText(line).trim());
  answers.asked[line] = c === null ? 1 : 2;
  if (c !== null) answers.found.set(line, c);
  return c === null ? null : { ...c };
}
