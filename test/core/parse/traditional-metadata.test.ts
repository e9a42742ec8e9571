// A web page's metadata block in Traditional script, with converter pinyin (issue #12, hJ:
// 標 題 | 某某廳2021年政府信息公開工作年度報告 | ||, 索引號 | …): the rows are metadata, not the
// title, so the page is not taken for a page "about" a report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';
import { isMetadataLine } from '../../../server/src/core/parse/title';
import { toSimplified } from '../../../server/src/core/text/script';

const page = [
  '標 題 | 某某自治區(qū)某某廳2021年政府信息公開工作年度報告 | ||',
  '索引號 | 000000000/2022-00001 | 文 號 | |',
  '某某自治區(qū)某某廳2021年政府信息公開工作年度報告',
  '根據(jù)《中華人民共和國政府信息公開條例》規(guī)定,編制本報告,本報告各類數(shù)據(jù)統(tǒng)計時限從2021年1月1日至2021年12月31日止。',
  '一、總體情況',
  '2021年,本廳扎實推進政府信息公開工作。',
].join('\n');

test('Traditional metadata labels are metadata lines (read as the readers read them: in doc.read, Simplified)', () => {
  assert.equal(isMetadataLine(toSimplified('標 題 | 某某廳2021年政府信息公開工作年度報告 | ||')), true);
  assert.equal(isMetadataLine(toSimplified('索引號 | 000000000/2022-00001 | 文 號 | |')), true);
  assert.equal(isMetadataLine(toSimplified('某某廳2021年政府信息公開工作年度報告')), false);
  // The page's lines as detection and the title read them: doc.readLines, the lines of doc.read.
  const a = analyze(page);
  assert.equal(isMetadataLine(a.doc.readLines.lineText(0)), true);
  assert.equal(isMetadataLine(a.doc.readLines.lineText(1)), true);
});

test('the page is a 2021 report titled by its own title line', () => {
  const a = analyze(page);
  assert.equal(a.kind, 'gov-info-2021');
  assert.equal(a.doc.year, 2021);
  assert.equal(a.doc.title?.line, 2);
});

test('a Traditional 標題 cell alone names the title, in the original script', () => {
  const a = analyze(page.split('\n').filter((_, i) => i !== 2).join('\n'));
  assert.equal(a.kind, 'gov-info-2021');
  assert.equal(a.doc.title?.source, 'metadata');
  assert.equal(a.doc.title?.text, '某某自治區(qū)某某廳2021年政府信息公開工作年度報告');
});
