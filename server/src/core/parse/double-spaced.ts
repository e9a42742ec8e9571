// A text pasted double-spaced: a blank line after every line (a Word document's paragraph spacing,
// a browser copy of <p> paragraphs). Its blank lines then tell nothing: two cells that touched on
// the page (a label and its value in PDF text) are parted like two paragraphs. Readers that take
// touching lines as evidence of a layout ask here whether the text could show any.
import type { LineMap } from '../text/line-map';
import type { TableBlock } from './tables';
import { wrapWidth } from './wrap-view';
import { PieceLineMap } from './flat-view';

/** Non-blank lines a text needs before its spacing is judged, and the share that may touch the next. */
const MIN_LINES = 8;
const TOUCH_SHARE = 0.02;

/** Lines looked at for prose (wrapWidth samples no further). */
const PROSE_SCAN = 600;

const memo = new WeakMap<LineMap, boolean>();
const wrappedMemo = new WeakMap<LineMap, boolean>();

/** Is (nearly) every non-blank line of the text followed by a blank line? Once per LineMap, linear. */
export function isDoubleSpaced(lines: LineMap): boolean {
  let hit = memo.get(lines);
  if (hit !== undefined) return hit;
  let filled = 0;
  let touching = 0;
  let prevFilled = false;
  for (let l = 0; l < lines.lineCount; l++) {
    // (A line of spaces or tabs is a line of the text: the paste's blank line is empty.)
    const filledNow = lines.lineText(l) !== '';
    if (filledNow) filled++;
    if (filledNow && prevFilled) touching++;
    prevFilled = filledNow;
  }
  hit = filled >= MIN_LINES && touching <= filled * TOUCH_SHARE;
  memo.set(lines, hit);
  return hit;
}

/**
 * PDF text broken at the page width (many lines filling one width, ending inside sentences: see
 * wrap-view.ts) pasted double-spaced: its one-line cells are PDF cells in reading order, which
 * touched on the page, never a web table's paragraphs.
 */
export function isDoubleSpacedPdf(lines: LineMap): boolean {
  let hit = wrappedMemo.get(lines);
  if (hit !== undefined) return hit;
  if (!isDoubleSpaced(lines)) hit = false;
  else {
    // Only prose lines count (a comma or a stop inside): a table's labels alone can share a length.
    const notProse = new Set<number>();
    for (let l = 0; l < lines.lineCount && l < PROSE_SCAN; l++) if (!/[，,。]/.test(lines.lineText(l))) notProse.add(l);
    hit = wrapWidth(lines, notProse) !== null;
  }
  wrappedMemo.set(lines, hit);
  return hit;
}

/**
 * The text's lines without the one blank line a double-spaced paste put between two lines with
 * text (longer runs of blank lines stay: they were blank lines before), as a view at the same
 * offsets, with the line of the text each view line is. Readers whose rows are lines that touch
 * (pipe and tab rows) read a double-spaced text through it.
 */
export function undoubledLines(lines: LineMap): { view: LineMap; lineOf: Int32Array } {
  const keep: number[] = [];
  const n = lines.lineCount;
  const blank = (l: number) => lines.lineText(l) === '';
  for (let l = 0; l < n; l++) {
    if (blank(l) && l > 0 && l + 1 < n && !blank(l - 1) && !blank(l + 1)) continue;
    keep.push(l);
  }
  const lineOf = Int32Array.from(keep);
  const view = new PieceLineMap(lines.text, keep.map((l) => lines.lineStarts[l]), keep.map((l) => lines.lineEnd(l)));
  return { view, lineOf };
}

/**
 * A reader's blocks read on the text's lines without the blank line after each line (undoubledLines),
 * given back their lines in the text and marked `spaced`; `free` and `skip` are asked of the text's lines.
 */
export function readUndoubled(lines: LineMap, free: (line: number) => boolean, read: (view: LineMap, free: (line: number) => boolean) => TableBlock[]): TableBlock[] {
  const { view, lineOf } = undoubledLines(lines);
  const blocks = read(view, (v) => free(lineOf[v]));
  const seen = new Set<object>();
  for (const b of blocks) {
    b.spaced = true;
    b.startLine = lineOf[b.startLine];
    b.endLine = lineOf[b.endLine];
    for (const r of b.rows) {
      if (seen.has(r)) continue;
      seen.add(r);
      r.line = lineOf[r.line];
      r.endLine = lineOf[r.endLine];
    }
  }
  return blocks;
}

/** How many lines of the text hold `n` lines as written: twice as many in a text pasted double-spaced. */
export function spacedLines(lines: LineMap, n: number): number {
  return isDoubleSpaced(lines) ? 2 * n : n;
}

/** Is the line the blank line a double-spaced paste put after a line (between two lines with text)? */
export function isDoublingBlank(lines: LineMap, line: number): boolean {
  return line > 0 && line + 1 < lines.lineCount && lines.lineText(line) === '' && lines.lineText(line - 1) !== ''
    && lines.lineText(line + 1) !== '' && isDoubleSpaced(lines);
}
