// GenerationMap (text/string-memo.ts), classifyChrome's memo: entries in use survive a turnover,
// and it never holds more than two generations. mayHavePinyin (text/normalize.ts), artifact-
// conversion's gate: false only where PINYIN_ANNOTATION finds nothing; dropPinyin, the annotations
// removed behind that gate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GenerationMap } from '../../../server/src/core/text/string-memo';
import { dropPinyin, mayHavePinyin, PINYIN_ANNOTATION } from '../../../server/src/core/text/normalize';

test('GenerationMap keeps what is used across a turnover and forgets the rest', () => {
  const m = new GenerationMap<number | null>(3);
  m.set('a', 1); m.set('b', null); m.set('c', 3);
  // The young generation is full: the next entry starts a new one, a, b and c are the old one.
  m.set('d', 4);
  assert.equal(m.get('a'), 1); // moved to the young generation (d, a)
  assert.equal(m.get('b'), null); // a null answer is an answer (d, a, b)
  m.set('e', 5); // turnover: d, a, b old; e young
  assert.equal(m.get('c'), undefined); // two turnovers unused: gone
  assert.equal(m.get('a'), 1);
  assert.equal(m.get('zz'), undefined);
});

test('mayHavePinyin is false only where there is no pinyin annotation', () => {
  const texts = ['深入貫徹落實(shí)習(xí)近平', '亳(bó)州', '現(xiàn\n)發', '一(yī)、總體(tǐ)情況', '（一）主动公开', '(a) 条款', '信息(2023)', '', 'café 报告'];
  for (const t of texts) {
    const found = [...t.matchAll(PINYIN_ANNOTATION)].length > 0;
    if (found) assert.ok(mayHavePinyin(t), t);
    if (!mayHavePinyin(t)) assert.equal(found, false, t);
  }
  assert.equal(mayHavePinyin('（一）主动公开，(a) 条款'), false);
  assert.equal(mayHavePinyin('亳(bó)州'), true);
  // dropPinyin: the annotations gone, the text as it is without them.
  for (const t of texts) assert.equal(dropPinyin(t), t.replace(PINYIN_ANNOTATION, ''), t);
  assert.equal(dropPinyin('深入貫徹落實(shí)'), '深入貫徹落實');
});
