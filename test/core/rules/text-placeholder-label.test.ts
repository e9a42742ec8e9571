// text-placeholder: an address or number in brackets that names its label and nothing else ((网址:), a
// harvested page: mX/09).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings, slicesOf } from './build';

const RULE = 'text-placeholder';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withGeneral = (s: string): string => buildDraft().replace(GENERAL, s);
const slices = slicesOf(RULE);

test('(网址:) and （电话：） left blank → info', () => {
  const text = withGeneral('本报告可在区政府门户网站下载(网址:)。如有疑问请致电（电话： ），收到申请12件，上年结转1件。');
  // On the empty field itself, as for the contact sentence's other fields (邮编:电话:传真:).
  assert.deepEqual(slices(text), ['网址:', '电话： ']);
  assert.equal(findings(text, RULE)[0].severity, 'info');
});

test('a filled address or a label outside brackets stays silent', () => {
  for (const s of [
    '本报告可在区政府门户网站下载(网址:http://www.jingan.gov.cn)。收到申请12件，上年结转1件。',
    '联系电话：021-12345678，收到申请12件，上年结转1件。',
  ]) assert.deepEqual(slices(withGeneral(s)), [], s);
});
