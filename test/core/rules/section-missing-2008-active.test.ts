// section-missing, 2008 regulation: the part on active disclosure headed with its words in another order
// (一、主动政府信息公开情况, as real page pR/02's opening names it: 主动政府信息公开情况) is the part, not a missing one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build2008, findings } from './build';

const RULE = 'section-missing';
const headed = (heading: string) =>
  build2008().replace('一、主动公开政府信息的情况', heading).replace('全年主动公开政府信息320条。', '全年通过政府网站公开政府信息320条。');

test('一、主动政府信息公开情况 is the part on active disclosure', () => {
  assert.deepEqual(findings(headed('一、主动政府信息公开情况'), RULE), []);
});

test('a heading that does not name active disclosure leaves the part missing (the test can fail)', () => {
  const fs = findings(headed('一、政府信息公开情况'), RULE);
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /主动公开/);
});
