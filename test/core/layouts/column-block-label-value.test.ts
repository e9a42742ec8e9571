// PDF text in reading order (pdftotext's default mode) where a row's first figure stands on its
// label's line and the rest on lines of their own (行政规范性文件 62 / 33 / 440), the shape
// pdftotext gave for nQ/04-pdf.txt. Such a line is no row of PDF text with layout (one label,
// one figure): table 二 is read in reading order, every figure in its column. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/engine/lint';
import { lintText, lineRules } from '../helpers';

const HEAD = '某区人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年，本区依法做好政府信息公开工作，全年主动公开政府信息1200条。\n';
const ACTIVE = [
  '二、主动公开政府信息情况',
  '第二十条第（一）项',
  '信息内容',
  '',
  '本年制发件数 本年废止件数 现行有效件数',
  '',
  '规章',
  '',
  '0',
  '',
  '0',
  '',
  '0',
  '',
  '行政规范性文件 62',
  '',
  '33',
  '',
  '440',
  '',
  '第二十条第（五）项',
  '信息内容',
  '',
  '本年处理决定数量',
  '',
  '行政许可',
  '',
  '4529',
  '',
  '第二十条第（六）项',
  '信息内容',
  '',
  '本年处理决定数量',
  '',
  '行政处罚',
  '',
  '1100',
  '',
  '行政强制',
  '',
  '65',
  '',
  '第二十条第（八）项',
  '信息内容',
  '',
  '本年收费金额（单位：万元）',
  '',
  '行政事业性收费 18651.06',
  '',
].join('\n');

test('reading order: a label with its first figure on its line (行政规范性文件 62 / 33 / 440) keeps every figure of table 二', () => {
  const text = `${HEAD}${ACTIVE}\n三、收到和处理政府信息公开申请情况\n本年未收到申请。\n`;
  const t = analyze(text).report!.tables.get('active')!;
  assert.equal(t.layout, 'column-block');
  const got: Record<string, string[]> = {};
  for (const r of t.rows) if (r.rowId) got[r.rowId] = [...r.values.values()].map((c) => c.text);
  assert.deepEqual(got.normative, ['62', '33', '440']);
  assert.deepEqual(got.rules, ['0', '0', '0']);
  assert.deepEqual(got.fees, ['18651.06']);
  const rules = lineRules(text, lintText(text), ['error', 'warning']);
  assert.ok(!rules.some((x) => /table-/.test(x)), rules.join(' '));
});

test('PDF text with layout: a label and one figure under a 表二 caption is still a row (行政许可 97)', () => {
  const text = `${HEAD}二、主动公开政府信息情况\n第二十条第（五）项\n信息内容 本年处理决定数量\n行政许可 97\n第二十条第（六）项\n信息内容 本年处理决定数量\n行政处罚 12\n行政强制 3\n`;
  const t = analyze(text).report!.tables.get('active')!;
  const got: Record<string, string[]> = {};
  for (const r of t.rows) if (r.rowId) got[r.rowId] = [...r.values.values()].map((c) => c.text);
  assert.deepEqual(got.licensing, ['97']);
  assert.deepEqual(got.penalty, ['12']);
});
