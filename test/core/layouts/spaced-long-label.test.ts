// A 表三 printed to PDF with a narrow label column and copied back row by row (`pdftotext -raw`, or
// -layout of a narrow page): the long labels of （六）其他处理 wrap over four to ten lines above their
// figures, one piece a line, a piece as short as 用、 among them. The numbered first line and its pieces
// are one label (up to MAX_HEAD_PIECES lines in spaced.ts, ten in the narrowest column), so the row is read with its figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';

const row = (label: string, v: number[]) => `${label} ${v.join(' ')} ${v.reduce((s, x) => s + x, 0)}`;
const z = [0, 0, 0, 0, 0, 0];
function table(otherproc: string[]): string {
  return [
    '三、收到和处理政府信息公开申请情况',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    '申请人情况',
    '自然人',
    '法人或其他组织',
    '商业企业 科研机构 社会公益组织 法律服务机构 其他',
    '总计',
    row('一、本年新收政府信息公开申请数量', [40, 2, 0, 0, 0, 0]),
    row('二、上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0]),
    '三、本',
    '年度办',
    '理结果',
    row('（一）予以公开', [20, 1, 0, 0, 0, 0]),
    '（二）部分公开（区分处理的，只计这一情形，',
    row('不计其他情形）', [3, 0, 0, 0, 0, 0]),
    '（三）不予',
    '公开',
    row('1.属于国家秘密', z), row('2.其他法律行政法规禁止公开', z), row('3.危及“三安全一稳定”', z), row('4.保护第三方合法权益', z),
    row('5.属于三类内部事务信息', [2, 0, 0, 0, 0, 0]), row('6.属于四类过程性信息', z), row('7.属于行政执法案卷', z), row('8.属于行政查询事项', z),
    '（四）无法',
    '提供',
    row('1.本机关不掌握相关政府信息', [9, 1, 0, 0, 0, 0]), row('2.没有现成信息需要另行制作', z), row('3.补正后申请内容仍不明确', z),
    '（五）不予',
    '处理',
    row('1.信访举报投诉类申请', z), row('2.重复申请', [1, 0, 0, 0, 0, 0]), row('3.要求提供公开出版物', z), row('4.无正当理由大量反复申请', z),
    '5.要求行政机关确认或重新出具已',
    row('获取信息', z),
    '（六）其他',
    '处理',
    ...otherproc,
    row('3.其他', [1, 0, 0, 0, 0, 0]),
    row('（七）总计', [38, 2, 0, 0, 0, 0]),
    row('四、结转下年度继续办理', [3, 0, 0, 0, 0, 0]),
    '四、政府信息公开行政复议、行政诉讼情况',
  ].join('\n');
}
const report = (t: string) => ['某某区2024年政府信息公开工作年度报告', '一、总体情况', '2024年，我区持续深化政务公开。', t, '略。'].join('\n');

const FOUR = [
  '1.申请人无正当理由逾期不补正、',
  '行政机关',
  '不再处理其政府信息公开申请',
  '2 0 0 0 0 0 2',
  '2.申请人逾期未按收费通知要求缴',
  '纳费用、',
  '行政机关不再处理其政府信息公开',
  '申请',
  '0 0 0 0 0 0 0',
];
const FIVE = [
  '1.申请人无正当理由',
  '逾期不补正、行政机',
  '关',
  '不再处理其政府信息',
  '公开申请',
  '2 0 0 0 0 0 2',
  '2.申请人逾期未按收',
  '费通知要求缴纳费',
  '用、',
  '行政机关不再处理其',
  '政府信息公开申请',
  '0 0 0 0 0 0 0',
];

// The narrowest label column: four characters a line, ten lines above the figures.
const TEN = [
  '1.申请人', '无正当理', '由逾期不', '补正、行', '政机关', '不再处理', '其政府信', '息公开申', '请', '2 0 0 0 0 0 2',
  '2.申请人', '逾期未按', '收费通知', '要求缴纳', '费用、', '行政机关', '不再处理', '其政府信', '息公开申', '请', '0 0 0 0 0 0 0',
];

for (const [name, lines] of [['four', FOUR], ['five', FIVE], ['ten', TEN]] as const) {
  test(`（六）'s labels wrapped over ${name} lines above their figures are read as their rows`, () => {
    const text = report(table([...lines]));
    const rows = analyze(text).report!.tables.get('applications')!.rows;
    const vals = (id: string) => [...(rows.find((r) => r.rowId === id)?.values.values() ?? [])].map((c) => c.text).join(' ');
    assert.equal(vals('otherproc-1'), '2 0 0 0 0 0 2');
    assert.equal(vals('otherproc-2'), '0 0 0 0 0 0 0');
    const findings = lint(text).findings.filter((f) => f.severity !== 'info' && /^table-/.test(f.rule));
    assert.deepEqual(findings.map((f) => `${f.rule}: ${f.message}`), []);
  });
}

test('unnumbered label lines alone stay three at most: a fourth is no piece of the label above', () => {
  // Without a numbered first line the run is no split label: 行政许可 / 行政处罚 / … stay rows of their own.
  const text = report(table(FOUR));
  const a = analyze(text);
  assert.ok(a.report!.tables.get('applications')!.rows.some((r) => r.rowId === 'noproc-5'));
});

// A narrower label column still (A5, -layout): two or three characters a line, the figures on a middle
// piece's line (3.危及 / “三 / 安全 0 0 …), the label's last pieces below them. The short pieces, a
// quote mark included, go on the numbered first line and the line of figures ends the label's head.
test('labels of 表三 two characters a line with their figures on a middle piece are read as their rows', () => {
  const narrow = (t: string) => t
    .replace(row('3.危及“三安全一稳定”', z), ['3.危及', '“三', `安全 ${z.join(' ')} 0`, '一稳', '定”'].join('\n'))
    .replace(row('4.保护第三方合法权益', z), ['4.保护', '第三', `方合 ${z.join(' ')} 0`, '法权', '益'].join('\n'))
    .replace(row('2.重复申请', [1, 0, 0, 0, 0, 0]), ['2.重复', `申请 1 ${z.slice(1).join(' ')} 1`].join('\n'));
  const text = report(narrow(table(FOUR)));
  assert.notEqual(text, report(table(FOUR)));
  const rows = analyze(text).report!.tables.get('applications')!.rows;
  const vals = (id: string) => [...(rows.find((r) => r.rowId === id)?.values.values() ?? [])].map((c) => c.text).join(' ');
  assert.equal(vals('deny-3'), '0 0 0 0 0 0 0');
  assert.equal(vals('deny-4'), '0 0 0 0 0 0 0');
  assert.equal(vals('noproc-2'), '1 0 0 0 0 0 1');
  const findings = lint(text).findings.filter((f) => f.severity !== 'info' && /^table-/.test(f.rule));
  assert.deepEqual(findings.map((f) => `${f.rule}: ${f.message}`), []);
});
