// date-malformed: the 年 of a date typed as a sound-alike input-method slip (pM/17: 2020年1月1日至2020你那12月31日).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateMalformed } from '../../../server/src/core/rules/date-malformed';
import { ruleAlone } from './build';

const doc = (period: string) => [
  '某某局2020年政府信息公开工作年度报告',
  `本报告所列数据统计期限为${period}。`,
  '一、总体情况',
  '2020年，我局认真落实《条例》，全年公开信息516条。',
].join('\n');
const run = ruleAlone(dateMalformed);

test('2020你那12月31日: the 年 typed as 你那, reported with the date it stands for and an unsafe fix', () => {
  const text = doc('2020年1月1日至2020你那12月31日');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '2020你那12月31日');
  assert.equal(fs[0].message, '日期“2020你那12月31日”中的“你那”应为“年”（输入法错字），应为“2020年12月31日”？');
  assert.equal(fs[0].fix?.edits[0].newText, '2020年12月31日');
  assert.equal(fs[0].fix?.safe, false);
});

test('a one-character slip (2020念3月5日) is reported too; a month or day out of range is not read as a date', () => {
  assert.equal(run(doc('2020年1月1日至2020年12月31日').replace('全年', '2020念3月5日起，全年')).length, 1);
  assert.deepEqual(run(doc('2020年1月1日至2020年12月31日').replace('全年', '2020你那13月5日起，全年')), []);
});

test('a count before other words and a date is silent (共2020件12月31日前办结), as is a sound period', () => {
  assert.deepEqual(run(doc('2020年1月1日至2020年12月31日').replace('全年', '共2020件12月31日前办结，全年')), []);
  assert.deepEqual(run(doc('2020年1月1日至2020年12月31日')), []);
});
