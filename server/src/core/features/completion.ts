// Completion: statutory section headings at the start of a line, statutory row labels in
// the label cell of a statutory table, standard disposition names in prose, and the empty
// statutory tables at a blank line. Every label comes from the format data
// (formats/data/*.json); nothing here names a row, a section or a format.
import type { Analysis } from '../engine/lint';
import type { FormatSection, FormatSpec, GridRow, GridTable, TableSpec } from '../formats/types';
import { FORMATS, govInfoKindForYear } from '../formats/index';
import { statutoryHeadingCount } from '../formats/detect';
import { buildReport, ReportModel } from '../parse/report';
import type { StatTable } from '../parse/interpret-table';
import type { EditableLayout, TableBlock, TableLayout } from '../parse/tables';
import { readCellValue } from '../parse/cell-value';
import { chineseNumeral, labelKey, lcs, normalize, toChineseNumeral } from '../text/normalize';
import { eol, headingPrefix, preferredLayout, statutoryHeading } from '../engine/draft-style';
import { renderTable } from './table-skeleton';
import { isSeparatorRow } from '../parse/tables';

export type CompletionKind = 'heading' | 'row-label' | 'disposition' | 'snippet';

export interface CompletionItem {
  label: string;
  detail?: string;
  documentation?: string;
  /** Plain text (no snippet syntax); replaces [replaceStart, replaceEnd). */
  insertText: string;
  /** UTF-16 offsets on the cursor's line: exactly the partial text the user typed. */
  replaceStart: number;
  replaceEnd: number;
  kind: CompletionKind;
  /** Order to show the items in (editors otherwise sort by label). */
  sortText: string;
  /**
   * What the editor filters on: it starts with the typed text. Editors match the typed
   * text against word starts, and a CJK label such as （一）予以公开 has none after its
   * numbering, so 予以 would otherwise filter the item away.
   */
  filterText: string;
}

interface Context {
  a: Analysis;
  format: FormatSpec;
  report: ReportModel;
  text: string;
  offset: number;
  line: number;
  lineStart: number;
  lineEnd: number;
  before: string;
  after: string;
}

