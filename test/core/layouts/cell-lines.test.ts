// The cell-lines layout (parse/layouts/cell-lines.ts) and its regrouping by the format
// (parse/regroup.ts): web copies with one cell per line, pipe-terminated or blank-line separated.
// Real excerpts are inline and short; their sources are listed in
// /work/shared/corpus/real/README.md (p03: a district 统计局 2023, http://61.150.65.235/zfxxgk/zfxxgknb/bmxxgknb/1906985018193408001.html;
// p15: 双塔区前进街道 2020, http://lnst.gov.cn/html/CYSTQ/202101/0163350250579547.html;
// p17: a 黄陂区 street office 2020, https://www.huangpi.gov.cn/jxzl/slqj_jxzl/zfxxgkndbg_slqj/202101/t20210127_1618961.html).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineMap, lint } from '../../../server/src/core';
import { analyze } from '../../../server/src/core/engine/lint';
import { findTables } from '../../../server/src/core/parse/layouts';
import type { StatTable } from '../../../server/src/core/parse/interpret-table';
import { bestRatio } from '../growth';

const blocks = (text: string) => findTables(new LineMap(text));
const cellsOf = (text: string) => blocks(text).map((b) => b.rows.flatMap((r) => r.cells.map((c) => c.text)));
const values = (t: StatTable | undefined, rowId: string) =>
  [...(t?.rows.find((r) => r.rowId === rowId && r.kind === 'data')?.values.values() ?? [])].map((c) => c.text);

// p03, table 二 (first block) and the start of table 三: cells end in " |", "|||" separates rows,
// a lone "|" is a blank cell.
const P03_ACTIVE = [
  '二、主动公开政府信息情况', '第二十条第(一)项 |', '|||', '信息内容 |', '本年制发件数 |', '本年废止件数 |', '现行有效件数 |',
  '规章 |', '/ |', '/ |', '/ |', '行政规范性文件 |', '0 |', '0 |', '0 |', '第二十条第(五)项 |', '|||', '信息内容 |',
  '本年处理决定数量 |', '||', '行政许可 |', '0 |', '||',
];
const P03_APPS = [
  '三、收到和处理政府信息公开申请情况', '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |', '申请人情况 |', '||||||||',
  '自然人 |', '法人或其他组织 |', '总计 |', '|||||||', '商业企业 |', '科研机构 |', '社会公益组织 |', '法律服务机构 |', '其他 |', '|||||',
  '一、本年新收政府信息公开申请数量 |', '|', '|', '|', '|', '|', '|', '0 |', '||',
  '三、本年度办理结果 |', '(一)予以公开 |', '|', '|', '|', '|', '|', '|', '|', '|',
];
// p17: lone "|" separates rows, captions carry extra pipes, labels carry provincial notes.
const P17_ACTIVE = [
  '二、主动公开政府信息情况', '|', '第二十条第(一)项 | |||', '|', '信息内容 |', '本年新制作数量 |', '本年新公开数量 |', '对外公开总数量 |', '|',
  '规章(设区的市、自治州人民政府应提供相关数据) |', '0 |', '0 |', '0 |', '|',
  '规范性文件(行政机关制定发布的决定、公告、通告、意见、通 知,以及标题采用“规定”“办法”“细则”“规范”“规程” “规则”等字样的公文,一般情况下属于规范性文件) |',
  '87 |', '0 |', '0 |', '|',
  '其他主动公开文件(含以本单位或本单位办公室名义正式签发的、除规范性文件以外的主动公 开文件,可参考本单位政府信息 公开平台“其他主动公开文件” 栏目数据) |',
  '0 |', '0 |', '0 |',
];
// p15: every cell a paragraph of its own, no pipes.
const P15_ACTIVE = ['二、主动公开政府信息情况', '第二十条第(一)项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量',
  '规章', '0', '0', '0', '规范性文件', '0', '0', '0'];

const REPORT_2021 = (body: string[]) => ['某区统计局2023年政府信息公开工作年度报告', '一、总体情况', '2023年，我局认真做好政府信息公开工作。', ...body].join('\n');
const REPORT_2019 = (body: string[], sep = '\n') => ['某街道办事处2020年政府信息公开工作年度报告', '一、总体情况', '2020年，我街认真做好政府信息公开工作。', ...body].join(sep);

test('pipe-terminated cells: one block per table, every cell with its exact range, separators as empty rows', () => {
  const text = REPORT_2021([...P03_ACTIVE, ...P03_APPS]);
  const bs = blocks(text);
  assert.equal(bs.length, 2);
  assert.ok(bs.every((b) => b.layout === 'cell-lines' && b.regroup));
  for (const b of bs) for (const r of b.rows) for (const c of r.cells) {
    assert.equal(text.slice(c.start, c.end), c.text);
    assert.equal(r.line, r.endLine);
  }
  // A lone "|" is a blank cell at the pipe's position.
  const blank = bs[1].rows.flatMap((r) => r.cells).find((c) => c.text === '')!;
  assert.equal(text[blank.start], '|');
  assert.ok(bs[0].rows.some((r) => r.cells.length === 0), 'separator lines are empty rows');
});

