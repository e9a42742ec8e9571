// The lines of the text read in Simplified script (doc.readLines): detection, the title and page
// chrome read them, so no reader converts a line again. They share the text's line starts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';
import { normalizedWork } from '../../../server/src/core/parse/normalized-work';
import { normalize } from '../../../server/src/core/text/normalize';

const traditional = [
  '當前位置：首頁 > 政府信息公開 > 年報',
  '<!-- 注释 -->',
  '某某縣人民政府2023年政府信息公開工作年度報告',
  '',
  '一、總體情況',
  '2023年，本縣紮實推進政府信息公開工作。\u00a0全年主動公開政府信息１２條。',
].join('\r\n');

test('readLines: the lines of doc.read, with the line starts of doc.lines (one array, not a copy)', () => {
  const a = analyze(traditional);
  assert.notEqual(a.doc.read, a.doc.text);
  const read = a.doc.read.whole().split(/\r\n|\r|\n/);
  for (let l = 0; l < a.doc.readLines.lineCount; l++) assert.equal(a.doc.readLines.lineText(l), read[l]);
  assert.equal(a.doc.readLines.lineStarts, a.doc.lines.lineStarts);
  assert.equal(a.doc.readLines.lineText(0), '当前位置：首页 > 政府信息公开 > 年报');
  assert.equal(a.doc.readLines.lineText(1).trim(), '');
  const plain = analyze('某某县2023年政府信息公开工作年度报告\n\n一、总体情况\n');
  assert.equal(plain.doc.readLines, plain.doc.lines);
});

test('normalizedWork (made from doc.read) is normalize(doc.work), offsets into the text', () => {
  const a = analyze(traditional);
  const m = normalizedWork(a.doc);
  assert.equal(m.text, normalize(a.doc.work));
  const at = m.text.indexOf('总体情况');
  assert.ok(at > 0);
  assert.equal(a.doc.text.slice(m.map.get(at), m.map.get(at + 3) + 1), '總體情況');
});
