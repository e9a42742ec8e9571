// text-sum (oP harvest, oP/02): a clause giving a part's change from last year (行政许可公开信息3121条,
// 比上年度减少838条) restates that part; it is no part of the total. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis } from '../../../server/src/core';
import { textSum } from '../../../server/src/core/rules/text-sum';
import { buildDraft, findings } from './build';

const ANCHOR = '上年结转1件。';
const run = (text: string) => findings(text, 'text-sum', lintAnalysis(analyze(text), [textSum]));
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);

test('a change against last year after a part is not added', () => {
  for (const s of [
    '全年主动公开政府信息共3637条,其中行政许可公开信息3121条,比上年度减少838条;行政处罚公开信息412条,比上年度减少93条。',
    '全年主动公开政府信息共300条,其中行政许可公开信息200条,较去年增加150条;行政处罚公开信息90条,同比下降20条。',
  ]) assert.deepEqual(run(withProse(s)), [], s);
});

test('the parts themselves above the total are still reported', () => {
  const s = '全年主动公开政府信息共3000条,其中行政许可公开信息3121条,比上年度减少838条;行政处罚公开信息412条,比上年度减少93条。';
  const fs = run(withProse(s));
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /3121 \+ 412 = 3533条 超过总数 3000条/);
});
