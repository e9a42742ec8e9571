// content-expected: section 五 names problems and measures; section 六 the reviewers' items.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentExpected } from '../../../server/src/core/rules/content-expected';
import { buildDraft, emptySection, PROBLEMS, ruleAlone, where } from './build';

const run = ruleAlone(contentExpected);
const OTHER = '本年度未收取信息处理费。';
const FULL_OTHER = '本年度未收取信息处理费。认真落实2023年政务公开工作要点；及时公开人大代表建议和政协委员提案办理结果；创新开展政府开放日活动。';

test('section 六 without the three items: one info finding listing them', () => {
  const text = buildDraft();
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, '## 六、其他需要报告的事项');
  assert.equal(fs[0].severity, 'info');
  assert.equal(fs[0].message, '第六部分未见：落实上级年度政务公开工作要点情况；人大代表建议和政协委员提案办理结果公开情况；政务公开工作创新情况');
  assert.deepEqual(run(text.replace(OTHER, FULL_OTHER)), []);
  const some = run(text.replace(OTHER, '本年度未收取信息处理费。人大代表建议办理结果均已公开。'));
  assert.equal(some.length, 1);
  assert.doesNotMatch(some[0].message, /建议/);
});

test('only 2021-format drafts, only a section 六 with text', () => {
  assert.deepEqual(run(buildDraft({ kind: 2019 })), []);
  assert.deepEqual(run(emptySection(buildDraft(), 6)), []);
});

test('section 五 without problems or without measures', () => {
  const base = buildDraft().replace(OTHER, FULL_OTHER);
  assert.deepEqual(run(base), []);
  const onlyMeasures = base.replace(PROBLEMS, '下一步将继续推进政务公开工作。');
  const fs = run(onlyMeasures);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].message, '第五部分未写存在的问题');
  const onlyProblems = base.replace(PROBLEMS, '政策解读形式较为单一，部分栏目更新不够及时。');
  assert.equal(run(onlyProblems)[0]?.message, '第五部分未写改进措施');
});
