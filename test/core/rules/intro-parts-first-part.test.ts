// intro-parts, the lead inside the first part (issue #12, hT): a report whose first heading
// (一、总体情况) comes before the sentence on its parts (本年报……由……等5部分组成). That first
// paragraph is read as the introduction when nothing before the heading speaks of parts.
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
/** The sentence as the first paragraph of part 一 (before its own first line). */
const inFirstPart = (sentence: string): string => {
  const text = buildDraft();
  const at = text.indexOf('## 一、');
  const eol = text.indexOf('\n', at);
  return `${text.slice(0, eol)}\n\n${sentence}\n${text.slice(eol)}`;
};
const FIVE = '主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项';

test('5部分 for the six parts, said in part 一: reported there', () => {
  const text = inFirstPart(`本年报根据《中华人民共和国政府信息公开条例》编制。本年报主要由${FIVE}等5部分组成。`);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '5部分');
});

test('六部分 with the six parts, said in part 一: silent', () => {
  assert.deepEqual(run(inFirstPart(`本年报由总体情况、${FIVE}等六部分组成。`)), []);
});

test('a count in part 一 about something else: silent', () => {
  assert.deepEqual(run(inFirstPart('全年培训分三个部分进行,共培训120人次。')), []);
});

test('a lead before the heading is read as before, the first part not', () => {
  const text = buildDraft().replace('\n\n## 一、', `\n\n本报告由总体情况、${FIVE}等六部分组成。\n\n## 一、`);
  assert.deepEqual(run(text), []);
});
