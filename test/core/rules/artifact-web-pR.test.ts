// artifact-web (pR harvest): the metadata table copied one bare label a line with its values left empty
// (索 引 号 / 发布机构 / 文  号, blank lines between), and the 索引号 value alone whose organ code is an
// eighteen-character 统一社会信用代码 (113701243072282028/2025-6626482). Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { lineOf, TOWN_REPORT, web } from './web-findings';

const all = (text: string) => lint(text).findings.filter((x) => x.rule === 'artifact-web');

test('two or more strong labels alone on their lines, values empty, are the page metadata table', () => {
  const text = ['索 引 号', '', '发布机构', '', '文  号', '', '发文日期:', '', ...TOWN_REPORT].join('\n');
  assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [1, 3, 5, 7]);
});

test('one strong label alone, or weak labels alone, are not reported', () => {
  const one = ['发布机构', '', '文  号', '', ...TOWN_REPORT].join('\n');
  assert.deepEqual(all(one), []);
  const weak = ['文  号', '', '发文日期:', '', '来源', '', ...TOWN_REPORT].join('\n');
  assert.deepEqual(web(weak), []);
});

test('the 索引号 value alone with an eighteen-character organ code is metadata', () => {
  const text = ['113701243072282028/2025-6626482', '', ...TOWN_REPORT].join('\n');
  assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [1]);
  const withX = ['11370105MB279780XD/2023-6537798', '', ...TOWN_REPORT].join('\n');
  assert.deepEqual(web(withX).map((f) => lineOf(withX, f.start)), [1]);
  // (A figure of the report with a slash is no index number: 2024/2023 is no code.)
  const prose = [...TOWN_REPORT, '2024年受理申请113701243/2025件。'].join('\n');
  assert.deepEqual(all(prose), []);
});

test('the organ alone between the index number and the date (pR/32) is the metadata block\'s: every line certain', () => {
  const text = ['113701243072282028/2025-6626482', '县卫生健康局', '2025-01-15', '', ...TOWN_REPORT].join('\n');
  const fs = web(text);
  assert.deepEqual(fs.map((f) => lineOf(text, f.start)), [1, 2, 3]);
  assert.ok(fs.every((f) => f.severity === 'warning'), fs.map((f) => f.message).join('\n'));
  // Without the index number above, or the date below, an organ's line is an issuer's, not reported.
  const noIndex = ['县卫生健康局', '2025-01-15', '', ...TOWN_REPORT].join('\n');
  assert.ok(!all(noIndex).some((f) => lineOf(noIndex, f.start) === 1));
  const noDate = ['113701243072282028/2025-6626482', '县卫生健康局', '', ...TOWN_REPORT].join('\n');
  assert.deepEqual(web(noDate).map((f) => lineOf(noDate, f.start)), [1]);
});
