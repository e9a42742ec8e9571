// text-sum (nY harvest): figures a form left in brackets before their unit (发布政务信息(1386)条，其中：
// 概况类信息(22)条、…) are counts like any other. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textSum } from '../../../server/src/core/rules/text-sum';
import { buildDraft, ruleAlone, where } from './build';

const ANCHOR = '上年结转1件。';
const run = ruleAlone(textSum);
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);

test('bracketed figures whose parts exceed the total: reported on the total', () => {
  const s = '一是通过门户网站发布政务信息(1386)条,其中:概况类信息(22)条、政务动态信息(1335)条,信息公开目录(350)条。';
  const text = withProse(s);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /22 \+ 1335 \+ 350 = 1707条 超过总数 1386条/);
  assert.equal(where(text, fs[0]).slice, '(1386)条');
  // Parts that add up are silent.
  assert.deepEqual(run(withProse('一是通过门户网站发布政务信息(1707)条,其中:概况类信息(22)条、政务动态信息(1335)条,信息公开目录(350)条。')), []);
});
