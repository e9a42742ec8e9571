// text-table-mismatch on reports under the 2008 regulation: the prose against the customary statistics
// table (政府信息公开情况统计表, read by model/statistics-table.ts from the format data's `statistics`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textTableMismatch } from '../../../server/src/core/rules/text-table-mismatch';
import { statisticsTable } from '../../../server/src/core/model/statistics-table';
import { analyze } from '../../../server/src/core';
import { build2008, ruleAlone } from './build';

const run = ruleAlone(textTableMismatch);
// build2008: 全年主动公开政府信息320条; 全年受理申请12件，其中同意公开6件…; 未发生行政复议、行政诉讼.
const ROWS: [string, string, string, string][] = [
  ['指标名称', '计量单位', '2015年度', '历年累计'],
  ['主动公开信息数', '条', '320', '2100'],
  ['其中：1、网站公开', '条', '300', '2000'],
  ['受理依申请公开信息总数', '条', '12', '40'],
  ['其中：1、当面申请数', '条', '2', '9'],
  ['2、网上申请数', '条', '10', '31'],
  ['对申请的答复总数', '条', '12', '40'],
  ['其中：1、同意公开答复数', '条', '6', '20'],
  ['2、同意部分公开答复数', '条', '0', '3'],
  ['3、否决公开答复数', '条', '1', '5'],
  ['行政复议数', '件', '0', '1'],
  ['行政诉讼数', '件', '0', '0'],
];
const TITLE = '附件：示例区人民政府2015年政府信息公开情况统计表';
const layouts: Record<string, (rows: string[][]) => string> = {
  pipe: (rows) => rows.map((r) => `| ${r.join(' | ')} |`).join('\n'),
  tab: (rows) => rows.map((r) => r.join('\t')).join('\n'),
  cellLines: (rows) => rows.flat().join('\n'),
  spacedLine: (rows) => rows.flat().join(' '),
};
const draft = (prose: string, rows: string[][] = ROWS, layout = 'pipe') =>
  build2008(prose) + '\n' + TITLE + '\n\n' + layouts[layout](rows) + '\n';
const slices = (text: string) => run(text).map((f) => text.slice(f.start, f.end));

test('the table is read in every layout: the year\'s figure of each row', () => {
  for (const layout of Object.keys(layouts)) {
    const t = statisticsTable(analyze(draft('', ROWS, layout)));
    assert.ok(t, layout);
    assert.deepEqual([...t!.entries()].map(([id, c]) => `${id}=${c.value}`),
      ['active=320', 'received=12', 'inPerson=2', 'online=10', 'answered=12', 'agreed=6', 'partial=0', 'denied=1', 'reconsideration=0', 'litigation=0'], layout);
  }
});

test('silent where prose and table agree', () => {
  for (const layout of Object.keys(layouts)) assert.deepEqual(run(draft('', ROWS, layout)), [], layout);
  assert.deepEqual(run(draft('全年通过网上申请10件，当面申请2件；对申请的答复总数12件，同意部分公开0件。')), []);
});

test('a prose figure against its row: reported on the figure, with the table\'s figure', () => {
  const text = draft('', ROWS.map((r) => (r[0] === '主动公开信息数' ? [r[0], r[1], '3200', r[3]] : r)));
  const fs = run(text);
  assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), ['320条']);
  assert.equal(fs[0].severity, 'warning');
  assert.equal(fs[0].message, '正文所述主动公开政府信息 320条 与统计表“主动公开信息数”本年度 3200 不符');
  for (const [prose, slice] of [
    ['网上申请9件。', '9件'],
    ['对申请的答复总数11件。', '11件'],
    ['收到有关政府信息公开行政复议申请1件。', '1件'],
    ['本年度发生政府信息公开行政诉讼2起。', '2起'],
  ]) for (const layout of Object.keys(layouts)) assert.deepEqual(slices(draft(prose, ROWS, layout)), [slice], `${prose} ${layout}`);
  // 同意公开6件 in build2008 against a table of 5.
  const five = draft('', ROWS.map((r) => (r[0].endsWith('同意公开答复数') ? [r[0], r[1], '5', r[3]] : r)));
  assert.deepEqual(slices(five), ['6件']);
});

