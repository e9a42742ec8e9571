// text-doubled: the same phrase written twice, one copy with 以/的/了 added (可通过可以通过: harvested pages mB/07, nT/05,
// nY/14, oR/36, a 哈尔滨 template); two different words of which one holds the other (亚运会亚残运会) stay silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings, slicesOf } from './build';
import { variantDoubled } from '../../../server/src/core/model/doubled-variant';

const RULE = 'text-doubled';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withGeneral = (s: string): string => buildDraft().replace(GENERAL, s);
const slices = slicesOf(RULE);

test('a phrase written twice with 以 in one copy → info over both copies', () => {
  const text = withGeneral('本年度报告内容可通过可以通过哈尔滨市人民政府网站查阅。');
  assert.deepEqual(slices(text), ['可通过可以通过']);
  const [f] = findings(text, RULE);
  assert.equal(f.severity, 'info');
  assert.equal(f.message, '词语重复：“可通过可以通过”，同一说法写了两遍（“可通过”与“可以通过”），应删除一遍');
  // the longer copy first
  assert.deepEqual(slices(withGeneral('对申请人均予以公开予公开，无不予公开情形。')), ['予以公开予公开']);
});

test('two words of their own, and phrases with another character added, stay silent', () => {
  for (const s of [
    '做好亚运会亚残运会医疗保障工作。',
    '来源：上海普陀上海市普陀区人民政府。',
    '主要包括政府网站及政府网站政府信息公开专栏。',
    '可以通过政府网站查阅，也可通过政务新媒体查阅。',
  ]) assert.deepEqual(slices(withGeneral(s)), [], s);
  assert.equal(variantDoubled('可通过可以'), null);
});
