// content-expected, 法治政府建设 reports: the 存在的不足和原因 chapter must give causes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentExpected } from '../../../server/src/core/rules/content-expected';
import { build2008, buildDraft, buildRuleOfLaw, ruleAlone, ruleInRegistry, where } from './build';

const run = ruleAlone(contentExpected);
const SHORT = '执法队伍专业化水平有待提高，原因是培训不足。';
const NO_CAUSE = '执法队伍专业化水平有待提高，行政复议案件纠错率偏高，基层法治宣传形式较为单一。';

test('silent on the built rule-of-law report (its shortcomings give a cause), and on other formats', () => {
  assert.deepEqual(run(buildRuleOfLaw()), []);
  assert.deepEqual(run(build2008()), []);
  assert.deepEqual(run(buildDraft({ kind: 2019 })), []);
});

test('shortcomings without a cause → info on the chapter heading', () => {
  const text = buildRuleOfLaw().replace(SHORT, NO_CAUSE);
  const fs = run(text);
  assert.equal(fs.length, 1, JSON.stringify(fs));
  assert.equal(fs[0].severity, 'info');
  assert.equal(where(text, fs[0]).slice, '二、存在的不足和原因');
  assert.equal(fs[0].message, '“存在的不足和原因”部分只列不足，未分析原因');
  assert.equal(ruleInRegistry(contentExpected)(text).length, 1);
});

test('silent: causes in other words, a combined chapter, a chapter too short to judge', () => {
  for (const cause of ['究其根本，培训考核机制不健全。', '主要是培训不足所致。', '由于人员调整频繁，培训难以跟上。', '受机构改革影响，队伍不够稳定。']) {
    assert.deepEqual(run(buildRuleOfLaw().replace(SHORT, NO_CAUSE + cause)), [], cause);
  }
  assert.deepEqual(run(buildRuleOfLaw().replace('二、存在的不足和原因', '二、存在的不足及下一步打算').replace(SHORT, NO_CAUSE)), []);
  assert.deepEqual(run(buildRuleOfLaw().replace(SHORT, '仍有不足。')), []);
});
