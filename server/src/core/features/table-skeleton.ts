// Renders a statutory table from the format data, empty (for quick-fixes and snippets)
// or filled (for generated test drafts). Layouts: GFM, loose pipe rows, tab-separated.
import type { TableSpec } from '../formats/types';
import type { EditableLayout } from '../parse/tables';

/** Value for a cell: (rowId, columnId) → text; rowId is 'data' for the flat table. */
export type CellFiller = (rowId: string, colId: string) => string | undefined;

function line(cells: string[], layout: EditableLayout): string {
  if (layout === 'tab') return cells.join('\t');
  if (layout === 'loose-pipe') return cells.join(' | ') + ' |';
  return '| ' + cells.join(' | ') + ' |';
}

export function renderTable(spec: TableSpec, layout: EditableLayout, fill: CellFiller = () => ''): string {
  const out: string[] = [];
  const sep = (n: number) => { if (layout === 'gfm') out.push('|' + ' --- |'.repeat(n)); };
  if (spec.kind === 'grid') {
    const n = spec.columns.length + 1;
    out.push(line([spec.note ?? '项目', ...spec.columns.map((c) => c.label)], layout));
    sep(n);
    for (const r of spec.rows) {
      if (r.group) out.push(line([r.label, ...spec.columns.map(() => '')], layout));
      else out.push(line([r.label, ...spec.columns.map((c) => fill(r.id, c.id) ?? '')], layout));
    }
  } else if (spec.kind === 'flat') {
    const n = spec.columns.length;
    const groupRow = spec.columns.map((c, i) => (i === 0 || spec.columns[i - 1].group !== c.group ? spec.groups.find((g) => g.id === c.group)?.label ?? '' : ''));
    out.push(line(groupRow, layout));
    sep(n);
    out.push(line(spec.columns.map((c) => c.label), layout));
    out.push(line(spec.columns.map((c) => fill('data', c.id) ?? ''), layout));
  } else {
    const width = 1 + Math.max(...spec.blocks.map((b) => b.columns.length));
    const pad = (cells: string[]) => [...cells, ...new Array(width - cells.length).fill('')];
    spec.blocks.forEach((b, i) => {
      out.push(line(pad([b.caption]), layout));
      if (i === 0) sep(width);
      out.push(line(pad(['信息内容', ...b.columns.map((c) => c.label)]), layout));
      for (const r of b.rows) out.push(line(pad([r.label, ...b.columns.map((c) => fill(r.id, c.id) ?? '')]), layout));
    });
  }
  return out.join('\n');
}
