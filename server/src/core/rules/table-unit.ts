// 本年收费金额 of table 二 is stated in 万元 (2021 format, 国办公开办函〔2021〕30号: column
// “本年收费金额（单位：万元）”). A 元 suffix, a header in 元, or a figure that only makes sense
// in yuan is reported.
import type { Rule } from './rule';
import type { Analysis } from '../engine/lint';
import { labelKey } from '../text/normalize';

/**
 * Above these figures (in 万元) a fee total is implausible for the body and reads as yuan.
 * The whole country collects administrative and institutional fees (行政事业性收费) in the
 * order of a few thousand 亿元 a year (national budget accounts) across some 2,800 county-level
 * units; a single county-level body (县、区、旗、乡镇、街道) reporting more than 10亿元
 * (100000 万元) would be several times the national average per county of all levels together,
 * while the same digits read as yuan (10万元) are ordinary. Bodies at city level or above (or of
 * unknown level) get a hundred times more room: 1000亿元 (10000000 万元) is beyond any one body.
 */
const COUNTY_LIMIT = 100000;
const OTHER_LIMIT = 10000000;
const COUNTY_LEVEL = /县|区|旗|乡|镇|街道|办事处/;

function limit(a: Analysis): number {
  const who = a.doc.issuer ?? a.doc.title?.norm ?? '';
  // 自治区 and 地区 are provincial / prefectural, not districts.
  const named = who.replace(/自治区|地区|特区/g, '');
  return COUNTY_LEVEL.test(named) ? COUNTY_LIMIT : OTHER_LIMIT;
}

export const tableUnit: Rule = {
  id: 'table-unit',
  formats: { family: 'gov-info', since: 2021 },
  defaultSeverity: 'warning',
  title: { zh: '收费金额单位不是万元', en: 'Fee amount not in 万元' },
  description: {
    zh: '2021 年格式第二部分表格“第二十条第（八）项”的“本年收费金额”以万元为单位。单元格写成“11750元”、栏目写成“（单位：元）”，或数字大到只能是以元计（县级及以下机关超过 100000 万元即 10 亿元，其他机关超过 10000000 万元即 1000 亿元）时提示。'
      + '错误示例：“行政事业性收费 | 11750元”“行政事业性收费 | 2380000”（某区局）；正确示例：“行政事业性收费 | 1.175”“行政事业性收费 | 238”。'
      + '阈值的理由：全国行政事业性收费收入每年为数千亿元量级，分摊到约 2800 个县级单位，单个县级机关超过 10 亿元已是全国县均（含各级）的数倍，而同样的数字按元理解（10 万元）十分常见。'
      + '本规则不提供快速修复：请作者核实原始数字后换算。依据：政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）。',
    en: 'In the 2021 format, table 2 item (8) states 本年收费金额 in 万元 (ten thousand yuan). Reported: a cell with a 元 suffix (11750元), a column header in 元, or a figure so large that it can only be yuan (over 100000 万元 = 1 billion yuan for a county-level or lower body; over 10000000 万元 for others). '
      + 'Wrong: “行政事业性收费 | 11750元”, or 2380000 for a district bureau; right: 1.175, 238. '
      + 'Why these limits: the whole country collects a few thousand 亿元 of such fees a year over some 2,800 county-level units, so more than 1 billion yuan for one county-level body is several times the per-county national average of all levels together, whereas the same digits read as yuan are ordinary. '
      + 'No quick-fix: the author must check the source figure and convert it. Basis: the 2021 national report format (国办公开办函〔2021〕30号).',
  },
  basis: '政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）第二十条第（八）项',
  check(ctx) {
    const a = ctx.analysis;
    const t = a.report?.tables.get('active');
    if (!a.format || !t || t.spec.kind !== 'blocks') return;
    const max = limit(a);
    for (const b of t.spec.blocks) {
      for (const col of b.columns) {
        if (col.unit !== '万元') continue;
        // A header that names the column in 元 (本年收费金额（单位：元）).
        for (const r of t.rows) {
          if (r.kind !== 'header' && r.kind !== 'caption' && r.kind !== 'unknown') continue;
          for (const c of r.raw.cells) {
            const k = labelKey(c.text);
            if (!k.includes(labelKey(col.label.replace(/[（(].*$/, ''))) || !/元/.test(k) || /万元/.test(k)) continue;
            ctx.report({ start: c.start, end: c.end, message: `“${c.text}”：本年收费金额应以万元为单位`,
              messageEn: `“${c.text}”: the fee amount column is in 万元, not yuan` });
          }
        }
        for (const r of t.rows) {
          if (r.blockId !== b.id && !b.rows.some((x) => x.id === r.rowId)) continue;
          const c = r.values.get(col.id);
          if (!c) continue;
          const v = c.value;
          if (v.type === 'amount' && v.unit !== '万元') {
            const inWan = v.unit === '元' ? v.value / 10000 : v.value * 10000;
            ctx.report({ start: c.start, end: c.end,
              message: `本年收费金额应以万元为单位：“${c.text}”即 ${+inWan.toFixed(6)} 万元`,
              messageEn: `The fee amount is in 万元: “${c.text}” is ${+inWan.toFixed(6)} 万元` });
          } else if ((v.type === 'int' || v.type === 'decimal') && v.value > max) {
            ctx.report({ start: c.start, end: c.end,
              message: `本年收费金额以万元为单位，“${c.text}”万元（${+(v.value / 10000).toFixed(2)} 亿元）不合常理，疑似按元填写（即 ${+(v.value / 10000).toFixed(4)} 万元）`,
              messageEn: `The fee amount is in 万元; ${c.text} 万元 is implausible for this body and looks like yuan (${+(v.value / 10000).toFixed(4)} 万元)` });
          }
        }
      }
    }
  },
};
