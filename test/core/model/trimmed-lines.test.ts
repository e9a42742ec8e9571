// TrimmedLines (model/artifacts-lines.ts) holds each line's trimmed span as two offsets and cuts its
// text when asked: the same spans and texts as trimmedLine, over the work text and over `read`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';
import { TrimmedLines, trimmedLine } from '../../../server/src/core/model/artifacts-lines';

const TEXT = ['  某某鎮2023年政府信息公開工作年度報告\u3000', '', '\u3000\u3000一、總體情況 ', '\t|  \u00a0', '   ', '信息\u00a0公开 ２０２３年', 'x'].join('\r\n');

test('TrimmedLines: trimmedLine of every line, its text cut from the work text or from read', () => {
  const a = analyze(TEXT);
  assert.notEqual(a.doc.read, a.doc.work);
  const spans = TrimmedLines.of(a);
  const reads = spans.over(a.doc.read);
  assert.equal(spans.length, a.doc.lines.lineCount);
  assert.equal(spans.over(a.doc.work), spans);
  for (let l = 0; l < spans.length; l++) {
    const want = trimmedLine(a, l);
    assert.deepEqual(spans.at(l), want);
    assert.equal(spans.start(l), want.start);
    assert.equal(spans.end(l), want.end);
    assert.equal(spans.filled(l), want.text !== '');
    assert.equal(reads.text(l), a.doc.read.slice(want.start, want.end));
  }
  assert.equal(reads.text(0), '某某镇2023年政府信息公开工作年度报告');
});
