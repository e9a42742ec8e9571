// A copy joined without breaks of a Traditional mirror with converter pinyin (報(bào)告, 發(fā)布時(shí)間): the glued title
// and the head's metadata fields are read through the annotations (text/pinyin-compact.ts), each cut placed back at
// its offset in the text; the title is quoted as written, annotations included. Texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';
import { readThroughPinyin, withoutPinyin } from '../../../server/src/core/text/pinyin-compact';

test('withoutPinyin: the text without its annotations, each character at its offset', () => {
  const s = '年報(bào)告發(fā)布';
  const p = withoutPinyin(s)!;
  assert.equal(p.text, '年報告發布');
  assert.deepEqual(p.at, [0, 1, 7, 8, 13, 14]);
  assert.equal(withoutPinyin('年报告(2023年)'), null);
  // (A bracket after a letter or a digit is no annotation.)
  assert.equal(withoutPinyin('ab(bào)c'), null);
  // Cuts found on the text without pinyin are placed back: before 布 and after 告.
  assert.deepEqual(readThroughPinyin(s, 0, s.length, 100, (t) => [t.indexOf('布'), t.indexOf('告') + 1]), [13, 8]);
});

test('no breaks: a Traditional title with converter pinyin glued between breadcrumb and fields is the title', () => {
  const lines = ['•無障礙瀏覽•長輩版|市氣象局', '您現(xiàn)在所在的位置:網(wǎng)站首頁>政府信息公開>市氣象局>政府信息公開年報(bào)',
    '市氣象局2017年政府信息公開工作報(bào)告', '發(fā)布時(shí)間:2017-12-1200:00來源:市氣象局字體:[]',
    '今年以來,市氣象局認(rèn)真貫徹落實(shí)《中華人民共和國政府信息公開條例》,扎實推進政府信息公開工作。',
    '一、主動公開政府信息情況', '全年主動公開政府信息一百二十條,及時發(fā)布政策文件和工作動態(tài)。'.repeat(3),
    '二、依申請公開政府信息情況', '全年收到政府信息公開申請三件,均在法定期限內(nèi)答復(fù)。'.repeat(3)];
  const a = analyze(lines.join(''));
  assert.equal(a.doc.title?.text, '市氣象局2017年政府信息公開工作報(bào)告');
  assert.deepEqual({ kind: a.kind, year: a.doc.year }, { kind: 'gov-info-2008', year: 2017 });
});
