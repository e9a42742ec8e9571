// table-active-plausible: figures of table 二 (主动公开政府信息情况, 第二十条第（一）项) that
// cannot all be right. A 乡镇 or 街道 (issuer or title ending in 乡/镇/街道/办事处) reporting 规章:
// only the State Council's departments and provincial and city governments make 规章 (《立法法》
// 第九十三条), so a town's figure belongs to 规范性文件 or is another body's. 现行有效件数 (2021) /
// 对外公开总数量 (2019) below the year's own 本年制发件数 / 本年新公开数量 with no word on it in the
// text. 2019 format: documents made this year (本年新制作数量 > 0) with none published and none in
// the public total: the made figure is likely misfiled (other documents) or the other two are
// missing. Info: a reviewer's question, not a proven error.
import type { Rule } from './rule';
import type { Analysis } from '../engine/lint';
import type { Cell } from '../parse/tables';
import { cellInt } from '../model/table-facts';
import { proseOutsideTables } from '../model/report-dates';

/** 乡镇/街道 bodies: the issuer (or the title) ends with one of these. */
const TOWN = /(乡|镇|街道|街道办事处|街道办|乡人民政府|镇人民政府|乡政府|镇政府|(乡|镇|街道)党政办公室|(乡|镇|街道)党政办)$/;

interface Found { cell: Cell; value: number }

function cell(a: Analysis, rowId: string, colId: string): Found | null {
  const t = a.report?.tables.get('active');
  if (!t) return null;
  for (const r of t.rows) {
    if (r.rowId !== rowId) continue;
    const c = r.values.get(colId);
    const v = c ? cellInt(c) : null;
    if (c && v !== null) return { cell: c, value: v };
  }
  return null;
}

function isTown(a: Analysis): boolean {
  const who = (a.doc.issuer ?? '').trim();
  if (who) return TOWN.test(who);
  const title = a.doc.title?.norm ?? '';
  const m = /^(.{2,40}?)(?:(?:19|20)\d{2}年度?)/.exec(title);
  return !!m && TOWN.test(m[1]);
}

export const tableActivePlausible: Rule = {
  id: 'table-active-plausible',
  formats: { family: 'gov-info', since: 2019 },
  defaultSeverity: 'info',
  title: { zh: '主动公开表格数字不合常理', en: 'Implausible figures in table 2' },
  description: {
    zh: '第二部分表格“第二十条第（一）项”中不大可能同时成立的数字：乡镇、街道填报了规章（规章只能由国务院部门和省、设区的市人民政府制定，《立法法》第九十三条），通常应填在规范性文件一行；'
      + '“现行有效件数”（2021 年格式）或“对外公开总数量”（2019 年格式）小于本年制发或本年新公开的件数，而正文未作说明；2019 年格式中本年新制作规范性文件大于 0，本年新公开数量和对外公开总数量却都是 0。'
      + '错误示例：某街道“规章 | 2 | 0 | 2”；“行政规范性文件 | 5 | 0 | 3”。正确示例：“规章 | 0 | 0 | 0”“行政规范性文件 | 5 | 0 | 27”。'
      + '默认为提示，请核对原始台账。依据：政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号），《立法法》第九十三条。',
    en: 'Figures in table 2 item (1) that can hardly all be right: a township or sub-district (乡镇/街道) reporting 规章 (only State Council departments and provincial or city governments make 规章, Legislation Law Art. 93; such documents belong in the 规范性文件 row); '
      + '现行有效件数 (2021 format) or 对外公开总数量 (2019 format) smaller than the documents issued or published this year, with no word on it in the text; in the 2019 format, documents made this year but none published and a public total of 0. '
      + 'Wrong: a 街道 with “规章 | 2 | 0 | 2”; “行政规范性文件 | 5 | 0 | 3”. Right: “规章 | 0 | 0 | 0”, “行政规范性文件 | 5 | 0 | 27”. '
      + 'Info by default: check the source records. Basis: the national report formats (国办公开办函〔2019〕60号, 〔2021〕30号); Legislation Law Art. 93.',
  },
  basis: '政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）第二十条第（一）项；《中华人民共和国立法法》第九十三条',
  check(ctx) {
    const a = ctx.analysis;
    const t = a.report?.tables.get('active');
    if (!a.format || !t || t.spec.kind !== 'blocks') return;
    const block = t.spec.blocks.find((b) => b.rows.some((r) => r.id === 'rules'));
    if (!block) return;
    const cols = block.columns.map((c) => c.id);
    const label = (id: string) => block.columns.find((c) => c.id === id)?.label ?? id;
    const rowLabel = (id: string) => block.rows.find((r) => r.id === id)?.label ?? id;

    if (isTown(a)) {
      for (const col of cols) {
        const f = cell(a, 'rules', col);
        if (!f || f.value <= 0) continue;
        ctx.report({ start: f.cell.start, end: f.cell.end,
          message: `乡镇、街道不能制定规章，表二“规章”的“${label(col)}”却为 ${f.value}，是否应填在规范性文件一行？`,
          messageEn: `A township or sub-district cannot make 规章, yet table 2 gives ${f.value} under 规章 (${label(col)}); does it belong in the 规范性文件 row?` });
        break;
      }
    }

    const explained = /现行有效|对外公开总数/.test(proseOutsideTables(a));
    for (const row of block.rows) {
      const inForce = cell(a, row.id, 'inForce');
      if (!inForce) continue;
      // 2021: issued this year; 2019: published this year (the public total includes them).
      const base = cols.includes('issued') ? 'issued' : cols.includes('published') ? 'published' : null;
      const f = base ? cell(a, row.id, base) : null;
      if (f && f.value > inForce.value && !explained) {
        ctx.report({ start: inForce.cell.start, end: inForce.cell.end,
          message: `表二“${rowLabel(row.id)}”的“${label('inForce')}”为 ${inForce.value}，小于“${label(base!)}”${f.value}，正文未作说明`,
          messageEn: `Table 2 ${rowLabel(row.id)}: ${label('inForce')} ${inForce.value} is below ${label(base!)} ${f.value}, with no explanation in the text` });
        continue;
      }
      // 2019: made this year, but nothing published and nothing in the public total.
      const made = cols.includes('made') ? cell(a, row.id, 'made') : null;
      const published = cols.includes('published') ? cell(a, row.id, 'published') : null;
      if (made && made.value > 0 && published && published.value === 0 && inForce.value === 0) {
        ctx.report({ start: made.cell.start, end: made.cell.end,
          message: `表二“${rowLabel(row.id)}”本年新制作 ${made.value} 件，本年新公开和对外公开总数量却都是 0：请核对是否错填或漏填`,
          messageEn: `Table 2 ${rowLabel(row.id)}: ${made.value} made this year, yet 0 published and a public total of 0; check for a misfiled or missing figure` });
      }
    }
  },
};
