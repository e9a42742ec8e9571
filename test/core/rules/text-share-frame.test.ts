// text-share: the total framed as 在……N条……中， (no 其中/包括) is the base of the shares after it
// (real-pages oE/04, 平潭综合实验区 2012: 在…主动公开的1913条政府信息中，…行政许可类信息145条，占8.05%
// — 145/1913 ≈ 7.58%).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textShare } from '../../../server/src/core/rules/text-share';
import { buildDraft, lineOf, ruleAlone, where } from './build';

const ANCHOR = '上年结转1件。';
const run = ruleAlone(textShare);
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);

const FRAMED = '2012年，在管委会网站主动公开的1913条政府信息中，机构职能类信息133条，占6.95%；规划计划类信息12条，占0.63%；行政许可类信息145条，占8.05%；其他信息19条，占0.99%。';

test('a share off its 在…中 frame\'s total: reported on the share', () => {
  const text = withProse(FRAMED);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].message, '所占比例应为 145/1913 ≈ 7.58%，文中为 8.05%');
  assert.deepEqual(where(text, fs[0]).line, lineOf(text, FRAMED));
});

test('silent: the right shares, a frame with two counts, a frame beside 其中', () => {
  for (const s of [
    FRAMED.replace('8.05%', '7.58%'),
    '在全年公开的1913条信息和20件申请中，行政许可类信息145条，占8.05%。',
    '在主动公开的100条信息中，其中政策文件40条，占40%。',
  ]) assert.deepEqual(run(withProse(s)), [], s);
});
