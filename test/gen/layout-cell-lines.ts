// Renders a statutory table the way web pages copied as text show it, one cell per line
// (the `cell-lines` layout read by server/src/core/parse/layouts/cell-lines.ts):
//   - 'pipe': every cell line ends in " |", a blank cell is a lone "|", rows are separated by a
//     line of pipes ("||||");
//   - 'blank': every non-blank cell is a paragraph of its own, separated by blank lines; blank
//     cells (group rows, header gaps) leave no trace;
//   - 'dense': every cell on a line of its own with no blank line between cells, a blank value
//     cell an empty line (read by parse/layouts/blank-cells.ts); header gaps and group rows'
//     cells (spanned cells on the page) leave no trace;
//   - 'browser': a browser's copy of the page's table (the `tab` layout read by parse/tables.ts):
//     cells joined by tabs, a row as wide as its own block (表二's blocks are not padded), a cell
//     spanning its row (a caption, a group label) a line without tabs, header cells spanned by their
//     neighbours gone, and some nothing-cells (0) left blank with their tab slot kept;
//   - 'paras': a browser's copy of a table whose cells are paragraphs (<td><p>…</p></td>; the
//     `tab-lines` layout read by parse/layouts/tab-lines.ts): each cell a line, the tab between two
//     cells of a row a line of its own with a blank line on each side, a blank cell a line of a
//     no-break space, rows parted by three blank lines; the rows' cells as in 'browser'.
// The layout is read-only: drafts in it get no mutations that insert rows or cells.
import type { TableSpec } from '../../server/src/core/formats/index';

export type CellLinesStyle = 'pipe' | 'blank' | 'dense' | 'browser' | 'paras';

type Filler = (rowId: string, colId: string) => string | undefined;

/** The table's rows as cell lists (label first), in the order the format gives them. */
function rowsOf(spec: TableSpec, fill: Filler): { label: string | null; cells: string[] }[] {
  if (spec.kind === 'grid') {
    return [
      { label: null, cells: [spec.note ?? '项目', ...spec.columns.map((c) => c.label)] },
      ...spec.rows.map((r) => ({ label: r.label, cells: [r.label, ...spec.columns.map((c) => (r.group ? '' : fill(r.id, c.id) ?? ''))] })),
    ];
  }
  if (spec.kind === 'flat') {
    const groupRow = spec.columns.map((c, i) => (i === 0 || spec.columns[i - 1].group !== c.group ? spec.groups.find((g) => g.id === c.group)?.label ?? '' : ''));
    return [
      { label: null, cells: groupRow },
      { label: null, cells: spec.columns.map((c) => c.label) },
      { label: 'data', cells: spec.columns.map((c) => fill('data', c.id) ?? '') },
    ];
  }
  return spec.blocks.flatMap((b) => [
    { label: null, cells: [b.caption] },
    { label: null, cells: ['信息内容', ...b.columns.map((c) => c.label)] },
    ...b.rows.map((r) => ({ label: r.label, cells: [r.label, ...b.columns.map((c) => fill(r.id, c.id) ?? '')] })),
  ]);
}

/**
 * The table's lines, and for each labelled row (by label; 'data' for table 四's figures) the
 * index of its first line among them.
 */
export function renderCellLines(spec: TableSpec, style: CellLinesStyle, fill: Filler): { lines: string[]; rowLine: Map<string, number> } {
  const lines: string[] = [];
  const rowLine = new Map<string, number>();
  for (const row of rowsOf(spec, fill)) {
    if (style === 'pipe') {
      if (row.label) rowLine.set(row.label, lines.length);
      for (const c of row.cells) lines.push(c === '' ? '|' : `${c} |`);
      lines.push('|'.repeat(Math.max(2, row.cells.length)));
    } else if (style === 'browser') {
      const group = spec.kind === 'grid' && !!spec.rows.find((r) => r.label === row.label)?.group;
      const cells = row.label && !group ? row.cells.map((c, i) => (i % 2 === 1 && c === '0' ? '' : c)) : row.cells.filter((c) => c !== '');
      if (!cells.length) continue;
      if (row.label) rowLine.set(row.label, lines.length);
      lines.push(cells.join('\t'));
    } else if (style === 'paras') {
      const group = spec.kind === 'grid' && !!spec.rows.find((r) => r.label === row.label)?.group;
      const cells = row.label && !group ? row.cells.map((c, i) => (i % 2 === 1 && c === '0' ? '' : c)) : row.cells.filter((c) => c !== '');
      if (!cells.length) continue;
      if (lines.length) lines.push('', '', '');
      if (row.label) rowLine.set(row.label, lines.length);
      cells.forEach((c, i) => {
        if (i) lines.push('', '\t', '');
        lines.push(c === '' ? '\u00a0' : c);
      });
    } else if (style === 'dense') {
      // Header rows and group rows show their written cells only; a data row every value slot.
      const group = spec.kind === 'grid' && !!spec.rows.find((r) => r.label === row.label)?.group;
      // Some nothing-cells (0) are left blank, as such pages do: the blank lines are the test.
      const cells = row.label && !group ? row.cells.map((c, i) => (i % 2 === 1 && c === '0' ? '' : c)) : row.cells.filter((c) => c !== '');
      if (!cells.length) continue;
      if (row.label) rowLine.set(row.label, lines.length);
      lines.push(...cells);
    } else {
      const cells = row.cells.filter((c) => c !== '');
      if (!cells.length) continue;
      if (lines.length) lines.push('');
      if (row.label) rowLine.set(row.label, lines.length);
      cells.forEach((c, i) => {
        if (i) lines.push('');
        lines.push(c);
      });
    }
  }
  if (style === 'pipe') lines.pop();
  return { lines, rowLine };
}
