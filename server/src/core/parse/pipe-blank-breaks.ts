// A loose pipe row whose blank cells each broke the line (a web copy that writes an empty cell as
// a line break and its closing pipe):
//   一、本年新收政府信息公开申请数量 | 25 |
//   |
//   |
//   | 25 |
// The bare pipes are blank cells of the row above, and the last line, opening with a pipe, ends
// it (its leading blank cell is one more blank). Joined back before the block is judged, the row
// reads with every value at its column: 25, five blanks, 25.
import type { LineMap } from '../text/line-map';
import { readCellValue } from './cell-value';
import type { RawRow } from './tables';

const BARE = /^\s*\|\s*$/;
/** A closing piece: opens with a pipe, closes with one, and holds a value. */
const CLOSING = /^\s*\|.*\S.*\|\s*$/;

function nonEmpty(r: RawRow): number {
  return r.cells.filter((c) => c.text !== '').length;
}

/** Whether a row can own broken-off blank cells: closed by a pipe, a text label first, not too wide. */
function canOwn(r: RawRow): boolean {
  return !!r.fullWidth && r.cells.length >= 1 && r.cells.length <= 12 && r.cells[0].text !== ''
    && r.cells[0].value.type === 'text';
}

/**
 * Joins to a row the bare-pipe lines below it and the closing piece after them (label | 25 | or
 * label | , bare pipes, | 0 |). Without a closing piece nothing is joined: a bare pipe below a
 * written row is a separator, and a label alone over bare pipes is left to the later joining of a
 * label's blank cells.
 */
export function joinBrokenBlankCells(rows: RawRow[], lines: LineMap): RawRow[] {
  const out: RawRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (!canOwn(r) || BARE.test(lines.lineText(r.line))) { out.push(r); continue; }
    let j = i + 1;
    while (j < rows.length && rows[j].line === rows[j - 1].endLine + 1 && BARE.test(lines.lineText(rows[j].line))) j++;
    const bare = j - i - 1;
    const closing = bare >= 1 && j < rows.length && rows[j].line === rows[j - 1].endLine + 1
      && CLOSING.test(lines.lineText(rows[j].line)) && nonEmpty(rows[j]) >= 1 ? rows[j] : null;
    if (!closing) { out.push(r); continue; }
    const cells = [...r.cells];
    for (let k = i + 1; k < j; k++) {
      const text = lines.lineText(rows[k].line);
      const at = lines.lineStarts[rows[k].line] + text.indexOf('|');
      cells.push({ text: '', start: at, end: at, value: readCellValue('') });
    }
    cells.push(...closing.cells);
    out.push({ ...r, cells, endLine: closing.endLine, end: closing.end });
    i = j;
  }
  return out;
}
