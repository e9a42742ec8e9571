// text-share: a list of shares of one total written rounded throughout, but one of them truncated below
// its rounding (3/130 as 2.30% beside 2.31%, a harvested page: mQ/29).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textShare } from '../../../server/src/core/rules/text-share';
import { buildDraft, lineOf, ruleAlone, where } from './build';

const ANCHOR = '上年结转1件。';
const run = ruleAlone(textShare);
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);

test('one share truncated in a list rounded throughout → info at that share', () => {
  // 5/130 = 3.846 → 3.85 and 2/130 = 1.538 → 1.54 are rounded up; 3/130 = 2.3077 written 2.30.
  const sentence = '全年主动公开信息130条，其中通知公告5条，占3.85%；规划计划2条，占1.54%；政策法规3条，占2.30%；人事信息3条，占2.31%。';
  const text = withProse(sentence);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].message, '所占比例按四舍五入应为 3/130 ≈ 2.31%（同句其他比例均四舍五入），文中为 2.30%');
  assert.equal(where(text, fs[0]).line, lineOf(text, sentence));
  assert.equal(text.slice(fs[0].start, fs[0].end), '2.30%');
});

test('truncation throughout, one rounding up only, or a list adjusted to 100% stay silent', () => {
  for (const sentence of [
    // all truncated: 3.84, 1.53, 2.30
    '全年主动公开信息130条，其中通知公告5条，占3.84%；规划计划2条，占1.53%；政策法规3条，占2.30%。',
    // one share rounded up (3.85) is not yet a convention
    '全年主动公开信息130条，其中通知公告5条，占3.85%；规划计划2条，占1.53%；政策法规3条，占2.30%。',
    // rounded throughout, all right
    '全年主动公开信息130条，其中通知公告5条，占3.85%；规划计划2条，占1.54%；政策法规3条，占2.31%。',
    // shares that truncation and rounding give alike (7/130 = 5.3846 → 5.38)
    '全年主动公开信息130条，其中通知公告5条，占3.85%；规划计划2条，占1.54%；领导信息7条，占5.38%。',
    // 1/3, 1/3, 1/3 adjusted to 100%: 33.4 + 33.3 + 33.3
    '共收到申请3件，其中予以公开1件，占33.4%；部分公开1件，占33.3%；不予公开1件，占33.3%。',
  ]) assert.deepEqual(run(withProse(sentence)), [], sentence);
});