test('the prose speaking of something else: no finding', () => {
  for (const prose of [
    '历年累计主动公开政府信息2500条。',
    '截至2015年底，累计受理申请45件。',
    '2014年主动公开政府信息280条。',
    '其中县教育局主动公开政府信息50条，各乡镇主动公开政府信息120条。',
    '在互联网上，县政府公开办主动公开信息数为90条。',
    '通过政府网站主动公开政府信息300条，政府公报公开12条。',
    '主动公开的政府信息中，规范性文件类信息40条。',
    '全年主动公开政府信息约300条。',
    '通过网上申请平台收到政府信息公开申请12件。',
  ]) assert.deepEqual(run(draft(prose)), [], prose);
});

test('a clause opening with the report year states the report\'s figure, whoever the sentence names before it', () => {
  const text = draft('各部门、各乡镇对政府信息进行了梳理和编目，2015年主动公开政府信息330条。');
  assert.deepEqual(slices(text), ['330条']);
});

test('figures run together (archive text): a prose figure they do not begin with is reported', () => {
  const glued = (active: string, online: string) => build2008('全年通过网上申请10件。') + '\n' + TITLE
    + `指标名称计量单位2015年度历年累计主动公开信息数条${active}其中：1.网站公开条30020002.政府公报公开条00受理依申请公开信息总数条1240其中：1.网上申请数条${online}2.信函申请数条00\n`;
  const agree = glued('3202100', '1031');
  assert.equal(statisticsTable(analyze(agree))!.get('active')!.glued, '3202100');
  // 1031 then the next row's numbering 2.: the digits are 1031.
  assert.equal(statisticsTable(analyze(agree))!.get('online')!.glued, '1031');
  assert.deepEqual(run(agree), []);
  const text = glued('3302100', '931');
  const fs = run(text);
  assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), ['320条', '10件']);
  assert.equal(fs[0].message, '正文所述主动公开政府信息 320条 与统计表“主动公开信息数”本年度不符（表中本年度与历年累计两数连写为“3302100”，不以 320 开头）');
  // Without a 历年累计 column the run is one figure glued to the next row: not read.
  assert.equal(statisticsTable(analyze(build2008('') + '\n' + TITLE + '指标名称计量单位统计数主动公开信息数条330受理依申请公开信息总数条12\n')), null);
});

test('rows not read without a guess: a figure short, the cumulative column first, no table', () => {
  const short = draft('', ROWS.map((r) => (r[0] === '主动公开信息数' ? [r[0], r[1], '', '2100'] : r)));
  assert.equal(statisticsTable(analyze(short))!.has('active'), false);
  assert.deepEqual(run(short), []);
  const cumulativeFirst = draft('', [['指标名称', '计量单位', '历年累计', '2015年度'], ...ROWS.slice(1).map((r) => [r[0], r[1], r[3], r[2]])]);
  assert.equal(statisticsTable(analyze(cumulativeFirst)), null);
  assert.equal(statisticsTable(analyze(build2008(''))), null);
  // A statistics return's form with a 代码 column and 本期实际 / 本年累计 (a quarter's return, here blank): not read.
  const form = draft('', [['指标名称', '计量单位', '代码', '本期实际', '本年累计'], ['主动公开信息数', '条', '01', '', '']]);
  assert.equal(statisticsTable(analyze(form)), null);
  // A one-column table (单位 / 统计数): one figure a row.
  const one = draft('', [['指标名称', '单位', '统计数'], ['主动公开政府信息数', '条', '330']]);
  assert.deepEqual(slices(one), ['320条']);
});

test('a copy in Traditional script: the table read through its Simplified form, the figure reported at its place', () => {
  const text = ['示例區人民政府2015年政府信息公開工作年度報告', '', '一、主動公開政府信息的情況', '', '全年主動公開政府信息320條。', '',
    '二、依申請公開政府信息和不予公開政府信息的情況', '', '全年受理申請12件。', '',
    '三、政府信息公開的收費及減免情況', '', '未收取任何費用。', '',
    '附件：政府信息公開情況統計表', '', '| 指標名稱 | 計量單位 | 2015年度 | 歷年累計 |', '| 主動公開信息數 | 條 | 330 | 2100 |',
    '| 受理依申請公開信息總數 | 條 | 12 | 40 |', ''].join('\n');
  const t = statisticsTable(analyze(text));
  assert.deepEqual(t && [...t.entries()].map(([id, c]) => `${id}=${c.value}@${text.slice(c.start, c.end)}`), ['active=330@330', 'received=12@12']);
  assert.deepEqual(slices(text), ['320條']);
});
