// Line helpers shared by the artifact rules (artifact-web, artifact-ocr, artifact-conversion):
// debris of copying a report out of a web page, a PDF or a script converter sits on whole
// lines, so these rules report a line's text and offer to delete the line.
import type { Analysis } from '../engine/lint';
import type { TextEdit } from '../types';
import type { ReadText } from '../parse/read-text';

const LEADING_SPACE = /^[\s\u3000]+/;

/** Offsets of a line's text without leading and trailing whitespace (full-width spaces too). */
export function trimmedLine(a: Analysis, line: number): { start: number; end: number; text: string } {
  const lines = a.doc.lines;
  const raw = a.doc.work.slice(lines.lineStarts[line], lines.lineEnd(line));
  // (Measured, not stripped: a copy of every line without its indent was made only for its length.)
  const lead = LEADING_SPACE.exec(raw)?.[0].length ?? 0;
  const text = raw.trim();
  const start = lines.lineStarts[line] + lead;
  return { start, end: start + text.length, text };
}

/** Lines' texts by line number (a TrimmedLines, or a list of the lines' spans). */
export interface LineTexts {
  readonly length: number;
  text(line: number): string;
}

/**
 * Every line's trimmedLine span, held as two offsets a line (not an object and a slice a line: a
 * 20 MB draft has 325,000 lines), with its text cut from `source` when asked: the work text, or
 * another text of the same offsets (`read`, over()).
 */
export class TrimmedLines implements LineTexts {
  readonly length: number;

  private constructor(private readonly source: string | ReadText, private readonly starts: Int32Array, private readonly ends: Int32Array) {
    this.length = starts.length;
  }

  /** The trimmed lines of the work text. */
  static of(a: Analysis): TrimmedLines {
    const n = a.doc.lines.lineCount;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    for (let l = 0; l < n; l++) {
      const t = trimmedLine(a, l);
      starts[l] = t.start;
      ends[l] = t.end;
    }
    return new TrimmedLines(a.doc.work, starts, ends);
  }

  /** The same spans read in `source` (same offsets as the work text: the read text, doc.read). */
  over(source: string | ReadText): TrimmedLines {
    // (A read text that is the work text itself: its string, not a second reader of the same.)
    const s = typeof source === 'string' || !source.same ? source : source.whole();
    return s === this.source ? this : new TrimmedLines(s, this.starts, this.ends);
  }

  start(line: number): number {
    return this.starts[line];
  }

  end(line: number): number {
    return this.ends[line];
  }

  text(line: number): string {
    return this.source.slice(this.starts[line], this.ends[line]);
  }

  /** Whether the line holds any non-whitespace text. */
  filled(line: number): boolean {
    return this.ends[line] > this.starts[line];
  }

  /** trimmedLine(a, line) as an object. */
  at(line: number): { start: number; end: number; text: string } {
    return { start: this.starts[line], end: this.ends[line], text: this.text(line) };
  }
}

/**
 * Deletes a whole line with its line break, so that no empty line is left behind. The last
 * line takes the break before it instead (the text then ends where the previous line ended).
 */
export function deleteLineEdit(a: Analysis, line: number): TextEdit {
  const lines = a.doc.lines;
  const start = lines.lineStarts[line];
  if (line + 1 < lines.lineCount) return { start, end: lines.lineStarts[line + 1], newText: '' };
  const from = line > 0 ? lines.lineEnd(line - 1) : start;
  return { start: from, end: lines.lineEnd(line), newText: '' };
}

/** Lines that hold any non-whitespace text, in order. */
export function nonBlankLines(a: Analysis): number[] {
  const out: number[] = [];
  for (let l = 0; l < a.doc.lines.lineCount; l++) if (trimmedLine(a, l).text) out.push(l);
  return out;
}

/** Shortens a line for a message: at most n characters, with an ellipsis. */
export function excerpt(s: string, n = 24): string {
  return s.length > n ? s.slice(0, n) + '…' : s;
}
