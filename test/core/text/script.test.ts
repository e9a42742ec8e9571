// text/script.ts: the one Traditional → Simplified conversion behind comparison (normalize) and
// the script-traditional fix, one code unit for one, with its two dictionary sets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toSimplified } from '../../../server/src/core/text/script';
import { normalize } from '../../../server/src/core/text/normalize';
import { simplifyEdits } from '../../../server/src/core/model/artifacts-script';

test('both convert Traditional phrase-aware and keep the length', () => {
  for (const which of ['compare', 'fix'] as const) {
    assert.equal(toSimplified('乾淨的環境，乾隆年間', which), '干净的环境，乾隆年间');
    assert.equal(toSimplified('衞生健康委員會', which), '卫生健康委员会');
  }
});

test('comparison leaves mainland 著 and 么 alone; the fix reads Taiwan variants (隨著 → 随着)', () => {
  assert.equal(toSimplified('成效显著，什么'), '成效显著，什么');
  assert.equal(toSimplified('隨著'), '随著');
  assert.equal(toSimplified('隨著', 'fix'), '随着');
  assert.equal(normalize('隨著'), normalize('随著'));
  const { edits } = simplifyEdits('隨著');
  assert.deepEqual(edits, [{ start: 0, end: 2, newText: '随着' }]);
});

test('a Simplified text comes back as it is (no conversion run)', () => {
  const s = '本年度共收到政府信息公开申请12件。';
  assert.equal(toSimplified(s), s);
  assert.equal(toSimplified(s, 'fix'), s);
});

// Long texts are converted piece by piece (cut at line breaks and 。) through a memo: that is
// exact only while no dictionary key or value holds a cut, which this reads from opencc-js itself.
test('no OpenCC dictionary entry holds a line break or 。 (where long texts are cut)', async () => {
  const { readFileSync } = await import('node:fs');
  const src = readFileSync(require.resolve('opencc-js/t2cn'), 'utf8');
  let dicts = 0;
  for (const m of src.matchAll(/"((?:[^"\\]|\\.){200,})"/g)) {
    const data = JSON.parse(`"${m[1]}"`) as string;
    if (!data.includes('|')) continue;
    dicts++;
    for (const entry of data.split('|')) {
      assert.ok(!/[\n\r。]/.test(entry), `dictionary entry ${JSON.stringify(entry)}`);
    }
  }
  assert.ok(dicts >= 8, `found ${dicts} dictionaries`);
});

test('a long text converts exactly as OpenCC converts it whole, repeated or not', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const OpenCC = require('opencc-js/t2cn');
  const whole = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const fix = OpenCC.ConverterFactory(OpenCC.Locale.from.hk, OpenCC.Locale.from.tw, OpenCC.Locale.to.cn);
  const para = '本機關堅持以習近平新時代中國特色社會主義思想為指導，乾淨高效地落實政府資訊公開工作。乾隆年間的檔案\n隨著條例的實施，乾燥的天氣裡群眾滿意度提升。\n\n衞生健康委員會發佈了年度報告。';
  const text = Array.from({ length: 12 }, (_, i) => `${i}、${para}`).join('\n') + '乾淨';
  for (let round = 0; round < 2; round++) {
    assert.equal(toSimplified(text), whole(text));
    assert.equal(toSimplified(text, 'fix'), fix(text));
  }
});
