// A table printed to PDF with a narrow label column wraps each label inside its cell; `pdftotext`'s
// reading order then gives the label's pieces one a line (4.无正当 / 理由大量 0 / 反复申请), a figure
// sometimes on a piece's line. The table cannot be placed (or only in part), and its label cells are
// judged for slips (table-row-unknown): a piece that ends a statutory label with the pieces before it
// is no slip (反复申请 is not a misspelt 2.重复申请). Text of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText } from '../helpers';

const head = '某区人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年，区政府办受理政府信息公开申请 95 件。\n'
  + '二、主动公开政府信息情况\n2024年主动公开信息1200条。\n三、收到和处理政府信息公开申请情况\n';
const TOP = ['申请人情况', '（本列数据的勾稽关系为：第一项加第二项之和，等', '于第三项加第四项之和）', '法人或其他组织', '自然人',
  '社会 法律', '商业 科研', '公益 服务 其他', '企业 机构', '组织 机构', '总计'];
const TAIL = '\n四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议、行政诉讼。\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n';
const zeros = (n: number) => Array(n).fill('0');
const page = (pieces: string[]) => head + [...TOP, '一、本年新收政府信息公开申请', '数量', '95', ...zeros(5), '95',
  '（五）不予处', '理', '1.信访举报', '投诉类申请', ...zeros(7), '2.重复申', '请 0', ...zeros(6), ...pieces, ...zeros(6), '（七）总计', '95', ...zeros(5), '95'].join('\n') + TAIL;
const unknown = (text: string) => lintText(text).findings.filter((f) => f.rule === 'table-row-unknown').map((f) => text.slice(f.start, f.end));

test('the last piece of a wrapped label (4.无正当 / 理由大量 0 / 反复申请) is no misspelt row', () => {
  assert.deepEqual(unknown(page(['4.无正当', '理由大量 0', '反复申请'])), []);
  assert.deepEqual(unknown(page(['3.要求提', '供公开出 0', '版物'])), []);
});

test('a misspelt label on a line of its own is still reported', () => {
  assert.deepEqual(unknown(page(['4.无正当理由大量反复申情', '0'])), ['4.无正当理由大量反复申情']);
});
