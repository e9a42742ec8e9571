// text-sum: a part named by two words joined by 、 (安全生产、应急管理类信息124条) is one part, not a
// clause of words that ends the list (nU harvest, 平潭 2019: 共公布政府信息2599条，(其中…11 kinds…)
// adding up to 2533).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis } from '../../../server/src/core';
import { textSum } from '../../../server/src/core/rules/text-sum';
import { buildDraft, findings } from './build';

const RULE = 'text-sum';
const ANCHOR = '上年结转1件。';
const run = (text: string) => findings(text, RULE, lintAnalysis(analyze(text), [textSum]));
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);

test('a part whose name is two words joined by 、 stays in the list', () => {
  const s = '今年共公布政府信息300条，(其中机构职能类信息25条，科教文体卫生类信息48条，安全生产、应急管理类信息124条，其他应主动公开政府信息56条)对于主动公开的政府信息，主要通过政府网站发布。';
  const f = run(withProse(s));
  assert.equal(f.length, 1);
  assert.match(f[0].message, /25 \+ 48 \+ 124 \+ 56 = 253条/);
});

test('the same list adding up is not reported', () => {
  const s = '今年共公布政府信息253条，(其中机构职能类信息25条，科教文体卫生类信息48条，安全生产、应急管理类信息124条，其他应主动公开政府信息56条)对于主动公开的政府信息，主要通过政府网站发布。';
  assert.deepEqual(run(withProse(s)), []);
});

test('a longer clause of words after the parts still ends the list', () => {
  const s = '全年收到政府信息公开申请9件,上年转结1件,其中网络申请数5件,信函申请数5件,已按程序按时办理、依法答复,发生行政复议1件。';
  assert.deepEqual(run(withProse(s)), []);
});
