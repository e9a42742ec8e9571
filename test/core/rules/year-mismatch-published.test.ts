// year-mismatch: the opening publishes the report by name without 《》 under another year
// (李沧区卫生局2009年政府信息公开年度报告 opening 特向社会公布2008年度卫生局信息公开工作年度报告; harvest qF/18).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { yearMismatch } from '../../../server/src/core/rules/year-mismatch';
import { ruleAlone } from './build';

const doc = (y: number, lead = '特向社会公布') => [
  '某区卫生局2009年政府信息公开年度报告',
  `根据《中华人民共和国政府信息公开条例》(以下简称《条例》),${lead}${y}年度卫生局信息公开工作年度报告。本报告中所列数据的统计期限自2009年1月1日起至2009年12月31日止。`,
  '一、概述',
  '2009年,我局全年主动公开政府信息238条。',
].join('\n');
const run = ruleAlone(yearMismatch);

test('特向社会公布2008年度…年度报告 in a 2009 report: reported on the year', () => {
  const text = doc(2008);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '2008年');
  assert.equal(fs[0].message, '报告年度为 2009 年，开头所称报告名称却是“2008年”');
  assert.equal(run(doc(2008, '现公布')).length, 1);
});

test('the report year itself, or a year outside a published report\'s name: silent', () => {
  assert.deepEqual(run(doc(2009)), []);
  assert.deepEqual(run(doc(2009, '现公布')), []);
  // 公布 of something else than the report (a 2008 notice) names no report.
  const other = doc(2009).replace('特向社会公布2009年度卫生局信息公开工作年度报告', '按照2008年度工作部署编制本报告');
  assert.deepEqual(run(other), []);
});
