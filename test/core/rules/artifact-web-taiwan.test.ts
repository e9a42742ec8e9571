// artifact-web: page chrome worded as Taiwan converters word it (a Traditional mirror of a mainland page converted
// with Taiwan phrasing: 發佈 → 釋出, 友情鏈接 → 友情連結, 網站導航 → 網站導覽), read as the mainland words are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis } from '../../../server/src/core';
import { artifactWeb } from '../../../server/src/core/rules/artifact-web';
import { buildRuleOfLaw, findings, where } from './build';

const found = (text: string) => findings(text, 'artifact-web', lintAnalysis(analyze(text), [artifactWeb]));

test('釋出日期 in a page header and 聯絡我們 | 友情連結 | 網站導覽 in a footer are chrome', () => {
  const header = '釋出日期:2020-12-04 09:27:11 來源:海珠區政務服務資料管理局';
  const footer = '聯絡我們 | 友情連結 | 站點地圖 | 網站導覽';
  const text = `${header}\n${buildRuleOfLaw()}\n${footer}\n`;
  assert.deepEqual(found(text).map((f) => where(text, f).slice), [header, footer]);
});

test('sentences with the same words stay', () => {
  const text = buildRuleOfLaw('\n本年度釋出政策解讀10篇，並與相關單位保持友情連結。');
  assert.deepEqual(found(text), []);
});
