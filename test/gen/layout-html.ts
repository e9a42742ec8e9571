// Renders the tables of a generated GFM draft as HTML <table> markup (one <tr> per line, or
// the whole table on one line), so that the html layout is checked against the same
// generated drafts as the editable layouts. Read-only layout: no row-insertion mutations.
import { isSeparatorRow } from '../../server/src/core/parse/tables';

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function cells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

/**
 * The draft with every GFM table (a run of lines starting with `|`) replaced by the lines
 * `render` makes of its rows of cells (separator rows left out); other lines and the line ends kept.
 */
export function replaceGfmTables(text: string, render: (rows: string[][]) => string[]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const out: string[] = [];
  let table: string[] | null = null;
  const flush = () => {
    if (!table) return;
    out.push(...render(table.filter((l) => !isSeparatorRow(l)).map(cells)));
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

/** The draft text with every GFM table turned into HTML markup (line ends kept). */
export function gfmTablesToHtml(text: string, oneLine = false): string {
  return replaceGfmTables(text, (rows) => {
    const trs = rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`);
    return oneLine ? [`<table>${trs.join('')}</table>`] : ['<table>', ...trs.map((r) => `  ${r}`), '</table>'];
  });
}
