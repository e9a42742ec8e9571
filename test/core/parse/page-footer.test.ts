// The one definition of a PDF page footer, shared by the spaced and column-block readers and
// by wrapped-prose joining.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPageFooter, isPageNumberLine } from '../../../server/src/core/parse/page-footer';

test('page footers: decorated numbers, 第 N 页 (共 M 页), N/M; never a bare number or words', () => {
  for (const t of ['-1-', '-3-', '— 4 —', '- 12 -', '－5－', '~6~', '·7·', '第 3 页', '第3页', '第 2 页 共 9 页', '第2页，共9页', '3/10', '3 / 10']) {
    assert.ok(isPageFooter(t), t);
    assert.ok(isPageNumberLine(t), t);
  }
  for (const t of ['3', '21', '7730.28', '第二十条第（一）项', '-', '3-5-7', '12345/6', '总计']) assert.ok(!isPageFooter(t), t);
});

test('page number lines: a bare number also counts (between the halves of a wrapped sentence)', () => {
  for (const t of ['3', '12', '-3', '3·']) assert.ok(isPageNumberLine(t), t);
  for (const t of ['7730.28', '12345', '17 件', '总计']) assert.ok(!isPageNumberLine(t), t);
});
