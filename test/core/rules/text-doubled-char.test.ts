// text-doubled: 的 or 在 written twice (我局的的行政职能, a harvested page: mQ/13); reduplication and a word
// ending in the character before it stay silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings, slicesOf } from './build';

const RULE = 'text-doubled';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withGeneral = (s: string): string => buildDraft().replace(GENERAL, s);
const slices = slicesOf(RULE);

test('的的 and 在在 → info on the pair', () => {
  const text = withGeneral('根据我局的的行政职能，在在工作中推进公开。');
  assert.deepEqual(slices(text), ['的的', '在在']);
  const [f] = findings(text, RULE);
  assert.equal(f.severity, 'info');
  assert.equal(f.message, '字重复：“的的”，“的”多写了一遍');
  assert.equal(f.messageEn, 'Character doubled: “的的” repeats “的”');
});

test('reduplication, a word ending in the character, and other characters stay silent', () => {
  for (const s of [
    '的的确确做到公开，实实在在推进工作。',
    '为实现公开目的的要求，现在在线办理申请，问题存在在所难免，所在在地。',
    '常常看看，天天人人，不了了之，紧紧围绕，工作作为重点，推行行政执法。',
    '的的的', // a run of three is not one slip
  ]) assert.deepEqual(slices(withGeneral(s)), [], s);
});
