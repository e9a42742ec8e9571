// table-empty on a 2021-format table 二 copied one cell per line whose blank cells vanished and
// only a few numbers survived (issue #12, hL: 规章 0 … 行政处罚 23, the rest lost): one info on the
// part; not when the numbers are there, nor for a part the text ends in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';

const head = ['某某县交通运输局2022年政府信息公开工作年度报告', '一、总体情况', '2022年,我局明确专人负责政务公开工作。', '二、主动公开政府信息情况'];
const PARTIAL = ['第二十条第(一)项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '0', '行政规范性文件',
  '第二十条第(五)项', '本年处理决定数量', '行政许可', '第二十条第(六)项', '行政处罚', '23', '行政强制', '第二十条第(八)项',
  '本年收费金额(单位:万元)', '行政事业性收费'];
const tail = ['三、收到和处理政府信息公开申请情况', '本年度未收到申请。'];
const found = (text: string) => lint(text).findings.filter((f) => f.rule === 'table-empty');

test('a few numbers left of ten: one info naming the count', () => {
  const fs = found([...head, ...PARTIAL, ...tail].join('\n'));
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'info');
  assert.match(fs[0].message, /^表二“主动公开政府信息情况”有行名和栏名（\d+ 行），却只有 2 个数字（应有 10 个）/);
});

test('the text ends inside the table (a cut): nothing', () => {
  assert.deepEqual(found([...head, ...PARTIAL].join('\n')), []);
});

test('every number there: nothing from this check', () => {
  const full = PARTIAL.filter((l) => !/^\d+$/.test(l)).flatMap((l) => {
    if (l === '规章' || l === '行政规范性文件') return [l, '0', '0', '0'];
    if (/^(行政许可|行政处罚|行政强制|行政事业性收费)$/.test(l)) return [l, '0'];
    return [l];
  });
  const fs = found([...head, ...full, ...tail].join('\n'));
  assert.ok(fs.every((f) => !/却只有/.test(f.message)), JSON.stringify(fs.map((f) => f.message)));
});
