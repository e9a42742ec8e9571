// A whole report pasted on one line (paragraphs joined by spaces): headings and sections are
// found inside the line, with offsets into the original text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { parseDocument } from '../../../server/src/core/parse/document';
import { inlineHeadings } from '../../../server/src/core/parse/one-line';
import { PASTED } from '../hostile';
import { bestRatio } from '../growth';

const PARAS = [
  '某区人民政府2023年政府信息公开工作年度报告', '一、总体情况', '2023年，我区依法做好政府信息公开工作。', '（一）主动公开。全年主动公开政府信息1136条。',
  '二、主动公开政府信息情况', '本年制发规章0件。', '三、收到和处理政府信息公开申请情况', '全年受理申请21件。',
  '四、政府信息公开行政复议、行政诉讼情况', '无。', '五、存在的主要问题及改进情况', '问题是宣传不够。改进措施是加强培训。上一年度问题已整改。',
  '六、其他需要报告的事项', '本年度未收取信息处理费。',
];
const ONE_LINE = `${PARAS.join(' ')} ${'其他说明文字。'.repeat(80)}`;

test('one line: the headings of a flattened report are found at their exact offsets', () => {
  const d = parseDocument(ONE_LINE);
  const tops = d.headings.filter((h) => h.level === 1);
  assert.deepEqual(tops.map((h) => h.numeral), [1, 2, 3, 4, 5, 6]);
  for (const h of d.headings) assert.equal(ONE_LINE.slice(h.titleStart, h.titleEnd), h.title);
  assert.equal(ONE_LINE.slice(tops[3].start, tops[3].titleEnd), '四、政府信息公开行政复议、行政诉讼情况');
  assert.ok(d.headings.some((h) => h.level === 2 && h.title === '主动公开'));
});

test('one line: the statutory sections are matched, so none is reported missing', () => {
  const r = lint(ONE_LINE);
  assert.equal(r.kind, 'gov-info-2021');
  assert.ok(!r.findings.some((f) => f.rule === 'section-missing' || f.rule === 'section-order'), r.findings.map((f) => f.rule).join(' '));
});

test('one line: a long paragraph with a numbered point, or a title running into the text, is no heading', () => {
  const para = `我局主要做法是。一、加强领导；二、完善制度；${'其他说明文字，'.repeat(80)}`;
  const d = parseDocument(para);
  assert.equal(d.headings.length, 0);
  // A marker whose title runs on into the text without a break is not taken.
  assert.equal(inlineHeadings(`一、总体情况2023年我区依法做好政府信息公开工作并取得成效相关情况如下所述各项`, 0, 0).length, 0);
  assert.equal(inlineHeadings('共有三类：一、二、三类各若干', 0, 0).length, 0);
});

test('one line: a year spaced from its 年 inside a heading\'s title (（一）2024 年工作中存在问题的改进情况, PDF spacing) does not end the title', () => {
  const text = `${'全年依法做好政府信息公开工作。'.repeat(20)} （一）2024 年工作中存在问题的改进情况 针对 2024 年工作中存在的主要问题，重点采取如下改进措施。 （二）2025 年工作中存在的主要问题 一是公开质量有待提升。`;
  assert.deepEqual(inlineHeadings(text, 0, 0).map((h) => [h.numeral, h.title]), [[1, '2024 年工作中存在问题的改进情况'], [2, '2025 年工作中存在的主要问题']]);
  // Figures spaced from another word still end the title: （一）2024 件 is no heading.
  assert.deepEqual(inlineHeadings(`${'全年依法做好政府信息公开工作。'.repeat(20)} （一）2024 件 其中规范性文件十件。`, 0, 0), []);
});

test('one line: linear on a long flattened text (growth ratio of two sizes, no absolute time)', () => {
  const unit = `${PARAS.join(' ')} 一、${'二'.repeat(50)} （三）`;
  const { ratio } = bestRatio(unit.repeat(5000), unit.repeat(20000), (text) => inlineHeadings(text, 0, 0), { limit: 12 });
  assert.ok(ratio < 12, `4x input took ${ratio.toFixed(1)}x`);
});

test('one line: the title before the first heading is the report title; kind and year follow', () => {
  const d = parseDocument(ONE_LINE);
  assert.equal(d.title?.text, '某区人民政府2023年政府信息公开工作年度报告');
  assert.equal(d.title?.start, 0);
  const r = lint(ONE_LINE);
  assert.deepEqual([r.kind, r.year], ['gov-info-2021', 2023]);
});

test('one line: labels of a table flattened into the line (| 二、… |) are cells, not headings; numbering continues', () => {
  const table = '| 一、本年新收政府信息公开申请数量 | 21 | | 二、上年结转政府信息公开申请数量 | 0 | | 三、本年度办理结果 | | | 四、结转下年度继续办理 | 0 |';
  const text = PARAS.slice(0, 7).join(' ') + ' ' + table + ' ' + PARAS.slice(7).join(' ') + ' ' + '其他说明文字。'.repeat(80);
  const tops = parseDocument(text).headings.filter((h) => h.level === 1);
  assert.deepEqual(tops.map((h) => `${h.numeral}${h.title}`), [
    '1总体情况', '2主动公开政府信息情况', '3收到和处理政府信息公开申请情况', '4政府信息公开行政复议、行政诉讼情况', '5存在的主要问题及改进情况', '6其他需要报告的事项',
  ]);
});

test('one line: generated reports of every layout pasted on one line are recognised without false alarms', () => {
  for (const s of PASTED.filter((p) => p.name.endsWith('on one line') && p.name.includes('/simp/'))) {
    const r = lint(s.text);
    assert.notEqual(r.kind, null, s.name);
    assert.deepEqual(r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.rule), [], s.name);
  }
});
