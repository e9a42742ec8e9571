// blankPinyin reads PINYIN_ANNOTATION's matches through a look-behind-free pattern (text/normalize.ts):
// the same blanks as the pattern itself, over random texts of its characters (seeded).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blankPinyin, normalize, normalizeMapped, PINYIN_ANNOTATION } from '../../../server/src/core/text/normalize';
import { analyze } from '../../../server/src/core';
import { normalizedWork } from '../../../server/src/core/parse/normalized-work';

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

test('an annotation a narrow page wrapped (現(xiàn / )發, nT/21 wrapped) is read through, its line break kept', () => {
  const s = '要求,現(xiàn\n)發(fā)布《某某鎮2023年政府信息公開工作年度報告》';
  assert.equal(blankPinyin(s).split('\n').length, 2);
  assert.ok(!/[a-zà-ǜ()]/.test(blankPinyin(s)));
  assert.equal(blankPinyin(s), s.replace(PINYIN_ANNOTATION, (m) => m.replace(/[^\n]/g, ' ')));
  assert.ok(normalize(s).startsWith('要求,现发布《'));
  // A bracket of Latin letters over a line break without a tone mark is no annotation.
  assert.equal(blankPinyin('要求(abc\nde)发布'), '要求(abc\nde)发布');
});

// The draft's normalised text reuses the parse's Simplified text when no annotation was blanked
// (issue #13, batch CPU): the same text and map as normalising the draft afresh, with and without one.
test('normalizedWork: the same text and offsets as normalizeMapped(doc.work), annotations or none', () => {
  for (const text of ['本機關2023年政府信息公開工作年度報告\n（一）主動公開情況。落實(shí)到位。\n', '本機關（一）主動公開情況，乾淨。\n', '(a) 个(gè) 体\n']) {
    const doc = analyze(text).doc;
    const got = normalizedWork(doc);
    const want = normalizeMapped(doc.work, { keepSpaces: false });
    assert.equal(got.text, want.text, text);
    for (let i = 0; i <= want.text.length; i++) assert.equal(got.map.get(i), want.map.get(i), `${text} @${i}`);
  }
  assert.equal(blankPinyin('（一）主动公开'), '（一）主动公开');
});
