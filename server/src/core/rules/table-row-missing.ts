// A statutory row absent from a statutory table that is present. The rows of tables 二 and 三
// are fixed by the national format (国办公开办函〔2019〕60号、〔2021〕30号): a row left out is a
// figure the report owes (write 0 when there were none).
import type { Rule } from './rule';
import type { Analysis } from '../engine/lint';
import type { StatTable, TableRow } from '../parse/interpret-table';
import { eol } from '../engine/draft-style';
import { isCutRemnant } from '../model/text-cut';
import { isEditableLayout } from '../parse/tables';
import { hasFigures, outdatedTables, rawBlockOf, statutoryRows, tableLine } from '../model/structure';

const PART: Record<string, string> = { active: '二', applications: '三' };

interface Element {
  kind: 'row' | 'group' | 'caption' | 'header';
  id: string;
  block: string | null;
  cells: string[];
  present: TableRow | undefined;
}

/** The table's statutory lines in order, each with the draft row that carries it (if any). */
function elements(t: StatTable): Element[] {
  const first = (pred: (r: TableRow) => boolean) => t.rows.find(pred);
  const spec = t.spec;
  if (spec.kind === 'grid') {
    const blanks = spec.columns.map(() => '');
    return spec.rows.map((r) => ({ kind: r.group ? 'group' : 'row', id: r.id, block: null, cells: [r.label, ...blanks], present: first((x) => x.rowId === r.id) }));
  }
  if (spec.kind !== 'blocks') return [];
  const out: Element[] = [];
  for (const b of spec.blocks) {
    const caption = first((x) => x.kind === 'caption' && x.blockId === b.id);
    const blanks = b.columns.map(() => '');
    const rows: Element[] = b.rows.map((r) => ({ kind: 'row', id: r.id, block: b.id, cells: [r.label, ...blanks], present: first((x) => x.kind === 'data' && x.rowId === r.id) }));
    const firstRow = rows.find((e) => e.present)?.present;
    const before = (r: TableRow | undefined) => (r ? t.rows[t.rows.indexOf(r) - 1] : undefined);
    const after = (r: TableRow | undefined) => (r ? t.rows[t.rows.indexOf(r) + 1] : undefined);
    const header = [after(caption), before(firstRow)].find((r) => r?.kind === 'header');
    out.push({ kind: 'caption', id: b.caption, block: b.id, cells: [b.caption, ...blanks], present: caption });
    out.push({ kind: 'header', id: `${b.id}:header`, block: b.id, cells: ['信息内容', ...b.columns.map((c) => c.label)], present: header });
    out.push(...rows);
  }
  return out;
}

/**
 * Whether the text after a table is nothing, or only what a cut page leaves of it: lines of bars,
 * the last figure without its bar, or the first characters of one of its captions, row or column
 * names (maybe with the start of a bracketed note), cut off with the rest of the page.
 */
function cutAtEnd(rest: string, t: StatTable, els: Element[]): boolean {
  const labels = els.flatMap((e) => (e.kind === 'header' ? e.cells : [e.cells[0]]));
  if (t.spec.kind === 'grid') for (const c of t.spec.columns) labels.push(c.label, ...(c.group ? [c.group] : []));
  return isCutRemnant(rest, labels);
}

/** Longest line still taken for a table row a fix may write beside (a statutory row with notes is far shorter). */
const MAX_ROW_LINE = 300;

/** Whether a statutory row is missing before the last element read (not only cut off after it). */
function missingBeforeCut(els: Element[]): boolean {
  let last = els.length - 1;
  while (last >= 0 && !els[last].present) last--;
  return last > 0 && els.slice(0, last).some((e) => e.kind === 'row' && !e.present);
}

function plainRowLine(a: Analysis, line: number): boolean {
  const lines = a.doc.lines;
  return lines.lineEnd(line) - lines.lineStarts[line] <= MAX_ROW_LINE;
}

function fixTitle(run: Element[], name: string): string {
  const caption = run.find((e) => e.kind === 'caption');
  if (caption) return `插入“${caption.cells[0]}”栏目`;
  return run.length === 1 ? `插入“${name}”行` : `插入缺少的 ${run.length} 行`;
}

