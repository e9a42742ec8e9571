// text-share: a sentence opening with 其中 after a sentence whose counts all say the same figure
// (累计公开信息80条，主动公开80条。其中，信息公开年报1条，占比1.1%) takes that figure as the total
// (hS harvest, issue #12). Two different figures before 其中 still leave the base unknown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';

const HEAD = ['某某乡2024年政府信息公开工作年度报告', '一、总体情况'];
const found = (line: string) => {
  const text = [...HEAD, line].join('\n');
  return lint(text).findings.filter((f) => f.rule === 'text-share').map((f) => [f.severity, f.message]);
};

test('the same figure twice before 其中: the share is checked against it', () => {
  const got = found('在主动公开方面,累计公开信息80条,主动公开80条。其中,信息公开年报1条,占比1.1%;部门工作动态信息54条,占比67.5%。');
  assert.equal(got.length, 1, JSON.stringify(got));
  assert.equal(got[0][0], 'info');
  assert.match(String(got[0][1]), /1\/80/);
  // A right share is silent.
  assert.deepEqual(found('在主动公开方面,累计公开信息80条,主动公开80条。其中,信息公开年报1条,占比1.3%。'), []);
});

test('two different figures before 其中: no base, no finding', () => {
  assert.deepEqual(found('全年收到申请12件,上年结转1件。其中,予以公开1件,占比1.1%。'), []);
});
