// A statutory table whose cells a PDF text extraction printed in reading order (values as a
// column block away from their labels, header words scrambled) so that no value can be put in
// its row and column without a guess. One finding for the table; no arithmetic is done on it.
import type { Rule } from './rule';
import type { Analysis } from '../engine/lint';
import type { TableSpec } from '../formats/types';
import { labelKey } from '../text/normalize';

const PART: Record<string, string> = { active: '表二', applications: '表三', review: '表四' };
const PART_EN: Record<string, string> = { active: 'Table 2', applications: 'Table 3', review: 'Table 4' };

export const tableUnreadable: Rule = {
  id: 'table-unreadable',
  formats: { family: 'gov-info' },
  defaultSeverity: 'info',
  title: { zh: '表格无法按行列读取', en: 'Table cannot be read row by row' },
  description: {
    zh: '从 PDF 复制或以阅读顺序提取的文字里，表格的每个单元格各占一行，数字常常成列地印在远离其行名的地方，表头也被打乱。数字个数与法定表格对不上、无法唯一确定每个数属于哪一行哪一栏时，本表的各项核对不进行，只提示一次。请改用带版式的复制（如 pdftotext -layout）或把表格整理为 Markdown 表格后再检查。带版式的 PDF 文字里，空白单元格不占位置：多数数据行的数字少于法定栏数、附近又没有填满的行可以对齐时，同样无法确定每个数属于哪一栏，也只提示一次。表三只有前几行按“行名、本行数字、下一行名”逐行印出、其余成列时，读出这几行并只核对这几行，其余行不猜、不报缺，提示中列出读出的行。',
    en: 'In text copied from a PDF in reading order, every table cell is on a line of its own, the values are often printed as a column block away from their row labels and the header words are scrambled. When the number of values does not fit the statutory table so that each value has exactly one row and column, the table\'s checks are not run and this is reported once. Copy the PDF with its layout (pdftotext -layout) or rewrite the table as a Markdown table, then check again. In PDF text with layout a blank cell leaves no trace: when most rows of figures are short of the statutory columns and no full row nearby lines them up, the column of each figure cannot be told either, and this is reported once. When only the first rows of table 3 are printed row by row (label, its values, the next label) and the rest column by column, those rows are read and checked alone, the others neither guessed nor reported missing, and the finding names the rows read.',
  },
  basis: '政府信息公开工作年度报告格式表二至表四（国办公开办函〔2019〕60号、〔2021〕30号）',
  examples: {
    wrong: ['申请人情况', '自然人', '总计', '21', '0', '0', '1', '0', '0', '1', '0', '10', '3'].join('\n'),
    right: '| 一、本年新收政府信息公开申请数量 | 21 | 0 | 0 | 0 | 0 | 0 | 21 |',
    note: '数字成列印在表头之后，离开了各自的行名，个数也不是每行 7 个：无法确定每个数属于哪一行。',
  },
  check(ctx) {
    const report = ctx.analysis.report;
    if (!report) return;
    const lines = ctx.analysis.doc.lines;
    for (const j of joinedTables(ctx.analysis)) {
      ctx.report({
        start: lines.lineStarts[j.line] + j.lead,
        end: lines.lineEnd(j.line),
        message: `${PART[j.id] ?? j.title}的单元格连在一起（如“${j.sample}”），行名与数字、数字与数字之间没有分隔，无法分栏读取，本表未做核对`,
        messageEn: `${PART_EN[j.id] ?? j.title}: the cells run together (“${j.sample}”), with nothing between the label and the figures or between the figures, so the columns cannot be read; the table was not checked`,
      });
    }
    for (const t of report.tables.values()) {
      if (!t.partial) continue;
      const from = lines.lineAt(t.start) + 1;
      const to = lines.lineAt(t.end) + 1;
      const rows = t.rows.map((r) => r.label || rowName(t.spec, r.rowId)).filter(Boolean);
      ctx.report({
        start: t.start,
        end: lines.lineEnd(lines.lineAt(t.start)),
        message: `${PART[t.id] ?? t.spec.title}（第 ${from}–${to} 行）只有 ${rows.length} 行的数字能确定属于哪一行（${rows.join('、')}），其余数字按阅读顺序成列排列、无法对应到行和栏，只核对了这几行`,
        messageEn: `${PART_EN[t.id] ?? t.spec.title} (lines ${from}-${to}): the values of only ${rows.length} rows can be told for certain (${rows.join(', ')}); the rest come column by column in reading order and cannot be placed, so only these rows were checked`,
      });
    }
    if (!report.unreadable) return;
    for (const t of report.unreadable) {
      const from = lines.lineAt(t.start) + 1;
      const to = lines.lineAt(t.end) + 1;
      if (t.unreadableWhy === 'blank-cells') {
        ctx.report({
          start: t.start,
          end: lines.lineEnd(lines.lineAt(t.start)),
          message: `${PART[t.id] ?? t.spec.title}（第 ${from}–${to} 行）多数行的数字少于法定栏数：空白单元格在 PDF 文字中不占位置，无法确定每个数属于哪一栏，本表未做核对（请在空白格填 0，或改用 Markdown 表格）`,
          messageEn: `${PART_EN[t.id] ?? t.spec.title} (lines ${from}-${to}): most rows have fewer figures than the statutory columns; blank cells leave no trace in PDF text, so the column of each figure cannot be told and the table was not checked (fill the blank cells with 0, or use a Markdown table)`,
        });
        continue;
      }
      ctx.report({
        start: t.start,
        end: lines.lineEnd(lines.lineAt(t.start)),
        message: `${PART[t.id] ?? t.spec.title}（第 ${from}–${to} 行）的数字无法对应到行和栏（单元格按阅读顺序逐行排列，个数与法定表格对不上），本表未做核对`,
        messageEn: `${PART_EN[t.id] ?? t.spec.title} (lines ${from}-${to}): the values cannot be placed in rows and columns (cells in reading order, one per line, and their count does not fit the statutory table); the table was not checked`,
      });
    }
  },
};

