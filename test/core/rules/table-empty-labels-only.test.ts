// table-empty on a table copied as its labels alone (issue #12, hF: a web page whose empty cells
// vanished, one label per line, no numbers): one info on the part; not for a part the text ends
// in (a cut inside the table), nor for a table with its numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';

const LABELS_2 = ['第二十条第(一)项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '规章', '0', '规范性文件',
  '第二十条第(五)项', '上一年项目数量', '本年增/减', '处理决定数量', '行政许可', '其他对外管理服务事项', '第二十条第(六)项', '行政处罚', '行政强制'];
const head = ['某某乡2019年政府信息公开工作年度报告', '一、总体情况', '2019年,我乡明确专人负责政务公开工作。', '二、主动公开政府信息情况'];
const found = (text: string) => lint(text).findings.filter((f) => f.rule === 'table-empty');

test('labels only, another part after: one info', () => {
  const fs = found([...head, ...LABELS_2, '三、收到和处理政府信息公开申请情况', '本年度未收到申请。'].join('\n'));
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'info');
  assert.match(fs[0].message, /^表二“主动公开政府信息情况”只有行名和栏名/);
});

test('labels only at the end of the text (cut inside the table): nothing', () => {
  assert.deepEqual(found([...head, ...LABELS_2].join('\n')), []);
});

test('labels only, the text cut on the start of a row name that reads as a heading (一、本年新收政府信息公开): nothing', () => {
  const LABELS_3 = ['(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', '申请人情况', '自然人', '法人或其他组织', '总计',
    '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
  const text = [...head, '第二十条第(一)项', '信息内容', '本年新制作数量', '规章', '0', '0', '0', '规范性文件', '0', '0', '0',
    '三、收到和处理政府信息公开申请情况', ...LABELS_3, '一、本年新收政府信息公开'].join('\n');
  assert.deepEqual(found(text).filter((f) => /表三/.test(f.message)), []);
  // The same labels with a part after them (not a cut) still give the info.
  const whole = [...head, '三、收到和处理政府信息公开申请情况', ...LABELS_3, '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量',
    '四、政府信息公开行政复议、行政诉讼情况', '本年度无行政复议。'].join('\n');
  assert.equal(found(whole).filter((f) => /表三/.test(f.message)).length, 1);
});

test('labels with their numbers: nothing from this check', () => {
  const withNumbers = LABELS_2.flatMap((l) => (/^(规章|规范性文件|行政许可|其他对外管理服务事项|行政处罚|行政强制)$/.test(l) ? [l, '0', '0', '0'] : [l]));
  const fs = found([...head, ...withNumbers, '三、收到和处理政府信息公开申请情况', '本年度未收到申请。'].join('\n'));
  assert.ok(fs.every((f) => !/只有行名和栏名/.test(f.message)));
});
