// Detection on shapes seen in the ninth harvest (issue #12, lA), texts of our own: an untitled
// excerpt that opens with its basis and names the report it compiles (根据《条例》……，编制某某局
// 2024年政府信息公开工作年度报告，所列数据……), cut inside part 一.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from './helpers';

const page = (opening: string) => [
  opening,
  '一、总体情况',
  '(一)主动公开。',
  '2024年累计主动公开政府信息229条。',
  '(二)依申请公开。',
  '我局共受理群众政府信息公开申请2件,按时办结2件。',
].join('\n');

const COMPILES = '根据《中华人民共和国政府信息公开条例》(国务院令第711号)等相关规定,编制某某市自然资源局2024年政府信息公开工作年度报告,所列数据统计期限为2024年1月1日至12月31日。';

test('an opening that compiles the year\'s report, one statutory heading: a 2021-format report of 2024', () => {
  const d = detect(page(COMPILES));
  assert.equal(d.kind, 'gov-info-2021');
  assert.equal(d.year, 2024);
});

test('without the report named, one heading is not enough (the test can fail)', () => {
  assert.equal(detect(page(COMPILES.replace('编制某某市自然资源局2024年政府信息公开工作年度报告,', ''))).kind, null);
});

test('a notice about compiling reports is no report', () => {
  const notice = '根据《中华人民共和国政府信息公开条例》规定,现就编制2024年政府信息公开工作年度报告编制工作通知如下。';
  assert.equal(detect(page(notice)).kind, null);
});
