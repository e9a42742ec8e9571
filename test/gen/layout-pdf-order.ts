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

/**
 * The draft with every GFM table printed row by row in reading order (each cell on a line of its
 * own: a label, then its values) and broken by a page break in the middle: blank lines, a page
 * footer and the header row printed again on the next page. Row labels such as 二、上年结转… then
 * look like headings, so the table comes in several column blocks that must be read as one.
 */
export function gfmTablesToColumnRows(text: string): string {
  return replaceGfmTables(text, (rows) => {
    const [header, ...body] = rows;
    // A PDF cell wraps a long label over lines of ~20 characters.
    const wrap = (c: string) => Array.from({ length: Math.ceil([...c].length / 20) }, (_, i) => [...c].slice(i * 20, i * 20 + 20).join(''));
    const cells = (r: string[]) => r.filter((c) => c !== '').flatMap(wrap);
    const half = Math.ceil(body.length / 2);
    return [
      ...cells(header),
      ...body.slice(0, half).flatMap(cells),
      '', '', '', '', '— 3 —', '', '',
      ...cells(header),
      ...body.slice(half).flatMap(cells),
    ];
  });
}
