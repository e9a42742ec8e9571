// The offset map of a normalised text (normalize.ts): for each of its characters, the offset in
// the original of the character it came from, and the original's length after the last. The
// offsets only increase, and slowly (a character dropped here and there: spaces, line breaks), so
// they are held in blocks of 32: each block's first offset as a 32-bit integer and each entry as
// its distance from it in one byte (one byte a character and 1/8 byte a block, instead of four as
// 32-bit integers: a large draft's map is tens of megabytes so). A block whose entries lie farther
// apart than a byte says (a long run dropped: pinyin annotations, a blanked comment) keeps its 32
// offsets whole, on the side.

/** Entries per block: 2^BLOCK_BITS. */
const BLOCK_BITS = 5;
const BLOCK = 1 << BLOCK_BITS;

export class OffsetMap {
  /** Number of entries (the normalised text's length + 1). */
  readonly length: number;

  /**
   * `near`: each entry's distance from its block's first offset; `base`: each block's first offset;
   * `wide`: the blocks held whole (by block index: their entries' offsets).
   */
  constructor(
    length: number,
    private readonly near: Uint8Array,
    private readonly base: Int32Array,
    private readonly wide: ReadonlyMap<number, Int32Array>,
  ) {
    this.length = length;
  }

  /**
   * The offset of entry i, as reading an array would give it: undefined for any i but an integer
   * from 0 to length − 1 (unlike Array.prototype.at, no counting from the end).
   */
  get(i: number): number {
    if ((i | 0) !== i || i < 0 || i >= this.length) return undefined as unknown as number;
    const b = i >>> BLOCK_BITS;
    const whole = this.wide.size ? this.wide.get(b) : undefined;
    return whole !== undefined ? whole[i & (BLOCK - 1)] : this.base[b] + this.near[i];
  }
}

/**
 * Builds an OffsetMap entry by entry, in increasing order of offsets (normalize.ts's folding loop):
 * set(k, offset) for k = 0, 1, … then done(k + 1).
 */
export class OffsetMapBuilder {
  private near: Uint8Array;
  private base: Int32Array;
  private readonly wide = new Map<number, Int32Array>();
  /** The current block's offsets, until it is full. */
  private readonly block = new Int32Array(BLOCK);
  private count = 0;

  /** `capacity`: the most entries there may be (the original's length + 1). */
  constructor(capacity: number) {
    this.near = new Uint8Array(capacity);
    this.base = new Int32Array((capacity >>> BLOCK_BITS) + 1);
  }

  /** Entry k's offset: k = 0, 1, … in order, each once. */
  set(k: number, offset: number): void {
    this.block[k & (BLOCK - 1)] = offset;
    this.count = k + 1;
    // (A full block is written at once; the last, part full, by done().)
    if ((k & (BLOCK - 1)) === BLOCK - 1) this.flush();
  }

  /** Writes the current block (entries from its start up to `count`). */
  private flush(): void {
    const last = this.count - 1;
    if (last < 0) return;
    const b = last >>> BLOCK_BITS;
    const from = b << BLOCK_BITS;
    const n = last - from + 1;
    const block = this.block;
    const first = block[0];
    let narrow = true;
    for (let j = 0; j < n; j++) {
      const d = block[j] - first;
      if (d < 0 || d > 255) { narrow = false; break; }
    }
    if (narrow) {
      this.base[b] = first;
      for (let j = 0; j < n; j++) this.near[from + j] = block[j] - first;
    } else this.wide.set(b, block.slice(0, BLOCK));
  }

  /**
   * The map of the first `n` entries. A subarray keeps the whole buffer alive (an analysis keeps its
   * map): where far fewer entries were set than there was room for, keep only what is used.
   */
  done(n: number): OffsetMap {
    if ((this.count & (BLOCK - 1)) !== 0) this.flush();
    const blocks = ((n + BLOCK - 1) >>> BLOCK_BITS) || 1;
    const near = n < this.near.length * 0.75 ? this.near.slice(0, n) : this.near.subarray(0, n);
    const base = blocks < this.base.length * 0.75 ? this.base.slice(0, blocks) : this.base.subarray(0, blocks);
    return new OffsetMap(n, near, base, this.wide);
  }
}