const HAN = /[\u3400-\u9fff]/;
// Heading position: indentation, optional # marks, optional partial numeral (and the start of a title).
const HEADING_PREFIX = /^([ \u3000]*)((#{1,6}) *)?([一二三四五六七八九十]{1,3}(?: *[、.．,，] *[\u3400-\u9fff、，“”]{0,30})?)?$/;
// Same test as parse/tables.ts.

const pad = (n: number) => String(n).padStart(3, '0');

function filterFor(typed: string, insertText: string, label: string): string {
  return insertText.startsWith(typed) ? insertText : typed + label;
}

/** Completion items at `offset` (UTF-16) of the analysed text, best first. */
export function completeAt(a: Analysis, offset: number): CompletionItem[] {
  const doc = a.doc;
  const text = doc.text;
  const o = Math.max(0, Math.min(offset, text.length));
  const line = doc.lines.lineAt(o);
  const lineStart = doc.lines.lineStarts[line];
  const lineEnd = doc.lines.lineEnd(line);
  if (o > lineEnd) return [];
  // No completion inside comments and front matter.
  if (doc.directives.commentRanges.some(([s, e]) => s < o && o < e)) return [];
  let format = a.format;
  let report = a.report;
  const draftOnly = !format || !report;
  if (!format || !report) {
    // Not (yet) a report: only headings, and only once the draft has a statutory heading.
    if (statutoryHeadingCount(doc) < 1) return [];
    // The format of the draft's year, else the current one (open-ended years).
    const current = FORMATS[govInfoKindForYear(Number.MAX_SAFE_INTEGER)];
    const byYear = doc.year !== null ? FORMATS[govInfoKindForYear(doc.year)] : current;
    format = byYear.headingMatch === 'title' ? byYear : current;
    report = buildReport(format, doc);
  }
  const ctx: Context = {
    a: draftOnly ? { ...a, format, report } : a, format, report, text, offset: o, line, lineStart, lineEnd,
    before: text.slice(lineStart, o), after: text.slice(o, lineEnd),
  };
  if (draftOnly) return headingItems(ctx);
  const items: CompletionItem[] = [];
  // A line right below a table may be prose after all: no label fits, names may.
  const rows = rowLabelItems(ctx);
  if (rows?.length) items.push(...rows);
  else items.push(...dispositionItems(ctx));
  items.push(...headingItems(ctx), ...snippetItems(ctx));
  return items.sort((x, y) => (x.sortText < y.sortText ? -1 : x.sortText > y.sortText ? 1 : 0));
}

function inTableBlock(ctx: Context): boolean {
  return ctx.a.doc.tables.some((b) => ctx.line >= b.startLine && ctx.line <= b.endLine);
}

// ---------------------------------------------------------------- headings

function headingItems(ctx: Context): CompletionItem[] {
  const m = HEADING_PREFIX.exec(ctx.before);
  if (!m || ctx.after.trim() !== '' || inTableBlock(ctx)) return [];
  const { format, report } = ctx;
  const replaceStart = ctx.lineStart + m[1].length;
  const typed = ctx.before.slice(m[1].length);
  const prefix = m[3] ? m[3] + ' ' : headingPrefix(ctx.a);
  const typedNumeral = m[4] ? chineseNumeral(/^[一二三四五六七八九十]+/.exec(m[4])![0]) : null;
  const typedHead = foldHeading(m[4] ?? '');
  const items: CompletionItem[] = [];
  format.sections.forEach((spec, i) => {
    const found = report.sections.get(spec.id);
    // The heading being typed on this line may already match the section: that is no presence.
    if (found && (found.inText || found.sections.some((s) => s.heading.line !== ctx.line))) return;
    const heading = spec.number ? statutoryHeading(spec) : `${toChineseNumeral(typedNumeral ?? nextNumeral(ctx))}、${spec.title}`;
    const insertText = prefix + heading;
    // What was typed after the #s must begin this heading (三、收 → 三、收到…), and not be all of it.
    if (typedHead && (!foldHeading(heading).startsWith(typedHead) || foldHeading(heading) === typedHead)) return;
    items.push({
      label: heading,
      detail: `法定章节（${format.name.zh}）`,
      documentation: headingDoc(format, spec, i),
      insertText,
      replaceStart,
      replaceEnd: ctx.offset,
      kind: 'heading',
      sortText: 'c' + pad(i),
      filterText: filterFor(typed, insertText, heading),
    });
  });
  return items;
}

/** A heading for prefix comparison: no spaces, any numeral separator as 、. */
function foldHeading(s: string): string {
  return s.replace(/[ \u3000]/g, '').replace(/^([一二三四五六七八九十]+)[、.．,，]/, '$1、');
}

/** For formats without fixed numerals: one more than the chapter before the cursor. */
function nextNumeral(ctx: Context): number {
  let n = 0;
  for (const h of ctx.a.doc.headings) {
    if (h.line >= ctx.line) break;
    if (h.style === 'cn' && h.numeral !== null && h.line !== ctx.a.doc.title?.line) n = h.numeral;
  }
  return n + 1;
}

function headingDoc(format: FormatSpec, spec: FormatSection, i: number): string {
  const parts = [`${format.name.zh}的${spec.number ? `第${toChineseNumeral(spec.number)}部分` : `第${toChineseNumeral(i + 1)}项内容`}。`];
  if (spec.table && format.tables[spec.table]) parts.push(`本部分应附统计表“${format.tables[spec.table].title}”。`);
  if (spec.basis) parts.push(`依据：${spec.basis}。`);
  return parts.join('');
}

// ---------------------------------------------------------------- row labels

interface LabelCandidate {
  key: string;
  label: string;
  detail: string;
  documentation?: string;
  group: boolean;
}

/** The statutory labels of a table's first column, in statutory order. */
function tableLabels(spec: TableSpec): LabelCandidate[] {
  if (spec.kind === 'grid') {
    const byId = new Map(spec.rows.map((r) => [r.id, r]));
    return spec.rows.map((r) => {
      const parent = r.parent ? byId.get(r.parent) : undefined;
      return {
        key: 'row:' + r.id,
        label: r.label,
        detail: `${spec.title}${parent ? ' › ' + parent.label : ''}${r.group ? '（分组标签，本行无数字）' : ''}`,
        documentation: r.basis ? `依据：${r.basis}` : undefined,
        group: !!r.group,
      };
    });
  }
  if (spec.kind === 'blocks') {
    return spec.blocks.flatMap((b) => [
      { key: 'cap:' + b.id, label: b.caption, detail: `${spec.title} › 栏目标题`, group: true,
        documentation: `栏目：${b.columns.map((c) => c.label).join('、')}` },
      ...b.rows.map((r) => ({ key: 'row:' + r.id, label: r.label, detail: `${spec.title} › ${b.caption}`, group: false,
        documentation: `信息内容：${r.label}；栏目：${b.columns.map((c) => c.label).join('、')}` })),
    ]);
  }
  return [];
}

function rowKey(r: StatTable['rows'][number]): string | null {
  if (r.kind === 'caption' && r.blockId) return 'cap:' + r.blockId;
  if ((r.kind === 'data' || r.kind === 'group') && r.rowId) return 'row:' + r.rowId;
  return null;
}

function isLabelCell(s: string): boolean {
  return s.trim() === '' || (HAN.test(s) && readCellValue(s).type === 'text');
}

function findTable(ctx: Context): { table: StatTable; block: TableBlock; below: boolean } | null {
  let below: { table: StatTable; block: TableBlock; below: boolean } | null = null;
  for (const table of ctx.report.tables.values()) {
    for (const block of table.blocks) {
      if (ctx.line >= block.startLine && ctx.line <= block.endLine) return { table, block, below: false };
      if (ctx.line === block.endLine + 1) below = { table, block, below: true };
    }
  }
  return below;
}

/** Row labels when the cursor is in a label cell of (or right below) a statutory table; null elsewhere. */
function rowLabelItems(ctx: Context): CompletionItem[] | null {
  const found = findTable(ctx);
  if (!found) return null;
  const { table, block, below } = found;
  const layout: TableLayout = block.layout;
  const lineText = ctx.text.slice(ctx.lineStart, ctx.lineEnd);
  if (layout !== 'tab' && isSeparatorRow(lineText)) return null;
  const parts = ctx.before.split(layout === 'tab' ? '\t' : /(?<!\\)\|/);
  const current = parts.pop()!;
  const preceding = parts.filter((p) => p.trim() !== '');
  // The label cell: nothing but labels before it (merged-cell pastes put a group label first).
  if (!parts.every(isLabelCell) || preceding.length > 2) return null;
  const partial = current.replace(/^[ \u3000]+/, '');
  const value = readCellValue(partial).type;
  if (value !== 'text' && value !== 'empty') return null;
  const candidates = tableLabels(table.spec);
  if (!candidates.length) return null;
  if (partial === '' && preceding.length) {
    // An empty cell after a label cell is a label cell only after a group label.
    const k = labelKey(preceding[preceding.length - 1]);
    if (!candidates.some((c) => c.group && labelKey(c.label) === k)) return null;
  }
  const replaceStart = ctx.offset - partial.length;

  // Labels already in the table (not counting the row being typed).
  const present = new Set<string>();
  const labelsInTable: string[] = [];
  let prev: string | null = null;
  for (const r of table.rows) {
    if (r.raw.line === ctx.line) continue;
    const key = rowKey(r);
    if (key) present.add(key);
    labelsInTable.push(labelKey(r.raw.cells.map((c) => c.text).join('')));
    if (r.raw.line < ctx.line && key) prev = key;
  }
  // A group label pasted on the line of its first sub-row is present too.
  for (const c of candidates) {
    const k = labelKey(c.label);
    if (c.group && k && labelsInTable.some((t) => t.includes(k))) present.add(c.key);
  }
  const prevIndex = prev ? candidates.findIndex((c) => c.key === prev) : -1;
  const typedKey = labelKey(partial);
  const gfmNewRow = below && layout === 'gfm' && !ctx.before.includes('|');
  const width = block.rows[0]?.cells.length ?? 1;
  const items: CompletionItem[] = [];
  candidates.forEach((c, i) => {
    if (typedKey && lcs(typedKey, labelKey(c.label)) < typedKey.length) return;
    const rank = present.has(c.key) ? 2 : i > prevIndex ? 0 : 1;
    // Right below a GFM table a row needs its pipes to belong to the table.
    const insertText = gfmNewRow ? `| ${c.label} |` + '  |'.repeat(Math.max(0, width - 1)) : c.label;
    items.push({
      label: c.label,
      detail: present.has(c.key) ? `${c.detail}（表中已有）` : c.detail,
      documentation: c.documentation,
      insertText,
      replaceStart,
      replaceEnd: ctx.offset,
      kind: 'row-label',
      sortText: `a${rank}${pad(i)}`,
      filterText: filterFor(partial, insertText, c.label),
    });
  });
  return items;
}

// ---------------------------------------------------------------- dispositions

interface Disposition { name: string; row: GridRow; parent?: GridRow; table: GridTable }

/** The disposition part of a label: 1.属于国家秘密 → 属于国家秘密; （二）部分公开（区分处理的…） → 部分公开. */
function coreName(r: GridRow): string {
  // Not `match`: that is the distinctive part for reading labels (逾期不补正), not a name.
  return r.label.replace(/^[（(]?[一二三四五六七八九十\d]+[）)]?[、.．]?/, '').replace(/[（(][^（）()]*[）)]$/, '').trim();
}

/**
 * Disposition names: rows of a grid table that sit under a group (三、本年度办理结果 and
 * its sub-groups), except rows that are a sum of others in a constraint (（七）总计).
 */
function dispositions(format: FormatSpec): Disposition[] {
  const out: Disposition[] = [];
  const seen = new Set<string>();
  for (const [id, spec] of Object.entries(format.tables)) {
    if (spec.kind !== 'grid') continue;
    const sums = new Set(format.constraints.filter((c) => c.table === id && c.each === 'column').flatMap((c) => c.left));
    const byId = new Map(spec.rows.map((r) => [r.id, r]));
    for (const r of spec.rows) {
      if (!r.parent || sums.has(r.id)) continue;
      const name = coreName(r);
      // A bare 其他 names nothing.
      if (name.length < 3 || seen.has(name)) continue;
      seen.add(name);
      const parent = byId.get(r.parent);
      out.push({ name, row: r, parent: parent && parent.parent ? parent : undefined, table: spec });
    }
  }
  return out;
}

function dispositionItems(ctx: Context): CompletionItem[] {
  if (inTableBlock(ctx)) return [];
  const names = dispositions(ctx.format);
  if (!names.length) return [];
  const norms = names.map((d) => normalize(d.name));
  // The longest run of typed characters before the cursor that starts a disposition name.
  let typed = '';
  for (let k = Math.min(12, ctx.before.length); k >= 2; k--) {
    const s = ctx.before.slice(-k);
    if (/\s/.test(s) || !HAN.test(s[0])) continue;
    const ns = normalize(s);
    if (ns.length >= 2 && norms.some((n) => n.startsWith(ns))) { typed = s; break; }
  }
  if (!typed) return [];
  const nt = normalize(typed);
  const replaceStart = ctx.offset - typed.length;
  const items: CompletionItem[] = [];
  names.forEach((d, i) => {
    if (!norms[i].startsWith(nt) || norms[i] === nt) return;
    // Already written out after the cursor (editing inside the word).
    if (ctx.text.startsWith(d.name, replaceStart)) return;
    items.push({
      label: d.name,
      detail: d.parent ? `${d.parent.label} › ${d.row.label}` : d.row.label,
      documentation: `“${d.table.title}”表中的办理结果类别。${d.row.basis ? `依据：${d.row.basis}。` : ''}`,
      insertText: d.name,
      replaceStart,
      replaceEnd: ctx.offset,
      kind: 'disposition',
      sortText: 'b' + pad(i),
      filterText: d.name,
    });
  });
  return items;
}

// ---------------------------------------------------------------- table snippets

const LAYOUT_NAMES: Record<EditableLayout, string> = { gfm: 'Markdown 表格', 'loose-pipe': '竖线分隔', tab: '制表符分隔' };

function snippetItems(ctx: Context): CompletionItem[] {
  const { a, format, report, line } = ctx;
  const lines = a.doc.lines;
  if (ctx.before.trim() !== '' || ctx.after.trim() !== '' || inTableBlock(ctx)) return [];
  // The statutory section the blank line is in.
  let current: FormatSection | null = null;
  for (const m of report.sections.values()) {
    if (m.sections.some((s) => s.start <= ctx.offset && (ctx.offset < s.end || s.end === ctx.text.length))) current = m.spec;
  }
  const layout = preferredLayout(a);
  const nl = eol(a);
  const blank = (ln: number) => ln < 0 || ln >= lines.lineCount || lines.lineText(ln).trim() === '';
  const items: CompletionItem[] = [];
  format.sections.forEach((spec, i) => {
    const tspec = spec.table ? format.tables[spec.table] : undefined;
    if (!tspec || !spec.table) return;
    // Outside its own section a table is offered only while the draft lacks it.
    if (spec !== current && report.tables.has(spec.table)) return;
    const body = renderTable(tspec, layout).replace(/\n/g, nl);
    // Blank lines around the table keep it apart from the prose (a GFM table must start a block).
    const insertText = (blank(line - 1) ? '' : nl) + body + (blank(line + 1) ? '' : nl);
    const label = `统计表：${statutoryHeading(spec)}`;
    items.push({
      label,
      detail: `插入空表（${LAYOUT_NAMES[layout]}，${format.name.zh}）`,
      documentation: body.replace(/\r\n/g, '\n'),
      insertText,
      replaceStart: ctx.lineStart,
      replaceEnd: ctx.lineEnd,
      kind: 'snippet',
      sortText: `d${spec === current ? 0 : 1}${pad(i)}`,
      filterText: label,
    });
  });
  return items;
}
