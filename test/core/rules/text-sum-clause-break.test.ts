// text-sum: a clause of words without a figure after the parts ends the list (kF harvest, issue #12:
// 收到…申请9件,上年转结1件,其中网络申请数5件,信函申请数5件,已按程序按时办理,发生行政复议1件 —
// the 行政复议 is no third kind of application).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis } from '../../../server/src/core';
import { textSum } from '../../../server/src/core/rules/text-sum';
import { buildDraft, findings } from './build';

const RULE = 'text-sum';
const ANCHOR = '上年结转1件。';
const run = (text: string) => findings(text, RULE, lintAnalysis(analyze(text), [textSum]));
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);

test('a figure after a clause of words is not a part of the list', () => {
  const s = '全年收到政府信息公开申请9件,上年转结1件,其中网络申请数5件,信函申请数5件,已按程序按时办理,发生行政复议1件。';
  assert.deepEqual(run(withProse(s)), []);
});

test('parts that exceed the total before any such clause are still reported', () => {
  const s = '全年收到政府信息公开申请9件,其中网络申请数6件,信函申请数5件,已按程序按时办理,发生行政复议1件。';
  assert.equal(run(withProse(s)).length, 1);
});
