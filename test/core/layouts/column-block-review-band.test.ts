// A ruled 表四 (and 表二) printed to PDF and copied back in reading order (`pdftotext` default mode):
// 行政复议's header and its five values come first, then the header band of both lawsuit groups
// (未经复议直接起诉 … 复议后起诉 … 结果 结果 其他 尚未 总计 …), then their ten values in the statutory
// order. The band names the groups still to come in order, so the values after it are theirs; words
// of another column between two values of one group still make the table unreadable. An amount in
// 万元 to the fen (4166.241619, six decimals) is a value like 18651.06.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';

const REVIEW = ['行政复议', '', '行政诉讼', '', '其他 尚未 总计', '结果维持 结果', '纠正 结果 审结',
  '4', '', '1', '', '2', '', '0', '', '7', '', '未经复议直接起诉', '', '复议后起诉', '',
  '结果 结果 其他 尚未 总计 结果 结果 其他 尚未 总计', '维持 纠正 结果 审结', '维持 纠正 结果 审结',
  '1', '', '0', '', '0', '', '2', '', '3', '', '9 1', '', '2', '', '0', '', '12', ''];
const ACTIVE = ['第二十条第（一）项', '信息内容', '本年制发件数 本年废止件数 现行有效件数', '规章', '', '0', '', '0', '', '0', '',
  '行政规范性文件 5', '', '2', '', '30', '', '第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许可', '', '120', '',
  '第二十条第（六）项', '信息内容', '本年处理决定数量', '行政处罚', '', '45', '', '行政强制', '', '3', '',
  '第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '行政事业性收费 4166.241619', ''];
const text = (review: string[]) => ['某某区2024年政府信息公开工作年度报告', '一、总体情况', '2024年，我区持续深化政务公开。',
  '二、主动公开政府信息情况', ...ACTIVE, '四、政府信息公开行政复议、行政诉讼情况', ...review, '五、存在的主要问题及改进情况', '无。'].join('\n');

const values = (t: string, id: string) => {
  const rows = analyze(t).report!.tables.get(id)?.rows ?? [];
  return rows.map((r) => [...r.values.values()].map((c) => c.text).join(' ')).filter(Boolean);
};

test('the lawsuit groups\' header band between 行政复议\'s values and theirs: 表四 read in the statutory order', () => {
  assert.deepEqual(values(text(REVIEW), 'review'), ['4 1 2 0 7 1 0 0 2 3 9 1 2 0 12']);
  const findings = lint(text(REVIEW)).findings.filter((f) => f.severity !== 'info' && /^(table|review)-/.test(f.rule));
  assert.deepEqual(findings.map((f) => f.message), []);
});

test('past a band the order is trusted only when each group adds up: a scrambled 行政复议 group is no reading', () => {
  // 行政复议's values as a PDF printed them out of order (2 3 1 7 1 for 2 1 3 1 7): no false review-total.
  const scrambled = REVIEW.map((x, i) => (i === 7 ? '2' : i === 9 ? '0' : i === 11 ? '1' : i === 13 ? '7' : i === 15 ? '4' : x));
  assert.deepEqual(values(text(scrambled), 'review'), []);
  assert.ok(!lint(text(scrambled)).findings.some((f) => f.severity !== 'info' && /^(table|review)-/.test(f.rule)));
  // Header lines one space apart between two values of one group, without the band of the groups to come.
  const noBand = REVIEW.filter((x) => x !== '未经复议直接起诉');
  assert.deepEqual(values(text(noBand), 'review'), []);
});

test('the band with its groups out of order, or inside a group, leaves the table unread', () => {
  const swapped = REVIEW.map((x) => (x === '未经复议直接起诉' ? '复议后起诉' : x === '复议后起诉' ? '未经复议直接起诉' : x));
  assert.deepEqual(values(text(swapped), 'review'), []);
  // Header words between 行政复议's 尚未审结 and its 总计: not a group's start.
  const inside = [...REVIEW.slice(0, 13), '未经复议直接起诉', '复议后起诉', ...REVIEW.slice(13)];
  assert.deepEqual(values(text(inside.filter((x, i) => !(i > 16 && (x === '未经复议直接起诉' || x === '复议后起诉')))), 'review'), []);
});

test('行政事业性收费 in 万元 to the fen (six decimals) is read', () => {
  assert.ok(values(text(REVIEW), 'active').includes('4166.241619'));
});

test('表四 of an office PDF whose header cells print one character a line (结 / 果 / 维 / 持), then its 15 values: read', () => {
  const vertical = (w: string) => [...w];
  const band = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].flatMap((w) => [...vertical(w), '']);
  const review = ['行政复议', '', '行政诉讼', '', ...band, '未经复议直接起诉', '', '复议后起诉', '', ...band, ...band,
    ...'25 3 8 0 36 3 3 0 0 6 3 0 0 0 3'.split(' ').flatMap((v) => [v, ''])];
  assert.deepEqual(values(text(review), 'review'), ['25 3 8 0 36 3 3 0 0 6 3 0 0 0 3']);
  const findings = lint(text(review)).findings.filter((f) => f.severity !== 'info' && /^(table|review)-/.test(f.rule));
  assert.deepEqual(findings.map((f) => f.message), []);
});
