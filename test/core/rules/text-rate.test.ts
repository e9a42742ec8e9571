// text-rate: a stated rate that differs beyond rounding from its numerator and denominator,
// both stated before it in the same sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textRate } from '../../../server/src/core/rules/text-rate';
import { build2008, buildDraft, buildRuleOfLaw, lineOf, ruleAlone, where } from './build';

const ANCHOR = '上年结转1件。';
const run = ruleAlone(textRate);
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);

test('silent on consistent drafts', () => {
  assert.deepEqual(run(buildDraft()), []);
  assert.deepEqual(run(buildDraft({ kind: 2019, layout: 'tab' })), []);
});

test('fires on the rate, with the computed value; warning', () => {
  const sentence = '全年共受理事项94702件，办结93874件，办结率95.1%。';
  const text = withProse(sentence);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.deepEqual(where(text, fs[0]), { line: lineOf(text, sentence), slice: '95.1%' });
  assert.equal(fs[0].severity, 'warning');
  assert.equal(fs[0].message, '办结率应为 93874/94702 ≈ 99.1%，文中为 95.1%');
});

test('rounding and truncation are accepted (seeds 001 and 003, seed 002 即办率)', () => {
  for (const sentence of [
    '全年共受理事项94702件，办结93874件，办结率99.1%。', // 99.126
    '接报办理热线投诉1782份，完成结案1692份，办结率95%。', // 94.95 rounds
    '接报办理热线投诉1782份，完成结案1692份，办结率94%。', // truncated
    '行政许可事项共585项，420项行政许可事项可实现即办，总体事项即办率为71.79 %。', // 71.795
    '收到网民留言300件，回复300件，回复率100%。',
  ]) assert.deepEqual(run(withProse(sentence)), [], sentence);
});

test('two rates in one sentence each use the counts just before them', () => {
  const ok = '受理咨询316件，办结300件，办结率95%；受理投诉37件，办结37件，办结率100%。';
  assert.deepEqual(run(withProse(ok)), []);
  const fs = run(withProse(ok.replace('办结率95%', '办结率90%')));
  assert.equal(fs.length, 1);
  assert.equal(fs[0].message, '办结率应为 300/316 ≈ 94.9%，文中为 90%');
});

test('Traditional script', () => {
  const text = withProse('全年共受理事項94702件，辦結93874件，辦結率95.1%。');
  assert.equal(run(text).length, 1);
});

test('precision: no finding without both counts, for qualified rates, shares and ambiguous counts', () => {
  for (const sentence of [
    '2020年辦理政府信息公開申請21件，按時辦結率為100%。', // seed 000: 按时办结 not stated
    '全年受理申请100件，按时办结90件，按时办结率95%。',
    '全年共受理政府信息公开申请408件，办结391件，到期办结率100%。', // nN/25: of the requests already due
    '运行有政务新媒体的共7家，合格率95%。',
    '已经答复的7723件，占总数的99.7%。',
    '受理咨询316件，投诉37件，处理满意度达到100%。',
    '受理申请100件，办结98件，其中按期办结95件，办结率90%。', // two numerators
    '精准高效的办结各类投诉件，办结率100%。',
    '我区26个部门有行政许可事项共585项，总体时限压缩率为89.92%。',
    '办结率95%。受理投诉100件，办结80件。', // counts after the rate, in another sentence
  ]) assert.deepEqual(run(withProse(sentence)), [], sentence);
});

test('applies to every kind', () => {
  const s = '全年受理群众来电500件，办结450件，办结率99%。';
  assert.equal(run(build2008(s)).length, 1);
  assert.equal(run(buildRuleOfLaw(s)).length, 1);
});