function checkTable(a: Analysis, t: StatTable, report: Parameters<Rule['check']>[0]['report']): void {
  // A table read only in part (PDF text in reading order): the rows not read are unknown, not missing.
  if (t.partial) return;
  const els = elements(t);
  const rows = els.filter((e) => e.kind === 'row');
  const missing = rows.filter((e) => !e.present);
  if (!missing.length) return;
  const part = PART[t.id] ? `表${PART[t.id]}` : t.spec.title;
  const lines = a.doc.lines;
  // A table that runs to the end of the text was cut there (a stored copy of part of a page):
  // the rows after the cut are missing one by one, the table itself is not garbled. (The cut may
  // leave the next label's first characters on a last line of their own: 第二十 / 行政事業性.)
  const cut = cutAtEnd(a.doc.text.slice(t.end), t, els);
  // (A table flattened onto one line has no row lines to anchor row-by-row findings on: one
  // finding for the table, unless the only rows missing are those after the cut.)
  if (cut && t.layout === 'one-line' && !missingBeforeCut(els)) return;
  if (missing.length * 2 > rows.length && (!cut || t.layout === 'one-line')) {
    // Most rows unreadable or absent: one finding for the table says it all.
    const tail = cut ? '；表格在文本末尾中断，文本可能未复制完整' : '，请对照格式重新填写整张表';
    report({ start: t.start, end: t.layout === 'one-line' ? Math.min(t.end, t.start + 40) : lines.lineEnd(lines.lineAt(t.start)),
      message: `${part}的法定行大多缺失或无法识别（${rows.length} 行中缺 ${missing.length} 行）${tail}`,
      messageEn: `${t.spec.title}: most statutory rows are missing or unreadable (${missing.length} of ${rows.length})${cut ? '; the table breaks off at the end of the text, which may be incomplete' : '; redo the table from the format'}` });
    return;
  }
  // Rows with figures but no statutory id (a wrong or unreadable label) may be the missing row itself.
  const statutory = statutoryRows(t);
  const unknown = t.rows.filter((r) => !r.rowId && r.kind !== 'header' && r.kind !== 'caption' && hasFigures(r) && statutory.has(r))
    .map((r) => r.raw.line);
  const wholeBlockMissing = (block: string | null) => block !== null && els.every((e) => e.block !== block || !e.present);
  const nl = eol(a);
  for (const m of missing) {
    const i = els.indexOf(m);
    let p = i - 1;
    while (p >= 0 && !els[p].present) p--;
    let q = i + 1;
    while (q < els.length && !els[q].present) q++;
    const prev = els[p]?.present;
    const next = els[q]?.present;
    // In a table cut at the end of the text, the rows after the last one read were cut off with it.
    if (cut && !next) continue;
    const lo = prev ? prev.raw.line : -1;
    const hi = next ? next.raw.line : Infinity;
    // A row with figures in the gap is most likely this row mislabelled (table-row-unknown says so) or garbled.
    if (unknown.some((l) => l > lo && l < hi)) continue;
    // Everything missing between the two neighbours goes in at once (edits at one point would clash).
    const run = els.slice(p + 1, q).filter((e) => !e.present && (e.kind === 'row' || wholeBlockMissing(e.block)));
    const text = run.map((e) => tableLine(t, e.cells)).join(nl);
    const afterPrev = prev && (!next || rawBlockOf(t, prev) === rawBlockOf(t, next));
    const anchor = afterPrev ? prev! : next ?? prev;
    if (!anchor) continue;
    const edit = afterPrev
      ? { start: lines.lineEnd(prev!.raw.line), end: lines.lineEnd(prev!.raw.line), newText: nl + text }
      : { start: lines.lineStarts[anchor.raw.line], end: lines.lineStarts[anchor.raw.line], newText: text + nl };
    const name = m.cells[0];
    const block = t.spec.kind === 'blocks' ? t.spec.blocks.find((b) => b.id === m.block) : undefined;
    const spec = t.spec;
    const parentId = spec.kind === 'grid' ? spec.rows.find((x) => x.id === m.id)?.parent : undefined;
    // Sub-rows are named with their group (1.属于国家秘密 under （三）不予公开), not the rows of 三 itself.
    const group = spec.kind === 'grid' && parentId ? spec.rows.find((r) => r.id === parentId && r.group && r.parent) : undefined;
    const where = block ? `“${block.caption}”` : group ? `“${group.label}”下` : '';
    report({
      start: anchor.raw.start,
      end: anchor.raw.end,
      message: `${part}${where}缺少“${name}”行${afterPrev ? '（应在此行之后）' : '（应在此行之前）'}`,
      messageEn: `${t.spec.title}${block ? ` ${block.caption}` : ''}: row “${name}” is missing (${afterPrev ? 'after' : 'before'} this row)`,
      // Rows are written back only into layouts an author types (not into PDF or web copies), and
      // never beside a "row" that is a whole paragraph or report run onto one line with stray bars.
      fix: isEditableLayout(t.layout) && plainRowLine(a, anchor.raw.line) ? { title: fixTitle(run, name), edits: [edit], safe: true } : undefined,
    });
  }
}

