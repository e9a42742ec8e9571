// artifact-web: the echo an HTML cleaner leaves of a title written in angle brackets (关于印发 <某某格式>
// 的通知 … 要求 某某格式>): the words again with a lone > are reported and removed; the bracketed title
// itself, and a > that echoes nothing, stay silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyOne, buildDraft, findings, slicesOf } from './build';

const RULE = 'artifact-web';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withGeneral = (s: string): string => buildDraft().replace(GENERAL, `${GENERAL}\n${s}\n`);
const slices = slicesOf(RULE);

test('the echoed title with its lone > is reported; the fix leaves the sentence whole', () => {
  const s = '按照《关于印发 <示例年度报告格式> 的通知》(示例函〔2021〕1号) 示例年度报告格式>要求编制本报告。';
  const text = withGeneral(s);
  assert.deepEqual(slices(text), [' 示例年度报告格式>']);
  const fixed = applyOne(text, findings(text, RULE)[0]);
  assert.ok(fixed.includes('\n按照《关于印发 <示例年度报告格式> 的通知》(示例函〔2021〕1号)要求编制本报告。\n'));
  assert.deepEqual(slices(fixed), []);
});

test('a bracketed title alone, or a > after other words, is no echo', () => {
  for (const s of [
    '按照《关于印发 <示例年度报告格式> 的通知》要求编制本报告。',
    '按照<示例年度报告格式>要求,办结率>95%,示例格式>要求。',
  ]) assert.deepEqual(slices(withGeneral(s)), [], s);
});
