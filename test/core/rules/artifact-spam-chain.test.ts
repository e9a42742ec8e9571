// artifact-spam: a hijacked mirror's SEO chain swapped in for every place name (澳门皇冠体育_中国竞彩网$【官网娱乐平台】市
// 澳门皇冠体育_中国竞彩网$【官网娱乐平台】2015年…, oV/40): the lottery word inside the chain (竞彩) excuses nothing,
// and the finding covers the chain, not the words between two chains. A lottery report's own 竞彩 stays silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings, where } from './build';

const RULE = 'artifact-spam';
const CHAIN = '澳门皇冠体育_中国竞彩网$【官网娱乐平台】';
const ANCHOR = '上年结转1件。';
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);

test('a betting chain joined by _ and $ is spam whole, whatever lottery word it holds', () => {
  const text = withProse(`成立了由镇长任组长的${CHAIN}政务公开工作领导小组。按照${CHAIN}市${CHAIN}的要求推进工作。`);
  assert.deepEqual(findings(text, RULE).map((f) => where(text, f).slice), [CHAIN, CHAIN, CHAIN]);
});

test('a lottery centre reporting 竞彩 sales, or enforcement beside a term, stays silent', () => {
  for (const sentence of ['全年竞彩足球投注额增长12%,中国竞彩网公布了销售数据。', '依法打击澳门皇冠等网络赌博平台。']) {
    assert.deepEqual(findings(withProse(sentence), RULE).map((f) => f.rule), [], sentence);
  }
});
