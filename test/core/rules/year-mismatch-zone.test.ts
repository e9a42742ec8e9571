// year-mismatch: a development zone's report speaks of itself by the zone's short name (real page oN/09,
// 遂宁经济技术开发区 2024: (一)主动公开情况。2023年,经开区通过政府网站主动公开各类政府信息915条 — last
// year's paragraph kept with its year).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { yearMismatch } from '../../../server/src/core/rules/year-mismatch';
import { ruleAlone } from './build';

const doc = (sentence: string) => [
  '某某经济技术开发区管委会2024年政府信息公开工作年度报告',
  '报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。报告的电子版可在某某经济技术开发区管委会门户网站查阅。',
  '一、总体情况',
  `(一)主动公开情况。${sentence}`,
].join('\n');
const run = ruleAlone(yearMismatch);

test('2023年,经开区… in the 2024 report: reported on the year', () => {
  const text = doc('2023年,经开区通过政府网站主动公开各类政府信息915条,政务微信公众号发布信息1560条。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '2023年');
  assert.equal(run(doc('2023年,高新区通过政府网站主动公开各类政府信息915条。')).length, 1);
});

test('the report year, a plan, or a comparison: silent', () => {
  assert.deepEqual(run(doc('2024年,经开区通过政府网站主动公开各类政府信息915条。')), []);
  assert.deepEqual(run(doc('2025年,经开区将继续加大公开力度。')), []);
  assert.deepEqual(run(doc('2023年,经开区公开信息800条,2024年增至915条。')), []);
});
