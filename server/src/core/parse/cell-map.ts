// A statutory row's value cells by column id (TableRow.values), as two parallel lists instead of a
// hash table. A large draft reads hundreds of thousands of rows; a Map costs about 200 bytes even
// empty, while a row has at most a few dozen values and is looked up by a handful of column ids.
// The column ids of a row read in one go are the table's own list (shared by all its rows, never
// written: the first set() on such a row copies it). Behaves as a Map: insertion order, set()
// of a known key keeps its place, size counts keys whose cell is undefined.
import type { Cell } from './tables';

const NO_KEYS: readonly string[] = Object.freeze([]);
const NONE: readonly (Cell | undefined)[] = Object.freeze([]);

export class CellMap implements Map<string, Cell> {
  private ids: readonly string[] = NO_KEYS;
  /** The cells, from `at` on: `ids[i]` → `cells[at + i]`. */
  private cells: readonly (Cell | undefined)[] = NONE;
  private at = 0;
  /** Whether ids and cells are this map's own lists (else shared or the frozen empty ones). */
  private own = false;

  /**
   * The map of `ids[i]` → `cells[i]` for every id, as `ids.forEach((id, i) => map.set(id, cells[i]))`
   * makes it. `ids` is kept by reference (never written: columnIds), `cells` is copied, unless the
   * same cells stand in a row `within` (the raw row's cells, never written once read): then that list
   * is kept by reference with where they start, and the first set() or delete() copies it.
   */
  static zip(ids: readonly string[], cells: readonly (Cell | undefined)[], within?: readonly Cell[]): CellMap {
    const m = new CellMap();
    if (ids.length === 0) return m;
    if (!distinctIds(ids)) {
      ids.forEach((id, i) => m.set(id, cells[i] as Cell));
      return m;
    }
    m.ids = ids;
    const at = within && cells.length === ids.length ? runAt(within, cells) : -1;
    if (at >= 0) {
      m.cells = within!;
      m.at = at;
      return m;
    }
    // At its exact size: Array.from(ids, …) grows its list by push and keeps room for 23 cells, and a
    // large draft keeps one such list per row (155 K rows in the 20 MB benchmark draft).
    const own: (Cell | undefined)[] = cells.length === ids.length ? cells.slice() : new Array(ids.length);
    if (cells.length !== ids.length) for (let i = 0; i < ids.length; i++) own[i] = cells[i];
    m.cells = own;
    return m;
  }

  /** This map's cells as a list of its own (copy on write), indexed as its ids. */
  private ownCells(): (Cell | undefined)[] {
    return this.ids.map((_, j) => this.cells[this.at + j]);
  }

  get size(): number {
    return this.ids.length;
  }

  get(key: string): Cell | undefined {
    const i = this.ids.indexOf(key);
    return i < 0 ? undefined : this.cells[this.at + i];
  }

  has(key: string): boolean {
    return this.ids.indexOf(key) >= 0;
  }

  set(key: string, value: Cell): this {
    const i = this.ids.indexOf(key);
    if (i >= 0) {
      if (!this.own) {
        this.cells = this.ownCells();
        this.at = 0;
        this.ids = this.ids.slice();
        this.own = true;
      }
      (this.cells as (Cell | undefined)[])[i] = value;
      return this;
    }
    // A new key: both lists one longer, at their exact size (concat). A list grown by push keeps
    // room for 17 entries or more, and a large draft keeps a map per row for hundreds of thousands
    // of rows; a row has a few dozen values at most, so copying on each new key costs little.
    this.cells = this.at === 0 && this.cells.length === this.ids.length ? this.cells.concat([value]) : this.ownCells().concat([value]);
    this.at = 0;
    this.ids = this.ids.concat([key]);
    this.own = true;
    return this;
  }

  delete(key: string): boolean {
    const i = this.ids.indexOf(key);
    if (i < 0) return false;
    const ids = this.ids.slice();
    const cells = this.ownCells();
    ids.splice(i, 1);
    cells.splice(i, 1);
    this.ids = ids;
    this.cells = cells;
    this.at = 0;
    this.own = true;
    return true;
  }

  clear(): void {
    this.ids = NO_KEYS;
    this.cells = NONE;
    this.at = 0;
    this.own = false;
  }

  forEach(callback: (value: Cell, key: string, map: Map<string, Cell>) => void, thisArg?: unknown): void {
    // Like a Map, entries added during the walk are visited too.
    for (let i = 0; i < this.ids.length; i++) callback.call(thisArg, this.cells[this.at + i] as Cell, this.ids[i], this);
  }

  *entries(): IterableIterator<[string, Cell]> {
    for (let i = 0; i < this.ids.length; i++) yield [this.ids[i], this.cells[this.at + i] as Cell];
  }

  *keys(): IterableIterator<string> {
    for (let i = 0; i < this.ids.length; i++) yield this.ids[i];
  }

  *values(): IterableIterator<Cell> {
    for (let i = 0; i < this.ids.length; i++) yield this.cells[this.at + i] as Cell;
  }

  [Symbol.iterator](): IterableIterator<[string, Cell]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'Map';
  }
}

/** Where `cells` stand one after the other in `within` (the first of them, by identity), or -1. */
function runAt(within: readonly Cell[], cells: readonly (Cell | undefined)[]): number {
  const at = cells.length === 0 ? -1 : within.indexOf(cells[0] as Cell);
  if (at < 0 || at + cells.length > within.length) return -1;
  for (let i = 1; i < cells.length; i++) if (within[at + i] !== cells[i]) return -1;
  return at;
}

/**
 * The values of a row that has none yet (TableRow.values): one shared map for every such row (a
 * 20 MB draft reads 155,000 rows, a third of them without values; each empty map cost 56 bytes, and
 * every row given values dropped its own). It is never written: a reader that gives values to a row
 * asks `valuesToWrite` for a map of the row's own, and writing to this one throws.
 */
class NoValues extends CellMap {
  override set(key: string): this {
    throw new Error(`no values of its own: ${key}`);
  }

  override delete(key: string): boolean {
    if (this.has(key)) throw new Error(`no values of its own: ${key}`);
    return false;
  }
}

export const NO_VALUES: Map<string, Cell> = new NoValues();

/** The unassigned cells (TableRow.unassigned) of a row that has none: one shared frozen list (nobody adds to it). */
export const NO_CELLS = Object.freeze([]) as unknown as Cell[];

const idLists = new WeakMap<readonly { id: string }[], readonly string[]>();

const distinct = new WeakMap<readonly string[], boolean>();

/** Whether no id of `ids` repeats, once per list (zip receives a table's shared column-id list row after row). */
function distinctIds(ids: readonly string[]): boolean {
  let d = distinct.get(ids);
  if (d === undefined) {
    d = new Set(ids).size === ids.length;
    distinct.set(ids, d);
  }
  return d;
}

/** The ids of a table's (or block's) columns, one shared frozen list per column list. */
export function columnIds(columns: readonly { id: string }[]): readonly string[] {
  let ids = idLists.get(columns);
  if (!ids) {
    ids = Object.freeze(columns.map((c) => c.id));
    idLists.set(columns, ids);
  }
  return ids;
}
