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
