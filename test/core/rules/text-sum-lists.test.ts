// text-sum on lists as departments' published reports write them: a list closed by 等 and
// followed by another channel's figure, a 含 breakdown of one part, and parts counted in
// another unit of documents. None of these is a contradiction; real overflows still are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textSum } from '../../../server/src/core/rules/text-sum';
import { buildDraft, ruleAlone } from './build';

const ANCHOR = '上年结转1件。';
const run = ruleAlone(textSum);
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);

test('a list closed by 等: the figure after the semicolon is another statement', () => {
  const s = '全年主动公开信息400条,其中网站发布新闻类150条,通知类40条,政策文件及解读10条,服务类20篇,专题专栏8个,领域信息100篇等;“某某教育”微信公众号发布1100条,关注人数达18万人。';
  assert.deepEqual(run(withProse(s)), []);
  // Without 等 the same figures overflow the total and are reported.
  const open = '全年主动公开信息400条,其中网站发布新闻类150条,通知类40条,政策文件及解读10条,网站发布专题1100条。';
  assert.equal(run(withProse(open)).length, 1);
});

test('a 含 breakdown of one part makes the list nested: no finding', () => {
  const s = '共发布各类信息3600条,其中,通过部门频道主动公开政府信息1200条,含政府规范性文件类信息2条,其他文件类信息1198条。';
  assert.deepEqual(run(withProse(s)), []);
  const bracket = '主动公开各类政府信息共440条,其中公文类政府信息8件(含规范性文件3件)、就业补贴类信息140条、工伤认定类信息60条、其他类232条。';
  assert.deepEqual(run(withProse(bracket)), []);
});

test('a bracketed 含 remark without a figure is not a nested list', () => {
  const s = '共发布各类信息2400条,其中网站(含转发)300条,微信(含转发)850条、微博(含转发)2300条。';
  const fs = run(withProse(s));
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /300 \+ 850 \+ 2300 = 3450条 超过总数 2400条/);
});

test('a part in another unit of documents: the same-unit shortfall is not reported', () => {
  const s = '主动公开各类政府信息共440条,其中公文类政府信息8件、就业补贴类信息140条、工伤认定类信息60条、其他类232条。';
  assert.deepEqual(run(withProse(s)), []);
  // With every part in 条 the shortfall of an exhaustive list is still reported.
  const same = '主动公开各类政府信息共440条,其中公文类政府信息8条、就业补贴类信息140条、工伤认定类信息60条、其他类222条。';
  assert.equal(run(withProse(same)).length, 1);
});

test('the list goes on in a short sentence after it (a bare count of the same unit): no shortfall', () => {
  const s = '全区公开各类政府信息31099条。其中,区政府网站3340条、区委区政府政务新媒体8429条、各部门各街道政务新媒体2049条,其他传统媒体报道240条。互联网监管系统及审批平台信息17041条。';
  assert.deepEqual(run(withProse(s)), []);
  // Without the continuing sentence, or with one that does not make up the total, the shortfall is reported.
  assert.equal(run(withProse(s.replace('互联网监管系统及审批平台信息17041条。', ''))).length, 1);
  assert.equal(run(withProse(s.replace('17041条', '17000条'))).length, 1);
});
