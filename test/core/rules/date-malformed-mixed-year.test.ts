// date-malformed: a year in Chinese numerals with an Arabic 0 or a letter O typed for 〇 (signed 二0一七年, harvested page
// oV/15), and a year that lost its 年 before 度 (2022度…, nR/14) or before 共 and a verb (2024共查处, oX/08).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateMalformed } from '../../../server/src/core/rules/date-malformed';
import { buildDraft, ruleInRegistry, where } from './build';

const run = ruleInRegistry(dateMalformed);
const opening = (sentence: string): string => buildDraft().replace('\n\n## 一、', `\n\n${sentence}\n\n## 一、`);

test('二0一七年 / 二OO八年: the 0 or O is named and an unsafe fix writes 〇', () => {
  const text = `${buildDraft()}\n\n某某区人民政府\n二0二四年一月十日\n`;
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, '二0二四年');
  assert.equal(fs[0].severity, 'info');
  assert.equal(fs[0].message, '年份“二0二四年”混用了阿拉伯数字“0”或字母“O”，应为“二〇二四年”');
  assert.equal(fs[0].fix?.edits[0].newText, '二〇二四年');
  assert.equal(fs[0].fix?.safe, false);
  const letters = opening('根据二OO八年实施的条例编制。');
  assert.deepEqual(run(letters).map((f) => where(letters, f).slice), ['二OO八年']);
});

test('2022度 / 2024共查处: a year that lost its 年', () => {
  const a = opening('现将2022度工作情况报告如下。2024共查处违规培训4个。');
  assert.deepEqual(run(a).map((f) => where(a, f).slice), ['2022', '2024']);
  assert.equal(run(a)[0].message, '年份“2022”后缺少“年”字，应为“2022年”？');
});

test('well-written years, counts of kWh and 〇 stay silent', () => {
  for (const s of [
    '二〇二四年一月十日印发。',
    '二零二四年一月十日印发。',
    '2023年度共查处违规培训4个。',
    '全年节约用电2022度，合计2023度左右。',
    '编号二一二三号文件。',
  ]) assert.deepEqual(run(opening(s)), [], s);
});
