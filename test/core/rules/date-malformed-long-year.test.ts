// date-malformed: a year with digits too many (issue #12: 统计期限…至202020年12月31日).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateMalformed } from '../../../server/src/core/rules/date-malformed';
import { ruleAlone } from './build';

const doc = (period: string) => [
  '某某镇2020年政府信息公开工作年度报告',
  `本报告所列数据统计期限为${period}。`,
  '一、总体情况',
  '2020年，我镇认真落实《条例》，全年公开信息12345条。',
].join('\n');
const run = ruleAlone(dateMalformed);

test('202020年12月31日 in a 2020 report: 2020年, with an unsafe fix', () => {
  const text = doc('2020年1月1日至202020年12月31日');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].message, '年份“202020年”多了数字，应为“2020年”？');
  assert.equal(text.slice(fs[0].start, fs[0].end), '202020年');
  assert.equal(fs[0].severity, 'info');
});

test('digits that do not start with the report year: reported without a guess', () => {
  const fs = run(doc('2020年1月1日至20220年12月31日'));
  assert.equal(fs.length, 1);
  assert.equal(fs[0].message, '年份“20220年”书写有误（位数不对）');
});

test('a sound period and large counts are silent', () => {
  assert.deepEqual(run(doc('2020年1月1日至2020年12月31日')), []);
});
