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

/** The draft text with every GFM table turned into HTML markup (line ends kept). */
export function gfmTablesToHtml(text: string, oneLine = false): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const out: string[] = [];
  let table: string[] | null = null;
  const flush = () => {
    if (!table) return;
    const rows = table.filter((l) => !isSeparatorRow(l)).map((l) => `<tr>${cells(l).map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`);
    if (oneLine) out.push(`<table>${rows.join('')}</table>`);
    else out.push('<table>', ...rows.map((r) => `  ${r}`), '</table>');
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