/** The statutory label of a row id (for a row whose label a PDF printed elsewhere). */
function rowName(spec: TableSpec, id: string | null): string {
  return (spec.kind === 'grid' && spec.rows.find((r) => r.id === id)?.label) || '';
}

/** A row label without its numbering: （二）部分公开 → 部分公开. */
function core(label: string): string {
  return labelKey(label.replace(/^[（(]?[一二三四五六七八九十\d]+[）)]?[、.．]?/, '').replace(/[（(][^（）()]*[）)]$/, ''));
}

function rowLabels(spec: TableSpec): string[] {
  if (spec.kind === 'blocks') return spec.blocks.flatMap((b) => b.rows.map((r) => r.label));
  if (spec.kind === 'grid') return spec.rows.filter((r) => !r.group).map((r) => r.label);
  return [];
}

/** Most lines of a section read for joined rows (a draft can be long). */
const MAX_SCAN = 200;
/** A row label run into its figures: 规章000, 行政许可124 (the label, then digits only). */
const JOINED = /^(\D{2,40}?)(\d{2,})$/;

/**
 * Statutory tables that were not read because their cells run together on each line (a web
 * copy that dropped the cell borders: 信息内容本年制发件数… / 规章000): two or more lines of the
 * table's section that are a statutory row label directly followed by digits.
 */
function joinedTables(a: Analysis): { id: string; title: string; line: number; lead: number; sample: string }[] {
  const out: { id: string; title: string; line: number; lead: number; sample: string }[] = [];
  const report = a.report;
  if (!a.format || !report) return out;
  const lines = a.doc.lines;
  for (const spec of a.format.sections) {
    const id = spec.table;
    if (!id || report.tables.has(id) || report.unreadable?.some((t) => t.id === id)) continue;
    const tspec = a.format.tables[id];
    if (!tspec) continue;
    const labels = new Set(rowLabels(tspec).map(core).filter((k) => k.length >= 2));
    for (const s of report.sections.get(spec.id)?.sections ?? []) {
      let first: { line: number; lead: number; sample: string } | null = null;
      let count = 0;
      const from = lines.lineAt(s.bodyStart);
      const to = Math.min(lines.lineAt(Math.max(s.bodyStart, s.end - 1)), from + MAX_SCAN);
      for (let l = from; l <= to; l++) {
        const raw = lines.lineText(l);
        const t = raw.trim();
        const m = JOINED.exec(t);
        if (!m || !labels.has(core(m[1]))) continue;
        count++;
        first ??= { line: l, lead: raw.length - raw.replace(/^\s+/, '').length, sample: t };
      }
      if (first && count >= 2) { out.push({ id, title: tspec.title, ...first }); break; }
    }
  }
  return out;
}
