// Converts between UTF-16 offsets and 0-based line/character positions.
// Line breaks are \n, \r\n or a lone \r, as in LSP.
import { countAtMost } from './sorted-search';

export interface Position {
  line: number;
  character: number;
}

/** The most lines whose texts a line map keeps (lineText). */
const LINE_TEXTS_MAX = 50_000;

export class LineMap {
  /** Offset of the first character of each line. */
  readonly lineStarts: number[];

  /** `starts`: the lines' starts when the caller has them already (a view's pieces), else found in the text. */
  constructor(readonly text: string, starts?: number[]) {
    if (starts) { this.lineStarts = starts; return; }
    starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 0-based line containing offset (offsets past the end map to the last line). */
  lineAt(offset: number): number {
    // (The last line starting at or before the offset; line 0 for an offset before the text.)
    return Math.max(0, countAtMost(this.lineStarts, offset) - 1);
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(o);
    return { line, character: o - this.lineStarts[line] };
  }

  offsetAt(pos: Position): number {
    if (pos.line >= this.lineStarts.length) return this.text.length;
    if (pos.line < 0) return 0;
    const start = this.lineStarts[pos.line];
    return Math.min(start + Math.max(0, pos.character), this.lineEnd(pos.line));
  }

  /** Offset just before the line break of a line. */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /**
   * The lines' texts as first cut: every reader asking for a line gets the same string, whose hash
   * V8 then computes once for all the memos it is looked up in (normalize, page chrome, headings).
   * Kept for maps of up to LINE_TEXTS_MAX lines (a draft, a batch's file); a larger text (a 20 MB
   * draft) cuts a line on each call as before, rather than keep a string for each of its lines.
   */
  private texts: (string | undefined)[] | undefined;

  /** Per-line answers to the readers' yes/no questions (lineFlags). */
  private flags: (Uint8Array | undefined)[] | undefined;

  /**
   * One byte a line for the yes/no question numbered `slot` (parse/line-flags.ts): 0 not asked yet,
   * 1 no, 2 yes. The readers of a text's first lines ask the same lines the same questions over and
   * over; the answer of each line is kept here, beside the lines, instead of in a map per question.
   */
  lineFlags(slot: number): Uint8Array {
    const all = (this.flags ??= []);
    return (all[slot] ??= new Uint8Array(this.lineStarts.length));
  }

  /** Takes `other`'s answers to the line questions (lineFlags): a map of the same lines with the same texts. */
  shareFlags(other: LineMap): void {
    this.flags = other.flags ??= [];
  }

  /** Text of a line without its line break. */
  lineText(line: number): string {
    const n = this.lineStarts.length;
    if (n > LINE_TEXTS_MAX) return this.cut(this.lineStarts[line], this.lineEnd(line));
    const texts = (this.texts ??= new Array<string | undefined>(n));
    let t = texts[line];
    if (t === undefined) {
      t = this.cut(this.lineStarts[line], this.lineEnd(line));
      if (line >= 0 && line < n) texts[line] = t;
    }
    return t;
  }

  /** The text between two offsets (a subclass may cut it from another text of the same offsets). */
  protected cut(from: number, to: number): string {
    return this.text.slice(from, to);
  }
}
