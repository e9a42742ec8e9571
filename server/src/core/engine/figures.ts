// A summary's table figures (ReportSummary.figures): the readable integers of 表二, 表三 and 表四
// keyed `table.row.column`, kept for the across-file rules (tables-unchanged, active-chain,
// yoy-change) by every report of a batch until its output, so compactly: one shared key list and a
// typed array of values.
import type { Figures } from '../types';
import type { Analysis } from './lint';
import type { StatTable, TableRow } from '../parse/interpret-table';
import { cellInt } from './constraints';

/** Tables whose figures a summary keeps (表二, 表三, 表四 of the gov-info formats). */
const SUMMARY_TABLES = ['active', 'applications', 'review'];

/**
 * The readable integer figures of the statutory tables, keyed `table.row.column` (row ids are
 * unique within a table, blocks included). Null when the draft has none of these tables.
 */
export function tableFigures(a: Analysis): Figures | null {
  if (!a.report) return null;
  let any = false;
  const keys: string[] = [];
  const values: number[] = [];
  const seen = new Set<string>();
  for (const id of SUMMARY_TABLES) {
    const t: StatTable | undefined = a.report.tables.get(id);
    if (!t) continue;
    any = true;
    for (const row of t.rows as TableRow[]) {
      if (!row.rowId || row.inferred) continue;
      for (const [col, cell] of row.values) {
        const v = cell.value.type === 'signed' ? cell.value.value : cellInt(cell);
        const key = figureKey(id, row.rowId, col);
        if (v === null || seen.has(key)) continue;
        seen.add(key);
        keys.push(key);
        values.push(v);
      }
    }
  }
  return any ? { keys: sharedKeys(keys), values: Float64Array.from(values) } : null;
}

/** One copy of each list of figure keys (bounded): the reports of a batch mostly have the same ones. */
const keyLists = new Map<string, readonly string[]>();

function sharedKeys(keys: string[]): readonly string[] {
  const id = keys.join('\n');
  const known = keyLists.get(id);
  if (known) return known;
  if (keyLists.size >= 2000) keyLists.clear();
  keyLists.set(id, keys);
  return keys;
}

/**
 * `f` with its key list replaced by the one shared copy of that list (sharedKeys): a summary that
 * arrives from a worker thread brings a list of its own (some 200 strings, ≈ 6 KB a report).
 */
export function shareFigureKeys(f: Figures): Figures {
  const keys = sharedKeys(f.keys as string[]);
  return keys === f.keys ? f : { keys, values: f.values };
}

/** Each key list's positions, made once per list. */
const positions = new WeakMap<readonly string[], Map<string, number>>();

/** The figure of `key` (`table.row.column`), or undefined when the report has none readable there. */
export function figureValue(f: Figures, key: string): number | undefined {
  let at = positions.get(f.keys);
  if (!at) {
    at = new Map(f.keys.map((k, i) => [k, i]));
    positions.set(f.keys, at);
  }
  const i = at.get(key);
  return i === undefined ? undefined : f.values[i];
}

/**
 * `table.row.column` keys, made once per triple (the ids come from the format data, a bounded set):
 * a key built afresh for every cell had to be flattened and internalised before each object insert,
 * which made tableFigures several times slower than reading the cells.
 */
const figureKeys = new Map<string, Map<string, Map<string, string>>>();
let figureKeyCount = 0;

function figureKey(table: string, row: string, col: string): string {
  let byRow = figureKeys.get(table);
  if (!byRow) figureKeys.set(table, (byRow = new Map()));
  let byCol = byRow.get(row);
  if (!byCol) byRow.set(row, (byCol = new Map()));
  let key = byCol.get(col);
  if (key === undefined) {
    if (++figureKeyCount > 20000) {
      // Never with format data; a bound all the same.
      figureKeys.clear();
      figureKeyCount = 0;
    }
    key = `${table}.${row}.${col}`;
    byCol.set(col, key);
  }
  return key;
}
