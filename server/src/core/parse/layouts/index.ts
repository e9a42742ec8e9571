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
import { htmlReader } from './html';
import { oneLineReader } from './one-line';
import { spacedReader } from './spaced';

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
  // PDF text with layout: several cells on a line, split by runs of spaces.
  spacedReader,
  cellLinesReader,
  // One cell per line with no blank line between cells: blank lines are blank cells.
  blankCellsReader,
  // Last: one cell per line with values away from their labels takes only what no other reader read.
  columnBlockReader,
  // Tables flattened into a report pasted on one line (long lines only).
  oneLineReader,
];

/** All table blocks of a text, in text order. */
export function findTables(lines: LineMap, skipLine: (line: number) => boolean = () => false): TableBlock[] {
  const steps = findTablesSteps(lines, skipLine);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * findTables() with a pause after each reader (the editor's time-sliced lint may answer other
 * requests there): the same blocks.
 */
export function* findTablesSteps(lines: LineMap, skipLine: (line: number) => boolean = () => false): Generator<void, TableBlock[]> {
  const blocks = findDelimitedTables(lines, skipLine);
  if (READERS.length === 0) return blocks;
  const taken = new Set<number>();
  const claim = (bs: TableBlock[]) => {
    for (const b of bs) for (let l = b.startLine; l <= b.endLine; l++) taken.add(l);
  };
  claim(blocks);
  for (const reader of READERS) {
    yield;
    const found = reader.read(lines, (line) => !taken.has(line) && !skipLine(line));
    claim(found);
    blocks.push(...found);
  }
  return blocks.sort((a, b) => a.start - b.start);
}
