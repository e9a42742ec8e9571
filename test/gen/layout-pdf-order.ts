// Renders the tables of a generated GFM draft as PDF text in reading order (pdftotext's default
// mode): per table, the label column first, one cell per line, then the values, one per line,
// with a page footer among them; and a whole draft pasted on one line. Read-only layouts: the
// drafts feed the property, fix-safety and hostile-input tests (no crash, ranges inside the text,
// fixes that never lose text), not the recall tests.
import { isSeparatorRow } from '../../server/src/core/parse/tables';

function cells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

/** The draft with every GFM table printed as a column block (labels, then values). */
export function gfmTablesToColumnBlock(text: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const out: string[] = [];
  let table: string[] | null = null;
  const flush = () => {
    if (!table) return;
    const rows = table.filter((l) => !isSeparatorRow(l)).map(cells);
    const labels = rows.map((r) => r[0]).filter((c) => c !== '');
    const values = rows.flatMap((r) => r.slice(1)).filter((c) => c !== '');
    out.push(...labels, '', ...values.slice(0, Math.ceil(values.length / 2)), '', '-2-', '', ...values.slice(Math.ceil(values.length / 2)));
    table = null;
  };
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*\|/.test(line)) { (table ??= []).push(line); continue; }
    flush();
    out.push(line);
  }
  flush();
  return out.join(eol);
}

/** The whole draft on one line, as a paste that lost its line breaks. */
export function oneLine(text: string): string {
  return text.split(/\r?\n/).filter((l) => l.trim() !== '').join(' ');
}
