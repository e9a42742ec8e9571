// The draft as the readers read it (document.ts: `doc.read`): the work text in Simplified script,
// one code unit for one. A page in Traditional script differs from `work` at scattered code units
// (a 20 MB draft of concatenated reports at 774,000 of 10.5 million), so once the parse is done the
// text is kept as `work` plus the units that differ (positions and units in two typed arrays)
// instead of a second whole copy: the readers after the parse cut the ranges they read
// (`slice`), the lines (ReadLines) or, for the few that need it, the whole text again (`whole`).
// A text that differs nearly everywhere (a page wholly in Traditional script) keeps its copy.
import { LineMap } from '../text/line-map';
import { unitsToString } from '../text/units';
import { countBelow } from '../text/sorted-search';

/** Differences kept as positions while they are at most this share of the text (6 bytes each against 2 a unit for a copy). */
const SPARSE_SHARE = 1 / 8;

/** A range of at most this many units is cut into one buffer and made a string at once. */
const CUT_MAX = 8192;
const scratch = new Uint16Array(CUT_MAX);

export class ReadText {
  /** The length of the text (that of `work`). */
  readonly length: number;

  private constructor(
    private readonly work: string,
    /** The whole read text when it is kept (the same as `work`, or differing too often to keep sparse). */
    private readonly copy: string | null,
    /** Else: the ascending positions where it differs from `work`, and its units there. */
    private readonly at: Int32Array,
    private readonly units: Uint16Array,
    /** Whether it has the same ASCII units as `work` at the same places (ASCII patterns tried on `work` say the same). */
    readonly asciiAsWork: boolean,
  ) {
    this.length = work.length;
  }

  /**
   * `read`, the same text as `work` in Simplified script (same length): held as sparse differences
   * when they are at most `share` of the text (tests pass 1 to have every text held so).
   */
  static of(work: string, read: string, share = SPARSE_SHARE): ReadText {
    if (read === work) return new ReadText(work, work, EMPTY_AT, EMPTY_UNITS, true);
    const n = work.length;
    const max = Math.floor(n * share);
    let count = 0;
    for (let i = 0; i < n; i++) if (read.charCodeAt(i) !== work.charCodeAt(i) && ++count > max) return new ReadText(work, read, EMPTY_AT, EMPTY_UNITS, false);
    const at = new Int32Array(count);
    const units = new Uint16Array(count);
    let ascii = true;
    for (let i = 0, k = 0; k < count; i++) {
      const c = read.charCodeAt(i);
      const w = work.charCodeAt(i);
      if (c !== w) { at[k] = i; units[k++] = c; if (c < 128 || w < 128) ascii = false; }
    }
    return new ReadText(work, null, at, units, ascii);
  }

  /** Whether the read text is `work` itself (a draft without Traditional characters). */
  get same(): boolean {
    return this.copy === this.work;
  }

  /** Whether it is held as differences from `work` (no whole copy kept). */
  get sparse(): boolean {
    return this.copy === null;
  }

  /** The first index in `at` at or after `pos`. */
  private firstAt(pos: number): number {
    return countBelow(this.at, pos);
  }

  /** As String.prototype.slice on the read text. */
  slice(start = 0, end?: number): string {
    if (this.copy !== null) return this.copy.slice(start, end);
    const n = this.length;
    start = Math.trunc(start) || 0;
    end = end === undefined ? n : Math.trunc(end) || 0;
    const from = start < 0 ? Math.max(n + start, 0) : Math.min(start, n);
    const to = end < 0 ? Math.max(n + end, 0) : Math.min(end, n);
    if (to <= from) return '';
    let k = this.firstAt(from);
    if (k >= this.at.length || this.at[k] >= to) return this.work.slice(from, to);
    let out = '';
    for (let p = from; p < to; p += CUT_MAX) {
      const q = Math.min(to, p + CUT_MAX);
      for (let i = p; i < q; i++) scratch[i - p] = this.work.charCodeAt(i);
      for (; k < this.at.length && this.at[k] < q; k++) scratch[this.at[k] - p] = this.units[k];
      out += unitsToString(scratch, q - p);
    }
    return out;
  }

  /** The code unit at `i` (NaN outside the text), as String.prototype.charCodeAt. */
  charCodeAt(i: number): number {
    if (this.copy !== null) return this.copy.charCodeAt(i);
    const k = this.firstAt(i);
    return k < this.at.length && this.at[k] === i ? this.units[k] : this.work.charCodeAt(i);
  }

  /** The whole read text: made again on each call when it is held as differences (a copy for the caller alone). */
  whole(): string {
    return this.copy ?? this.slice(0, this.length);
  }
}

const EMPTY_AT = new Int32Array(0);
const EMPTY_UNITS = new Uint16Array(0);

/**
 * The lines of a ReadText with the line starts of the work text's lines: a line is cut from the
 * read text when asked (LineMap.lineText), not from a whole copy. Its `text` is `work`, which has
 * the same length and line breaks; readers of `text` itself must take ReadText.whole().
 */
export class ReadLines extends LineMap {
  constructor(work: string, starts: number[], private readonly read: ReadText) {
    super(work, starts);
  }

  protected override cut(from: number, to: number): string {
    return this.read.slice(from, to);
  }
}
