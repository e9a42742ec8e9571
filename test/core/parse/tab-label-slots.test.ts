// A browser copy of a web table (issue #12): each blank cell keeps its tab, so a row reads as its
// label followed by exactly the table's n slots, the last ones blank — even where the row is not
// as wide as the table's widest row (a 三、本年度办理结果 cell spans the rows below it, so only the
// first row of the span carries it). Those trailing blanks are blank values at their own
// positions, not a short row; a row with a number before its n slots is still read as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/engine/lint';
import { findings } from '../rules/build';

const TABLE3 = [
  '三、收到和处理政府信息公开申请情况',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况',
  '自然人\t法人或其他组织\t总计',
  '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
  '一、本年新收政府信息公开申请数量\t30\t4\t\t\t1\t\t35',
  '二、上年结转政府信息公开申请数量\t2\t\t\t\t\t\t2',
  '三、本年度办理结果\t（一）予以公开\t12\t2\t\t\t1\t\t15',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t3\t\t\t\t\t\t3',
  '（三）不予公开\t1.属于国家秘密\t\t\t\t\t\t\t',
  '2.其他法律行政法规禁止公开\t\t\t\t\t\t\t',
  '3.危及“三安全一稳定”\t\t\t\t\t\t\t',
  '4.保护第三方合法权益\t\t\t\t\t\t\t',
  '5.属于三类内部事务信息\t1\t\t\t\t\t\t1',
  '6.属于四类过程性信息\t\t\t\t\t\t\t',
  '7.属于行政执法案卷\t\t\t\t\t\t\t',
  '8.属于行政查询事项\t2\t1\t\t\t\t\t3',
  '（四）无法提供\t1.本机关不掌握相关政府信息\t9\t1\t\t\t\t\t10',
  '2.没有现成信息需要另行制作\t2\t\t\t\t\t\t2',
  '3.补正后申请内容仍不明确\t\t\t\t\t\t\t',
  '（五）不予处理\t1.信访举报投诉类申请\t1\t\t\t\t\t\t1',
  '2.重复申请\t\t\t\t\t\t\t',
  '3.要求提供公开出版物\t\t\t\t\t\t\t',
  '4.无正当理由大量反复申请\t\t\t\t\t\t\t',
  '5.要求行政机关确认或重新出具已获取信息\t\t\t\t\t\t\t',
  '（六）其他处理\t\t\t\t\t\t\t',
  '（七）总计\t30\t4\t\t\t1\t\t35',
  '四、结转下年度继续办理\t2\t\t\t\t\t\t2',
].join('\n');

const DOC = `某市某局2023年政府信息公开工作年度报告\n\n一、总体情况\n\n2023年，我局依法做好政府信息公开工作。\n\n${TABLE3}\n\n四、政府信息公开行政复议、行政诉讼情况\n\n无。\n`;

test('tab copy: a row of label + n slots with trailing blanks reads its value where it stands, no table-shape', () => {
  const t = analyze(DOC).report!.tables.get('applications')!;
  assert.ok(t, 'table 三 is read');
  const row = (label: string) => t.rows.find((r) => r.raw.cells.some((c) => c.text.startsWith(label)))!;
  const partial = row('（二）部分公开');
  assert.equal(partial.shape, null);
  const cells = [...partial.values.values()].map((c) => c.text);
  assert.deepEqual(cells, ['3', '', '', '', '', '', '3']);
  const secret = row('8.属于行政查询事项');
  assert.deepEqual([...secret.values.values()].map((c) => c.text), ['2', '1', '', '', '', '', '3']);
  assert.deepEqual(findings(DOC, 'table-shape').map((f) => f.message), []);
  assert.deepEqual(findings(DOC, 'table-row-total').map((f) => f.message), []);
  // The blanks are reported as blanks (info), on the row they belong to.
  const blank = findings(DOC, 'table-cell-invalid').filter((f) => f.message.startsWith('“（二）部分公开”'));
  assert.equal(blank.length, 1);
  assert.equal(blank[0].severity, 'info');
});

test('tab copy: the read rows keep their arithmetic (a wrong total in a short-slot row is still found)', () => {
  const bad = DOC.replace('8.属于行政查询事项\t2\t1\t\t\t\t\t3', '8.属于行政查询事项\t2\t1\t\t\t\t\t4');
  const fs = findings(bad, 'table-row-total');
  assert.equal(fs.length, 1, fs.map((f) => f.message).join('\n'));
  assert.match(fs[0].message, /行政查询事项/);
});

test('tab copy: a genuinely short row (no slots shown) is still a short row', () => {
  const short = DOC.replace('（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t3\t\t\t\t\t\t3', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t3');
  assert.notEqual(short, DOC);
  const fs = findings(short, 'table-shape');
  assert.equal(fs.length, 1, fs.map((f) => f.message).join('\n'));
  assert.match(fs[0].message, /部分公开/);
});
