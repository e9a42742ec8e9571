// text-doubled (oP harvest, oP/38): 国家有关规定规定应当主动公开的其他政府信息 is the 条例's own wording
// (第二十条第（十五）项): 有关规定 ends the noun, the second 规定 is the verb. A 规定 doubled elsewhere is still
// reported. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings } from './build';

const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const slices = (s: string): string[] => { const text = buildDraft().replace(GENERAL, s); return findings(text, 'text-doubled').map((f) => text.slice(f.start, f.end)); };

test('有关规定规定 / 相关规定规定: silent', () => {
  assert.deepEqual(slices('公开法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息。'), []);
  assert.deepEqual(slices('按照相关规定规定的时限答复申请人。'), []);
});

test('规定 doubled after a verb: still reported', () => {
  assert.deepEqual(slices('严格按照规定规定的程序办理。'), ['规定规定']);
});
