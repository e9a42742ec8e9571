// mX: a loose pipe table whose blank cells each broke the line (a web copy writing an empty cell
// as a line break and its pipe): `label | 25 |`, bare `|` lines, then `| 25 |` closing the row.
// The pieces are one row, every value at its column; without the closing piece nothing is joined.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';

const HEAD = [
  '某某局2020年政府信息公开工作年度报告',
  '一、总体情况',
  '2020年，本局认真贯彻落实《中华人民共和国政府信息公开条例》。',
  '二、主动公开政府信息情况',
  '略。',
  '三、收到和处理政府信息公开申请情况',
  '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |',
  '自然人 | 法人或其他组织 | 总计 |',
  '商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |',
];
const ROWS = [
  '一、本年新收政府信息公开申请数量 | 12 |', '|', '|', '|', '|', '| 12 |',
  '二、上年结转政府信息公开申请数量 |', '|', '|', '|', '|', '|', '| 3 |',
  '三、本年度办理结果 | (一)予以公开 | 9 |', '|', '|', '|', '|', '| 9 |',
];
const TAIL = ['四、政府信息公开行政复议、行政诉讼情况', '略。'];

const values = (text: string, id: string) => {
  const t = analyze(text).report?.tables.get('applications');
  const row = t?.rows.find((r) => r.rowId === id);
  return row ? [...row.values.values()].map((c) => c.text) : null;
};

test('bare pipes and the closing piece rejoin their row, each value at its column', () => {
  const text = [...HEAD, ...ROWS, ...TAIL].join('\n');
  assert.deepEqual(values(text, 'new'), ['12', '', '', '', '', '', '12']);
  assert.deepEqual(values(text, 'carried'), ['', '', '', '', '', '', '3']);
  assert.deepEqual(values(text, 'open'), ['9', '', '', '', '', '', '9']);
});

test('without the closing piece the bare pipes stay apart', () => {
  // The first row's run of bare pipes is not closed: its value row keeps only its written cell.
  const text = [...HEAD, '一、本年新收政府信息公开申请数量 | 12 | 0 | 0 | 0 | 0 | 0 | 12 |', '|', ...ROWS.slice(6), ...TAIL].join('\n');
  assert.deepEqual(values(text, 'new'), ['12', '0', '0', '0', '0', '0', '12']);
  assert.deepEqual(values(text, 'carried'), ['', '', '', '', '', '', '3']);
});
