// blankPinyin reads PINYIN_ANNOTATION's matches through a look-behind-free pattern (text/normalize.ts):
// the same blanks as the pattern itself, over random texts of its characters (seeded).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blankPinyin, PINYIN_ANNOTATION } from '../../../server/src/core/text/normalize';

test('blankPinyin blanks exactly the PINYIN_ANNOTATION matches', () => {
  let a = 7;
  const next = () => ((a = (a * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
  const pieces = ['落實', '個', 'a', 'x', ' ', '(', ')', '（', '）', 'shí', 'gè', 'ǎ', 'ü', 'ab', '1', '(a)', '(一)', '(shí)', '（xiàng）', 'Ａ'];
  let blanked = 0;
  for (let round = 0; round < 5000; round++) {
    let s = '';
    const n = 1 + Math.floor(next() * 12);
    for (let i = 0; i < n; i++) s += pieces[Math.floor(next() * pieces.length)];
    const want = s.replace(PINYIN_ANNOTATION, (m) => ' '.repeat(m.length));
    assert.equal(blankPinyin(s), want, JSON.stringify(s));
    if (want !== s) blanked++;
  }
  assert.ok(blanked >= 100, `only ${blanked} texts had an annotation`);
});
