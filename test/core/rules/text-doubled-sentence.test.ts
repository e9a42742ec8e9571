// text-doubled: a sentence written twice in a row (依申请公开方面。依申请公开方面。) — mP harvest, issue #13.
// Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings, slicesOf } from './build';

const RULE = 'text-doubled';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withGeneral = (s: string): string => buildDraft().replace(GENERAL, s);
const slices = slicesOf(RULE);

test('a sentence written twice in a row is reported once, with both copies', () => {
  const text = withGeneral('依申请受理方面。依申请受理方面。全年新收政府信息公开申请12件，上年结转1件。');
  assert.deepEqual(slices(text), ['依申请受理方面。依申请受理方面。']);
  assert.match(findings(text, RULE)[0].message, /句子重复：“依申请受理方面。”连写了两遍/);
});

test('short answers, figures and different sentences stay silent', () => {
  for (const s of ['无。无。全年新收政府信息公开申请12件，上年结转1件。', '12件；12件；全年新收申请12件。', '全年新收申请12件。全年办结申请12件。']) {
    assert.deepEqual(slices(withGeneral(s)), [], s);
  }
});

// The rule tries the sentence pattern only on a line with two equal marks 5 to 31 apart and none
// between (issue #13, batch CPU): the bounds of that prefilter are the pattern's own.
test('a doubled sentence of 4 or 30 characters is found wherever it stands on the line; 31 is too long', () => {
  const four = '依申受理。';
  const HAN = '零一二三四五六七八九十百千万亿甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
  const thirty = HAN.slice(0, 30) + '。';
  assert.equal(thirty.length, 31);
  for (const [s, w] of [[four + four, four + four], ['本年度！共计。' + four + four, four + four], ['好；' + thirty + thirty, thirty + thirty]]) {
    assert.deepEqual(slices(withGeneral(s)), [w], s);
  }
  const long = HAN.slice(0, 31) + '。';
  assert.deepEqual(slices(withGeneral(long + long)), [], 'a sentence of 31 characters is not matched');
  assert.deepEqual(slices(withGeneral('依申受理。依申受理；')), [], 'different marks');
});

test('a clause written twice across a comma, the first time with 共: reported once, both copies (nH harvest)', () => {
  const text = withGeneral('自2020年10月以来,共排查出涉民营企业刑事诉讼“挂案” 5起,排查出涉民营企业刑事诉讼“挂案” 5起,全年新收政府信息公开申请12件，上年结转1件。');
  assert.deepEqual(slices(text), ['共排查出涉民营企业刑事诉讼“挂案” 5起,排查出涉民营企业刑事诉讼“挂案” 5起']);
  assert.match(findings(text, RULE)[0].message, /^分句重复：/);
  // Parallel clauses that differ, and short ones, stay silent.
  for (const s of ['共排查出涉企“挂案”5起,共化解涉企“挂案”5起,全年新收政府信息公开申请12件，上年结转1件。',
    '一是加强领导,二是加强领导,全年新收政府信息公开申请12件，上年结转1件。', '已办结,已办结,全年新收政府信息公开申请12件，上年结转1件。']) {
    assert.deepEqual(slices(withGeneral(s)), [], s);
  }
});

test('a list item written twice across a 、, the second copy run into the next item (nX 17): reported once, both copies', () => {
  const text = withGeneral('本报告由概述、政府信息公开的收费及减免情况、政府信息公开的收费及减免情况政府信息公开保密审查情况组成。全年新收政府信息公开申请12件，上年结转1件。');
  assert.deepEqual(slices(text), ['政府信息公开的收费及减免情况、政府信息公开的收费及减免情况']);
  assert.match(findings(text, RULE)[0].message, /列举项重复：“政府信息公开的收费及减免情况”在顿号前后连写了两遍/);
  // Different items, short items and an item that only begins the next with other words stay silent.
  for (const s of ['主动公开、主动公开目录编制完成。全年新收政府信息公开申请12件，上年结转1件。',
    '包括行政许可事项、行政处罚事项、行政强制事项。全年新收政府信息公开申请12件，上年结转1件。']) {
    assert.deepEqual(slices(withGeneral(s)), [], s);
  }
});

test('the contact clause written twice, 任何 in the first copy only (oC 35): reported once, both copies', () => {
  const text = withGeneral('如对本报告有任何疑问,如对本报告有疑问,请与本机关办公室联系。全年新收政府信息公开申请12件，上年结转1件。');
  assert.deepEqual(slices(text), ['如对本报告有任何疑问,如对本报告有疑问']);
  assert.match(findings(text, RULE)[0].message, /^分句重复：/);
  // Clauses that differ in more than 任何 stay silent.
  assert.deepEqual(slices(withGeneral('如对本报告有任何疑问,如对本年报有任何意见,请与本机关办公室联系。全年新收政府信息公开申请12件，上年结转1件。')), []);
});

// The clause copies are compared before their Han characters are counted (issue #13, batch CPU): a
// doubled clause still needs eight characters with four Han in it.
test('a doubled clause of eight characters: reported with four Han characters, silent with three', () => {
  const four = withGeneral('受理申请AB12件,受理申请AB12件,全年新收政府信息公开申请12件，上年结转1件。');
  assert.deepEqual(slices(four), ['受理申请AB12件,受理申请AB12件']);
  const three = withGeneral('理申ABCD12件,理申ABCD12件,全年新收政府信息公开申请12件，上年结转1件。');
  assert.deepEqual(slices(three), []);
});
