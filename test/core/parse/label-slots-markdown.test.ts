// A web table converted to Markdown without expanding its spans (issue #12): every row keeps its
// empty cells (| |) but a rowspan cell (三、本年度办理结果, （三）不予公开) appears only in its first
// row, so rows are not as wide as the header. A row showing its label and then exactly the n
// slots reads its trailing blanks in place; table 四's data row of exactly 15 slots too. The same
// for a cell-per-line copy whose blank cells are bare pipes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/engine/lint';
import { findings } from '../rules/build';

const md = (cells: string[]) => `| ${cells.join(' | ')} |`;
const B = (n: number) => Array(n).fill('');

const TABLE3 = [
  md(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况']),
  md(['---', '---']),
  md(['自然人', '法人或其他组织', '总计']),
  md(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']),
  md(['一、本年新收政府信息公开申请数量', '8', '2', '', '', '', '', '10']),
  md(['二、上年结转政府信息公开申请数量', '1', '', '', '', '', '', '1']),
  md(['三、本年度办理结果', '（一）予以公开', '5', '1', '', '', '', '', '6']),
  md(['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '1', '', '', '', '', '', '1']),
  md(['（三）不予公开', '1.属于国家秘密', ...B(7)]),
  md(['2.其他法律行政法规禁止公开', ...B(7)]),
  md(['3.危及“三安全一稳定”', ...B(7)]),
  md(['4.保护第三方合法权益', ...B(7)]),
  md(['5.属于三类内部事务信息', ...B(7)]),
  md(['6.属于四类过程性信息', ...B(7)]),
  md(['7.属于行政执法案卷', ...B(7)]),
  md(['8.属于行政查询事项', ...B(7)]),
  md(['（四）无法提供', '1.本机关不掌握相关政府信息', '2', '1', '', '', '', '', '3']),
  md(['2.没有现成信息需要另行制作', ...B(7)]),
  md(['3.补正后申请内容仍不明确', ...B(7)]),
  md(['（五）不予处理', '1.信访举报投诉类申请', '1', '', '', '', '', '', '1']),
  md(['2.重复申请', ...B(7)]),
  md(['3.要求提供公开出版物', ...B(7)]),
  md(['4.无正当理由大量反复申请', ...B(7)]),
  md(['5.要求行政机关确认或重新出具已获取信息', ...B(7)]),
  md(['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', ...B(7)]),
  md(['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', ...B(7)]),
  md(['3.其他', ...B(7)]),
  md(['（七）总计', '9', '2', '', '', '', '', '11']),
  md(['四、结转下年度继续办理', '0', '', '', '', '', '', '0']),
].join('\n');

const REVIEW_ROW = ['2', '', '', '1', '3', '1', '', '', '', '1', '', '', '', '', ''];
const REVIEW = [
  md(['行政复议', '行政诉讼']),
  md(['---', '---']),
  md(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉']),
  md(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计']),
  md(REVIEW_ROW),
].join('\n');

const doc = (t3: string, t4: string) => `某县某局2022年政府信息公开工作年度报告\n\n一、总体情况\n\n2022年，我局依法做好政府信息公开工作。\n\n三、收到和处理政府信息公开申请情况\n\n${t3}\n\n四、政府信息公开行政复议、行政诉讼情况\n\n${t4}\n\n五、存在的主要问题及改进情况\n\n无。\n`;
const DOC = doc(TABLE3, REVIEW);

const values = (text: string, table: string, label: string | null) => {
  const t = analyze(text).report!.tables.get(table)!;
  const r = label === null ? t.rows.find((x) => x.rowId === 'data')! : t.rows.find((x) => x.raw.cells.some((c) => c.text.startsWith(label)))!;
  return [...r.values.values()].map((c) => c.text);
};

test('markdown without expanded spans: rows under a rowspan read their values in place, no table-shape', () => {
  assert.deepEqual(values(DOC, 'applications', '（一）予以公开'), ['5', '1', '', '', '', '', '6']);
  assert.deepEqual(values(DOC, 'applications', '（二）部分公开'), ['1', '', '', '', '', '', '1']);
  assert.deepEqual(values(DOC, 'applications', '1.信访举报投诉类申请'), ['1', '', '', '', '', '', '1']);
  for (const rule of ['table-shape', 'table-row-total', 'table-subtotal', 'table-balance', 'review-total']) {
    assert.deepEqual(findings(DOC, rule).map((f) => f.message), [], rule);
  }
});

test('markdown: table 四 data row of exactly 15 slots with trailing blanks is read in place', () => {
  assert.deepEqual(values(DOC, 'review', null), REVIEW_ROW);
  // A wrong total there is found.
  const bad = DOC.replace(md(REVIEW_ROW), md(['2', '', '', '1', '4', ...REVIEW_ROW.slice(5)]));
  assert.equal(findings(bad, 'review-total').length, 1);
});

test('cell-per-line copy: table 四 values with bare-pipe blanks are read in place', () => {
  const lines = (cells: string[]) => cells.map((c) => (c ? `${c} |` : '|')).join('\n') + '\n||';
  const t4 = [
    lines(['行政复议', '行政诉讼']),
    lines(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉']),
    lines(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计']),
    lines(REVIEW_ROW),
  ].join('\n');
  const text = doc(TABLE3, t4);
  assert.deepEqual(findings(text, 'table-shape').map((f) => f.message), []);
  assert.deepEqual(values(text, 'review', null), REVIEW_ROW);
});
