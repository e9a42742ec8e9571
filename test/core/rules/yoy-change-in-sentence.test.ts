// yoy-change, both years in one sentence: `收到申请120件，较上年100件增长20%` is checked against
// the two figures it states, without last year's report; any other phrasing is not read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis } from '../../../server/src/core';
import { yoyChange } from '../../../server/src/core/rules/yoy-change';
import { buildDraft, buildRuleOfLaw, findings, lineOf, where } from './build';

const RULE = 'yoy-change';
const ANCHOR = '上年结转1件。';
const run = (text: string) => findings(text, RULE, lintAnalysis(analyze(text), [yoyChange]));
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);

test('silent when the stated change fits the two figures (rounded or truncated, brackets, 件)', () => {
  assert.deepEqual(run(buildDraft()), []);
  for (const s of [
    '全年收到政府信息公开申请120件，较上年100件增长20%。',
    '我局共收到信息公开申请22起，比2022年(31起)下降29%，答复22起。',
    '共收到申请22件，比上年的31件下降29.03%。',
    '办理人大代表建议35件，比去年的40件减少5件。',
    '受理申请5件，较上年12件下降58%。', // 58.33 rounds to 58
    '受理申请7件，较上年12件下降41%。', // 41.67 truncated to 41
  ]) assert.deepEqual(run(withProse(s)), [], s);
});

test('a percentage or count the two figures do not give → info on the stated change', () => {
  const sentence = '全年收到政府信息公开申请120件，较上年100件增长25%。';
  const text = withProse(sentence);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.deepEqual(where(text, fs[0]), { line: lineOf(text, sentence), slice: '25%' });
  assert.equal(fs[0].severity, 'info');
  assert.equal(fs[0].message, '正文称本年 120件、上年 100件，增长 25%，但按这两个数字应为增长 20.0%');
  // The wrong direction, and a wrong difference in 件.
  assert.equal(run(withProse('共收到申请90件，较上年100件增长10%。')).length, 1);
  assert.equal(run(withProse('办理建议35件，比去年的40件减少6件。')).length, 1);
  // Rule-of-law reports have such sentences too.
  const rol = buildRuleOfLaw() + '\n全年办理行政复议案件30件，比上年20件增长30%。\n';
  assert.equal(run(rol).length, 1);
});

test('silent on phrasings whose base is not the stated figure', () => {
  for (const s of [
    '收到申请120件，较上年增长20%，上年为90件。',
    '收到申请120件和80件，分别较上年100件增长10%。',
    '收到申请约120件，较上年100件增长25%。',
    '收到申请120件，较上年100条增长25%。',
    '收到申请120件，其中100件较上年增长25%。',
  ]) assert.deepEqual(run(withProse(s)), [], s);
});
