// HTML tables pasted into a Markdown draft (PDF→Markdown converters, saved web pages), issue #12:
// blank cells (&nbsp;, empty <td>) sit at their grid positions, so a row as wide as the table is
// positional — its last n slots are the value columns, blanks included — and rows under a
// rowspan (三、本年度办理结果, （三）不予公开) keep their values in their own columns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/engine/lint';
import { findings } from '../rules/build';

const td = (s: string) => `<td>${s === '' ? '&nbsp;' : s}</td>`;
const row = (label: string, vals: string[], lead = '') => `<tr>${lead}${label}${vals.map(td).join('')}</tr>`;
const blanks = (n: number) => Array(n).fill('');

const TABLE3 = '<table><tbody>'
  + '<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>'
  + '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>'
  + '<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>'
  + row('<td colspan="3">一、本年新收政府信息公开申请数量</td>', ['40', '5', '', '', '1', '', '46'])
  + row('<td colspan="3">二、上年结转政府信息公开申请数量</td>', ['1', '', '', '', '', '', '1'])
  + row('<td colspan="2">（一）予以公开</td>', ['20', '3', '', '', '1', '', '24'], '<td rowspan="20">三、本年度办理结果</td>')
  + row('<td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td>', ['2', '', '', '', '', '', '2'])
  + row('<td>1.属于国家秘密</td>', blanks(7), '<td rowspan="8">（三）不予公开</td>')
  + row('<td>2.其他法律行政法规禁止公开</td>', blanks(7))
  + row('<td>3.危及“三安全一稳定”</td>', blanks(7))
  + row('<td>4.保护第三方合法权益</td>', blanks(7))
  + row('<td>5.属于三类内部事务信息</td>', blanks(7))
  + row('<td>6.属于四类过程性信息</td>', ['3', '1', '', '', '', '', '4'])
  + row('<td>7.属于行政执法案卷</td>', blanks(7))
  + row('<td>8.属于行政查询事项</td>', blanks(7))
  + row('<td>1.本机关不掌握相关政府信息</td>', ['12', '1', '', '', '', '', '13'], '<td rowspan="3">（四）无法提供</td>')
  + row('<td>2.没有现成信息需要另行制作</td>', blanks(7))
  + row('<td>3.补正后申请内容仍不明确</td>', blanks(7))
  + row('<td>1.信访举报投诉类申请</td>', ['3', '', '', '', '', '', '3'], '<td rowspan="5">（五）不予处理</td>')
  + row('<td>2.重复申请</td>', blanks(7))
  + row('<td>3.要求提供公开出版物</td>', blanks(7))
  + row('<td>4.无正当理由大量反复申请</td>', blanks(7))
  + row('<td>5.要求行政机关确认或重新出具已获取信息</td>', blanks(7))
  + row('<td colspan="2">（六）其他处理</td>', blanks(7))
  + row('<td colspan="2">（七）总计</td>', ['40', '5', '', '', '1', '', '46'])
  + row('<td colspan="3">四、结转下年度继续办理</td>', ['1', '', '', '', '', '', '1'])
  + '</tbody></table>';

const REVIEW = '<table><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>'
  + '<tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>'
  + '<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>'
  + `<tr>${['3', '', '', '1', '4', '2', '', '', '', '2', '', '', '', '', ''].map(td).join('')}</tr></table>`;

const DOC = `某市某局2023年政府信息公开工作年度报告\n\n一、总体情况\n\n2023年，我局依法做好政府信息公开工作。\n\n三、收到和处理政府信息公开申请情况\n\n${TABLE3}\n\n四、政府信息公开行政复议、行政诉讼情况\n\n${REVIEW}\n\n五、存在的主要问题及改进情况\n\n无。\n`;

test('html one-line table 三 with &nbsp; blanks and rowspans: every value in its own column, no shape error', () => {
  const t = analyze(DOC).report!.tables.get('applications')!;
  assert.equal(t.layout, 'html');
  const vals = (label: string) => [...t.rows.find((r) => r.raw.cells.some((c) => c.text.startsWith(label)))!.values.values()].map((c) => c.text);
  assert.deepEqual(vals('（一）予以公开'), ['20', '3', '', '', '1', '', '24']);
  assert.deepEqual(vals('（二）部分公开'), ['2', '', '', '', '', '', '2']);
  assert.deepEqual(vals('6.属于四类过程性信息'), ['3', '1', '', '', '', '', '4']);
  assert.deepEqual(vals('1.本机关不掌握相关政府信息'), ['12', '1', '', '', '', '', '13']);
  for (const rule of ['table-shape', 'table-row-total', 'table-subtotal', 'table-balance', 'review-total']) {
    assert.deepEqual(findings(DOC, rule).map((f) => f.message), [], rule);
  }
});

test('html one-line table 四 with blank cells: the 15 slots are read in place', () => {
  const data = analyze(DOC).report!.tables.get('review')!.rows.find((r) => r.rowId === 'data')!;
  assert.equal(data.values.get('reconsideration.total')!.text, '4');
  assert.equal(data.values.get('direct.total')!.text, '2');
  assert.equal(data.values.get('after.total')!.text, '');
});

test('html positional read still finds a wrong total at its cell', () => {
  const bad = DOC.replace('<td>12</td><td>1</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>13</td>', '<td>12</td><td>1</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>14</td>');
  assert.notEqual(bad, DOC);
  const fs = findings(bad, 'table-row-total');
  assert.equal(fs.length, 1, fs.map((f) => f.message).join('\n'));
  assert.equal(bad.slice(fs[0].start, fs[0].end), '14');
});

test('a row label under a rowspan group in an HTML table is not prose: no category-misfiled', () => {
  // 重复申请 and the 不予公开 group label sit in the same one-line table with no comma between them.
  assert.deepEqual(findings(DOC, 'category-misfiled').map((f) => f.message), []);
  // In prose the rule still fires.
  const prose = DOC.replace('2023年，我局依法做好政府信息公开工作。', '2023年，另有1件属于重复申请，依法不予公开。');
  assert.equal(findings(prose, 'category-misfiled').length, 1);
});

test('a report whose HTML tables carry heavy markup (style, nowrap, <p align>) is still a report, read the same', () => {
  // A saved web page's cells: <td nowrap="nowrap" style="width:38px;"><p align="center">12</p></td>.
  const heavy = DOC.replace(/<td( [^>]*)?>/g, (_m, attrs: string | undefined) => `<td${attrs ?? ''} nowrap="nowrap" style="width:38px;"><p align="center">`)
    .replace(/<\/td>/g, '</p></td>');
  assert.ok((heavy.match(/[A-Za-z]/g) ?? []).length > 2 * (heavy.match(/[\u4e00-\u9fff]/g) ?? []).length, 'markup outnumbers the Chinese text');
  const a = analyze(heavy);
  assert.ok(a.report, 'detected as a report');
  const vals = (label: string) => [...a.report!.tables.get('applications')!.rows.find((r) => r.raw.cells.some((c) => c.text.startsWith(label)))!.values.values()].map((c) => c.text);
  assert.deepEqual(vals('（一）予以公开'), ['20', '3', '', '', '1', '', '24']);
  assert.deepEqual(findings(heavy, 'table-shape').map((f) => f.message), []);
});
