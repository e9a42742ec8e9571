// paragraphs: a PDF paragraph whose sentence ends exactly at the wrap edge goes on on the next line
// (text-share then finds the share's base in the sentence before); an indented next line, a blank
// line, a list item or a short last line still starts a new paragraph.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';
import { paragraphs } from '../../../server/src/core/model/paragraphs';

const HEAD = ['示例区人民政府办公室2023年政府信息公开工作年度报告', '', '一、总体情况', ''];
const WRAPPED = [
  '2023年，示例区人民政府办公室坚持以公开为常态、不公开为例外，全面推进政务公开工',
  '作，认真贯彻落实上级各项工作部署和要求，不断完善政府信息公开工作机制和制度建设，',
  '各项工作均取得了一定成效，全年共收到群众来信一百二十件，处理及时，共收到来信120件。',
];
const NEXT = '反映城市管理问题的48件，占45%。群众满意度较高，各项工作进展顺利，取得了良好效果。';
const sizes = (lines: string[]) => paragraphs(analyze(lines.join('\n'))).map((p) => p.length);

test('a sentence ending at the wrap edge: the paragraph goes on, and the share finds its base', () => {
  const lines = [...HEAD, ...WRAPPED, NEXT];
  assert.deepEqual(sizes(lines), [1, 1, 3]);
  const text = lines.join('\n');
  const fs = lint(text).findings.filter((f) => f.rule === 'text-share');
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '45%');
  assert.match(fs[0].message, /48\/120/);
});

test('a new paragraph after a full line: indented, after a blank line, a list item, or plain text without a wrap width', () => {
  assert.deepEqual(sizes([...HEAD, ...WRAPPED, '　　' + NEXT]), [1, 1, 1, 2]);
  assert.deepEqual(sizes([...HEAD, ...WRAPPED, '', NEXT]), [1, 1, 1, 2]);
  assert.deepEqual(sizes([...HEAD, ...WRAPPED, '（一）' + NEXT]), [1, 1, 1, 2]);
  // One paragraph a line (no wrap width): every line is its own paragraph.
  assert.deepEqual(sizes([...HEAD, WRAPPED.join(''), NEXT]), [1, 1, 1, 2]);
});
