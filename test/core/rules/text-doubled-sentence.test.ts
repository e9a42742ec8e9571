// text-doubled: a sentence written twice in a row (依申请公开方面。依申请公开方面。) — mP harvest, issue #13.
// Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings } from './build';

const RULE = 'text-doubled';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withGeneral = (s: string): string => buildDraft().replace(GENERAL, s);
const slices = (text: string): string[] => findings(text, RULE).map((f) => text.slice(f.start, f.end));

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
