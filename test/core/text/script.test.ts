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

// Texts are converted clause by clause (cut at line breaks, spaces and clause punctuation): that is
// exact only while no dictionary key or value holds a cut, which this reads from opencc-js itself.
test('no OpenCC dictionary entry holds a line break, a space or clause punctuation (where texts are cut)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const OpenCC = require('opencc-js/t2cn');
  const c = OpenCC.Locale.configs.hk2s;
  // Every dictionary either converter reads: the hk2s configuration and the fix's hk, tw and cn groups.
  const all = [...c.normalizationChain.flat(), ...c.segmentation, ...c.conversionChain.flat(),
    ...OpenCC.Locale.from.hk.flat(), ...OpenCC.Locale.from.tw.flat(), ...OpenCC.Locale.to.cn.flat()] as string[];
  let entries = 0;
  for (const data of all) {
    assert.equal(typeof data, 'string');
    for (const entry of data.split('|')) {
      entries++;
      // An entry is 'key value': the one space between them is no cut.
      assert.ok(!/[\n\r\t。，；：、？！,;:?!]/.test(entry) && entry.split(' ').length === 2, `dictionary entry ${JSON.stringify(entry)}`);
    }
  }
  assert.ok(all.length >= 8 && entries > 5000, `${all.length} dictionaries, ${entries} entries`);
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

// A clause where no phrase can start is converted a character at a time through a table, any other
// through OpenCC: random texts made of phrase keys, their first characters alone, single
// conversions, cuts, surrogate pairs and ideographic description characters convert exactly as
// OpenCC converts them whole.
test('random texts of phrases, phrase starts, cuts and odd characters convert exactly as OpenCC does', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const OpenCC = require('opencc-js/t2cn');
  const whole = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const fix = OpenCC.ConverterFactory(OpenCC.Locale.from.hk, OpenCC.Locale.from.tw, OpenCC.Locale.to.cn);
  const keys: string[] = [];
  const c = OpenCC.Locale.configs.hk2s;
  for (const d of [...c.segmentation, ...c.conversionChain.flat(), ...OpenCC.Locale.from.tw.flat()] as string[]) {
    for (const entry of d.split('|')) keys.push(entry.split(' ')[0]);
  }
  const phrases = keys.filter((k) => [...k].length > 1);
  const singles = keys.filter((k) => [...k].length === 1);
  assert.ok(phrases.length > 100 && singles.length > 1000);
  const odd = ['，', '。', '\n', ' ', '、', '？', '⿰', '⿱木', '𠮷', '1', 'a', '的', '年', '著', '么', '乾', '隆'];
  let seed = 12345;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  let converted = 0;
  for (let round = 0; round < 400; round++) {
    let text = '';
    const len = 1 + rnd(40);
    for (let i = 0; i < len; i++) {
      const kind = rnd(4);
      const p = kind === 0 ? phrases[rnd(phrases.length)] : kind === 1 ? phrases[rnd(phrases.length)][0]
        : kind === 2 ? singles[rnd(singles.length)] : odd[rnd(odd.length)];
      text += p;
    }
    for (const [which, conv] of [['compare', whole], ['fix', fix]] as const) {
      const want = conv(text);
      // toSimplified keeps the length, and returns a text none of whose characters converts alone
      // as it is: compare where OpenCC keeps the length and converts some character alone.
      if (want.length !== text.length || [...text].every((ch) => conv(ch) === ch)) continue;
      assert.equal(toSimplified(text, which), want, `${which}: ${JSON.stringify(text)}`);
      converted++;
    }
  }
  assert.ok(converted > 400, `${converted} texts compared`);
});
