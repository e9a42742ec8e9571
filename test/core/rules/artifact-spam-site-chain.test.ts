// artifact-spam: a betting site's SEO name of a brand no term lists, spliced into a hacked mirror's prose by its
// shape (pM/21: 以区两会人大代表和政协委员申博体育_bob电竞app-在线*官网信息公开的议案建议): a gambling word
// and a site word joined by _ or $, the brand before it and the site words after it reported whole. Our own text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings, where } from './build';

const RULE = 'artifact-spam';
const ANCHOR = '上年结转1件。';
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);

test('a gambling word and a site word joined by _ is spam, brand and site words included', () => {
  for (const [sentence, spam] of [
    ['以人大代表和政协委员申博体育_bob电竞app-在线*官网信息公开的议案建议为契机，完善公开机制。', '申博体育_bob电竞app-在线*官网'],
    ['按照市政府办公室恒达娱乐_恒达平台登录的要求推进工作。', '恒达娱乐_恒达平台登录'],
    ['按照xyz体育$xyz官网的要求推进工作。', 'xyz体育$xyz官网'],
  ]) {
    const text = withProse(sentence);
    assert.deepEqual(findings(text, RULE).map((f) => where(text, f).slice), [spam], sentence);
  }
});

test('report prose on sports, lotteries and entertainment, or a file name with _, stays silent', () => {
  for (const sentence of ['全区体育彩票销售额增长12%，公开体育场馆开放信息30条。', '附件：政务公开_体育局2023年工作要点.doc。', '公开文化娱乐场所检查结果12次。']) {
    assert.deepEqual(findings(withProse(sentence), RULE).map((f) => f.rule), [], sentence);
  }
});
