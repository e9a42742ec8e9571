// PDF text in reading order (pdftotext's default mode) of a ruled 表三 as Chromium prints it (real-pages
// nQ/04-pdf.txt, pA/04.txt): each cell on a line of its own between blank lines, but the first row's
// first two figures run into one line after its label (一、本年新收政府信息公开申请数量 / 217 1 / 0 …), the
// header's last pieces printed between two rows with two columns' pieces on one line (机构 / 总 / 其 计 /
// 他: 其他's 其 beside 总计's 计), and a label's first line carrying the row's first figure (…不计其他情 29 /
// 形） / 0 …).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/core/engine/lint';
import { lintText, lineRules, ROOT } from '../helpers';

const PAGE = readFileSync(join(ROOT, 'test', 'fixtures', 'real-pages', 'nQ', '04-pdf.txt'), 'utf8');

function rowsOf(text: string) {
  const t = analyze(text).report!.tables.get('applications')!;
  assert.equal(t.layout, 'column-block');
  const got: Record<string, string[]> = {};
  for (const r of t.rows) if (r.rowId) got[r.rowId] = [...r.values.values()].map((c) => c.text);
  return { t, got };
}

test('reading order: a row label like a heading, then two figures run into one line (一、本年新收… / 217 1 / 0 …), is a row', () => {
  const { got } = rowsOf(PAGE);
  assert.deepEqual(got.new, ['217', '1', '0', '0', '0', '0', '218']);
});

test('reading order: a row followed by the header\'s last pieces (机构 / 总 / 其 计 / 他) and then a row label is certain', () => {
  const { t, got } = rowsOf(PAGE);
  assert.ok(t.partial, 'the rest of this page\'s table is printed out of order: partial');
  assert.deepEqual(got.carried, ['0', '0', '0', '0', '0', '0', '0']);
  assert.deepEqual(lineRules(PAGE, lintText(PAGE), ['error', 'warning']).filter((x) => /table-/.test(x)), []);
});

const HEAD = '某区人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年，本区依法做好政府信息公开工作，全年主动公开政府信息1200条。\n';
const LABELS = [
  '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量',
  '（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '1.属于国家秘密', '2.其他法律行政法规禁止公开',
  '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷',
  '8.属于行政查询事项', '1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确',
  '1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '3.其他', '（七）总计', '四、结转下年度继续办理',
];
/** Each cell a paragraph: the line, then a blank line. */
const cells = (xs: (string | number)[]) => xs.flatMap((x) => [String(x), '']);
const FIGURES: Record<string, number[]> = {
  0: [130, 2, 0, 0, 0, 0, 132], 1: [0, 0, 0, 0, 0, 0, 0], 2: [100, 2, 0, 0, 0, 0, 102], 3: [29, 0, 0, 0, 0, 0, 29],
  23: [129, 2, 0, 0, 0, 0, 131], 24: [1, 0, 0, 0, 0, 0, 1],
};

/** A whole 表三 in reading order, with the header's last pieces after row 二 and row （二）'s label carrying its first figure. */
function table(): string {
  const lines = ['三、收到和处理政府信息公开申请情况', '申请人情况', '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
  LABELS.forEach((label, i) => {
    const v = FIGURES[i] ?? [0, 0, 0, 0, 0, 0, 0];
    if (i === 3) lines.push('（二）部分公开（区分处理的，只计这一情形，不计其他情 29', '形）', '', ...cells(v.slice(1)));
    else lines.push(...cells([label, ...v]));
    if (i === 1) lines.push(...cells(['机构', '总', '其 计', '他']));
  });
  return `${HEAD}${lines.join('\n')}\n四、政府信息公开行政复议、行政诉讼情况\n本年无行政复议、行政诉讼。\n`;
}

test('reading order: the header\'s pieces of two columns on one line (其 计) between rows, and a label\'s end after its first figure, leave the table whole', () => {
  const text = table();
  const { t, got } = rowsOf(text);
  assert.ok(!t.partial && !t.unreadable, 'read whole');
  assert.deepEqual(got.open, ['100', '2', '0', '0', '0', '0', '102']);
  assert.deepEqual(got.partial, ['29', '0', '0', '0', '0', '0', '29']);
  assert.deepEqual(got.total, ['129', '2', '0', '0', '0', '0', '131']);
  assert.deepEqual(lineRules(text, lintText(text), ['error', 'warning']).filter((x) => /table-/.test(x)), []);
});
