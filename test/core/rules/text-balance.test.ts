// text-balance: a sentence stating received, carried-over, closed and carried-forward applications
// whose figures break 一 + 二 = 三 + 四 (issue #16, lA: a town's page, 新受理10件,上年转结0件,
// 全年办结0件,转下一年办理0件).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textBalance } from '../../../server/src/core/rules/text-balance';
import { build2008, buildDraft, buildRuleOfLaw, LAYOUTS, lineOf, ruleAlone, where } from './build';

const ANCHOR = '上年结转1件。';
const run = ruleAlone(textBalance);
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);

const WRONG = '2023年,新受理政府信息公开申请10件,上年转结政府信息公开申请0件,全年办结0件,转下一年办理0件。';

test('silent on the generated drafts', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) assert.deepEqual(run(buildDraft({ kind, layout })), []);
  }
  assert.deepEqual(run(build2008()), []);
  assert.deepEqual(run(buildRuleOfLaw()), []);
});

test('four figures that do not balance: info on the received figure', () => {
  const text = withProse(WRONG);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'info');
  assert.deepEqual(where(text, fs[0]), { line: lineOf(text, WRONG), slice: '10件' });
  assert.equal(fs[0].message, '新收 10件 + 上年结转 0件 = 10件，与办结 0件 + 结转下年度 0件 = 0件 不符（应相等）');
  assert.ok(fs[0].messageEn);
  // The usual wording with 结转下年度.
  assert.equal(run(withProse('本年共收到政府信息公开申请12件，上年结转1件，已办结10件，结转下年度继续办理1件。')).length, 1);
});

test('balanced figures, and the reading where the received figure includes last year\'s, are silent', () => {
  for (const sentence of [
    '新受理政府信息公开申请10件，上年结转1件，全年办结9件，结转下年度2件。',
    '全年共收到政府信息公开申请12件（含上年结转2件），上年结转2件，办结10件，结转下年度2件。',
  ]) assert.deepEqual(run(withProse(sentence)), [], sentence);
});

test('sentences that are not the whole flow are not judged', () => {
  for (const sentence of [
    // Three of the four.
    '新受理政府信息公开申请10件，上年结转0件，全年办结0件。',
    // A fifth figure in 件 (a disposition).
    '新受理政府信息公开申请10件，上年结转0件，办结8件，其中予以公开5件，结转下年度0件。',
    // Reviews, not applications.
    '共受理行政复议申请10件，上年结转0件，办结0件，结转下年度0件。',
    // Year-on-year.
    '新受理申请10件，同比增加2件，上年结转0件，办结8件，结转下年度2件。',
    // Rounded.
    '新受理申请10余件，上年结转0件，办结0件，结转下年度0件。',
    // Sub-units.
    '各部门新受理申请10件，上年结转0件，办结0件，结转下年度0件。',
  ]) assert.deepEqual(run(withProse(sentence)), [], sentence);
});
