// Building strings from UTF-16 code units: a reusable output buffer and the conversion back to a
// string, shared by the normaliser (normalize.ts) and the script converter (script.ts).

/**
 * Outputs of this many code units or more (a whole draft's normalised or Simplified text) are
 * decoded in one piece when they can be (wholeString).
 */
export const WHOLE_MIN = 1 << 16;

/** Whether this platform's typed arrays are little-endian, as the UTF-16LE decoder reads them. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Created on first use (kept: a decoder holds no text between calls). */
let utf16: InstanceType<typeof TextDecoder> | undefined;

/**
 * Characters (code units) to a string, in chunks small enough for fromCharCode's arguments. A long
 * output is decoded at once instead where that is exact (wholeString): the chunks make a rope of
 * thousands of pieces that V8 copies into one flat string at the first read, so a 20 MB draft's text
 * was held twice, and built twice as slowly.
 */
export function unitsToString(u: Uint16Array, n: number): string {
  if (n >= WHOLE_MIN) {
    const whole = wholeString(u, n);
    if (whole !== null) return whole;
  }
  return chunkedString(u, n);
}

/**
 * The first n units decoded as UTF-16LE in one call, or null where that could differ from the
 * units themselves: the decoder reads an unpaired surrogate as U+FFFD, so any surrogate (paired or
 * not: the scan is cheaper than pairing them) sends the text the chunked way; so does a
 * big-endian platform. The byte-order mark is kept (ignoreBOM), as a code unit like any other.
 */
export function wholeString(u: Uint16Array, n: number): string | null {
  if (!LITTLE_ENDIAN || typeof TextDecoder !== 'function') return null;
  for (let i = 0; i < n; i++) if ((u[i] & 0xf800) === 0xd800) return null;
  utf16 ??= new TextDecoder('utf-16le', { ignoreBOM: true });
  return utf16.decode(u.subarray(0, n));
}

/** unitsToString by fromCharCode, 8,192 units at a time. */
export function chunkedString(u: Uint16Array, n: number): string {
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
