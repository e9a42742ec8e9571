// A title broken over two lines inside the report words (某某局2024年政府 / 信息公开工作年度报告), as a
// page's narrow title box breaks it: the two lines are the title. Texts of our own (harvest mA).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';
import { lintText } from '../helpers';

const body = [
  '依据《中华人民共和国政府信息公开条例》第五十条规定,编制本报告。所列统计数据时间范围为2024年1月1日至2024年12月31日。',
  '一、总体情况',
  '2024年,区某某局扎实推进政府信息公开工作。',
];

test('a title broken inside 政府信息公开 is read over both lines', () => {
  const text = ['某某区某某局2024年政府', '信息公开工作年度报告', ...body].join('\n');
  const a = analyze(text);
  assert.equal(a.doc.title?.text, '某某区某某局2024年政府信息公开工作年度报告');
  assert.deepEqual([a.kind, a.doc.year], ['gov-info-2021', 2024]);
  assert.ok(!lintText(text).findings.some((f) => f.rule === 'title-nonstandard'), 'no title-nonstandard on a whole title');
});

test('a title broken inside 年度报告 is read over both lines', () => {
  const text = ['某某县某某局2024年政府信息公开工作年度', '报告', ...body].join('\n');
  assert.equal(analyze(text).doc.title?.text, '某某县某某局2024年政府信息公开工作年度报告');
});

test('two lines that do not break a report word stay apart', () => {
  // The line above is a site's name, not the first half of the title.
  const text = ['某某区人民政府门户网站', '2024年政府信息公开工作年度报告', ...body].join('\n');
  assert.equal(analyze(text).doc.title?.text, '2024年政府信息公开工作年度报告');
});
