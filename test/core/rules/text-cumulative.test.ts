// text-cumulative: 历年累计 below this year's figure in the same sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textCumulative } from '../../../server/src/core/rules/text-cumulative';
import { buildDraft, findings, LAYOUTS, slicesOf } from './build';

const RULE = 'text-cumulative';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withGeneral = (s: string): string => buildDraft().replace(GENERAL, s);
const slices = slicesOf(RULE);

test('a cumulative figure below this year\'s is reported at info, on the cumulative figure', () => {
  for (const [s, want] of [
    ['2024年度受理信息公开申请1件，历年累计为0。', '0'],
    ['本年度主动公开信息240条，历年累计发布信息161条。', '161条'],
    ['本年度受理依申请公开38件；历年来累计受理21件。', '21件'],
  ] as const) {
    const text = withGeneral(s);
    assert.deepEqual(slices(text), [want], s);
    const f = findings(text, RULE)[0];
    assert.equal(f.severity, 'info');
    assert.match(f.message, /历年累计数/);
  }
});

test('silent on a larger cumulative figure, other units, rounded figures and no earlier count', () => {
  for (const layout of LAYOUTS) assert.deepEqual(slices(buildDraft({ layout })), []);
  for (const s of [
    '我办主动公开信息24条，历年累计1616条。',
    '受理依申请公开38件，主要受理路径为网上申请16件、信函申请22件；历年累计461件。',
    '主动公开信息300条，历年累计受理申请45件。',
    '主动公开信息约300条，历年累计200条。',
    '2024年未受理依申请公开申请，历年累计受理依申请公开申请0件。',
    '主动公开信息30条，同比增长12%，历年累计发布1.5万条。',
  ]) assert.deepEqual(slices(withGeneral(s)), [], s);
});

test('rule page example: wrong is reported, right is not', () => {
  const ex = textCumulative.examples!;
  assert.equal(slices(withGeneral(ex.wrong)).length, 1);
  assert.deepEqual(slices(withGeneral(ex.right)), []);
});
