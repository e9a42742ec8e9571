// Renders the tables of a generated GFM draft as PDF text in reading order (pdftotext's default
// mode): per table, the label column first, one cell per line, then the values, one per line,
// with a page footer among them; and a whole draft pasted on one line. Read-only layouts: the
// drafts feed the property, fix-safety and hostile-input tests (no crash, ranges inside the text,
// fixes that never lose text), not the recall tests.
import { replaceGfmTables } from './layout-html';

/** The draft with every GFM table printed as a column block (labels, then values). */
export function gfmTablesToColumnBlock(text: string): string {
  return replaceGfmTables(text, (rows) => {
    const labels = rows.map((r) => r[0]).filter((c) => c !== '');
    const values = rows.flatMap((r) => r.slice(1)).filter((c) => c !== '');
    const half = Math.ceil(values.length / 2);
    return [...labels, '', ...values.slice(0, half), '', '-2-', '', ...values.slice(half)];
  });
}

/** The whole draft on one line, as a paste that lost its line breaks. */
export function oneLine(text: string): string {
  return text.split(/\r?\n/).filter((l) => l.trim() !== '').join(' ');
}
