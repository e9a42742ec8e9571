// text-damaged: replacement characters, lost-glyph boxes and asterisks, mojibake.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textDamaged } from '../../../server/src/core/rules/text-damaged';
import { buildDraft, findings, LAYOUTS, slicesOf } from './build';

const RULE = 'text-damaged';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withGeneral = (s: string): string => buildDraft().replace(GENERAL, s);
const slices = slicesOf(RULE);

/** UTF-8 bytes of s read as Windows-1252 (the bytes 80–9F that 1252 maps elsewhere are kept as C1 controls). */
const asLatin = (s: string): string => Buffer.from(s, 'utf8').toString('latin1');

test('silent on clean drafts, pinyin annotations, masked numbers, markdown emphasis and single boxes', () => {
  for (const layout of LAYOUTS) assert.deepEqual(slices(buildDraft({ layout })), []);
  for (const s of [
    '深入貫徹落實(shí)習(xí)近平總書記系列重要講話，咨询电话138****1234。',
    '**重点工作**：浏览量达1200人次，□是 □否，■ 要点。',
    '申请人张***同志的申请已办结。',
    'Café “résumé” 一词。',
  ]) assert.deepEqual(slices(withGeneral(s)), [], s);
});

test('fires on U+FFFD, □□, ***, and both kinds of mojibake; warning; message', () => {
  const gbk = '2023骞存斂搴滀俊鎭叕寮€宸ヤ綔骞村害鎶ュ憡锛屼富鍔ㄥ叕寮€鏀垮簻淇℃伅鎯呭喌';
  const cases: [string, string][] = [
    ['其中“信息不存在”的47\uFFFD\uFFFD，占总数的5%。', '\uFFFD\uFFFD'],
    ['本年度共受理申请□□件。', '□□'],
    ['推进政府***公开工作。', '***'],
    [`主动公开${asLatin('政府信息')}情况。`, asLatin('政府信息')],
    [gbk, ''],
  ];
  for (const [s, slice] of cases) {
    const text = withGeneral(s);
    const fs = findings(text, RULE);
    assert.equal(fs.length, 1, s);
    if (slice) assert.equal(text.slice(fs[0].start, fs[0].end), slice, s);
    assert.equal(fs[0].severity, 'info');
  }
  const text = withGeneral('推进政府***公开工作。');
  assert.equal(findings(text, RULE)[0].message, '文字被星号替代，原文字已丢失：“***”');
  // Doubly encoded UTF-8.
  const dbl = withGeneral(`主动公开${asLatin(asLatin('政府'))}情况。`.replace(/[\u0080-\u009f]/g, ''));
  assert.equal(findings(dbl, RULE).length, 1);
});

test('the rule page example: the wrong excerpt is reported, the right one is not', () => {
  const ex = textDamaged.examples!;
  assert.ok(findings(withGeneral(ex.wrong), RULE).length > 0);
  assert.deepEqual(findings(withGeneral(ex.right), RULE), []);
});
