// date-malformed (mQ harvest): a whole year's statistics period whose 年, 月, the first 日 and 至 were
// all lost, the two dates run together (统计期限为2025111231日). Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateMalformed } from '../../../server/src/core/rules/date-malformed';
import { ruleAlone } from './build';

const doc = (period: string) => [
  '某某镇人民政府2024年政府信息公开工作年度报告',
  `本报告中所列数据统计期限为${period}。`,
  '一、总体情况',
  '2024年，我镇主动公开政府信息56条。',
].join('\n');
const run = ruleAlone(dateMalformed);

test('2024111231日 and 202401011231日: the period 2024年1月1日至12月31日 run together', () => {
  // (201211-1231日, real page pM/07: the dash between the two dates kept.)
  for (const period of ['2024111231日', '202401011231日', '2024011至1231日', '202411-1231日']) {
    const text = doc(period);
    const fs = run(text);
    assert.equal(fs.length, 1, period);
    assert.equal(text.slice(fs[0].start, fs[0].end), period);
    assert.match(fs[0].message, /应为“2024年1月1日至12月31日”？$/);
    assert.equal(fs[0].severity, 'info');
  }
});

test('2013111231期间: the last 日 lost too, 期间 or 止 after the run (real page pR/08)', () => {
  for (const [period, shown] of [['2013111231期间', '2013111231'], ['自2013111231止', '2013111231']]) {
    const text = doc(period).replace(/2024/g, '2013');
    const fs = run(text);
    assert.equal(fs.length, 1, period);
    assert.equal(text.slice(fs[0].start, fs[0].end), shown);
    assert.match(fs[0].message, /应为“2013年1月1日至12月31日”？$/);
  }
  // A number of ten digits with neither 日 nor 期间/止 after it (an index number) stays silent.
  assert.deepEqual(run(doc('2024年1月1日至12月31日，索引号2013111231')), []);
});

test('a sound period, and a count followed by 日, are silent', () => {
  assert.deepEqual(run(doc('2024年1月1日至2024年12月31日')), []);
  assert.deepEqual(run(doc('2024年1月1日至12月31日，共受理申请1231件，平均办理15日')), []);
});
