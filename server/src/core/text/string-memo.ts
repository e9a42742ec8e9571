// A bounded memo of a pure function of one string (a label key, a heading key): the same label
// recurs in every report of a batch, and the answer depends on the format data alone.
import { ownString } from './own-string';

/** Entries before a memo starts again: far above the distinct labels of any format. */
const MEMO_MAX = 4096;

export class StringMemo<V> {
  private readonly table = new Map<string, V>();

  constructor(private readonly compute: (key: string) => V) {}

  get(key: string): V {
    let v = this.table.get(key);
    if (v === undefined && !this.table.has(key)) {
      v = this.compute(key);
      if (this.table.size >= MEMO_MAX) this.table.clear();
      // The key as a string of its own: a slice would keep the draft it was cut from alive.
      this.table.set(ownString(key), v);
    }
    return v as V;
  }
}

/**
 * A bounded map of two generations: when the young one holds `generation` entries it becomes the
 * old one (the old one dropped), and an entry found in the old one moves to the young one. At most
 * twice `generation` entries; unlike a map cleared when full, the entries still in use survive the
 * turnover (the template lines that recur in every draft of a batch).
 */
export class GenerationMap<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly generation: number) {}

  get(key: string): V | undefined {
    const v = this.young.get(key);
    if (v !== undefined) return v;
    const o = this.old.get(key);
    // (Kept under a string of its own: the key looked up may be a slice of a draft's whole text.)
    if (o !== undefined) this.set(ownString(key), o);
    return o;
  }

  /** `key` should be a string of its own (ownString): the map keeps it. */
  set(key: string, value: V): void {
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}
