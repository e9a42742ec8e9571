// normalize and labelKey return a text made only of characters they leave alone as it is, told by
// one scan of a per-character table instead of a memo look-up (text/normalize.ts). Each such answer
// must be the one the full normalisation gives: appending a character that forces the full path
// and that the normalisation drops (an ideographic space; 、 for labelKey) must change nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labelKey, normalize, normalizeMapped } from '../../../server/src/core/text/normalize';

test('every character alone, after a Han character and before converter pinyin: the scan agrees with the full normalisation', () => {
  let plain = 0;
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    for (const s of [ch, `中${ch}(shí)`]) {
      const n = normalize(s);
      assert.equal(n, normalize(s + '\u3000'), `normalize ${c.toString(16)} in ${JSON.stringify(s)}`);
      assert.equal(labelKey(s), labelKey(s + '、'), `labelKey ${c.toString(16)} in ${JSON.stringify(s)}`);
      if (s === ch && n === s) plain++;
    }
  }
  // Most of the BMP is left alone (Han characters, letters); width forms, spaces, quotes, brackets
  // and Traditional characters are not.
  assert.ok(plain > 30000 && plain < 0x10000 - 2000, `${plain} characters left as they are`);
});

test('lines and labels: normalize is the text normalizeMapped reads, labelKey drops debris', () => {
  for (const s of ['政府信息公开行政复议、行政诉讼情况', '一、本年新收政府信息公开申请数量', '本機關落實(shí)條例', 'ＡＢＣ 主动公开', '其中：主动公开', '行政许可', 'U盘']) {
    assert.equal(normalize(s), normalizeMapped(s).text, s);
  }
  assert.equal(normalize('行政许可'), '行政许可');
  assert.equal(normalize('行政許可'), '行政许可');
  assert.equal(labelKey('行政许可'), '行政许可');
  assert.equal(labelKey('（一）行政许可'), '一行政许可');
  assert.equal(labelKey('U盘'), '盘');
});

test('labelKey leaves out a year in brackets inside a label, not one written as words of the label', () => {
  assert.equal(labelKey('本年(2023)制发件数'), labelKey('本年制发件数'));
  assert.equal(labelKey('上一年项目数量（2022年）'), labelKey('上一年项目数量'));
  assert.equal(labelKey('本年（2023年度）废止件数'), labelKey('本年废止件数'));
  assert.notEqual(labelKey('2023年制发件数'), labelKey('制发件数'));
  assert.notEqual(labelKey('(123)制发件数'), labelKey('制发件数'));
});
