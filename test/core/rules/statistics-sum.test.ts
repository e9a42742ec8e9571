// statistics-sum: the totals of the statistics table a report under the 2008 regulation appends against
// the rows they are made of (model/statistics-sums.ts), judged only where every row of the sum is read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statisticsSum } from '../../../server/src/core/rules/statistics-sum';
import { build2008, ruleAlone } from './build';

const run = ruleAlone(statisticsSum);
// The 福建 form (平潭 2014–2018: oE/05, nU/06): 信函、传真 one row, 其他类型答复数, rows after the answers.
const ROWS: string[][] = [
  ['指标名称', '计量单位', '2014年度', '历年累计'],
  ['主动公开文件数', '条', '2543', '78967'],
  ['其中：1、政府网站公开数', '条', '2543', '78967'],
  ['2、政府公报公开数', '条', '0', '0'],
  ['受理依申请公开信息总数', '条', '5', '9'],
  ['其中：1、当面申请数', '条', '1', '2'],
  ['2、网上申请数', '条', '2', '4'],
  ['3、信函、传真申请数', '条', '2', '3'],
  ['对申请的答复总数', '条', '5', '9'],
  ['其中：1、同意公开答复数', '条', '3', '6'],
  ['2、同意部分公开答复数', '条', '1', '1'],
  ['3、不予公开答复数', '条', '0', '1'],
  ['4、其他类型答复数', '条', '1', '1'],
  ['政府信息公开收费减免金额', '元', '0', '0'],
  ['接受行政诉讼、举报数', '件', '0', '0'],
  ['行政复议数', '件', '0', '0'],
  ['行政诉讼数', '件', '0', '0'],
];
const layouts: Record<string, (rows: string[][]) => string> = {
  pipe: (rows) => rows.map((r) => `| ${r.join(' | ')} |`).join('\n'),
  tab: (rows) => rows.map((r) => r.join('\t')).join('\n'),
  cellLines: (rows) => rows.flat().join('\n'),
  spaced: (rows) => rows.map((r) => r.join('   ')).join('\n'),
};
const draft = (rows: string[][], layout = 'pipe') => build2008() + '\n六、政府信息公开情况统计表\n\n' + layouts[layout](rows) + '\n';
const set = (label: string, v: string) => ROWS.map((r) => (r[0] === label ? [r[0], r[1], v, r[3]] : r));
const slices = (text: string) => run(text).map((f) => text.slice(f.start, f.end));

test('silent where every total is the sum of its rows, in every layout', () => {
  for (const layout of Object.keys(layouts)) assert.deepEqual(run(draft(ROWS, layout)), [], layout);
});

test('a total that is not the sum of its rows: reported on the total\'s figure of the year, in every layout', () => {
  for (const layout of Object.keys(layouts)) {
    const text = draft(set('受理依申请公开信息总数', '6'), layout);
    assert.deepEqual(slices(text), ['6'], layout);
    assert.equal(run(text)[0].message, '统计表“受理依申请公开信息总数”为 6，其下各分项之和为 1 + 2 + 2 = 5（受理申请总数应等于分项之和）');
    const answers = draft(set('2、同意部分公开答复数', '2'), layout);
    assert.deepEqual(run(answers).map((f) => f.message), ['统计表“对申请的答复总数”为 5，其下各分项之和为 3 + 2 + 0 + 1 = 6（答复总数应等于分项之和）'], layout);
  }
});

test('not judged when a row of the sum is not read: an unknown channel, a sub-row, figures run together', () => {
  // A channel the format data does not name, after the last one read.
  const other = ROWS.flatMap((r) => (r[0] === '3、信函、传真申请数' ? [r, ['4、现场咨询转申请数', '条', '1', '1']] : [r]));
  assert.deepEqual(run(draft(other.map((r) => (r[0] === '受理依申请公开信息总数' ? [r[0], r[1], '6', r[3]] : r)))), []);
  // Sub-rows of a part between the parts (其中：涉及国家秘密 under 不予公开).
  const sub = ROWS.flatMap((r) => (r[0] === '3、不予公开答复数' ? [r, ['其中：涉及国家秘密', '条', '0', '0']] : [r]));
  assert.deepEqual(run(draft(sub.map((r) => (r[0] === '对申请的答复总数' ? [r[0], r[1], '7', r[3]] : r)))), []);
  // A row whose cells are not one per column (a blank cell): not read, so the sum is not judged.
  const blank = set('2、网上申请数', '').map((r) => r.filter((c) => c !== ''));
  assert.deepEqual(run(draft(blank.map((r) => (r[0] === '受理依申请公开信息总数' ? [r[0], r[1], '6', r[3]] : r)))), []);
  // The archive's glued table (条2543 78967 run together: 条254378967).
  const glued = build2008() + '\n六、政府信息公开情况统计表指标名称计量单位2014年度历年累计受理依申请公开信息总数条69其中：1、当面申请数条122、网上申请数条243、信函、传真申请数条23对申请的答复总数条59\n';
  assert.deepEqual(run(glued), []);
});
