// content-rectification: section 五 of a 2021-format report does not say how last year's
// problems were fixed. Info only, no fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentRectification } from '../../../server/src/core/rules/content-rectification';
import { buildDraft, emptySection, lineOf, ruleInRegistry, where } from './build';

const run = ruleInRegistry(contentRectification);
const PROBLEMS = '下一步将丰富解读形式，建立栏目更新提醒机制。';
const withFollowUp = (s: string): string => buildDraft().replace(PROBLEMS, PROBLEMS + s);

test('fires on the 五 heading when only this year’s problems are discussed; info; no fix', () => {
  const text = buildDraft();
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.deepEqual(where(text, fs[0]), { line: lineOf(text, '五、存在的主要问题及改进情况'), slice: '## 五、存在的主要问题及改进情况' });
  assert.equal(fs[0].severity, 'info');
  assert.equal(fs[0].message, '第五部分未说明上一年度报告所列问题的整改情况');
  assert.equal(fs[0].fix, undefined);
});

test('silent when 五 reports last year’s rectification, however worded', () => {
  for (const s of [
    '上一年度报告提出的问题已全部整改到位。',
    '对上年度报告中提出的问题，已逐项落实整改。',
    '去年指出的栏目更新不及时问题，今年已建立提醒机制。',
    '上年度存在的不足均已得到解决。',
    '上年度問題已完成整改。',
  ]) assert.deepEqual(run(withFollowUp(s)), [], s);
});

test('precision: the heading’s 改进情况 does not count; empty 五 is section-empty’s; 2019 format', () => {
  assert.equal(run(buildDraft()).length, 1);
  assert.deepEqual(run(emptySection(buildDraft(), 5)), []);
  assert.deepEqual(run(buildDraft({ kind: 2019 })), []);
});