test('p03: table 二 read by caption and label, table 三 with its blank cells as values', () => {
  const a = analyze(REPORT_2021([...P03_ACTIVE, ...P03_APPS]));
  assert.equal(a.kind, 'gov-info-2021');
  const active = a.report!.tables.get('active');
  assert.equal(active?.layout, 'cell-lines');
  assert.deepEqual(values(active, 'rules'), ['/', '/', '/']);
  assert.deepEqual(values(active, 'normative'), ['0', '0', '0']);
  assert.deepEqual(values(active, 'licensing'), ['0']);
  const apps = a.report!.tables.get('applications');
  assert.deepEqual(values(apps, 'new'), ['', '', '', '', '', '', '0']);
  assert.deepEqual(values(apps, 'open'), ['', '', '', '', '', '', '']);
  assert.equal(apps!.rows.find((r) => r.rowId === 'results')?.kind, 'group');
  const r = lint(REPORT_2021([...P03_ACTIVE, ...P03_APPS]));
  // One incomplete-row finding per row (the cell policy), naming its blank columns.
  const rowMessage = (label: string) => r.findings.find((f) => f.rule === 'table-cell-invalid' && f.message.startsWith(`“${label}”`))?.message ?? '';
  const named = (m: string) => ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'].filter((c) => m.includes(`“${c}”`));
  assert.deepEqual(named(rowMessage('一、本年新收政府信息公开申请数量')), ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'], 'six blank cells of 本年新收');
  assert.deepEqual(named(rowMessage('（一）予以公开')), ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'], 'seven of 予以公开');
});

test('p17: lone pipes separate rows; a trailing note is not the label; the extra row matches no statutory row', () => {
  const a = analyze(REPORT_2019(P17_ACTIVE));
  assert.equal(a.kind, 'gov-info-2019');
  const active = a.report!.tables.get('active')!;
  assert.deepEqual(values(active, 'rules'), ['0', '0', '0']);
  assert.deepEqual(values(active, 'normative'), ['87', '0', '0']);
  const extra = active.rows.find((r) => r.label.startsWith('其他主动公开文件'))!;
  assert.equal(extra.rowId, null);
});

test('p15: blank-line separated cells are regrouped by the statutory labels and column count', () => {
  const text = REPORT_2019(P15_ACTIVE, '\n\n');
  const bs = blocks(text);
  assert.equal(bs.length, 1);
  assert.equal(bs[0].layout, 'cell-lines');
  assert.equal(bs[0].rows.length, 13, 'one row per cell, the heading left out');
  const active = analyze(text).report!.tables.get('active');
  assert.deepEqual(values(active, 'rules'), ['0', '0', '0']);
  assert.deepEqual(values(active, 'normative'), ['0', '0', '0']);
  assert.equal(active!.rows[0].kind, 'caption');
});

test('blank-line cells: a section heading between two tables is not swallowed', () => {
  const body = [...P15_ACTIVE, '三、收到和处理政府信息公开申请情况', '申请人情况', '自然人', '总计', '一、本年新收政府信息公开申请数量', '1', '2', '3',
    '二、上年结转政府信息公开申请数量', '0', '0', '0', '三、本年度办理结果', '（一）予以公开', '1', '0', '1'];
  const text = REPORT_2019(body, '\n\n');
  const a = analyze(text);
  assert.ok(a.doc.headings.some((h) => h.title.includes('收到和处理政府信息公开申请情况')));
  assert.ok(!a.doc.headings.some((h) => h.title.includes('本年度办理结果')), 'a short group label continuing 一、二、 stays a cell');
  assert.equal(blocks(text).length, 2);
});

test('short prose paragraphs separated by blank lines are not a table', () => {
  const prose = ['一、总体情况', '我局高度重视', '政务公开工作', '2023年', '公开信息50条', '二、主动公开政府信息情况', '年内无变化', '三、其他', '无'];
  assert.deepEqual(blocks(prose.join('\n\n')), []);
  // A list of short items with a few numbers in it is not one either.
  assert.deepEqual(blocks(['工作要点', '一是健全制度', '二是加强培训', '12', '三是强化监督', '组织培训', '3'].join('\n\n')), []);
  // Pipe-terminated lines of prose without figures are no table.
  assert.deepEqual(blocks(['说明 |', '本表为示例 |', '以下无正文 |', '完 |'].join('\n')), []);
});

test('a real loose pipe table is still read by the delimited reader', () => {
  const text = ['项目 | 自然人 | 总计', '一、本年新收政府信息公开申请数量 | 1 | 1', '二、上年结转政府信息公开申请数量 | 0 | 0'].join('\n');
  const bs = blocks(text);
  assert.equal(bs.length, 1);
  assert.equal(bs[0].layout, 'loose-pipe');
});

test('cell lines are never formatted and never get row insertions', () => {
  const text = REPORT_2019(P17_ACTIVE);
  const r = lint(text);
  for (const f of r.findings) if (f.rule === 'table-row-missing') assert.equal(f.fix, undefined);
  assert.deepEqual(cellsOf(text).length, 1);
});

test('hostile input: long runs of pipes and blank-line cells stay linear (growth of two sizes, no absolute time)', () => {
  const shapes = (n: number) => {
    const many = Array.from({ length: n }, (_, i) => (i % 5 === 0 ? '规章 |' : i % 7 === 0 ? '||' : `${i % 10} |`)).join('\n');
    return [many, many.replace(/ \|/g, '').replace(/\n/g, '\n\n'), ' '.repeat(n * 10) + '\n|'];
  };
  const { ratio, small: a, large: b } = bestRatio(shapes(4000), shapes(32000), (texts) => { for (const t of texts) findTables(new LineMap(t)); }, { limit: 24, floorMs: 10 });
  // 8× the input: linear ≈ 8×, quadratic ≈ 64×; below 10 ms the small size counts as 10 ms.
  assert.ok(ratio < 24, `${a.toFixed(1)} ms, then ${b.toFixed(1)} ms for 8× the input`);
});
