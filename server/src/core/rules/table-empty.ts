// A statutory table that is present but wholly blank: the labels are there, every value cell is
// empty. The most common defect of published reports (tables pasted without their numbers, or
// an empty table inserted and never filled). 国办公开办函〔2019〕60号、〔2021〕30号.
import type { Rule } from './rule';
import { isWhollyBlank } from '../engine/cell-policy';
import { labelKey, toChineseNumeral } from '../text/normalize';
import type { TableSpec } from '../formats/types';
import { isCutRemnant } from '../model/text-cut';

/** Every label a statutory table prints (row, column, group and block captions), as keys. */
function tableLabels(spec: TableSpec): Set<string> {
  const labels: string[] = [];
  if (spec.kind === 'grid') labels.push(...spec.columns.map((c) => c.label), ...spec.rows.flatMap((r) => [r.label, r.match ?? '']));
  else if (spec.kind === 'flat') labels.push(...spec.groups.map((g) => g.label), ...spec.columns.map((c) => c.label));
  else labels.push(...spec.blocks.flatMap((b) => [b.caption, ...b.columns.map((c) => c.label), ...b.rows.map((r) => r.label)]));
  return new Set(labels.map(labelKey).filter((k) => k.length >= 2));
}

/** The number of value cells of a table of blocks (table 二) or a flat row (table 四); 0 for a grid. */
function valueCells(spec: TableSpec): number {
  if (spec.kind === 'blocks') return spec.blocks.reduce((n, b) => n + b.rows.length * b.columns.length, 0);
  if (spec.kind === 'flat') return spec.columns.length;
  return 0;
}

const VALUE_LINE = /^\s*[-+]?\d[\d,.]*\s*(?:万元|元|件|条|个)?\s*\|?\s*$/;

export const tableEmpty: Rule = {
  id: 'table-empty',
  formats: { family: 'gov-info', since: 2019 },
  defaultSeverity: 'error',
  title: { zh: '法定表格没有填写', en: 'Statutory table left blank' },
  description: {
    zh: '法定表格（表二、表三、表四）只有行名和栏名，所有数字栏都是空的：表格从网页或 PDF 复制时丢了数字，或插入空表后没有填写。这是已发布年度报告最常见的缺陷之一。没有发生的事项应填 0，不能留空。无法自动修复：需要作者填写实际数字。',
    en: 'A statutory table (tables 2, 3, 4) has its row and column labels but every value cell is blank: the numbers were lost when copying from a web page or PDF, or an empty table was inserted and never filled. One of the most common defects of published reports. Where nothing happened the form asks for 0, not a blank. No automatic fix: the author must fill in the figures.',
  },
  basis: '政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）',
  examples: {
    wrong: [
      '| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |',
      '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
      '| | | | | | | | | | | | | | | |',
    ].join('\n'),
    right: [
      '| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |',
      '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
      '| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    ].join('\n'),
    note: '表四的十五栏全部为空：没有行政复议和行政诉讼的，也应逐栏填 0。',
  },
  check(ctx) {
    const a = ctx.analysis;
    if (!a.format || !a.report) return;
    for (const t of a.report.tables.values()) {
      if (!isWhollyBlank(a, t)) continue;
      const sec = a.format.sections.find((s) => s.table === t.id);
      const name = sec?.number ? `表${toChineseNumeral(sec.number)}` : '法定表格';
      const line = t.blocks[0]?.startLine ?? a.doc.lines.lineAt(t.start);
      const end = Math.max(t.start, Math.min(t.end, a.doc.lines.lineEnd(line)));
      ctx.report({
        start: t.start,
        end,
        message: `${name}“${t.spec.title}”没有填写：所有数字栏都是空的（没有发生的应填 0）`,
        messageEn: `Table ${sec?.number ?? ''} “${t.spec.title}” is blank: every value cell is empty (write 0 where nothing happened)`.replace('Table  ', 'Table '),
      });
    }
    // A table copied as its labels alone, one per line, the value cells dropped (a web page whose
    // empty cells vanished): no table is read, the part holds the labels and (almost) no number.
    // Only for a part another heading follows, so that a text cut inside the table is not taken
    // for one (nor a part the cut ends on the start of a row name that reads as a heading:
    // 一、本年新收政府信息公开); an info, as the labels could be meant as prose.
    const textEnd = a.doc.work.trimEnd().length;
    const { lines } = a.doc;
    for (const spec of a.format.sections) {
      if (!spec.table || a.report.tables.has(spec.table) || a.report.unreadable?.some((u) => u.id === spec.table)) continue;
      const tspec = a.format.tables[spec.table];
      if (!tspec) continue;
      const labels = tableLabels(tspec);
      for (const s of a.report.sections.get(spec.id)?.sections ?? []) {
        if (s.end >= textEnd || isCutRemnant(a.doc.work.slice(s.end), [...labels])) continue;
        let labelLines = 0;
        let valueLines = 0;
        const first = lines.lineAt(s.bodyStart);
        const last = lines.lineAt(Math.max(s.bodyStart, s.end - 1));
        for (let l = first; l <= last && l - first < 400; l++) {
          const text = lines.lineText(l);
          if (!text.trim()) continue;
          if (VALUE_LINE.test(text)) valueLines++;
          else if (text.length <= 60 && labels.has(labelKey(text))) labelLines++;
        }
        if (labelLines < 6) continue;
        const name = spec.number ? `表${toChineseNumeral(spec.number)}` : '法定表格';
        if (valueLines > 1) {
          // A few numbers survived (规章 0, 行政处罚 23) but most cells were dropped: fewer than
          // half the table's value cells. Only for tables of a known cell count (table 二, 四).
          const cells = valueCells(tspec);
          if (!cells || valueLines * 2 >= cells) continue;
          ctx.report({
            start: s.heading.start,
            end: s.heading.end,
            severity: 'info',
            message: `${name}“${tspec.title}”有行名和栏名（${labelLines} 行），却只有 ${valueLines} 个数字（应有 ${cells} 个）：表格的数字大多丢失或没有填写（没有发生的应填 0）`,
            messageEn: `Table ${spec.number ?? ''} “${tspec.title}” shows its labels (${labelLines} lines) but only ${valueLines} of its ${cells} numbers: most figures were lost or never filled in (write 0 where nothing happened)`.replace('Table  ', 'Table '),
          });
          continue;
        }
        ctx.report({
          start: s.heading.start,
          end: s.heading.end,
          severity: 'info',
          message: `${name}“${tspec.title}”只有行名和栏名（${labelLines} 行），没有数字：表格的数字丢失或没有填写（没有发生的应填 0）`,
          messageEn: `Table ${spec.number ?? ''} “${tspec.title}” shows its labels only (${labelLines} lines) and no numbers: the figures were lost or never filled in (write 0 where nothing happened)`.replace('Table  ', 'Table '),
        });
      }
    }
  },
};
