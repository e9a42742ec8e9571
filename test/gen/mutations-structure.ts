// Faults for the structure rules, injected into clean generated drafts at a line we can name
// (same Mutation interface as mutations.ts): parts swapped or repeated, a heading reworded,
// a table in the other year's format, a statutory row dropped, a row with an invented label,
// a fee amount in yuan. Labels and tables come from the format data, so one mutation serves
// the 2019 and the 2021 format.
import { FORMATS } from '../../server/src/core/formats/index';
import type { BlocksTable, FormatSpec, GridTable } from '../../server/src/core/formats/index';
import { renderTable } from '../../server/src/core/features/table-skeleton';
import { isEditableLayout } from '../../server/src/core/parse/tables';
import type { EditableLayout } from '../../server/src/core/parse/tables';
import { cellTexts, replaceCell } from './cells';
import { cellKey } from './counts';
import type { Draft } from './drafts';
import type { Fault, Mutation } from './mutations';
import type { Rng } from './rng';

const titled = (d: Draft) => d.format.headingMatch === 'title';
const tabular = (d: Draft) => titled(d) && !!d.format.tables.applications && !!d.format.tables.active;

function lines(d: Draft): string[] {
  return d.text.split(d.eol);
}

function join(d: Draft, ls: string[]): string {
  return ls.join(d.eol);
}

/** The other tabular format of the same family (2019 ↔ 2021). */
function other(d: Draft): FormatSpec {
  const f = Object.values(FORMATS).find((x) => x.family === d.format.family && x.id !== d.format.id && x.headingMatch === 'title');
  if (!f) throw new Error(`no other format for ${d.format.id}`);
  return f;
}

/** First and past-the-end line of a rendered statutory table in the draft. */
function tableSpan(d: Draft, tableId: string): [number, number] {
  const spec = d.format.tables[tableId];
  const rendered = renderTable(spec, d.layout as EditableLayout).split('\n');
  const firstRow = spec.kind === 'grid' ? spec.rows[0] : (spec as BlocksTable).blocks[0].rows[0];
  const idx = rendered.findIndex((l) => cellTexts(l, d.layout)[0] === firstRow.label);
  const start = d.lines.row(tableId, firstRow.id) - idx;
  return [start, start + rendered.length];
}

function grid(d: Draft): GridTable {
  return d.format.tables.applications as GridTable;
}

/** The draft's line for a grid row, relabelled and with new values (same layout and spacing). */
function gridLine(d: Draft, ls: string[], template: string, label: string, values: (col: string) => string): string {
  const spec = grid(d);
  let line = ls[d.lines.row('applications', template)];
  for (const c of spec.columns) line = replaceCell(line, d.layout, d.lines.cell('applications', template, c.id).index, values(c.id));
  return replaceCell(line, d.layout, 0, d.convert(label));
}

const apps = (d: Draft, row: string, col: string) => d.counts.get('applications')?.get(cellKey(row, col)) ?? 0;

/** Section titles reworded the way real drafts drift (each still recognised as its part). */
const DRIFT: Record<string, string[]> = {
  general: ['工作总体情况', '总体工作情况'],
  active: ['主动公开政府信息的情况', '主动公开政府信息工作情况'],
  applications: ['收到和处理政府信息公开申请的情况', '收到和处理政府信息公开申请工作情况'],
  review: ['政府信息公开行政复议、行政诉讼的情况', '因政府信息公开申请行政复议、行政诉讼情况'],
  problems: ['政府信息公开工作存在的主要问题及改进情况', '存在的主要问题和改进情况'],
  other: ['其他需要说明的事项', '其他需要报告事项'],
};

/** Invented row labels: no statutory label of either format is close to them. */
const INVENTED_GRID = ['电话咨询转办', '当场答复', '转送有关部门办理'];
const INVENTED_BLOCK = ['行政检查', '行政征收', '行政确认'];

