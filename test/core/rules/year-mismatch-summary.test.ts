// year-mismatch: the opening says it sums up another year's work (对2015年度政府信息公开工作进行了
// 梳理、统计和总结 in a report whose period is 2016) — issues #12, #16.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { yearMismatch } from '../../../server/src/core/rules/year-mismatch';
import { ruleAlone } from './build';

const doc = (y: number) => [
  '某某县2016年政府信息公开工作年度报告',
  `根据《中华人民共和国政府信息公开条例》的规定,结合我县实际,对${y}年度政府信息公开工作进行了梳理、统计和总结,并以网络形式向全社会公开。报告统计期限为2016年1月1日起至2016年12月31日止。`,
  '一、概述',
  '2016年,我县全年主动公开政府信息1234条。',
].join('\n');
const run = ruleAlone(yearMismatch);

test('对2015年度…工作进行了梳理 in a 2016 report: reported on the year', () => {
  const text = doc(2015);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '2015年');
  assert.equal(fs[0].message, '报告年度为 2016 年，开头却称总结的是“2015年”的政府信息公开工作');
});

test('the report year itself: silent', () => {
  assert.deepEqual(run(doc(2016)), []);
});

// A ministry's work item of the year publishing last year's report (国家新闻出版署 2022: 二是稳妥做好主动公开。
// 公开发布《国家新闻出版署2021年政府信息公开工作年度报告》…) names that report, not this one.
const workItem = (lead: string) => [
  '根据《中华人民共和国政府信息公开条例》有关规定,按照国务院办公厅政府信息与政务公开办公室要求,编制本报告。',
  '一、总体情况',
  '2022年,国家新闻出版署深入推进政府信息公开工作。',
  `${lead}公开发布《国家新闻出版署2021年政府信息公开工作年度报告》,通过网站主动公开政府信息。`,
  '本报告统计期限为2022年1月1日至2022年12月31日。',
].join('\n');

test('二是…公开发布《…2021年…年度报告》 in a 2022 report: last year\'s report published, silent', () => {
  assert.deepEqual(run(workItem('二是稳妥做好主动公开。')), []);
});

test('the same sentence as the opening, outside a work item: still reported', () => {
  const fs = run(workItem(''));
  assert.equal(fs.length, 1);
  assert.equal(fs[0].message, '报告年度为 2022 年，开头所称报告名称却是“2021年”');
});
