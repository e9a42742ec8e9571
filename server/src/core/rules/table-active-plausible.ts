// table-active-plausible: figures of table 二 (主动公开政府信息情况, 第二十条第（一）项) that
// cannot all be right. A 乡镇 or 街道 (issuer or title ending in 乡/镇/街道/办事处; without either, a body that calls
// itself 我镇/本街道 and nothing else) reporting 规章:
// only the State Council's departments and provincial and city governments make 规章 (《立法法》
// 第九十三条), so a town's figure belongs to 规范性文件 or is another body's. 现行有效件数 (2021) /
// 对外公开总数量 (2019) below the year's own 本年制发件数 / 本年新公开数量 with no word on it in the
// text. 2019 format: documents made this year (本年新制作数量 > 0) with none published and none in
// the public total: the made figure is likely misfiled (other documents) or the other two are
// missing. 2021 format: 本年收费金额 of 行政事业性收费 (万元) below the 信息处理费 the prose says was
// collected (the fee is an administrative fee), or equal to its figure in yuan (元 written as 万元).
// Info: a reviewer's question, not a proven error.
import type { Rule, RuleContext } from './rule';
import type { Analysis } from '../engine/lint';
import type { Cell } from '../parse/tables';
import { cellInt } from '../model/table-facts';
import { proseOutsideTablesSays } from '../model/report-dates';
import { feeStatements, wanOf } from '../model/fee-statements';

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
  if (m) return TOWN.test(m[1]);
  // Neither issuer nor title (a page that kept the body only): the body speaks of itself as a town
  // (我镇, 本街道) twice or more, and never as another organ or place (我县, 我区, 本局, 我委 …).
  if (a.doc.title) return false;
  const body = a.doc.work;
  return (body.match(TOWN_SELF) ?? []).length >= 2 && !OTHER_SELF.test(body);
}

/** A town's words for itself, and another organ's or place's. */
const TOWN_SELF = /[我本](?:镇|乡|街道)/g;
const OTHER_SELF = /[我本](?:县|区|市|州|旗|省|局|委|厅)/;

export const tableActivePlausible: Rule = {
  id: 'table-active-plausible',
  formats: { family: 'gov-info', since: 2019 },
  defaultSeverity: 'info',
  title: { zh: '主动公开表格数字不合常理', en: 'Implausible figures in table 2' },
  description: {
    zh: '第二部分表格“第二十条第（一）项”中不大可能同时成立的数字：乡镇、街道（按标题或落款的机关判断；两者都没有时，正文只以“我镇”“本街道”等自称的）填报了规章（规章只能由国务院部门和省、设区的市人民政府制定，《立法法》第九十三条），通常应填在规范性文件一行；'
      + '“现行有效件数”（2021 年格式）或“对外公开总数量”（2019 年格式）小于本年制发或本年新公开的件数，而正文未作说明；2019 年格式中本年新制作规范性文件大于 0，本年新公开数量和对外公开总数量却都是 0。'
      + '错误示例：某街道“规章 | 2 | 0 | 2”；“行政规范性文件 | 5 | 0 | 3”。正确示例：“规章 | 0 | 0 | 0”“行政规范性文件 | 5 | 0 | 27”。'
      + '2021 年格式中，正文称收取信息处理费若干元，而“行政事业性收费”的本年收费金额（万元）小于这一数额（信息处理费按行政事业性收费缴入国库，如皖财综〔2021〕28号所述），或与按元计的数字相同（疑似把元填成万元）。'
      + '默认为提示，请核对原始台账。依据：政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号），《立法法》第九十三条。',
    en: 'Figures in table 2 item (1) that can hardly all be right: a township or sub-district (乡镇/街道, by the organ in the title or signature; without either, a body that calls itself only 我镇/本街道) reporting 规章 (only State Council departments and provincial or city governments make 规章, Legislation Law Art. 93; such documents belong in the 规范性文件 row); '
      + '现行有效件数 (2021 format) or 对外公开总数量 (2019 format) smaller than the documents issued or published this year, with no word on it in the text; in the 2019 format, documents made this year but none published and a public total of 0. '
      + 'Wrong: a 街道 with “规章 | 2 | 0 | 2”; “行政规范性文件 | 5 | 0 | 3”. Right: “规章 | 0 | 0 | 0”, “行政规范性文件 | 5 | 0 | 27”. '
      + '2021 format: the prose says some yuan of 信息处理费 were collected, yet the 行政事业性收费 amount (万元) is below it (the fee is paid to the treasury as an administrative fee, as e.g. 皖财综〔2021〕28号 states), or shows the same digits as the yuan figure (yuan written as 万元). '
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

    const explained = proseOutsideTablesSays(a, 'inForce');
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
    feeAgainstProse(ctx);
  },
};

/** 本年收费金额 (万元) of 行政事业性收费 against the 信息处理费 collected by the prose's own words. */
function feeAgainstProse(ctx: RuleContext): void {
  const a = ctx.analysis;
  const t = a.report?.tables.get('active');
  if (!t || t.spec.kind !== 'blocks') return;
  const block = t.spec.blocks.find((b) => b.columns.some((c) => c.unit === '万元') && b.rows.length === 1);
  if (!block) return;
  const col = block.columns.find((c) => c.unit === '万元')!;
  const rowId = block.rows[0].id;
  const row = t.rows.find((r) => r.rowId === rowId && r.values.get(col.id));
  const c = row?.values.get(col.id);
  const wan = wanOf(c);
  if (!c || wan === null) return;
  const name = `表二“${block.rows[0].label}”的“${col.label}”`;
  for (const f of feeStatements(a)) {
    if (f.yuan <= 0) continue;
    const said = `${f.count.value}${f.count.unit}`;
    const related = [{ start: c.start, end: c.end, message: `${name}：${c.text}` }];
    if (f.yuan / 10000 > wan + 1e-9) {
      ctx.report({ start: f.count.start, end: f.count.end, related,
        message: `正文称收取信息处理费 ${said}${f.count.unit === '元' ? `（${+(f.yuan / 10000).toFixed(6)} 万元）` : ''}，${name}却只有 ${c.text}：信息处理费属于行政事业性收费，请核对`,
        messageEn: `The text says ${said} of information processing fees were collected (${+(f.yuan / 10000).toFixed(6)} 万元), yet table 2 gives ${c.text} 万元 of administrative fees, which include them; please check` });
      return;
    }
    if (f.count.unit === '元' && f.yuan >= 10 && wan === f.yuan && c.value.type !== 'amount') {
      ctx.report({ start: c.start, end: c.end, related: [{ start: f.count.start, end: f.count.end, message: `正文：收取信息处理费 ${said}` }],
        message: `${name}为 ${c.text}（万元），与正文所称收取信息处理费 ${said} 的数字相同：是否把元误填为万元（应为 ${+(f.yuan / 10000).toFixed(6)}）？`,
        messageEn: `Table 2 gives ${c.text} (万元) of administrative fees, the same digits as the ${said} of information processing fees in the text: yuan written as 万元 (${+(f.yuan / 10000).toFixed(6)})?` });
      return;
    }
  }
}
