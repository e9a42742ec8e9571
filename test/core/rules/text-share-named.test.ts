// text-share (oC harvest): several counts between 其中 and the share, the share's clause naming its
// part (其中图片解读文件16个，动漫解读文件7个，实现图文解读全覆盖，动漫解读占比23%): the named count is
// the part. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textShare } from '../../../server/src/core/rules/text-share';
import { buildDraft, lineOf, ruleAlone, where } from './build';

const ANCHOR = '上年结转1件。';
const run = ruleAlone(textShare);
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + '\n\n' + sentence + '\n');

test('the count the share names is its part', () => {
  const sentence = '2024年,共解读文件23个。其中图片解读文件16个,动漫解读文件7个,实现图文解读全覆盖,动漫解读占比23%。';
  const text = withProse(sentence);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].message, '所占比例应为 7/23 ≈ 30.4%，文中为 23%');
  assert.equal(text.slice(fs[0].start, fs[0].end), '23%');
  assert.equal(where(text, fs[0]).line, lineOf(text, sentence));
});

test('silent when the named share is right, or the name fits no count, or two', () => {
  for (const sentence of [
    '2024年,共解读文件23个。其中图片解读文件16个,动漫解读文件7个,实现图文解读全覆盖,动漫解读占比30%。',
    '2024年,共解读文件23个。其中图片解读文件16个,动漫解读文件7个,实现图文解读全覆盖,视频解读占比23%。',
    '2024年,共解读文件23个。其中解读文件16个,解读文件7个,实现图文解读全覆盖,解读占比23%。',
  ]) assert.deepEqual(run(withProse(sentence)), [], sentence);
});
