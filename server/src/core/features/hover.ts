// Hover: what the thing under the cursor is in the statutory format, in Chinese Markdown.
//   (a) a number cell of a statutory table: table, row and column, and the constraints it takes
//       part in with the computed values (✓ / ✗ and the expected value; skipped checks said so);
//   (b) a statutory section heading: what the section must contain, from the format data;
//   (c) a disposition term in prose or a row label of table 三 (予以公开, 重复申请, 同意公开 …):
//       its standard name, its row and its basis (GridRow.basis).
// Plain data out: the server joins it with the rule hover of the diagnostics under the cursor.
import type { Analysis } from '../engine/lint';
import type { FormatSpec, TableSpec } from '../formats/types';
import { TERMS } from '../formats/index';
import type { SectionMatch } from '../parse/report';
import type { Section } from '../parse/document';
import type { StatTable, TableRow } from '../parse/interpret-table';
import type { Cell } from '../parse/tables';
import { normalize, normalizeMapped, toChineseNumeral } from '../text/normalize';
import { diagnose, isExplained } from '../engine/explain';
import { cellInt, columnName, findRow, rowName } from '../model/table-facts';
import { assumedZeroNote } from '../engine/cell-policy';
import {
  constraintInstances, equation, holds, Instance, instanceName, instanceNameEn, instancesWith, scopeOf, skipReason, tableName, valuesText,
} from './arithmetic';

/** English hovers (an English editor): set for the duration of one synchronous hoverAt call. */
let EN = false;
/** The text in the hover's language; statutory labels and draft text stay as written, quoted. */
const L = (zh: string, en: string): string => (EN ? en : zh);
const zeroNote = (cells: readonly Cell[]): string => { const n = assumedZeroNote(cells); return n ? esc(EN ? n.en : n.zh) : ''; };
function tableNameL(a: Analysis, tableId: string): string {
  if (!EN) return tableName(a, tableId);
  const sec = a.format?.sections.find((s) => s.table === tableId);
  if (sec?.number) return `Table of part ${sec.number}`;
  return `Table “${esc(a.format?.tables[tableId]?.title ?? '')}”`;
}
function skipReasonL(i: Instance): string {
  if (!EN) return skipReason(i, esc);
  const spec = i.table.spec;
  const c = i.constraint;
  for (const x of [...i.left, ...i.right]) {
    if (x.cell !== undefined && x.value !== null) continue;
    const where = c.each === 'column' ? `row “${esc(rowName(spec, x.id))}”` : `column “${esc(columnName(spec, x.id))}”`;
    if (x.cell === undefined) return `${where} is missing`;
    if (x.cell.text === '') return `${where} is blank`;
    return `${where} “${esc(x.cell.text)}” is not a non-negative integer`;
  }
  return '';
}

export interface HoverResult {
  /** The span the hover belongs to (UTF-16 offsets into the original text). */
  start: number;
  end: number;
  markdown: string;
}

export function hoverAt(a: Analysis, offset: number, options: { english?: boolean } = {}): HoverResult | null {
  if (!a.kind || !a.format || !a.report) return null;
  if (!(offset >= 0 && offset <= a.doc.text.length)) return null;
  EN = options.english === true;
  try {
    return tableHover(a, offset) ?? headingHover(a, a.report.sections, offset) ?? termHover(a, a.format, offset);
  } finally {
    EN = false;
  }
}

