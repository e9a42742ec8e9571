// table-header-nonstandard: a statutory table's header written with a wrong word — the applicant column
// 科研企业 for 科研机构 (one statutory column name's last word swapped for another's), or a block of table 二
// headed with another block's columns (第二十条第（九）项 under 上一年项目数量 / 本年增/减, the 第（八）项 header
// copied down). Read from the format data: the grid table's column labels and each block's columns. Only a
// header cell that is a statutory name with its last two characters swapped for those of another column, and
// only a block header row right under its caption, above one of its rows, that names exactly another block's
// columns and none of its own, are reported: a header broken over lines, shortened or worded loosely is left
// alone, and so are a block's rows printed apart under another block's caption with their own header.
import type { Rule, RuleContext } from './rule';
import type { StatTable } from '../parse/interpret-table';
import type { BlocksTable, GridTable } from '../formats/types';
import { labelKey } from '../text/normalize';

/** 第二十条第（九）项 → 第（九）项. */
const itemOf = (caption: string): string => /第[（(][一二三四五六七八九十]+[）)]项$/.exec(caption)?.[0] ?? caption;

function blockHeaders(ctx: RuleContext, t: StatTable, spec: BlocksTable): void {
  let current: BlocksTable['blocks'][number] | null = null;
  for (let i = 0; i < t.rows.length; i++) {
    const row = t.rows[i];
    if (row.kind === 'caption') { current = spec.blocks.find((b) => b.id === row.blockId) ?? null; continue; }
    // The header row right under its block's caption, and the row under it one of that block's rows (a
    // block's rows printed apart, below another block's caption, are not judged against that caption).
    if (row.kind !== 'header' || !current || t.rows[i - 1]?.kind !== 'caption') continue;
    const next = t.rows[i + 1];
    if (!next || next.kind !== 'data' || next.blockId !== current.id || !current.rows.some((r) => r.id === next.rowId)) continue;
    const cells = row.raw.cells.filter((c) => labelKey(c.text) && labelKey(c.text) !== '信息内容');
    const keys = cells.map((c) => labelKey(c.text));
    if (!keys.length) continue;
    const own = current.columns.map((c) => labelKey(c.label));
    if (keys.some((k) => own.includes(k))) continue;
    const other = spec.blocks.find((b) => b !== current && b.columns.length === keys.length && b.columns.every((c, i) => labelKey(c.label) === keys[i]));
    if (!other) continue;
    const written = cells.map((c) => c.text).join('、');
    const want = current.columns.map((c) => c.label).join('、');
    ctx.report({ start: cells[0].start, end: cells[cells.length - 1].end,
      message: `${current.caption}的表头写成了${itemOf(other.caption)}的栏目“${written}”，应为“${want}”`,
      messageEn: `the header of ${current.caption} names the columns of ${itemOf(other.caption)} (${written}); it should be ${want}` });
    current = null;
  }
}

function gridHeaders(ctx: RuleContext, t: StatTable, spec: GridTable): void {
  const labels = spec.columns.map((c) => labelKey(c.label));
  // The last words of the longer column names (企业, 机构, 组织): a name ending in another's is a slip.
  const longer = labels.filter((l) => l.length >= 4);
  const endings = new Set(longer.map((l) => l.slice(-2)));
  for (const row of t.rows) {
    if (row.kind !== 'header') continue;
    for (const c of row.raw.cells) {
      const k = labelKey(c.text);
      if (k.length < 4 || labels.includes(k) || !endings.has(k.slice(-2))) continue;
      const right = longer.find((l) => l.length === k.length && k.startsWith(l.slice(0, -2)));
      if (!right) continue;
      const fix = c.text === k ? { title: `改为“${right}”`, edits: [{ start: c.start, end: c.end, newText: right }], safe: false } : undefined;
      ctx.report({ start: c.start, end: c.end, fix,
        message: `表头栏目“${c.text}”应为“${right}”`,
        messageEn: `the header column “${c.text}” should read “${right}”` });
    }
  }
}

export const tableHeaderNonstandard: Rule = {
  id: 'table-header-nonstandard',
  formats: 'all',
  defaultSeverity: 'warning',
  title: { zh: '表头栏目名称有误', en: 'Table header names a wrong column' },
  description: {
    zh: '法定表格的表头栏目应与格式一致。报告两类笔误：第三部分表格申请人栏目的名称末尾两字换成了另一栏目的（“科研企业”应为“科研机构”，“商业机构”应为“商业企业”）；第二部分表格某一项的表头照抄了另一项的栏目（“第二十条第（九）项”之下写成“上一年项目数量、本年增/减”，应为“采购项目数量、采购总金额”）。表头断行、简写或措辞不同的不报告。表头写错时读者无法确定数字的含义。'
      + '错误示例：“商业企业 | 科研企业 | 社会公益组织 | 法律服务机构 | 其他”。正确示例：“商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他”。',
    en: 'The headers of the statutory tables must match the format. Two slips are reported: an applicant column of table 3 whose name ends in another column\'s last word (科研企业 for 科研机构, 商业机构 for 商业企业), and a block of table 2 headed with another block\'s columns (第二十条第（九）项 under 上一年项目数量 / 本年增/减 instead of 采购项目数量 / 采购总金额). Headers broken over lines, shortened or worded loosely are not reported. With a wrong header the reader cannot tell what the figures count. '
      + 'Wrong: “商业企业 | 科研企业 | 社会公益组织 | 法律服务机构 | 其他”. Right: “商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他”.',
  },
  basis: '政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）',
  examples: {
    wrong: '| 商业企业 | 科研企业 | 社会公益组织 | 法律服务机构 | 其他 |',
    right: '| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |',
    note: '“科研企业”应为“科研机构”。',
  },
  check(ctx) {
    const a = ctx.analysis;
    if (!a.format || !a.report) return;
    for (const [id, t] of a.report.tables) {
      const spec = a.format.tables[id];
      if (spec?.kind === 'blocks') blockHeaders(ctx, t, spec);
      else if (spec?.kind === 'grid') gridHeaders(ctx, t, spec);
    }
  },
};
