// intro-parts: a numbered list of parts without a count (全文包括(一)总体情况;(二)……;(五)……。)
// that leaves one of the format's six parts out (hS harvest, issue #12).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis, RULES } from '../../../server/src/core';
import type { Finding } from '../../../server/src/core';
import { introParts } from '../../../server/src/core/rules/intro-parts';
import { buildDraft } from './build';

const RULE = 'intro-parts';
const run = (text: string): Finding[] => {
  const r = lintAnalysis(analyze(text), [...RULES.filter((x) => x.id !== RULE), introParts]);
  assert.deepEqual(r.internalErrors, []);
  return r.findings.filter((f) => f.rule === RULE);
};
const opening = (sentence: string): string => buildDraft().replace('\n\n## 一、', `\n\n${sentence}\n\n## 一、`);
const FIVE = '全文包括(一)总体情况;(二)主动公开政府信息情况;(三)收到和处理政府信息公开申请情况;(四)政府信息公开行政复议、行政诉讼情况;(五)存在的主要问题及改进情况。';

test('five numbered parts without a count: info naming the part left out', () => {
  const text = opening(`本年度报告由某某街道党政办公室编制。${FIVE}本年度报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。`);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'info');
  assert.match(fs[0].message, /只有5个，未列出“其他需要报告的事项”/);
  assert.equal(text.slice(fs[0].start, fs[0].end).startsWith('(一)总体情况'), true);
});

test('silent: all six numbered, full-width numbering, or 等', () => {
  const six = FIVE.replace('。', ';(六)其他需要报告的事项。');
  assert.deepEqual(run(opening(six)), []);
  assert.deepEqual(run(opening(six.replace(/\(/g, '（').replace(/\)/g, '）').replace(/;/g, '；'))), []);
  assert.deepEqual(run(opening(FIVE.replace('。', '等。'))), []);
});
