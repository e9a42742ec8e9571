// PDF text in reading order (`pdftotext` default mode) of table 三 printed without rules: the
// numbered row labels stand on lines of their own (一、本年新收政府信息公开申请数量) and the group
// label 三、本年度办理结果 in pieces (三、本 / 年度办 / 理结果), the figures on lines of a few
// numbers each. Such lines read as part headings (一、 二、 三、): they must neither end the part's
// table nor be judged as headings (三、本 is no heading cut short). Text of our own, in the shape
// of a Chromium-printed PDF extracted with pdftotext 22.12 (set pA, 04.txt).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/engine/lint';
import { lintText } from '../helpers';

const HEAD = '某区人民政府2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我区依法做好政府信息公开工作。\n'
  + '二、主动公开政府信息情况\n本年度主动公开政府信息情况见下表。\n';
const TAIL = '四、政府信息公开行政复议、行政诉讼情况\n本年度未发生政府信息公开行政复议、行政诉讼。\n'
  + '五、存在的主要问题及改进情况\n存在的问题是公开还不够及时，下一步将加以改进。\n六、其他需要报告的事项\n无。\n';

function table3(group: string[]): string {
  return HEAD + [
    '三、收到和处理政府信息公开申请情况', '申请人情况', '自然人', '法人或其他组织', '',
    '一、本年新收政府信息公开申请数量', '', '12 1 0 0', '', '0', '', '0 13', '',
    '二、上年结转政府信息公开申请数量', '', '0', '', '0', '', '0 0', '', '0 0 0', '',
    '总计', '', ...group, '',
    '（一）予以公开', '', '10', '', '0 0 0', '', '0', '', '0 10', '',
    '1.属于国家秘密', '', '2', '', '1 0 0', '', '0', '', '0 3', '',
    '（七）总计', '', '12 1 0 0', '', '0', '', '0 13', '',
  ].join('\n') + '\n' + TAIL;
}

const PIECES = ['三、本', '年度办', '理结果'];

test('table 三 in reading order: numbered row labels and 三、本 / 年度办 / 理结果 on lines of their own keep the table', () => {
  const text = table3(PIECES);
  const a = analyze(text);
  const found = a.report!.tables.get('applications') ?? a.report!.unreadable?.find((t) => t.id === 'applications');
  assert.ok(found, 'table 三 is found (read, partial or unreadable), not lost under the row labels taken for part headings');
  // Its blocks reach past the group label's pieces.
  const line = text.split('\n').indexOf('（七）总计');
  assert.ok(found!.blocks.some((b) => b.endLine >= line), 'the rows below 三、本 / 年度办 / 理结果 belong to table 三');
  const findings = lintText(text).findings;
  assert.deepEqual(findings.filter((f) => f.rule === 'heading-sequence' || f.rule === 'heading-nonstandard').map((f) => f.message), [],
    '三、本 is a piece of a table label, not a heading cut short nor a repeated numeral');
  assert.deepEqual(findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.message}`), []);
});

test('a numbered line whose pieces do not make a statutory row label stays a heading', () => {
  // 三、本 / 年度办 / 工作 is no label of table 三: still a heading cut short.
  const text = table3(['三、本', '年度办', '工作']);
  const findings = lintText(text).findings;
  assert.ok(findings.some((f) => f.rule === 'heading-nonstandard' && f.message.includes('三、本')));
});

test('三、本 / 年度办 then the row\'s figures (理结果 printed further down among other cells): still a piece of the table label', () => {
  // pdftotext's reading order of a narrow cell: the label's last piece after cells of other rows (set pF, 01.txt).
  const text = table3(['三、本', '', '年度办', '', '10', '', '0 0 0', '', '0', '', '0 10', '', '2', '', '理结果']);
  const findings = lintText(text).findings;
  assert.deepEqual(findings.filter((f) => f.rule === 'heading-sequence' || f.rule === 'heading-nonstandard').map((f) => f.message), []);
});

test('a numbered line alone before a figure is no row label\'s start: still a heading', () => {
  // One line only (三、本 then 10): nothing shows it was broken in a cell.
  const text = table3(['三、本', '', '10', '', '0 0 0', '', '0', '', '0 10']);
  const findings = lintText(text).findings;
  assert.ok(findings.some((f) => f.rule === 'heading-nonstandard' && f.message.includes('三、本')));
});
