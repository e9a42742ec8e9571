// text-placeholder: contact fields left empty in the opening's contact sentence (邮编:电话:传真:, nN/21:
// 国家税务总局 2010 on a mirror). A field with its value, a field at the line's end (its value may be
// on the next line of a web copy) and prose that only names the fields are not reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings, slicesOf } from './build';

const RULE = 'text-placeholder';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withGeneral = (s: string): string => buildDraft().replace(GENERAL, s);
const slices = slicesOf(RULE);

test('contact fields with nothing after their colon: one finding for the run', () => {
  assert.deepEqual(slices(withGeneral('如对本报告有任何疑问，请与本局办公室联系（地址：某某路5号，邮编：电话：传真：')), ['邮编：电话：']);
  assert.deepEqual(slices(withGeneral('如有疑问，请与办公室联系（地址：某某路5号，联系电话：）。')), ['联系电话：']);
  assert.match(findings(withGeneral('请与办公室联系（邮编:电话:0000-1234567）。'), RULE)[0].message, /联系方式的栏目留空/);
});

test('filled fields, a field at the line end and prose naming the fields are not reported', () => {
  for (const s of [
    '如有疑问，请与办公室联系（地址：某某路5号，邮编：100000，电话：010-12345678，传真：010-12345679）。',
    '如有疑问，请与办公室联系，电话：',
    '公开了机构的地址、电话、传真等联系方式。',
    '申请人应填写姓名、联系电话：以便联系。',
  ]) assert.deepEqual(slices(withGeneral(s)), [], s);
});
