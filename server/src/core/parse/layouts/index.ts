// Every table layout people paste, one reader each. The delimited reader (GFM, loose pipes,
// tabs: ../tables.ts) runs first; each reader below then sees only the lines no earlier
// reader took, so a layout never reads another's table twice. To add a layout: write a
// reader in this folder (text in, TableBlock[] out, every cell with its exact range), add it
// to READERS, give it tests beside the others (test/core/layouts/) and a renderer in the
// draft generator (test/gen/), and list it in docs/architecture.md.
import { LineMap } from '../../text/line-map';
import { findDelimitedTables, TableBlock, TableLayout } from '../tables';
import { blankCellsReader } from './blank-cells';
import { cellLinesReader } from './cell-lines';
import { columnBlockReader } from './column-block';
import { columnOrderReader } from './column-order';
import { htmlReader } from './html';
import { oneLineReader } from './one-line';
import { spacedReader } from './spaced';
import { tabLinesReader } from './tab-lines';
import { runSteps } from '../../engine/steps';
import { isDoubleSpaced, readUndoubled } from '../double-spaced';

export interface LayoutReader {
  layout: TableLayout;
  /**
   * Table blocks found in the text. `free(line)` is false for lines an earlier reader took
   * (and for lines the caller skips); a block must not contain such a line.
   */
  read(lines: LineMap, free: (line: number) => boolean): TableBlock[];
}

/** Readers after the delimited one, in the order they run. */
export const READERS: LayoutReader[] = [
  htmlReader,
  // Browser copies of tables whose cells are paragraphs: each cell and each tab on a line of its own.
  tabLinesReader,
  // PDF text with layout: several cells on a line, split by runs of spaces.
  spacedReader,
  // 表二's blocks copied column by column (an office PDF or a Word table as text: a column's cells one a line).
  columnOrderReader,
  cellLinesReader,
  // One cell per line with no blank line between cells: blank lines are blank cells.
  blankCellsReader,
  // Last: one cell per line with values away from their labels takes only what no other reader read.
  columnBlockReader,
  // Tables flattened into a report pasted on one line (long lines only).
  oneLineReader,
];

/**
 * Readers whose rows are lines that touch (PDF text with layout: a label broken over lines above its
 * figures), which read a text pasted double-spaced on its lines without the blank line after each line.
 * The readers of layouts made of blank lines (paragraph cells, a browser copy's tab lines, blank lines
 * as blank cells) read the text as it is.
 */
const UNDOUBLED = new Set<TableLayout>(['spaced']);

/** All table blocks of a text, in text order. */
export function findTables(lines: LineMap, skipLine: (line: number) => boolean = () => false): TableBlock[] {
  return runSteps(findTablesSteps(lines, skipLine));
}

/**
 * findTables() with a pause after each reader (the editor's time-sliced lint may answer other
 * requests there): the same blocks.
 */
export function* findTablesSteps(lines: LineMap, skipLine: (line: number) => boolean = () => false): Generator<void, TableBlock[]> {
  const blocks = delimitedTables(lines, skipLine);
  if (READERS.length === 0) return blocks;
  // One flag per line (readers ask for every line they look at).
  const taken = new Uint8Array(lines.lineCount);
  const claim = (bs: TableBlock[]) => {
    for (const b of bs) for (let l = Math.max(0, b.startLine); l <= b.endLine && l < taken.length; l++) taken[l] = 1;
  };
  claim(blocks);
  const spaced = isDoubleSpaced(lines);
  for (const reader of READERS) {
    yield;
    const free = (line: number) => taken[line] !== 1 && !skipLine(line);
    const found = spaced && UNDOUBLED.has(reader.layout) ? readUndoubled(lines, free, reader.read) : reader.read(lines, free);
    claim(found);
    blocks.push(...found);
  }
  return compact(blocks.sort((a, b) => a.start - b.start));
}

/**
 * Pipe and tab rows: in a text pasted double-spaced (a blank line after every line), read on its
 * lines without those blank lines (a GFM table's rows touch again), each row and block then given
 * back its lines in the text.
 */
function delimitedTables(lines: LineMap, skipLine: (line: number) => boolean): TableBlock[] {
  if (!isDoubleSpaced(lines)) return findDelimitedTables(lines, skipLine);
  return readUndoubled(lines, (l) => !skipLine(l), (view, free) => findDelimitedTables(view, (v) => !free(v)));
}

/**
 * The readers build rows and cell lists by push, which leaves room for 17 or more entries in
 * every list; the model keeps them for the whole check (a large draft: hundreds of thousands of
 * rows). Each list is replaced by a copy of its exact size, a list shared by two rows by one
 * shared copy. Contents, order and every row and cell object stay the same.
 */
function compact(blocks: TableBlock[]): TableBlock[] {
  const copies = new Map<unknown[], unknown[]>();
  const exact = <T>(list: T[]): T[] => {
    let c = copies.get(list);
    if (!c) copies.set(list, (c = list.slice()));
    return c as T[];
  };
  for (const b of blocks) {
    b.rows = exact(b.rows);
    for (const r of b.rows) r.cells = exact(r.cells);
  }
  return blocks;
}
