// Building strings from UTF-16 code units: a reusable output buffer and the conversion back to a
// string, shared by the normaliser (normalize.ts) and the script converter (script.ts).

/** Characters (code units) to a string, in chunks small enough for fromCharCode's arguments. */
export function unitsToString(u: Uint16Array, n: number): string {
  let s = '';
  for (let i = 0; i < n; i += 8192) s += String.fromCharCode.apply(null, u.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return s;
}

/**
 * An output buffer reused from call to call (most calls are a line or a label), grown as needed up
 * to KEEP units. A longer text (a whole large draft) gets a buffer of its own, dropped after the
 * call, so that one such call does not hold megabytes for the process's life.
 */
export class UnitScratch {
  static readonly KEEP = 1 << 16;
  private buffer: Uint16Array;

  constructor(initial: number) {
    this.buffer = new Uint16Array(initial);
  }

  /** A buffer of at least `n` units: the shared one when n ≤ KEEP, else one for this call alone. */
  take(n: number): Uint16Array {
    if (n > UnitScratch.KEEP) return new Uint16Array(n);
    if (this.buffer.length < n) this.buffer = new Uint16Array(Math.min(UnitScratch.KEEP, Math.max(n, this.buffer.length * 2)));
    return this.buffer;
  }

  /** A caller that outgrew its buffer mid-way: its larger one is kept for the next calls when small enough. */
  keep(grown: Uint16Array): void {
    if (grown.length <= UnitScratch.KEEP && grown.length > this.buffer.length) this.buffer = grown;
  }
}
