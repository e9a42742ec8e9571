// proseSentences(): the prose sentences a summary hashes for the across-file rules (内容雷同), figures
// masked as #. A sentence counts from twelve characters that are no figure, separator, percent sign
// or #: counted before the figures are masked (issue #13, batch CPU), with the same result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';
import { proseSentences } from '../../../server/src/core/engine/related';
import { buildDraft } from '../rules/build';

const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';

test('a sentence counts from twelve characters besides its figures; figures and separators are masked as #', () => {
  const text = buildDraft().replace(GENERAL, '。甲乙丙丁戊己庚辛壬癸子丑12%#3。甲乙丙丁戊己庚辛壬癸子#1,2、3.5％。');
  assert.notEqual(text, buildDraft(), 'the paragraph is in the draft');
  const got = proseSentences(analyze(text));
  assert.ok(got.includes('甲乙丙丁戊己庚辛壬癸子丑###'), 'twelve characters and figures');
  assert.ok(!got.some((s) => s.startsWith('甲乙丙丁戊己庚辛壬癸子#')), 'eleven characters');
});
