// PDF text in reading order (pdftotext's default mode, a browser's table without rules, 16 px) where
// the last figure of a 表二 row is printed after the next caption and the next row's label
// (行政规范性文件 62 / 33 / 第二十条第（五）项 / … / 行政许可 / 440 / 4529), the shape pdftotext gave for
// real-pages pA/04.txt. The figures still come in the statutory order: table 二 is read when every row
// is filled and each figure is at most one label late; otherwise it stays unreadable. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/engine/lint';
import { lintText, lineRules } from '../helpers';

const HEAD = '某区人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年，本区依法做好政府信息公开工作，全年主动公开政府信息1200条。\n';
const active = (licensing: string[]) => [
  '二、主动公开政府信息情况',
  '第二十条第（一）项',
  '信息内容',
  '本年制发件数 本年废止件数 现行有效件数',
  '规章', '', '0', '', '0', '', '0', '',
  '行政规范性文件 62',
  '33',
  '第二十条第（五）项',
  '信息内容',
  '本年处理决定数量',
  ...licensing,
  '第二十条第（六）项',
  '信息内容',
  '', '本年处理决定数量', '',
  '行政处罚', '', '1100', '',
  '行政强制', '', '65', '',
  '第二十条第（八）项',
  '信息内容',
  '', '本年收费金额（单位：万元）', '',
  '行政事业性收费 18651.06',
  '三、收到和处理政府信息公开申请情况',
  '本年未收到申请。',
  '',
].join('\n');

const values = (text: string) => {
  const t = analyze(text).report!.tables.get('active');
  const got: Record<string, string[]> = {};
  for (const r of t?.rows ?? []) if (r.rowId) got[r.rowId] = [...r.values.values()].map((c) => c.text);
  return got;
};

test('reading order: a row\'s last figure printed after the next caption and label (… / 行政许可 / 440 / 4529) is still its own', () => {
  const text = HEAD + active(['行政许可', '', '440', '', '4529', '']);
  const got = values(text);
  assert.deepEqual(got.rules, ['0', '0', '0']);
  assert.deepEqual(got.normative, ['62', '33', '440']);
  assert.deepEqual(got.licensing, ['4529']);
  assert.deepEqual(got.penalty, ['1100']);
  assert.deepEqual(got.fees, ['18651.06']);
  const rules = lineRules(text, lintText(text), ['error', 'warning', 'info']);
  assert.ok(!rules.some((x) => /table-/.test(x)), rules.join(' '));
});

test('reading order: a figure two labels late, or a row missing, leaves table 二 unread (no guess)', () => {
  // 440 after 行政许可's own figure and 行政处罚's label: not read in order.
  const late = HEAD + active(['行政许可', '', '4529', '']).replace('行政处罚\n', '行政处罚\n440\n');
  assert.equal(values(late).normative, undefined);
  // 行政许可's label lost: 440 and 4529 have no row to go to with certainty.
  const lost = HEAD + active(['', '440', '', '4529', '']);
  assert.equal(values(lost).normative, undefined);
  for (const text of [late, lost]) {
    const rules = lineRules(text, lintText(text), ['error', 'warning']);
    assert.ok(!rules.some((x) => /table-(row-total|sum|shape|subtotal)/.test(x)), rules.join(' '));
  }
});
