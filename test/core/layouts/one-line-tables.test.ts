// Tables flattened into a report pasted on one line (parse/layouts/one-line.ts): read when the
// statutory labels and their value counts fit the format, unreadable otherwise; prose never.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { analyze } from '../../../server/src/core/engine/lint';
import { readOneLine, lineCells } from '../../../server/src/core/parse/layouts/one-line';
import { generateDraft, matrixOptions, MATRIX } from '../../gen/drafts';
import { oneLine } from '../../gen/layout-pdf-order';
import { mutate } from '../../gen/mutations';
import { bestRatio } from '../growth';

const N = MATRIX.kinds.length * MATRIX.layouts.length * MATRIX.scripts.length * MATRIX.flavours.length;
const GFM = Array.from({ length: N }, (_, i) => matrixOptions(i, 4242)).filter((o) => o.layout === 'gfm' && o.script === 'simplified').map(generateDraft);

/** Table id → row id → column → value, as read. */
function values(text: string): string[] {
  const a = analyze(text);
  const out: string[] = [];
  for (const [id, t] of a.report?.tables ?? []) for (const r of t.rows) if (r.rowId) for (const [k, v] of r.values) out.push(`${id}/${r.rowId}/${k}=${JSON.stringify(v.value)}`);
  return out.sort();
}

test('one-line tables: a generated draft on one line reads the same statutory values as the draft', () => {
  for (const d of GFM) {
    const flat = oneLine(d.text);
    const a = analyze(flat);
    assert.ok(a.report, d.name);
    assert.ok([...a.report!.tables.values()].every((t) => t.layout === 'one-line'), d.name);
    assert.ok(a.report!.tables.has('applications') && a.report!.tables.has('review'), d.name);
    assert.deepEqual(values(flat), values(d.text), d.name);
  }
});

