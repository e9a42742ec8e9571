// date-malformed: a year glued to a month written without its day (20201月至12月, 202012月份), 年 lost;
// counts and full dates are left to their own readings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateMalformed } from '../../../server/src/core/rules/date-malformed';
import { ruleAlone } from './build';

const doc = (body: string) => [
  '某某旗2020年政府信息公开工作年度报告',
  '本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。',
  '一、总体情况',
  body,
].join('\n');
const run = ruleAlone(dateMalformed);

test('20201月至12月: both months read, the first with its year', () => {
  const text = doc('(一)主动公开情况。20201月至12月,主动公开政府信息共计6535条。');
  const fs = run(text);
  assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), ['20201月']);
  assert.equal(fs[0].message, '日期“20201月”缺少“年”字，应为“2020年1月”？');
  assert.equal(fs[0].severity, 'info');
});

test('202012月份 and 20209月底: 年 lost before the month', () => {
  const text = doc('202012月份完成目录更新,20209月底前完成自查。');
  assert.deepEqual(run(text).map((f) => text.slice(f.start, f.end)), ['202012月', '20209月']);
});

test('counts and whole dates are not read as a year and a month', () => {
  const text = doc('全年办理20201件,其中3月份办理120件;2020年1月至12月共发布信息;截至2020年12月31日办结。');
  assert.deepEqual(run(text), []);
});
