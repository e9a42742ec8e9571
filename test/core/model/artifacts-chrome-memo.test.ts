// model/artifacts-chrome.ts remembers a line's classification (a pure function of its text):
// the same answer every time, a fresh object each call (a caller's change never leaks into the
// next draft's answer), and long lines classified as before without the memo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyChrome } from '../../../server/src/core/model/artifacts-chrome';

test('a chrome line classified again gives the same answer in a fresh object', () => {
  const line = '粤ICP备05083207号-1';
  const first = classifyChrome(line);
  assert.ok(first, 'an ICP filing line is chrome');
  const again = classifyChrome(line.slice(0));
  assert.deepEqual(again, first);
  assert.notEqual(again, first);
  (first as { zh: string }).zh = 'changed';
  assert.notEqual(classifyChrome(line)?.zh, 'changed');
});

test('report text stays report text, short or long, first time or again', () => {
  const prose = '本年度共收到政府信息公开申请12件，均已按时答复。';
  assert.equal(classifyChrome(prose), null);
  assert.equal(classifyChrome(prose), null);
  const long = prose.repeat(20);
  assert.ok(long.length > 240);
  assert.equal(classifyChrome(long), null);
  assert.equal(classifyChrome(long), null);
});
