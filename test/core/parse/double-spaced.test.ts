// parse/double-spaced.ts: a text with a blank line after every line, and PDF text so pasted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineMap } from '../../../server/src/core';
import { isDoubleSpaced, isDoubleSpacedPdf, spacedLines, undoubledLines } from '../../../server/src/core/parse/double-spaced';

const doubled = (t: string) => t.replace(/([^\n])\n(?=[^\n])/g, '$1\n\n');
const CELLS = Array.from({ length: 30 }, (_, i) => (i % 2 ? String(i) : `行政许可${i}`)).join('\n');
const WRAPPED = Array.from({ length: 8 }, (_, i) => `本机关坚持以人民为中心，不断加大政府信息主动公开力度，第${i}项工`).join('\n');

test('a blank line after every line is double-spaced; lines that touch are not', () => {
  assert.equal(isDoubleSpaced(new LineMap(doubled(CELLS))), true);
  assert.equal(isDoubleSpaced(new LineMap(CELLS)), false);
  // Too few lines to tell.
  assert.equal(isDoubleSpaced(new LineMap('规章\n\n0\n\n0')), false);
});

test('PDF text pasted double-spaced needs prose broken at one width; a web page of cells has none', () => {
  assert.equal(isDoubleSpacedPdf(new LineMap(doubled(`${WRAPPED}\n${CELLS}`))), true);
  assert.equal(isDoubleSpacedPdf(new LineMap(`${WRAPPED}\n${CELLS}`)), false);
  assert.equal(isDoubleSpacedPdf(new LineMap(doubled(`${WRAPPED.replace(/\n/g, '')}。\n${CELLS}`))), false);
});

test('the lines without the doubling blank lines are the lines as written, lines of tabs or spaces included', () => {
  const written = ['第二十条第(一)项  | ', '\t\t', '信息内容  | ', '\t\t\t本年制发件数  | ', '\t\t', '规章  | ', '\t\t\t0  | ', '   | ', '', '', '行政许可  | ', '\t\t\t951'];
  const text = doubled(written.join('\n'));
  const lines = new LineMap(text);
  assert.equal(isDoubleSpaced(lines), true);
  const { view, lineOf } = undoubledLines(lines);
  assert.deepEqual(Array.from({ length: view.lineCount }, (_, i) => view.lineText(i)), written);
  for (let i = 0; i < view.lineCount; i++) assert.equal(lines.lineText(lineOf[i]), view.lineText(i));
  assert.equal(spacedLines(lines, 12), 24);
  assert.equal(spacedLines(new LineMap(written.join('\n')), 12), 12);
});
