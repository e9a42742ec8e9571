// A page in Traditional script is read in Simplified script (document.ts: `doc.read`, one code unit
// for one), so what the readers return (cells, heading titles, the report title) holds Simplified
// characters where the draft has Traditional ones. The model keeps the draft's own characters — a
// cell's text is the text at its offsets, a title is quoted as written — so once read, these texts
// are taken back from the draft, character for character.
import type { Heading } from './headings';
import type { Cell, TableBlock } from './tables';
import type { TitleInfo } from './title';
import { cellOf } from './cell-at';
import type { ReadCell } from './cell-value';
import { ownString } from '../text/own-string';
import type { ReadText } from './read-text';

/**
 * `s` as `written` has it, where `s` was read from `read` (the same text in another script, same
 * offsets) starting at `start`, whitespace of the text possibly left out of `s` (a title over two
 * lines). `s` itself when it is not found there character for character.
 */
export function asWritten(s: string, start: number, read: string, written: string): string {
  // (Cut from `written` when the same: `s` may be a slice of the read text, which would keep it whole.)
  if (written.startsWith(s, start)) return s.length < 13 ? s : written.slice(start, start + s.length);
  if (read.startsWith(s, start)) return written.slice(start, start + s.length);
  let out = '';
  let j = start;
  for (let i = 0; i < s.length; i++, j++) {
    const c = s[i];
    while (j < read.length && read[j] !== c && /\s/.test(read[j])) j++;
    if (j >= read.length || read[j] !== c) return s;
    out += written[j];
  }
  return out;
}

// The readings of cells as written, one per written text and reading (as readCell keeps one per
// text): a Traditional page's labels recur in every table of a batch or a large draft (a 20 MB draft
// of concatenated reports held 117,630 readings of 2,783 texts, 8 MB). Bounded; the texts are copies
// of their own, so a kept reading never holds the draft it was cut from.
const WRITTEN = new Map<string, { from: ReadCell['value']; read: string; cell: ReadCell }>();
const WRITTEN_MAX = 20000;
const WRITTEN_KEY_MAX = 40;

/** The reading of the cell text `t` as written whose reading in Simplified script is `text` with `value`: shared. */
function writtenReading(t: string, text: string, value: ReadCell['value']): ReadCell {
  if (t.length > WRITTEN_KEY_MAX) return { text: t, value };
  const known = WRITTEN.get(t);
  if (known !== undefined && known.from === value && known.read === text) return known.cell;
  if (WRITTEN.size >= WRITTEN_MAX) WRITTEN.clear();
  const cell: ReadCell = { text: ownString(t), value };
  WRITTEN.set(cell.text, { from: value, read: ownString(text), cell });
  return cell;
}

function writtenCell(c: Cell, read: string, written: string): Cell {
  if (!c.text) return c;
  const t = asWritten(c.text, c.start, read, written);
  // (The value stays the one read: 8655.42萬元 is an amount as 8655.42万元 is.)
  return t === c.text ? c : cellOf(writtenReading(t, c.text, c.value), c.start);
}

/** The readers' results with the draft's own characters (tables' cells, headings' and the title's texts), in place. */
export function restoreWritten(read: string, written: string, tables: TableBlock[], headings: Heading[], titles: (TitleInfo | null | undefined)[]): void {
  if (read === written) return;
  for (const t of tables) for (const r of t.rows) r.cells = r.cells.map((c) => writtenCell(c, read, written));
  for (const h of headings) h.title = asWritten(h.title, h.titleStart, read, written);
  for (const ti of titles) if (ti) ti.text = asWritten(ti.text, ti.start, read, written);
}

/**
 * A text of the model (a heading's title, a cell's text: the draft's characters) as the readers read
 * it, in Simplified script, for a rule matching its own patterns against it. `s` itself in a
 * Simplified draft.
 */
export function asRead(doc: { work: string; read: ReadText }, s: string, start: number): string {
  if (doc.read.same) return s;
  // asWritten(s, start, work, read) over the part of the text it looks at: the span the walk over
  // `work` reaches (s's characters, whitespace between them), at least s's length.
  const work = doc.work;
  let j = start;
  for (let i = 0; i < s.length && j < work.length; i++, j++) {
    const c = s[i];
    while (j < work.length && work[j] !== c && /\s/.test(work[j])) j++;
    if (j >= work.length || work[j] !== c) break;
  }
  const end = Math.min(work.length, Math.max(j + 1, start + s.length));
  return asWritten(s, 0, work.slice(start, end), doc.read.slice(start, end));
}
