// text-sum and text-share on a list with a 各 part (政策解读和深度各2条，各占0.3%, real page pH/24): the 各 figure
// counts once for each name before it, and the 其他 part named in a clause before its figure's closes the list.
// Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textSum } from '../../../server/src/core/rules/text-sum';
import { textShare } from '../../../server/src/core/rules/text-share';
import { buildDraft, ruleAlone } from './build';

const ANCHOR = '上年结转1件。';
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);
const sum = (s: string) => ruleAlone(textSum)(withProse(s)).map((f) => f.message);
const share = (s: string) => ruleAlone(textShare)(withProse(s)).map((f) => f.message);

test('a 各 figure counts for each name joined by 和 or 、 before it', () => {
  assert.deepEqual(sum('共开通政务新媒体6个，其中微博和微信各1个，其他3个。'), ['“其中”所列分项之和 1 + 1 + 3 = 5个，与总数 6个 不符（所列项目含“其他”，已涵盖全部）']);
  assert.deepEqual(sum('共开通政务新媒体6个，其中微博、微信各1个，其他3个。'), ['“其中”所列分项之和 1 + 1 + 3 = 5个，与总数 6个 不符（所列项目含“其他”，已涵盖全部）']);
  // Consistent: silent.
  assert.deepEqual(sum('共开通政务新媒体5个，其中微博和微信各1个，其他3个。'), []);
  assert.deepEqual(sum('共开通政务新媒体5个，其中微博、微信各1个，其他3个。'), []);
  // A 各 that names no list of items (各乡镇各2件) is still not read.
  assert.deepEqual(sum('共收到申请10件，其中各乡镇各2件，其他3件。'), []);
});

test('a 其他 part named in a clause of its own, its figure in the next: the list is closed', () => {
  const s = '发布信息100条，其中动态20条，占20%；解读和问答各5条，各占5%；其他信息为日常报道，内容包含会议、活动等72条，占72%。';
  assert.deepEqual(sum(s), ['“其中”所列分项之和 20 + 5 + 5 + 72 = 102条 超过总数 100条']);
  assert.deepEqual(sum(s.replace('72条，占72%', '70条，占70%')), []);
  // A 其他 clause followed by a figure of something else ends the list as before.
  assert.deepEqual(sum('发布信息100条，其中动态20条，解读5条，其他信息不再列出，全年访问量1000次。'), []);
});

test('text-share: a 各占 share beside a 各 count is each item\'s; the other shares of the sentence are read', () => {
  assert.deepEqual(share('发布信息638条，其中动态36条，占5.6%；项目建设5条，占0.9%；解读和问答各2条，各占0.3%；其他593条，占92.9%。'),
    ['所占比例应为 5/638 ≈ 0.8%，文中为 0.9%']);
  assert.deepEqual(share('发布信息638条，其中动态36条，占5.6%；解读和问答各2条，各占0.9%；其他598条，占93.7%。'),
    ['所占比例应为 2/638 ≈ 0.3%，文中为 0.9%']);
  // A 各占 after a count without 各 (分项合计) is not read.
  assert.deepEqual(share('发布信息638条，其中动态和解读共4条，各占0.9%。'), []);
});
