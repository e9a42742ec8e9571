// text-sum: a part joined to the one before by 、 is one more item of the list even when its name opens
// with a word that usually starts a new statement (组织, 开展, 发布 …). Real page oN/17 (干召庙镇 2025):
// 发布各类信息137条,其中,发布每周工作动态信息29条、组织开展活动信息10条、培训信息6条,… — seven parts,
// 142 in all, were read as one part (29) because 组织开展活动信息 was taken for a new statement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis } from '../../../server/src/core';
import { textSum } from '../../../server/src/core/rules/text-sum';
import { buildDraft, findings } from './build';

const RULE = 'text-sum';
const ANCHOR = '上年结转1件。';
const run = (text: string) => findings(text, RULE, lintAnalysis(analyze(text), [textSum]));
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);

test('a 、-joined part opening with 组织/开展 stays in the list (real page oN/17)', () => {
  const s = '全年通过微信公众号推送、发布各类信息137条,其中,发布每周工作动态信息29条、组织开展活动信息10条、培训信息6条,主题教育信息32条,视频1条,政策解读信息38条,科普宣传信息26条。';
  const f = run(withProse(s));
  assert.equal(f.length, 1);
  assert.match(f[0].message, /142条 超过总数 137条/);
});

test('the same list adding up to its total is silent', () => {
  const s = '全年发布各类信息142条,其中,发布每周工作动态信息29条、组织开展活动信息10条、培训信息6条,主题教育信息32条,视频1条,政策解读信息38条,科普宣传信息26条。';
  assert.deepEqual(run(withProse(s)), []);
});

test('after a comma such a word still starts a new statement', () => {
  const s = '全年发布信息100条,其中工作动态信息60条,组织开展培训活动50次,发布通知50条。';
  assert.deepEqual(run(withProse(s)), []);
});