export const tableRowMissing: Rule = {
  id: 'table-row-missing',
  formats: { family: 'gov-info', since: 2019 },
  defaultSeverity: 'error',
  title: { zh: '法定表格缺行', en: 'Statutory table row missing' },
  description: {
    zh: '第二、三部分表格的行是国家格式规定的，每一行都要填报，没有发生的填 0。表格存在而其中某一法定行缺失时提示（提示在该行应在位置的相邻行上）。第四部分表格只有表头、没有那一行 15 个数时也提示（不提供修复）。'
      + '表格在文本末尾中断（网页或摘录只存了前一部分；表格后只剩竖线、一个没有竖线的数字，或一个标题、行名、栏目名的开头几个字、可带半截括注，如“第二十”“行政事业性”“本年收费金额”，其前还可有完整的下一标题和表头（如“第二十条第（八）项”“信息内容”），也算中断）时，最后一个读到的行之后的各行随之截去，不作缺行提示；PDF 阅读顺序文字中只能确定部分行的表格（由 table-unreadable 提示），未读出的行也不作缺行提示。'
      + '表格使用了其他年份格式（由 format-outdated 提示）时不再逐行提示；表格大部分行都缺失或无法识别时，只对整张表提示一次；某行的标签写错（由 table-row-unknown 提示）时，不再把它算作缺行。'
      + '错误示例：表三中没有“4.保护第三方合法权益”一行；正确示例：“4.保护第三方合法权益 | 0 | 0 | 0 | 0 | 0 | 0 | 0”。'
      + '快速修复在法定位置插入该行（单元格留空，表格样式与原稿一致），请填入数字。依据：政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）。',
    en: 'The rows of tables 2 and 3 are fixed by the national format; every row is reported, with 0 when nothing happened. A statutory row absent from a table that is present is reported on the neighbouring row where it belongs; table 4 with its headers but without its row of fifteen figures is reported too (no fix). '
      + 'In a table that breaks off at the end of the text (a stored excerpt of a page; only bars, a figure without its bar, or the first characters of a caption, row or column name, maybe with half a bracketed note, such as 第二十, 行政事业性 or 本年收费金额(单, maybe after the next caption and header cells whole, 第二十条第(八)项 / 信息内容, count as the break), the rows after the last one read were cut off and are not reported; in PDF text in reading order where only some rows can be told for certain (table-unreadable says so), the rows not read are not reported either. '
      + 'No row-by-row findings when the table is in another year\'s format (format-outdated) or when most of the table is missing or unreadable (one finding for the table); a row whose label is wrong (table-row-unknown) is not also counted as missing. '
      + 'Wrong: table 3 without the row 4.保护第三方合法权益; right: the row with its seven figures (0 when none). '
      + 'The quick-fix inserts the row at its statutory place with blank cells, in the draft\'s table layout; fill in the figures. Basis: the national report formats of 2019 and 2021.',
  },
  basis: '政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）',
  check(ctx) {
    const a = ctx.analysis;
    if (!a.report) return;
    const outdated = outdatedTables(a);
    for (const t of a.report.tables.values()) {
      // A table in the other format gets one finding; one item under the other format's wording does not make it so.
      if (outdated.has(t.id) && !outdated.get(t.id)!.wordingOnly) continue;
      if (t.spec.kind === 'grid' || t.spec.kind === 'blocks') checkTable(a, t, (f) => ctx.report(f));
      else if (!t.rows.some((r) => r.rowId === 'data' || hasFigures(r) || r.raw.cells.filter((c) => c.value.type === 'int').length >= 5)) {
        // Table 四: headers kept, the one row of figures lost (a PDF copy). A row with the wrong
        // number of figures is table-shape's finding, and any line of figures the reader could
        // not place is not a missing row either.
        const last = t.rows[t.rows.length - 1];
        const n = t.spec.columns.length;
        ctx.report({ start: last.raw.start, end: last.raw.end,
          message: `表四只有表头，缺少 ${n} 个数的数据行`, messageEn: `${t.spec.title}: the headers are there but the row of ${n} figures is missing` });
      }
    }
  },
};
