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

test('a part naming how some were handled (依法延期) beside the categories is no category of the total', () => {
  // oO/04 (岱山县 2024): 15 applications, 10 + 3 + 2 by outcome; the one extended is among them.
  const s = '全年收到政府信息公开申请15件,均按时答复,其中依法延期1件,予以公开10件,本机关不掌握相关信息3件,属于四类过程性信息2件。';
  assert.deepEqual(run(withProse(s)), []);
  // The categories alone still have to fit: 10 + 4 + 2 = 16 exceeds 15.
  const over = run(withProse(s.replace('相关信息3件', '相关信息4件')));
  assert.equal(over.length, 1);
  assert.match(over[0].message, /10 \+ 4 \+ 2 = 16件 超过总数 15件/);
  // When every part names a way of handling, they are the breakdown themselves.
  const ways = run(withProse('全年收到政府信息公开申请15件,其中按时答复10件,延期答复6件。'));
  assert.equal(ways.length, 1);
});

test('a change from last year after a part (比上年度减少838条) is no part (oO/33)', () => {
  const s = '全年主动公开政府信息共3637条,其中行政许可公开信息3121条,比上年度减少838条;行政处罚公开信息412条,比上年度减少93条;公开政府集中采购公开信息30条,采购总金额1765万元;对外管理服务信息29条。';
  assert.deepEqual(run(withProse(s)), []);
  // The parts themselves still have to fit: 3621 + 412 + 30 + 29 exceeds 3637.
  const over = run(withProse(s.replace('3121条', '3621条')));
  assert.equal(over.length, 1);
  assert.match(over[0].message, /3621/);
  assert.doesNotMatch(over[0].message, /838/);
});
