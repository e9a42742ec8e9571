// text-placeholder, template blanks: a year left blank (20__年) and a word left blank between
// characters (以____思想为指导), as in a 法治政府建设 report template copied from a document site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, slicesOf } from './build';

const RULE = 'text-placeholder';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withGeneral = (s: string): string => buildDraft({}).replace(GENERAL, s);
const slices = slicesOf(RULE);

test('a year or a word left blank is a template gap', () => {
  assert.deepEqual(slices(withGeneral('20__年，本局坚持依法行政。')), ['__']);
  assert.deepEqual(slices(withGeneral('坚持以____思想为指导。')), ['____']);
  assert.deepEqual(slices(withGeneral('20＿＿年第二季度，组织培训。')), ['＿＿']);
});

test('underscores that are not a gap stay silent', () => {
  for (const s of [
    '本机关坚持__依法__行政。', // Markdown emphasis
    '文件名为report_2023_final.pdf。',
    '附件：2023_年报.docx，2020_年报.docx。',
  ]) assert.deepEqual(slices(withGeneral(s)), [], s);
});