/** Markdown-escapes text taken from the draft or the format data. */
export function esc(s: string): string {
  return s.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

// ---------------------------------------------------------------------------------------------
// (a) table cells and row labels

function tableHover(a: Analysis, offset: number): HoverResult | null {
  for (const t of a.report!.tables.values()) {
    if (offset < t.start || offset > t.end) continue;
    for (const row of t.rows) {
      if (offset < row.raw.start || offset > row.raw.end) continue;
      for (const [colId, cell] of row.values) {
        const span = cellSpan(a.doc.text, cell);
        if (offset >= span.start && offset < span.end) return { ...span, markdown: cellMarkdown(a, t, row, colId, cell) };
      }
      for (const cell of row.unassigned) {
        if (offset >= cell.start && offset < Math.max(cell.end, cell.start + 1)) {
          return { start: cell.start, end: cell.end, markdown: unassignedMarkdown(a, t, row) };
        }
      }
      if (row.rowId && row.rowId !== 'data' && row.labelEnd > row.labelStart && offset >= row.labelStart && offset < row.labelEnd) {
        return { start: row.labelStart, end: row.labelEnd, markdown: rowMarkdown(a, t.id, t.spec, row.rowId, row) };
      }
    }
  }
  return null;
}

/** An empty cell has no width: it owns the blanks before its separator. */
function cellSpan(text: string, cell: Cell): { start: number; end: number } {
  if (cell.end > cell.start) return { start: cell.start, end: cell.end };
  let s = cell.start;
  while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\u3000')) s--;
  return { start: s, end: Math.max(cell.start, s + 1) };
}

function where(a: Analysis, t: StatTable, row: TableRow, colId: string | null): string {
  const spec = t.spec;
  const name = tableNameL(a, t.id);
  if (spec.kind === 'flat') {
    const col = spec.columns.find((c) => c.id === colId);
    const group = spec.groups.find((g) => g.id === col?.group);
    return L(`${name} “${esc(group?.label ?? '')}” · “${esc(col?.label ?? colId ?? '')}” 栏`, `${name} · “${esc(group?.label ?? '')}” · column “${esc(col?.label ?? colId ?? '')}”`);
  }
  const col = colId ? L(` · “${esc(columnName(spec, colId))}” 列`, ` · column “${esc(columnName(spec, colId))}”`) : '';
  const rowText = esc(row.rowId ? rowName(spec, row.rowId) : row.label);
  if (spec.kind === 'blocks') {
    const block = spec.blocks.find((b) => b.id === row.blockId);
    return L(`${name} ${esc(block?.caption ?? '')} · “${rowText}” 行${col}`, `${name} · “${esc(block?.caption ?? '')}” · row “${rowText}”${col}`);
  }
  return L(`${name} “${rowText}” 行${col}`, `${name} · row “${rowText}”${col}`);
}

function cellMarkdown(a: Analysis, t: StatTable, row: TableRow, colId: string, cell: Cell): string {
  const parts = [`**${where(a, t, row, colId)}**`];
  const notes: string[] = [];
  const checked = a.format!.constraints.some((c) => c.table === t.id);
  if (row.inferred) notes.push(L('行名无法识别，按上下行推定为此行。', 'The row label is not recognised; the row is inferred from the rows around it.'));
  if (!row.rowId && checked) notes.push(L('行名不是法定行名，此行不参与勾稽检查。', 'The row label is not a statutory one: this row takes no part in the sum checks.'));
  if (row.rowId && row.rowId !== 'data' && findRow(t, row.rowId) !== row) notes.push(L('此行在表中重复出现，勾稽检查只用第一次出现的那一行。', 'This row appears more than once; the sum checks use its first occurrence.'));
  const zero = checked && cellInt(cell) === null && instancesWith(a, cell).some((i) => i.assumed.includes(cell));
  if (zero) {
    notes.push(cell.text === ''
      ? L('此格为空：没有的请填 0。勾稽检查按 0 计算此格（空格按 0 计）。', 'This cell is blank: write 0 where there is none. The sum checks count it as 0.')
      : L(`此格“${esc(cell.text)}”不是数字：没有的请填 0。勾稽检查按 0 计算此格。`, `This cell “${esc(cell.text)}” is not a number: write 0 where there is none. The sum checks count it as 0.`));
  } else if (checked && cellInt(cell) === null) {
    notes.push(cell.text === ''
      ? L('此格为空：未填写的数不等于 0，没有请填 0。涉及此格的勾稽检查已跳过。', 'This cell is blank: a missing number is not 0; write 0 where there is none. The sum checks with this cell were skipped.')
      : L(`此格“${esc(cell.text)}”不是非负整数，涉及此格的勾稽检查已跳过。`, `This cell “${esc(cell.text)}” is not a non-negative integer; the sum checks with this cell were skipped.`));
  }
  if (!checked) notes.push(columnKind(t.spec, row, colId));
  if (notes.length) parts.push(notes.join('\n\n'));
  const wrong = diagnose(a).explanations.find((e) => e.cell === cell);
  if (wrong) parts.push(L(`此格应为 ${wrong.value}：${wrong.instances.length > 1 ? '不成立的各项勾稽都经过这一格，' : ''}改为 ${wrong.value} 后各项勾稽都成立，且不影响已成立的勾稽。`,
    `This cell should be ${wrong.value}: ${wrong.instances.length > 1 ? 'every failing sum runs through it, and ' : ''}with ${wrong.value} every sum holds, without breaking one that holds now.`));
  const lines = instancesWith(a, cell).map((i) => `- ${instanceLine(i, cell, a)}`);
  if (lines.length) parts.push(lines.join('\n'));
  const basis = rowBasis(t.spec, row.rowId);
  if (basis) parts.push(L(`依据：${esc(basis)}`, `Basis: “${esc(basis)}”`));
  return parts.join('\n\n');
}

function columnKind(spec: TableSpec, row: TableRow, colId: string): string {
  if (spec.kind !== 'blocks') return L('此栏不参与勾稽检查。', 'This column takes no part in the sum checks.');
  const col = spec.blocks.find((b) => b.id === row.blockId)?.columns.find((c) => c.id === colId);
  if (col?.type === 'signed') return L('此栏填写增减数，可带正负号（如 +3、-2）。', 'This column holds a change, with a sign allowed (such as +3, -2).');
  if (col?.type === 'amount') return L(`此栏填写金额${col.unit ? `（单位：${esc(col.unit)}）` : ''}，可带小数。`, `This column holds an amount${col.unit ? ` (unit “${esc(col.unit)}”)` : ''}, decimals allowed.`);
  return L('此栏填写件数（非负整数），不参与勾稽检查。', 'This column holds a count (a non-negative integer) and takes no part in the sum checks.');
}

/** One constraint instance as a hover line: name, the numbers, ✓ or ✗ with the expected value. */
export function instanceLine(i: Instance, focus: Cell | null, a?: Analysis): string {
  const name = esc(EN ? instanceNameEn(i) : instanceName(i));
  const vt = (terms: Instance['left'], f: Cell | null) => valuesText(terms, f, undefined, EN);
  const ok = holds(i);
  if (ok === null) return L(`${name}：未检查——${skipReasonL(i)}`, `${name}: not checked — ${skipReasonL(i)}`);
  // A failing sum that one wrong cell explains (as the diagnostics say): name that cell, not the total.
  const e = a && isExplained(a, i) ? diagnose(a).explanations.find((x) => x.instances.includes(i)) : undefined;
  if (e) {
    const at = e.cell === focus ? L('此格', 'this cell') : L(`“${esc(e.cell.text || '空格')}”一格`, e.cell.text ? `the cell “${esc(e.cell.text)}”` : 'the blank cell');
    const why = L(`错在${at}：应为 ${e.value}，改后成立`, `the wrong one is ${at}: it should be ${e.value}, then the sum holds`);
    const zero = zeroNote(i.assumed);
    if (i.constraint.fixLeft && i.left.length === 1) {
      const stated = i.left[0].cell === focus ? `**${i.leftSum}**` : String(i.leftSum);
      return L(`${name}：${vt(i.right, focus)} = ${i.rightSum}（表中 ${stated} ✗，${why}）${zero}`, `${name}: ${vt(i.right, focus)} = ${i.rightSum} (the table says ${stated} ✗; ${why})${zero}`);
    }
    return L(`${name}：${vt(i.left, focus)} = ${i.leftSum}，${vt(i.right, focus)} = ${i.rightSum} ✗（${why}）${zero}`, `${name}: ${vt(i.left, focus)} = ${i.leftSum}, ${vt(i.right, focus)} = ${i.rightSum} ✗ (${why})${zero}`);
  }
  const c = i.constraint;
  const note = zeroNote(i.assumed);
  if (c.fixLeft && i.left.length === 1) {
    const stated = i.left[0].cell === focus ? `**${i.leftSum}**` : String(i.leftSum);
    const verdict = ok ? '✓' : L(`✗，应为 ${i.rightSum}`, `✗, should be ${i.rightSum}`);
    return L(`${name}：${vt(i.right, focus)} = ${i.rightSum}（表中 ${stated} ${verdict}）${note}`, `${name}: ${vt(i.right, focus)} = ${i.rightSum} (the table says ${stated} ${verdict})${note}`);
  }
  const verdict = ok ? '✓' : L(`✗（两边相差 ${Math.abs(i.leftSum! - i.rightSum!)}）`, `✗ (the sides differ by ${Math.abs(i.leftSum! - i.rightSum!)})`);
  return L(`${name}：${vt(i.left, focus)} = ${i.leftSum}，${vt(i.right, focus)} = ${i.rightSum} ${verdict}${note}`, `${name}: ${vt(i.left, focus)} = ${i.leftSum}, ${vt(i.right, focus)} = ${i.rightSum} ${verdict}${note}`);
}

function unassignedMarkdown(a: Analysis, t: StatTable, row: TableRow): string {
  const shape = row.shape ? L(`此行有 ${row.shape.found} 个数，格式要求 ${row.shape.expected} 个，`, `This row has ${row.shape.found} numbers where the format has ${row.shape.expected}: `) : '';
  return `**${where(a, t, row, null)}**\n\n${shape}${L('无法确定此数属于哪一列，涉及此行的勾稽检查已跳过。', 'which column this number belongs to is unknown; the sum checks of this row were skipped.')}`;
}

function rowBasis(spec: TableSpec, rowId: string | null): string | undefined {
  return spec.kind === 'grid' && rowId ? spec.rows.find((r) => r.id === rowId)?.basis : undefined;
}

/** A statutory row: its full label, sub-rows of a group, basis, and the row's own checks. */
function rowMarkdown(a: Analysis, tableId: string, spec: TableSpec, rowId: string, row: TableRow | null): string {
  const parts = [L(`**${tableName(a, tableId)} “${esc(rowName(spec, rowId))}” 行**（${esc(spec.title)}）`, `**${tableNameL(a, tableId)} · row “${esc(rowName(spec, rowId))}”** (“${esc(spec.title)}”)`)];
  if (spec.kind === 'grid') {
    const r = spec.rows.find((x) => x.id === rowId);
    if (r && !rowName(spec, rowId).includes(r.label)) parts.push(L(`格式原文：${esc(r.label)}`, `As the format writes it: “${esc(r.label)}”`));
    const subs = spec.rows.filter((x) => x.parent === rowId);
    if (r?.group && subs.length) parts.push(L(`下分 ${subs.length} 项：${subs.map((x) => esc(x.label)).join('；')}`, `${subs.length} sub-rows: ${subs.map((x) => `“${esc(x.label)}”`).join(', ')}`));
    if (r?.basis) parts.push(L(`依据：${esc(r.basis)}`, `Basis: “${esc(r.basis)}”`));
  }
  const t = a.report!.tables.get(tableId);
  if (row ?? (t && findRow(t, rowId))) {
    const lines = constraintInstances(a).filter((i) => i.table.id === tableId && i.constraint.each === 'row' && i.along === rowId).map((i) => `- ${instanceLine(i, null, a)}`);
    if (lines.length) parts.push(lines.join('\n'));
  }
  return parts.join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// (b) statutory section headings

function headingHover(a: Analysis, sections: Map<string, SectionMatch>, offset: number): HoverResult | null {
  for (const m of sections.values()) {
    for (const s of m.sections) {
      const h = s.heading;
      const end = h.runIn ? h.titleEnd : h.end;
      if (offset >= h.start && offset < end) return { start: h.start, end, markdown: sectionMarkdown(a, m, s) };
    }
  }
  return null;
}

function sectionMarkdown(a: Analysis, m: SectionMatch, s: Section): string {
  const f = a.format!;
  const spec = m.spec;
  const index = f.sections.indexOf(spec) + 1;
  const need = spec.required ? L('必备', 'required') : L('可选', 'optional');
  const parts: string[] = [];
  if (f.headingMatch === 'title') {
    const n = spec.number ?? index;
    parts.push(L(`**${toChineseNumeral(n)}、${esc(spec.title)}** · 法定第${toChineseNumeral(n)}部分（共 ${f.sections.length} 部分，${need}）`,
      `**“${toChineseNumeral(n)}、${esc(spec.title)}”** · statutory part ${n} of ${f.sections.length} (${need})`));
    if (normalize(s.heading.title) !== normalize(spec.title)) parts.push(L(`本文标题写作“${esc(s.heading.title)}”，法定标题为“${esc(spec.title)}”。`, `This draft writes “${esc(s.heading.title)}”; the statutory heading is “${esc(spec.title)}”.`));
  } else {
    parts.push(L(`**${esc(spec.title)}** · 第 ${index} 项报告内容（共 ${f.sections.length} 项，${need}）`, `**“${esc(spec.title)}”** · item ${index} of ${f.sections.length} of the report (${need})`));
    if (spec.keywords?.length) parts.push(L(`按内容识别：标题含“${spec.keywords.map(esc).join('”“')}”之一即视为本项。`, `Recognised by content: a heading with one of “${spec.keywords.map(esc).join('”, “')}” is this item.`));
  }
  parts.push(L(`格式：${esc(f.name.zh)}`, `Format: ${esc(f.name.en)}`));
  if (spec.basis) parts.push(L(`依据：${esc(spec.basis)}`, `Basis: “${esc(spec.basis)}”`));
  if (spec.table && f.tables[spec.table]) {
    const t = f.tables[spec.table];
    parts.push(L(`应含表格“${esc(t.title)}”：${tableShape(t)}`, `Must contain the table “${esc(t.title)}”: ${tableShape(t)}`));
    if (t.kind === 'grid' && t.note) parts.push(L(`表头注明：${esc(t.note)}`, `The header notes: “${esc(t.note)}”`));
    const cs = f.constraints.filter((c) => c.table === spec.table);
    if (cs.length) {
      parts.push(L('勾稽关系：\n', 'Sum checks:\n') + cs.map((c) => L(`- ${esc(scopeOf(t, c))}：${esc(equation(t, c))}`,
        `- ${c.each === 'column' ? 'each column' : c.each === 'row' ? 'each row' : `“${esc(scopeOf(t, c))}”`}: “${esc(equation(t, c))}”`)).join('\n'));
    }
    const found = a.report!.tables.get(spec.table);
    if (found) {
      const lm = a.doc.lines;
      parts.push(L(`本文档：已识别该表格（第 ${lm.lineAt(found.start) + 1}–${lm.lineAt(found.end) + 1} 行）。`, `This draft: the table was found (lines ${lm.lineAt(found.start) + 1}–${lm.lineAt(found.end) + 1}).`));
    } else {
      parts.push(L('本文档：本部分未找到该表格。', 'This draft: the table was not found in this part.'));
    }
  } else if (f.headingMatch === 'title') {
    parts.push(L('本部分为文字叙述，没有法定表格。', 'This part is prose; it has no statutory table.'));
  }
  return parts.join('\n\n');
}

function tableShape(t: TableSpec): string {
  const q = (xs: string[]) => xs.map((x) => `“${esc(x)}”`).join(', ');
  if (t.kind === 'grid') {
    const rows = t.rows.filter((r) => !r.group).length;
    return L(`${t.columns.length} 列（${t.columns.map((c) => esc(c.label)).join('、')}）× ${rows} 行数字`, `${t.columns.length} columns (${q(t.columns.map((c) => c.label))}) × ${rows} rows of numbers`);
  }
  if (t.kind === 'flat') {
    const per = t.columns.length / Math.max(1, t.groups.length);
    const first = t.columns.slice(0, per).map((c) => esc(c.label)).join('、');
    return L(`${t.groups.map((g) => esc(g.label)).join('、')}，各 ${per} 栏（${first}），共 ${t.columns.length} 个数`,
      `${q(t.groups.map((g) => g.label))}, ${per} columns each (${q(t.columns.slice(0, per).map((c) => c.label))}), ${t.columns.length} numbers in all`);
  }
  return L(t.blocks.map((b) => `${esc(b.caption)}（${b.rows.map((r) => esc(r.label)).join('、')}：${b.columns.map((c) => esc(c.label)).join('、')}）`).join('；'),
    t.blocks.map((b) => `“${esc(b.caption)}” (${q(b.rows.map((r) => r.label))}: ${q(b.columns.map((c) => c.label))})`).join('; '));
}

// ---------------------------------------------------------------------------------------------
// (c) disposition terms in prose

interface TermEntry {
  /** Normalised form searched for. */
  norm: string;
  tableId: string;
  rowId: string | null;
  /** For a non-standard term: the standard name, or null when there is no single one. */
  standard?: string | null;
  note?: string;
  nonstandard: boolean;
}

const termCache = new WeakMap<FormatSpec, TermEntry[]>();

/** Disposition names from the format's grid rows under a group (and the non-standard ones of terms.json). */
function termIndex(f: FormatSpec): TermEntry[] {
  let out = termCache.get(f);
  if (out) return out;
  out = [];
  let home: string | null = null;
  for (const [tableId, t] of Object.entries(f.tables)) {
    if (t.kind !== 'grid') continue;
    for (const r of t.rows) {
      if (!r.parent) continue;
      const core = r.match ?? r.label.replace(/^[（(]?[一二三四五六七八九十\d]+[）)]?[、.．]?/, '').replace(/[（(][^）)]*[）)]$/, '');
      const norm = normalize(core);
      if (norm.length < 3) continue; // 总计, 其他: not names of a disposition
      out.push({ norm, tableId, rowId: r.id, nonstandard: false });
      home ??= tableId;
    }
  }
  if (home) {
    for (const t of TERMS.nonstandard) {
      const owner = Object.entries(f.tables).find(([, s]) => s.kind === 'grid' && s.rows.some((r) => r.id === t.row))?.[0];
      if (t.row && !owner) continue;
      out.push({ norm: normalize(t.term), tableId: owner ?? home, rowId: t.row, standard: t.standard, note: t.note, nonstandard: true });
    }
  }
  termCache.set(f, out);
  return out;
}

function termHover(a: Analysis, f: FormatSpec, offset: number): HoverResult | null {
  const terms = termIndex(f);
  if (!terms.length) return null;
  const lm = a.doc.lines;
  const line = lm.lineAt(offset);
  const lineStart = lm.lineStarts[line];
  const lineText = a.doc.work.slice(lineStart, lm.lineEnd(line));
  if (lineText.length > 5000) return null;
  const m = normalizeMapped(lineText);
  let best: { entry: TermEntry; start: number; end: number } | null = null;
  for (const entry of terms) {
    for (let i = m.text.indexOf(entry.norm); i >= 0; i = m.text.indexOf(entry.norm, i + 1)) {
      const start = lineStart + m.map.get(i);
      const end = lineStart + m.map.get(i + entry.norm.length - 1) + 1;
      if (offset < start || offset >= end) continue;
      if (i > 0 && TERMS.notAfter.includes(m.text[i - 1])) continue;
      if (!best || entry.norm.length > best.entry.norm.length) best = { entry, start, end };
    }
  }
  if (!best) return null;
  const written = a.doc.text.slice(best.start, best.end);
  return { start: best.start, end: best.end, markdown: termMarkdown(a, best.entry, written) };
}

function termMarkdown(a: Analysis, e: TermEntry, written: string): string {
  const spec = a.format!.tables[e.tableId];
  const parts: string[] = [];
  if (!e.nonstandard) {
    parts.push(L(`**${esc(written)}** · 规范的办理结果名称`, `**“${esc(written)}”** · a standard disposition name`));
  } else if (e.standard) {
    parts.push(L(`**${esc(written)}** 不是规范的办理结果名称，应写作“${esc(e.standard)}”。`, `**“${esc(written)}”** is not a standard disposition name; write “${esc(e.standard)}”.`));
  } else {
    parts.push(L(`**${esc(written)}** 不是规范的办理结果名称：${esc(e.note ?? '请按表三的规范名称归类')}`, `**“${esc(written)}”** is not a standard disposition name: file it under one of the standard names of the table of part 3${e.note ? ` (“${esc(e.note)}”)` : ''}.`));
  }
  if (e.rowId && spec) parts.push(rowMarkdown(a, e.tableId, spec, e.rowId, null));
  return parts.join('\n\n');
}
