// Table 三 copied with its header and row labels one cell a line (`自然人 |`, `一、本年新收政府信息公开申请数量 |`) but
// each row's figures on one line, every figure closed by its pipe (`1 | 0 | 0 | 0 | 0 | 0 | 1 | ||`): the figures
// are that row's values (oK/17, 赫章县交通运输局). Before, the one-cell-a-line reader stopped at the first such
// line and the table read as labels without figures. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';

const HEAD = ['三、收到和处理政府信息公开申请情况', '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |', '申请人情况 | ||||||||',
  '自然人 |', '法人或其他组织 |', '总计 | |||||||', '商业企业 |', '科研机构 |', '社会公益组织 |', '法律服务机构 |', '其他 | |||||'];

const rows = (t: ReturnType<typeof analyze>) => [...(t.report?.tables.get('applications')?.rows ?? [])]
  .filter((r) => r.rowId).map((r) => `${r.rowId}:${[...r.values.values()].map((c) => c.text).join(',')}`);

test('a row\'s figures on one line under its label are its values', () => {
  const text = ['某某局2023年政府信息公开工作年度报告', '一、总体情况', '2023年，我局主动公开信息30条。', ...HEAD,
    '一、本年新收政府信息公开申请数量 |', '3 | 1 | 0 | 0 | 0 | 0 | 4 | ||', '二、上年结转政府信息公开申请数量 |', '0 | 0 | 0 | 0 | 0 | 0 | 0 | ||',
    '四、政府信息公开行政复议、行政诉讼情况', '本年度无行政复议、行政诉讼。'].join('\n');
  assert.deepEqual(rows(analyze(text)), ['new:3,1,0,0,0,0,4', 'carried:0,0,0,0,0,0,0']);
});

test('a line of figures with a word among them, or outside a run of cell lines, is no value line', () => {
  const text = ['某某局2023年政府信息公开工作年度报告', '一、总体情况', '全年公开 | 30 | 条 |', '二、主动公开政府信息情况'].join('\n');
  assert.equal(analyze(text).report?.tables.get('applications'), undefined);
});
