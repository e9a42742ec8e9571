// A copy that ends every line with a space (parse/line-pad.ts): the pad is no content, so a line of
// one space is a blank line there, and only there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineMap } from '../../../server/src/core';
import { padless, padsLineEnds } from '../../../server/src/core/parse/line-pad';

const LINES = ['规章', '', '6', '', '2', '', '10', '', '行政规范性文件', '', '198', '', '7', '', '21', ''];

test('a text whose every line ends in a space is padded; its pad is cut from each line, offsets kept', () => {
  const lines = new LineMap(LINES.map((l) => `${l} `).join('\n'));
  assert.equal(padsLineEnds(lines), true);
  assert.equal(padless(lines, 0), '规章');
  assert.equal(padless(lines, 1), '');
  assert.equal(lines.lineStarts[2], '规章 \n \n'.length);
});

test('a text with a few lines ending in a space is not padded: a line of one space stays as it is', () => {
  const text = LINES.map((l, i) => (i % 4 === 0 ? `${l} ` : l)).join('\n');
  const lines = new LineMap(text);
  assert.equal(padsLineEnds(lines), false);
  assert.equal(padless(lines, 0), '规章 ');
  // Too few lines to tell a padding habit from chance.
  assert.equal(padsLineEnds(new LineMap('规章 \n \n6 ')), false);
});
