// date-malformed: a signing date that lost its 年, 月 and 日 (四川省发展和改革委员会 / 2021113, real page nG/20),
// and a list item's number run into the year (22012年主动公开…, real page nH/46).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateMalformed } from '../../../server/src/core/rules/date-malformed';
import { ruleAlone } from './build';

const run = ruleAlone(dateMalformed);

const letter = (date: string, organ = '四川省发展和改革委员会') => [
  '关于报送《四川省发展和改革委员会2020年政府信息公开工作年度报告》的函',
  '省政府办公厅:',
  '现将我委2020年政府信息公开工作年度报告报送你们。',
  '此函。',
  '',
  `                ${organ}`,
  '',
  `              ${date}`,
  '',
  '四川省发展和改革委员会2020年政府信息公开工作年度报告',
  '一、总体情况',
  '2020年,我委全年主动公开政府信息1234条。',
].join('\n');

test('2021113 under the organisation: both readings, no fix', () => {
  const text = letter('2021113');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '2021113');
  assert.equal(fs[0].message, '落款日期“2021113”缺少“年”“月”“日”字，应为“2021年1月13日”或“2021年11月3日”？');
  assert.equal(fs[0].fix, undefined);
});

test('20210125 under the organisation: one reading', () => {
  const fs = run(letter('20210125'));
  assert.equal(fs.length, 1);
  assert.equal(fs[0].message, '落款日期“20210125”缺少“年”“月”“日”字，应为“2021年1月25日”？');
});

test('a written date, digits that are no date, or digits under a sentence are silent', () => {
  assert.deepEqual(run(letter('2021年1月13日')), []);
  assert.deepEqual(run(letter('2021999')), []);
  assert.deepEqual(run(letter('2021113', '联系电话:028-86704000')), []);
});

const items = (line: string) => [
  '兴国县南坑乡人民政府2012年政府信息公开工作年度报告',
  '1、主动公开政府信息的数量:2012年共主动公开政府信息225条。',
  line,
].join('\n');

test('22012年 at a line start in a 2012 report: the item number run into the year', () => {
  const text = items('22012年主动公开政府信息的主要类别:本级政府介绍5条。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '22012年');
  assert.equal(fs[0].message, '年份“22012年”多了数字：应为“2、2012年”（序号后丢了顿号）或“2012年”？');
});

test('five digits before 年 that are no report year, or inside a sentence, are silent', () => {
  assert.deepEqual(run(items('22011年主动公开政府信息的主要类别。')), []);
  assert.deepEqual(run(items('全年节约经费32012年均增长。')), []);
  assert.deepEqual(run(items('2、2012年主动公开政府信息的主要类别。')), []);
});

test('202615 under the organisation: one reading (real page mP/16)', () => {
  const fs = run(letter('202615', '泉州市丰泽区教育局').replaceAll('2020', '2025'));
  assert.equal(fs.length, 1);
  assert.equal(fs[0].message, '落款日期“202615”缺少“年”“月”“日”字，应为“2026年1月5日”？');
});

test('2021主动公开: the year lost its 年 (real page nG/27)', () => {
  const text = items('歌乐山街道2021主动公开政府信息计1667条。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '2021');
  assert.equal(fs[0].message, '年份“2021”后缺少“年”字，应为“2021年”？');
  assert.deepEqual(run(items('歌乐山街道2021年主动公开政府信息计1667条。')), []);
});

test('digits outside the report year and the two after it (a postcode: 200031) are silent', () => {
  assert.deepEqual(run(letter('200031', '上海市静安区人民政府')), []);
});
