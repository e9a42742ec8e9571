// The offset map of a normalised text (normalize.ts): for each of its characters, the offset in
// the original of the character it came from, and the original's length after the last. The
// offsets only increase, so each is held as its low 16 bits (two bytes a character, instead of
// four) with the few places where the high part changes: a large draft's map is tens of megabytes
// as 32-bit integers.

/** Characters per block of the look-up table from a position to its high part's entry. */
const BLOCK_BITS = 12;

export class OffsetMap {
  /** Number of entries (the normalised text's length + 1). */
  readonly length: number;
  private readonly low: Uint16Array;
  /** Pairs (position, high part from there on), by position; the high part before the first is 0. */
  private readonly steps: Int32Array;
  /** Per block of positions: the index (in pairs) of the last step at or before its first position, or -1. */
  private readonly blockStep: Int32Array;

  /** `low`: the offsets' low 16 bits; `steps`: (position, high part) where the high part changes. */
  constructor(low: Uint16Array, steps: readonly number[]) {
    this.length = low.length;
    this.low = low;
    this.steps = Int32Array.from(steps);
    const blocks = (low.length >>> BLOCK_BITS) + 1;
    this.blockStep = new Int32Array(blocks);
    let s = -1;
    for (let b = 0; b < blocks; b++) {
      const first = b << BLOCK_BITS;
      while (2 * (s + 1) < this.steps.length && this.steps[2 * (s + 1)] <= first) s++;
      this.blockStep[b] = s;
    }
  }

  /**
   * The offset of entry i, as reading an array would give it: undefined for any i but an integer
   * from 0 to length − 1 (unlike Array.prototype.at, no counting from the end).
   */
  get(i: number): number {
    if ((i | 0) !== i || i < 0 || i >= this.length) return undefined as unknown as number;
    let s = this.blockStep[i >>> BLOCK_BITS];
    const steps = this.steps;
    while (2 * (s + 1) < steps.length && steps[2 * (s + 1)] <= i) s++;
    return (s < 0 ? 0 : steps[2 * s + 1] * 0x10000) + this.low[i];
  }
}

/**
 * Builds an OffsetMap entry by entry, in increasing order of offsets (normalize.ts's folding loop):
 * set(k, offset) for k = 0, 1, … then done(k + 1).
 */
export class OffsetMapBuilder {
  private readonly low: Uint16Array;
  private readonly steps: number[] = [];
  private high = 0;

  /** `capacity`: the most entries there may be (the original's length + 1). */
  constructor(capacity: number) {
    this.low = new Uint16Array(capacity);
  }

  set(k: number, offset: number): void {
    this.low[k] = offset & 0xffff;
    const h = offset >>> 16;
    if (h !== this.high) {
      this.steps.push(k, h);
      this.high = h;
    }
  }

  /**
   * The map of the first `n` entries. A subarray keeps the whole buffer alive (an analysis keeps its
   * map): where far fewer entries were set than there was room for, keep only what is used.
   */
  done(n: number): OffsetMap {
    return new OffsetMap(n < this.low.length * 0.75 ? this.low.slice(0, n) : this.low.subarray(0, n), this.steps);
  }
}
