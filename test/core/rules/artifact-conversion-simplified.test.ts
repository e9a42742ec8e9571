// artifact-conversion: converter pinyin after Simplified characters too (扎实(shí)推进(jìn)),
// never on real parentheses ((1), (万元), (试行), English words).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings } from './build';

function inject(s: string): string {
  const d = buildDraft();
  const i = d.indexOf('。') + 1;
  return d.slice(0, i) + s + d.slice(i);
}

test('Simplified text with converter pinyin', () => {
  const text = inject('扎实(shí)推进(jìn)政务公开，落实(shí)各项要求。');
  assert.equal(findings(text, 'artifact-conversion').length, 1);
});
test('full-width brackets', () => {
  const text = inject('扎实（shí）推进（jìn）政务公开，落实（shí）各项要求。');
  assert.equal(findings(text, 'artifact-conversion').length, 1);
});
test('real parentheses are not pinyin', () => {
  const text = inject('收费(万元)为0，依据(试行)办法(1)项，开通政务(app)与(WeChat)公众号(ok)，设立(ai)专区(a)(b)(i)。');
  assert.deepEqual(findings(text, 'artifact-conversion'), []);
});