function swapSections(d: Draft, rng: Rng): Fault {
  const ids = d.format.sections.map((s) => s.id);
  const k = rng.int(0, ids.length - 2);
  const [a, b] = d.lines.section(ids[k]);
  const [, c] = d.lines.section(ids[k + 1]);
  const ls = lines(d);
  const moved = [...ls.slice(b, c), ...ls.slice(a, b)];
  ls.splice(a, c - a, ...moved);
  // The part moved up is out of place; it now starts where part k started.
  return { text: join(d, ls), rule: 'section-order', line: a, what: `swapped ${ids[k]} and ${ids[k + 1]}` };
}

function repeatSection(d: Draft, rng: Rng): Fault {
  const id = rng.pick(d.format.sections.filter((s) => !s.table).map((s) => s.id));
  const [a, b] = d.lines.section(id);
  const ls = lines(d);
  ls.splice(b, 0, ...ls.slice(a, b));
  return { text: join(d, ls), rule: 'section-duplicate', line: b, what: `repeated ${id}` };
}

function rewordHeading(d: Draft, rng: Rng): Fault {
  const spec = rng.pick(d.format.sections);
  const line = d.lines.heading(spec.id);
  const ls = lines(d);
  const title = rng.pick(DRIFT[spec.id]);
  const prefix = d.flavour === 'md' ? '## ' : '';
  ls[line] = prefix + d.convert(`${'一二三四五六'[(spec.number ?? 1) - 1]}、${title}`);
  return { text: join(d, ls), rule: 'heading-nonstandard', line, what: `heading ${spec.id} → ${title}` };
}

/** Table 二 replaced by the other format's (zeros): reported at its first column header. */
function otherActiveTable(d: Draft): Fault {
  const theirs = other(d).tables.active as BlocksTable;
  const rendered = d.convert(renderTable(theirs, d.layout as EditableLayout, () => '0')).split('\n');
  const [a, b] = tableSpan(d, 'active');
  const ls = lines(d);
  ls.splice(a, b - a, ...rendered);
  const first = d.convert(theirs.blocks[0].columns[0].label);
  const line = a + rendered.findIndex((l) => l.includes(first));
  return { text: join(d, ls), rule: 'format-outdated', line, what: `table 二 in the ${other(d).id} format` };
}

/** Row （六） of table 三 in the other format: one row (2019) for three sub-rows (2021), or the reverse. */
function otherRowSix(d: Draft): Fault {
  const spec = grid(d);
  const theirs = other(d).tables.applications as GridTable;
  const group = spec.rows.find((r) => r.group && theirs.rows.some((t) => t.id === r.id && !t.group));
  const ls = lines(d);
  if (group) {
    // Ours has sub-rows: write the other format's single row with their sums in place of all four lines.
    const subs = spec.rows.filter((r) => r.parent === group.id).map((r) => r.id);
    const sum = (col: string) => String(subs.reduce((s, id) => s + apps(d, id, col), 0));
    const at = d.lines.row('applications', group.id);
    const single = gridLine(d, ls, subs[subs.length - 1], group.label, sum);
    ls.splice(at, subs.length + 1, single);
    return { text: join(d, ls), rule: 'format-outdated', line: at, what: `single ${group.label} row in a ${d.format.id} table` };
  }
  // Ours has the single row: write the other format's group line and sub-rows instead.
  const row = spec.rows.find((r) => !r.group && theirs.rows.some((t) => t.id === r.id && t.group))!;
  const subs = theirs.rows.filter((t) => t.parent === row.id);
  const at = d.lines.row('applications', row.id);
  const written = [
    gridLine(d, ls, row.id, row.label, () => ''),
    ...subs.map((s, i) => gridLine(d, ls, row.id, s.label, (col) => (i === subs.length - 1 ? String(apps(d, row.id, col)) : '0'))),
  ];
  ls.splice(at, 1, ...written);
  return { text: join(d, ls), rule: 'format-outdated', line: at + 1, what: `${other(d).id} sub-rows of ${row.label}` };
}

