// artifact-web (oC harvest): an accessibility toolbar whose buttons are split by the bar character 丨
// (U+4E28), with the site's name before 无障碍 (网站无障碍), a 关爱版 button and its icon's file name run
// into it (gablogo.png关爱版), is chrome. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { lineOf, TOWN_REPORT, web } from './web-findings';

test('a toolbar split by 丨, with 网站无障碍 and an icon file name run into 关爱版, is chrome', () => {
  const text = ['丨     网站无障碍 丨 关怀版 丨  gablogo.png关爱版', '', ...TOWN_REPORT].join('\n');
  assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [1]);
});

test('an image file name alone, or in a sentence, is not a toolbar', () => {
  const alone = ['gablogo.png', '', ...TOWN_REPORT].join('\n');
  assert.deepEqual(web(alone).filter((f) => lineOf(alone, f.start) === 1 && /工具栏/.test(f.message)), []);
  const prose = [...TOWN_REPORT, '网站首页更换了logo.png关爱版图标,方便老年人浏览。'].join('\n');
  assert.deepEqual(lint(prose).findings.filter((x) => x.rule === 'artifact-web'), []);
});
