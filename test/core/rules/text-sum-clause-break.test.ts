// text-sum: a clause of words without a figure after the parts ends the list (kF harvest, issue #12:
// 收到…申请9件,上年转结1件,其中网络申请数5件,信函申请数5件,已按程序按时办理,发生行政复议1件 —
// the 行政复议 is no third kind of application).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis } from '../../../server/src/core';
import { textSum } from '../../../server/src/core/rules/text-sum';
import { buildDraft, findings } from './build';

const RULE = 'text-sum';
const ANCHOR = '上年结转1件。';
const run = (text: string) => findings(text, RULE, lintAnalysis(analyze(text), [textSum]));
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);

test('a figure after a clause of words is not a part of the list', () => {
  const s = '全年收到政府信息公开申请9件,上年转结1件,其中网络申请数5件,信函申请数5件,已按程序按时办理,发生行政复议1件。';
  assert.deepEqual(run(withProse(s)), []);
});

test('parts that exceed the total before any such clause are still reported', () => {
  const s = '全年收到政府信息公开申请9件,其中网络申请数6件,信函申请数5件,已按程序按时办理,发生行政复议1件。';
  assert.equal(run(withProse(s)).length, 1);
});

// oR harvest (临夏市南龙镇 2023): a channel's count with its readership in another unit (…2464条,年度阅读量为
// 29.4万次,…270条,…480条,…130条) — the clause with the other unit's figure remarks on the part, the list goes on,
// and its 3344 exceeds the 2918 stated.
test('a clause with a figure in another unit does not end the list', () => {
  const s = '政府信息主动公开数为2918条。其中:通过微信公众平台公开信息数为2464条,年度阅读量为29.4万次,通过微信小程序公开信息数为270条,通过政府网站公开信息数为480条,其他方式公开信息数为130条。';
  assert.equal(run(withProse(s)).length, 1);
  // The same list within the total stays silent.
  assert.deepEqual(run(withProse(s.replace('2918条', '3344条'))), []);
});

test('a 其他 part before the clause of words closed the list: its shortfall is reported (pM/33, a 2011 county report)', () => {
  const s = '我县通过政府门户网站向社会公开政府信息2361条。其中,政务信息426条、政府文件482条、便民服务和投资类信息429条,其他信息525条,所有的行政许可项目与政府采购公告的相关信息全部通过政府门户网站发布,做到阳光和透明。';
  const fs = run(withProse(s));
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /426 \+ 482 \+ 429 \+ 525 = 1862条，与总数 2361条 不符（所列项目含“其他”/);
  // A new statement with its own figure after the 其他 part may still be one more part (nR/36: 173 = 127 + 32 + 14).
  const more = '2018年,我局公开信息共计173条。其中,业务工作类信息127条,其他类信息32条,市规划局网站公开发布信息14条。';
  assert.deepEqual(run(withProse(more)), []);
});