function dropRow(d: Draft, rng: Rng): Fault {
  const tableId = rng.chance(0.6) ? 'applications' : 'active';
  const spec = d.format.tables[tableId];
  const ids = spec.kind === 'grid' ? spec.rows.filter((r) => !r.group).map((r) => r.id) : (spec as BlocksTable).blocks.flatMap((b) => b.rows.map((r) => r.id));
  const id = rng.pick(ids);
  const at = d.lines.row(tableId, id);
  const ls = lines(d);
  ls.splice(at, 1);
  // Reported on the statutory line before the gap (the row above, a group line or the block's
  // header); the very first row of table 三 has none, so on the row that now follows.
  const first = spec.kind === 'grid' && id === ids[0];
  return { text: join(d, ls), rule: 'table-row-missing', line: first ? at : at - 1, what: `dropped ${tableId}/${id}` };
}

function inventRow(d: Draft, rng: Rng): Fault {
  const ls = lines(d);
  if (rng.chance(0.5)) {
    // An extra row in table 三 after a data row, with figures copied from it.
    const rows = grid(d).rows.filter((r) => !r.group).map((r) => r.id);
    const after = rng.pick(rows.slice(0, -1));
    const label = rng.pick(INVENTED_GRID);
    const at = d.lines.row('applications', after);
    ls.splice(at + 1, 0, gridLine(d, ls, after, label, (col) => String(apps(d, after, col))));
    return { text: join(d, ls), rule: 'table-row-unknown', line: at + 1, what: `row ${label} after ${after}` };
  }
  // A row of table 二 relabelled.
  const ids = (d.format.tables.active as BlocksTable).blocks.flatMap((b) => b.rows.map((r) => r.id));
  const id = rng.pick(ids);
  const at = d.lines.row('active', id);
  const label = rng.pick(INVENTED_BLOCK);
  ls[at] = replaceCell(ls[at], d.layout, 0, d.convert(label));
  return { text: join(d, ls), rule: 'table-row-unknown', line: at, what: `active/${id} relabelled ${label}` };
}

function feeInYuan(d: Draft, rng: Rng): Fault {
  const spec = d.format.tables.active as BlocksTable;
  const block = spec.blocks.find((b) => b.columns.some((c) => c.unit === '万元'))!;
  const col = block.columns.find((c) => c.unit === '万元')!;
  const row = block.rows[0].id;
  const at = d.lines.cell('active', row, col.id);
  const ls = lines(d);
  const wan = Number(cellTexts(ls[at.line], d.layout)[at.index]) || 1.175;
  const yuan = Math.round(wan * 10000);
  // Generated issuers are county-level bodies: above 100000 a bare figure reads as yuan.
  const text = yuan > 100000 && rng.chance(0.5) ? String(yuan) : `${yuan}元`;
  ls[at.line] = replaceCell(ls[at.line], d.layout, at.index, d.convert(text));
  return { text: join(d, ls), rule: 'table-unit', line: at.line, what: `fee ${text}` };
}

const editableTabular = (d: Draft) => tabular(d) && isEditableLayout(d.layout);

export const MUTATIONS: Mutation[] = [
  { rule: 'section-order', applies: titled, apply: swapSections },
  { rule: 'section-duplicate', applies: titled, apply: repeatSection },
  { rule: 'heading-nonstandard', applies: titled, apply: rewordHeading },
  // Rows and tables are rewritten whole in the layouts a draft's author writes; the read-only
  // layouts (PDF text, split labels over lines) keep to value faults.
  { rule: 'format-outdated', applies: editableTabular, apply: (d, rng) => (rng.chance(0.5) ? otherActiveTable(d) : otherRowSix(d)) },
  { rule: 'table-row-missing', applies: editableTabular, apply: dropRow },
  { rule: 'table-row-unknown', applies: editableTabular, apply: inventRow },
  {
    rule: 'table-unit',
    applies: (d) => tabular(d) && (d.format.tables.active as BlocksTable).blocks.some((b) => b.columns.some((c) => c.unit === '万元')),
    apply: feeInYuan,
  },
];
