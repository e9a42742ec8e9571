// A 2022 report whose table 二 is the 2019 one, copied as its labels alone (the figures lost,
// issue #12, hN): no table is read, yet the labels show the outdated format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';

const text = (cells: string[]) => [
  '2022年度某某镇政府信息公开工作年度报告',
  '',
  '一、总体情况',
  '',
  '2022年以来,我镇主动公开政务文件11份。',
  '',
  '二、主动公开政府信息情况',
  '',
  ...cells.flatMap((c) => [c, '']),
  '三、收到和处理政府信息公开申请情况',
  '',
  '全年未收到申请。',
].join('\n');

const old2019 = ['第二十条第(一)项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '规章', '规范性文件', '第二十条第(五)项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政许可', '其他对外管理服务事项'];
const new2021 = ['第二十条第(一)项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '行政规范性文件', '第二十条第(五)项', '信息内容', '本年处理决定数量', '行政许可'];

test('2019 labels of an unread table 二 in a 2022 report are reported once', () => {
  const f = lint(text(old2019)).findings.filter((x) => x.rule === 'format-outdated');
  assert.equal(f.length, 1, JSON.stringify(f.map((x) => x.message)));
  assert.match(f[0].message, /本年新制作数量/);
});

test('the 2021 labels give no such finding', () => {
  assert.deepEqual(lint(text(new2021)).findings.filter((x) => x.rule === 'format-outdated'), []);
});

test('a sentence naming an old column is no table label', () => {
  const cells = ['本年新制作数量一栏已按新格式改为本年制发件数,特此说明如下各项。'];
  assert.deepEqual(lint(text(cells)).findings.filter((x) => x.rule === 'format-outdated'), []);
});

// oR harvest (建平县医疗保障局 2023): the page stops inside table 二's header row, written as pipe cells, before any
// figure — no table is read, and the row's 2019 column names still show the outdated format.
test('a 2019 header row of pipe cells, cut before any figure, is reported; the 2021 one is not', () => {
  const cut = (row: string) => text([]).replace('三、收到', `第二十条第(一)项 | |||\n${row}\n三、收到`);
  const f = lint(cut('信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总')).findings.filter((x) => x.rule === 'format-outdated');
  assert.equal(f.length, 1, JSON.stringify(f.map((x) => x.message)));
  assert.match(f[0].message, /本年新制作数量/);
  assert.deepEqual(lint(cut('信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件')).findings.filter((x) => x.rule === 'format-outdated'), []);
});
