// year-mismatch: the sentence that opens the year's work names the issuer as it calls itself, without
// the place before its level (2009年,省新闻出版局认真执行… in 辽宁省新闻出版局's 2010 report, real page nR/37).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { yearMismatch } from '../../../server/src/core/rules/year-mismatch';
import { ruleAlone } from './build';

const doc = (opening: string) => [
  '某某省新闻出版局2010年度政府信息公开工作报告',
  '本报告统计期限为2010年1月1日至2010年12月31日。',
  '一、概述',
  opening,
].join('\n');
const run = ruleAlone(yearMismatch);

test('2009年,省新闻出版局… in the 2010 report: reported on the year', () => {
  const text = doc('2009年,省新闻出版局认真执行《中华人民共和国政府信息公开条例》,取得了新的成效。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '2009年');
});

test('the report year, another organ, or a comparison: silent', () => {
  assert.deepEqual(run(doc('2010年,省新闻出版局认真执行《条例》,取得了新的成效。')), []);
  assert.deepEqual(run(doc('2009年,省政府印发了政务公开实施意见。')), []);
  assert.deepEqual(run(doc('2009年,省新闻出版局公开信息120条,2010年增至150条。')), []);
});
