// A table cell read off one line, kept as its shared reading (text and value, one per distinct
// text: readCell) and its start. Its end is the start plus the text's length, since the shared text
// equals the text at those offsets. Two fields instead of four: a 20 MB draft holds about a million
// cells (no pointer compression in this Node: 40 bytes a cell instead of 56).
import type { Cell } from './tables';
import type { LineMap } from '../text/line-map';
import { readCell, type CellValue, type ReadCell } from './cell-value';

class CellAt implements Cell {
  constructor(private readonly read: ReadCell, readonly start: number) {}

  get reading(): ReadCell {
    return this.read;
  }

  get text(): string {
    return this.read.text;
  }

  get end(): number {
    return this.start + this.read.text.length;
  }

  get value(): CellValue {
    return this.read.value;
  }
}

/** The cell whose trimmed text `t` starts at offset `start` (its end: start + t.length). */
export function cellAt(t: string, start: number): Cell {
  return new CellAt(readCell(t), start);
}

/** The cell of line `line` as a whole, its white space around trimmed (a layout of one cell a line). */
export function lineCell(lines: LineMap, line: number): Cell {
  const text = lines.lineText(line);
  const lead = text.length - text.replace(/^[\s\u3000]+/, '').length;
  return cellAt(text.trim(), lines.lineStarts[line] + lead);
}

/** The shared reading a cell keeps (undefined for a cell made as a plain object): tests check readings are shared. */
export function readingOf(c: Cell): ReadCell | undefined {
  return c instanceof CellAt ? c.reading : undefined;
}

/** The cell of a reading made elsewhere (a text with the value read from another script: parse/as-written.ts) at `start`. */
export function cellOf(read: ReadCell, start: number): Cell {
  return new CellAt(read, start);
}
