// Browser copies (innerText, select all + copy) of web tables whose cells are paragraphs
// (<td><p>…</p></td>): each cell on a line of its own, the tab between two cells of a row on a line
// of its own with blank lines around it, a blank cell (<p>&nbsp;</p>) a line of a no-break space,
// rows parted by three blank lines. The shape Chromium gives for nQ/01-browser.txt; texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/engine/lint';
import { parseDocument } from '../../../server/src/core/parse/document';
import { lintText, lineRules, tableCells } from '../helpers';

const NB = '\u00a0';
/** A row as Chromium's innerText writes it: cells parted by a tab on a line of its own. */
const row = (...cells: string[]) => cells.map((c) => (c === '' ? NB : c)).join('\n\n\t\n\n');
/** Rows parted as innerText parts table rows whose cells are paragraphs. */
const rows = (...rs: string[]) => rs.join('\n\n\n\n');
const HEAD = '某区人民政府办公室2019年政府信息公开工作年度报告\n\n一、总体情况\n\n2019年，本办依法做好政府信息公开工作。\n\n';

const v = (...xs: (number | '')[]) => xs.map(String);
const T3 = rows(
  row('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'),
  row('自然人', '法人或其他组织', '总计'),
  row('商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'),
  row('一、本年新收政府信息公开申请数量', ...v(21, 3, '', '', 2, 1, 27)),
  row('二、上年结转政府信息公开申请数量', ...v(2, '', '', '', '', '', 2)),
  row('三、本年度办理结果', '（一）予以公开', ...v(10, 2, '', '', 1, 1, 14)),
  row('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ...v(3, '', '', '', '', '', 3)),
  row('（三）不予公开', '1.属于国家秘密', ...v('', '', '', '', '', '', '')),
  row('2.其他法律行政法规禁止公开', ...v('', '', '', '', '', '', '')),
  row('3.危及“三安全一稳定”', ...v('', '', '', '', '', '', '')),
  row('4.保护第三方合法权益', ...v('', '', '', '', '', '', '')),
  row('5.属于三类内部事务信息', ...v('', '', '', '', '', '', '')),
  row('6.属于四类过程性信息', ...v('', '', '', '', '', '', '')),
  row('7.属于行政执法案卷', ...v('', '', '', '', '', '', '')),
  row('8.属于行政查询事项', ...v('', '', '', '', '', '', '')),
  row('（四）无法提供', '1.本机关不掌握相关政府信息', ...v(6, 1, '', '', 1, '', 8)),
  row('2.没有现成信息需要另行制作', ...v('', '', '', '', '', '', '')),
  row('3.补正后申请内容仍不明确', ...v('', '', '', '', '', '', '')),
  row('（五）不予处理', '1.信访举报投诉类申请', ...v(2, '', '', '', '', '', 2)),
  row('2.重复申请', ...v('', '', '', '', '', '', '')),
  row('3.要求提供公开出版物', ...v('', '', '', '', '', '', '')),
  row('4.无正当理由大量反复申请', ...v('', '', '', '', '', '', '')),
  row('5.要求行政机关确认或重新出具已获取信息', ...v('', '', '', '', '', '', '')),
  row('（六）其他处理', ...v('', '', '', '', '', '', '')),
  row('（七）总计', ...v(21, 3, '', '', 2, 1, 27)),
  row('四、结转下年度继续办理', ...v(2, '', '', '', '', '', 2)),
);
// Table 四: blank cells without a paragraph stay on the tab's line (\t \t \t).
const T4 = rows(
  row('行政复议', '行政诉讼'),
  row('结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉'),
  row('结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'),
  `1\n\n\t${NB}\t${NB}\t\n\n1\n\n\t\n\n2\n\n\t\n\n1\n\n\t${NB}\t${NB}\t${NB}\t\n\n1\n\n\t${NB}\t${NB}\t${NB}\t${NB}\t${NB}`,
);

const TEXT = `${HEAD}三、收到和处理政府信息公开申请情况\n\n${T3}\n\n\n\n四、政府信息公开行政复议、行政诉讼情况\n\n${T4}\n\n\n\n五、存在的主要问题及改进情况\n\n无。\n\n六、其他需要报告的事项\n\n无。\n`;

const cells = (text: string, table: string) => tableCells(text, table, true);

test('tab-lines: cells as paragraphs with the tab on a line of its own are read as tab rows, blank cells at their slots', () => {
  const blocks = parseDocument(TEXT).tables;
  assert.ok(blocks.length >= 2 && blocks.every((b) => b.layout === 'tab-lines'), blocks.map((b) => b.layout).join(' '));
  const t3 = cells(TEXT, 'applications');
  const ids = Object.keys(t3);
  assert.ok(ids.length >= 20, ids.join(' '));
  assert.deepEqual(Object.values(t3)[0], ['21', '3', '', '', '2', '1', '27']);
  assert.ok(Object.values(t3).some((vs) => vs.join(',') === '10,2,,,1,1,14'), JSON.stringify(t3));
  assert.ok(Object.values(t3).some((vs) => vs.join(',') === '6,1,,,1,,8'), JSON.stringify(t3));
  const t4 = Object.values(cells(TEXT, 'review'));
  assert.deepEqual(t4.flat(), ['1', '', '', '1', '2', '1', '', '', '', '1', '', '', '', '', '']);
});

test('tab-lines: a consistent table raises no arithmetic error or warning', () => {
  const rules = lineRules(TEXT, lintText(TEXT), ['error', 'warning']);
  assert.ok(!rules.some((x) => /table-|review-total|text-table/.test(x)), rules.join(' '));
});

test('tab-lines: a wrong total is found on its row', () => {
  const text = TEXT.replace(row('（七）总计', ...v(21, 3, '', '', 2, 1, 27)), row('（七）总计', ...v(21, 3, '', '', 2, 1, 29)));
  assert.notEqual(text, TEXT);
  const r = lintText(text);
  const at = text.indexOf('（七）总计');
  assert.ok(r.findings.some((f) => /table-row-total|table-subtotal|table-balance/.test(f.rule) && f.severity === 'error' && f.start >= at - 5 && f.start < at + 200),
    r.findings.map((f) => `${f.rule}@${f.start}`).join(' '));
});

test('tab-lines: a cell written in several paragraphs (one blank line between them) stays one cell; a heading after the table is no cell', () => {
  const NBS = ' \u00a0'.repeat(8);
  const text = TEXT
    .replace(row('商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'),
      row('商业\n\n企业', '科研\n\n机构', `社会\n\n公益${NBS}\n\n组织${NBS}`, `法律\n\n服务${NBS}\n\n机构${NBS}`, '其他'))
    .replace('三、本年度办理结果', `三、本\n\n年度办${NBS}\n\n理结果${NBS}`)
    .replace('\n\n\n\n四、政府信息公开行政复议', '\n\n四、政府信息公开行政复议');
  assert.notEqual(text, TEXT);
  const t3 = cells(text, 'applications');
  assert.ok(Object.keys(t3).length >= 20, Object.keys(t3).join(' '));
  assert.ok(Object.values(t3).some((vs) => vs.join(',') === '10,2,,,1,1,14'), JSON.stringify(t3));
  const rules = lineRules(text, lintText(text), ['error', 'warning']);
  assert.ok(!rules.some((x) => /table-|review-total|text-table/.test(x)), rules.join(' '));
  // The part heading right after table 三's last row (one blank line) is still a heading.
  const doc = parseDocument(text);
  assert.ok(doc.headings.some((h) => /四、政府信息公开行政复议/.test(text.slice(h.start, h.end))), 'heading 四 kept');
});

test('tab-lines: a part heading right under the last row (no blank line, or a Markdown heading after one) ends the table; a block whose only value is blank is read', () => {
  for (const sep of ['\n', '\n\n## ']) {
    const text = TEXT.replace('\n\n\n\n四、政府信息公开行政复议', `${sep}四、政府信息公开行政复议`);
    assert.notEqual(text, TEXT);
    const doc = parseDocument(text);
    assert.ok(doc.headings.some((h) => /四、政府信息公开行政复议/.test(text.slice(h.start, h.end))), `heading 四 kept after ${JSON.stringify(sep)}`);
    const t3 = cells(text, 'applications');
    assert.ok(Object.values(t3).some((vs) => vs.join(',') === '10,2,,,1,1,14'), JSON.stringify(t3));
  }
  // 表二's (八) block: its header, then 行政事业性收费 with a blank fee (no figure in the block at all).
  const fee = rows(row('第二十条第（八）项'), row('信息内容', '本年收费金额（单位：万元）'), row('行政事业性收费', ''));
  const text = `${HEAD}二、主动公开政府信息情况\n\n${fee}\n\n三、收到和处理政府信息公开申请情况\n\n本年度未收到申请。\n`;
  const t2 = analyze(text).report!.tables.get('active');
  assert.ok(t2 && t2.rows.some((r) => r.rowId === 'fees'), JSON.stringify(t2?.rows.map((r) => r.rowId)));
});

test('tab-lines: a copy that ends every line with a space (blank lines a space) reads the same cells', () => {
  const padded = TEXT.replace(/\n/g, ' \n');
  for (const table of ['applications', 'review']) assert.deepEqual(cells(padded, table), cells(TEXT, table), table);
  const rules = lineRules(padded, lintText(padded), ['error', 'warning']);
  assert.ok(!rules.some((x) => /table-|review-total|text-table/.test(x)), rules.join(' '));
});

test('tab-lines: cells closed by a pipe with lines of tabs between them, pasted double-spaced, are no browser copy of paragraph cells', () => {
  // A converter's copy (mW/26's shape): `规章  | ` cells, a line of tabs between two rows. Double-spaced,
  // every line of tabs stands between blank lines as a browser copy's tab line does.
  const cells = ['第二十条第(一)项  | ', '\t\t', '信息内容  | ', '\t\t\t本年制发件数  | ', '\t\t\t本年废止件数  | ', '\t\t\t现行有效件数  | ', '\t\t',
    '规章  | ', '\t\t\t0  | ', '\t\t\t0  | ', '\t\t\t0', '   | ', '\t\t', '行政规范性文件  | ', '\t\t\t2  | ', '\t\t\t0  | ', '\t\t\t7', '   | ', '\t\t',
    '第二十条第(五)项  | ', '\t\t', '信息内容  | ', '\t\t\t本年处理决定数量  | ', '\t\t', '行政许可  | ', '\t\t\t951  | ', '\t\t'];
  const text = `某某镇2021年政府信息公开工作年度报告\n一、总体情况\n2021年，本镇主动公开政府信息40条。\n二、主动公开政府信息情况\n${cells.join('\n')}\n三、收到和处理政府信息公开申请情况\n本年度未收到申请。\n`;
  const doubled = text.replace(/([^\n])\n(?=[^\n])/g, '$1\n\n');
  assert.ok(!parseDocument(doubled).tables.some((b) => b.layout === 'tab-lines'));
  const missing = (t: string) => lintText(t).findings.filter((f) => f.rule === 'table-row-missing' || f.rule === 'section-missing').map((f) => f.message);
  assert.deepEqual(missing(doubled), missing(text));
});