test('one-line tables: clean drafts on one line give no error or warning', () => {
  for (const d of GFM) {
    const r = lint(oneLine(d.text));
    assert.deepEqual(r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.rule} ${f.message}`), [], d.name);
  }
});

test('one-line tables: an arithmetic error injected into a draft is found on one line', () => {
  const ARITH = new Set(['table-balance', 'table-row-total', 'review-total', 'table-column-total', 'table-total']);
  let checked = 0;
  for (const d of GFM) {
    for (const f of mutate(d).filter((x) => ARITH.has(x.rule))) {
      const r = lint(oneLine(f.text));
      assert.ok(r.findings.some((x) => x.rule === f.rule), `${d.name} + ${f.what}: ${r.findings.map((x) => x.rule).join(' ')}`);
      checked++;
    }
  }
  assert.ok(checked >= 4, `only ${checked} arithmetic faults`);
});

test('one-line tables: a flattened PDF row sequence with spaces is cut into cells; 1. joins its label', () => {
  const cells = lineCells('（三）不予公开 1. 属于国家秘密 0 0 0 | 5 |  | 7 | --- |', 0).map((c) => c.text);
  assert.deepEqual(cells, ['（三）不予公开', '1. 属于国家秘密', '0', '0', '0', '5', '', '7']);
});

const HEAD = '申请人情况 自然人 法人或其他组织 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计';
const row = (label: string, v: number[]) => `${label} ${v.join(' ')}`;
const PROSE = '2023年，我县依法做好政府信息公开工作，全年共收到申请21件。'.repeat(6);

test('one-line tables: a spaced table fitting the format is read; the statutory arithmetic applies', () => {
  const rows = [
    row('一、本年新收政府信息公开申请数量', [5, 0, 0, 0, 0, 0, 5]),
    row('二、上年结转政府信息公开申请数量', [0, 0, 0, 0, 0, 0, 0]),
    '三、本年度办理结果',
    row('（一）予以公开', [3, 0, 0, 0, 0, 0, 3]),
    row('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [1, 0, 0, 0, 0, 0, 1]),
  ];
  const text = `某县人民政府2023年政府信息公开工作年度报告 一、总体情况 ${PROSE} 二、主动公开政府信息情况 无。 三、收到和处理政府信息公开申请情况 ${HEAD} ${rows.join(' ')} 四、政府信息公开行政复议、行政诉讼情况 无。 五、存在的主要问题及改进情况 无。 六、其他需要报告的事项 无。`;
  const blocks = readOneLine(text, 0, 0);
  assert.equal(blocks.length, 1);
  assert.ok(text.slice(blocks[0].start).startsWith('申请人情况'));
  const a = analyze(text);
  const t = a.report?.tables.get('applications');
  assert.ok(t && !t.unreadable, 'applications read');
  const r1 = t!.rows.find((r) => r.label.startsWith('一、本年新收'));
  assert.ok(r1?.rowId, t!.rows.map((r) => `${r.label}:${r.rowId}`).join(' '));
  assert.equal(r1!.values.size, 7);
  assert.equal(t!.rows.find((r) => r.label.startsWith('（二）部分公开'))?.values.size, 7);
  // The row labels 一、二、三… are no headings: section 四 keeps its number.
  const tops = a.doc.headings.filter((h) => h.level === 1).map((h) => h.numeral);
  assert.deepEqual(tops, [1, 2, 3, 4, 5, 6]);
});

test('one-line tables: a row whose value count does not fit makes the table unreadable, never a guess', () => {
  const rows = [
    row('一、本年新收政府信息公开申请数量', [5, 0, 0, 5]),
    row('二、上年结转政府信息公开申请数量', [0, 0, 0, 0, 0, 0, 0]),
    row('（一）予以公开', [3, 0, 0, 0, 0, 0, 3, 9]),
    row('（二）部分公开', [1, 0, 0, 0, 0, 0, 1]),
  ];
  const text = `某县人民政府2023年政府信息公开工作年度报告 一、总体情况 ${PROSE} 二、主动公开政府信息情况 无。 三、收到和处理政府信息公开申请情况 ${HEAD} ${rows.join(' ')} 四、政府信息公开行政复议、行政诉讼情况 无。 五、存在的主要问题及改进情况 无。 六、其他需要报告的事项 无。`;
  const a = analyze(text);
  assert.ok(!a.report?.tables.has('applications'));
  assert.ok(a.report?.unreadable?.some((t) => t.id === 'applications'));
  const r = lint(text);
  assert.ok(!r.findings.some((f) => f.severity === 'error' && /^table-|review-total/.test(f.rule)), r.findings.map((f) => f.rule).join(' '));
});

test('one-line tables: prose with figures is no table', () => {
  const texts = [
    `${PROSE}全年主动公开政府信息 1136 条，其中规章 2 件、规范性文件 5 件、行政许可 120 件、行政处罚 33 件。`.repeat(3),
    '我局共有 3 个科室 5 名工作人员 2 台服务器 1 个平台 8 个栏目 '.repeat(6),
    '第一季度 12 第二季度 15 第三季度 9 第四季度 20 合计 56 。'.repeat(8),
  ];
  for (const t of texts) assert.deepEqual(readOneLine(t, 0, 0).map((b) => t.slice(b.start, b.end)), [], t.slice(0, 40));
});

test('one-line tables: linear on a long flattened line (growth ratio of two sizes, no absolute time)', () => {
  const unit = `${HEAD} ${row('（一）予以公开', [3, 0, 0, 0, 0, 0, 3])} 说明。`;
  const { ratio } = bestRatio(unit.repeat(3000), unit.repeat(12000), (text) => readOneLine(text, 0, 0), { limit: 12 });
  assert.ok(ratio < 12, `4x input took ${ratio.toFixed(1)}x`);
});

test('one-line tables: a row label with its long bracketed notes (a provincial form\'s 表二) is a label, not prose that ends the table (nS/07 on one line)', () => {
  const note = '(指行政许可以外的政务服务事项,含行政确认、行政奖励、行政裁决、行政给付、行政处罚、行政强制、行政检查、行政征收和其他类,以及公共服务事项)';
  const text = `${PROSE} 第二十条第(五)项 | 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | 行政许可 | 34 | 2 | 36 | 其他对外管理服务事项${note} | 0 | 0 | 0 | 第二十条第(六)项 | 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | 行政处罚 | 0 | 0 | 0 | 行政强制 | 0 | 0 | 0 | ${PROSE}`;
  const blocks = readOneLine(text, 0, 0);
  assert.equal(blocks.length, 1);
  assert.ok(text.slice(blocks[0].start, blocks[0].end).endsWith('行政强制 | 0 | 0 | 0'), text.slice(blocks[0].start, blocks[0].end));
  // A long cell without notes, or whose text outside its notes is long, stays prose.
  const prose = `第二十条第(五)项 | 信息内容 | 行政许可 | 34 | 2 | 36 | 其他对外管理服务事项以及更多的文字说明${'很长的说明文字'.repeat(10)}(注) | 0 | 0 | 0 | 行政处罚 | 0 | 0 | 0 | 行政强制 | 1 | 0 | 0 | ${PROSE}`;
  assert.ok(readOneLine(prose, 0, 0).every((b) => !prose.slice(b.start, b.end).includes('很长的说明文字')));
});

test('one-line tables: a one-column block of 表二 in PDF reading order, its figure before its row label, reads that figure as the label\'s (c03, nM/01 on one line)', () => {
  const active = '第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 0 0 0 行政规范性文件 0 5 5 '
    + '第二十条第（五）项 信息内容 本年处理决定数量 550 行政许可 第二十条第（六）项 信息内容 本年处理决定数量 行政处罚 4119 行政强制 195 '
    + '第二十条第（八）项 信息内容 本年收费金额（单位：万元） 7730.28 行政事业性收费';
  const rows = [row('一、本年新收政府信息公开申请数量', [5, 0, 0, 0, 0, 0, 5]), row('二、上年结转政府信息公开申请数量', [0, 0, 0, 0, 0, 0, 0])];
  const text = `某县人民政府2023年政府信息公开工作年度报告 一、总体情况 ${PROSE} 二、主动公开政府信息情况 ${active} 三、收到和处理政府信息公开申请情况 ${HEAD} ${rows.join(' ')} 四、政府信息公开行政复议、行政诉讼情况 无。 五、存在的主要问题及改进情况 无。 六、其他需要报告的事项 无。`;
  const t = analyze(text).report?.tables.get('active');
  assert.ok(t, 'table 二 read');
  const read = Object.fromEntries(t!.rows.filter((r) => r.rowId).map((r) => [r.rowId, [...r.values.values()].map((c) => c.text)]));
  assert.deepEqual(read.licensing, ['550']);
  assert.deepEqual(read.fees, ['7730.28']);
  assert.deepEqual(read.penalty, ['4119']);
  assert.ok(!t!.rows.some((r) => !r.rowId && r.values.size), 'no row of figures without its label');
  // A figure alone after a header whose label has figures of its own stays where it is.
  const own = text.replace('7730.28 行政事业性收费', '7730.28 行政事业性收费 12');
  const t2 = analyze(own).report?.tables.get('active');
  assert.deepEqual(t2?.rows.find((r) => r.rowId === 'fees') && [...t2!.rows.find((r) => r.rowId === 'fees')!.values.values()].map((c) => c.text), ['12']);
});

test('one-line tables: the group label 三、本年度办理结果 broken into pieces (PDF text: 三、本 年度办 理结果 （一）予以公开 …) does not start a new table before its sub-rows (oB/01 on one line)', () => {
  const rows = [
    row('一、本年新收政府信息公开申请数量', [5, 0, 0, 0, 0, 0, 5]),
    row('二、上年结转政府信息公开申请数量', [0, 0, 0, 0, 0, 0, 0]),
    '三、本 年度办 理结果',
    row('（一）予以公开', [3, 0, 0, 0, 0, 0, 3]),
    row('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [1, 0, 0, 0, 0, 0, 1]),
  ];
  const text = `${PROSE} 三、收到和处理政府信息公开申请情况 ${HEAD} ${rows.join(' ')} 四、政府信息公开行政复议、行政诉讼情况 无。`;
  const blocks = readOneLine(text, 0, 0);
  assert.equal(blocks.length, 1, blocks.map((b) => text.slice(b.start, b.end)).join(' // '));
  assert.ok(text.slice(blocks[0].start, blocks[0].end).includes('一、本年新收政府信息公开申请数量 5'));
  assert.ok(text.slice(blocks[0].start, blocks[0].end).includes('（一）予以公开 3'));
});

test('one-line tables: the rest of a label printed after its figures (PDF text of a narrow label column on one line) completes that label (oB/05 on one line)', () => {
  const active = '第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 0 0 0 行政规范 62 33 440 性文件 '
    + '第二十条第（五）项 信息内容 本年处理决定数量 行政许可 4529 第二十条第（六）项 信息内容 本年处理决定数量 行政处罚 1100 行政强制 65 '
    + '第二十条第（八）项 信息内容 本年收费金额（单位：万元） 行政事业 18651.06 性收费';
  const rows = [
    row('一、本年新收政府信息公开申请数量', [5, 0, 0, 0, 0, 0, 5]),
    row('二、上年结转政府信息公开申请数量', [0, 0, 0, 0, 0, 0, 0]),
    '三、本年度办理结果',
    row('（一）予以公开', [3, 0, 0, 0, 0, 0, 3]),
    `${row('（二）部分公开（区分处理的，只计这一', [1, 0, 0, 0, 0, 0, 1])} 情形，不计其他情形）`,
    '（三）不予公开',
    row('1.属于国家秘密', [0, 0, 0, 0, 0, 0, 0]),
    `${row('2.其他法 律行政法', [1, 0, 0, 0, 0, 0, 1])} 规禁止公 开`,
    row('3.危及“三安全一稳定”', [0, 0, 0, 0, 0, 0, 0]),
  ];
  const text = `某县人民政府2024年政府信息公开工作年度报告 一、总体情况 ${PROSE} 二、主动公开政府信息情况 ${active} 三、收到和处理政府信息公开申请情况 ${HEAD} ${rows.join(' ')} 四、政府信息公开行政复议、行政诉讼情况 无。 五、存在的主要问题及改进情况 无。 六、其他需要报告的事项 无。`;
  const a = analyze(text);
  const ids = (id: string) => Object.fromEntries(a.report!.tables.get(id)!.rows.filter((r) => r.rowId && r.kind === 'data').map((r) => [r.rowId, [...r.values.values()].map((c) => c.text).join(',')]));
  const active2 = ids('active');
  assert.equal(active2.normative, '62,33,440');
  assert.equal(active2.fees, '18651.06');
  const apps = ids('applications');
  assert.equal(apps['deny-2'], '1,0,0,0,0,0,1');
  assert.equal(apps.partial, '1,0,0,0,0,0,1');
  const r = lint(text);
  assert.deepEqual(r.findings.filter((f) => /^table-row/.test(f.rule) && f.message.startsWith('表二')).map((f) => f.message), []);
});

test('one-line tables: a group label\'s pieces printed into a row label (（五）不 1.信访举 予处理 报投诉类 0 … 申请, a narrow group column flattened) leave the row its statutory label and figures (oB/05:97 on one line)', () => {
  const rows = [
    row('一、本年新收政府信息公开申请数量', [5, 0, 0, 0, 0, 0, 5]),
    row('二、上年结转政府信息公开申请数量', [0, 0, 0, 0, 0, 0, 0]),
    '三、本年度办理结果',
    row('（一）予以公开', [3, 0, 0, 0, 0, 0, 3]),
    `${row('（五）不 1.信访举 予处理 报投诉类', [2, 0, 0, 0, 0, 0, 2])} 申请`,
    row('2.重复申请', [0, 0, 0, 0, 0, 0, 0]),
  ];
  const text = `${PROSE} 三、收到和处理政府信息公开申请情况 ${HEAD} ${rows.join(' ')} 四、政府信息公开行政复议、行政诉讼情况 无。`;
  const t = analyze(`某县人民政府2024年政府信息公开工作年度报告 一、总体情况 ${text} 五、存在的主要问题及改进情况 无。 六、其他需要报告的事项 无。`).report!.tables.get('applications')!;
  const r = t.rows.find((x) => x.rowId === 'noproc-1');
  assert.deepEqual(r && [...r.values.values()].map((c) => c.text), ['2', '0', '0', '0', '0', '0', '2'], t.rows.map((x) => `${x.label}:${x.rowId}`).join(' / '));
});

// oE harvest (平潭 2025, Chromium's copy of cells in paragraphs, on one line): the group label printed
// in three paragraphs (三、本 / 年度办 / 理结果) spaced apart before its first sub-row is no part heading
// over column headers: the table is not cut there (rows 一 and 二 were reported missing).
test('one-line tables: a group label spaced into pieces before its numbered sub-row does not cut the table', () => {
  const rows = [
    row('一、本年新收政府信息公开申请数量', [5, 0, 0, 0, 0, 0, 5]),
    row('二、上年结转政府信息公开申请数量', [0, 0, 0, 0, 0, 0, 0]),
    '三、本 年度办 理结果',
    row('（一）予以公开', [3, 0, 0, 0, 0, 0, 3]),
    row('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [2, 0, 0, 0, 0, 0, 2]),
  ];
  const text = `某县人民政府2023年政府信息公开工作年度报告 一、总体情况 ${PROSE} 二、主动公开政府信息情况 无。 三、收到和处理政府信息公开申请情况 ${HEAD} ${rows.join(' ')} 四、政府信息公开行政复议、行政诉讼情况 无。 五、存在的主要问题及改进情况 无。 六、其他需要报告的事项 无。`;
  assert.equal(readOneLine(text, 0, 0).length, 1);
  const t = analyze(text).report?.tables.get('applications');
  assert.ok(t && !t.unreadable, 'applications read');
  assert.equal(t!.rows.find((r) => r.label.startsWith('一、本年新收'))?.values.size, 7);
  assert.ok(!lint(text).findings.some((f) => f.rule === 'table-row-missing' && /本年新收|上年结转/.test(f.message)));
});
