// PDF text with layout (`pdftotext -layout`) of a statutory form printed with its group labels in a
// narrow column of their own (三、本年度办理结果, （四）无法提供 … as rowspan cells): each line carries a
// piece of the group label (本年 / 度办 / （四） / 无法提) before the row label, also on the lines of a
// row label wrapped in two. Table 四's one row with a blank cell, and an amount printed with its
// unit one space apart (11750 万元), are read here too. The texts are our own, in the shape of
// Chromium-printed PDFs extracted with pdftotext 22.12.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/engine/lint';
import { lintText } from '../helpers';

const HEAD = '某县水务局2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我局依法做好政府信息公开工作。\n';
const T3_HEAD = [
  '    三、收到和处理政府信息公开申请情况',
  '                                             申请人情况',
  ' （本列数据的勾稽关系为：第一项加第二项之和，等于第三 自然              法人或其他组织',
  '             项加第四项之和）                人 商业   科研 社会',
  '                                               公益',
  '                                                  法律',
  '                                                  服务  其他 总计',
  '                                         企业 机构 组织 机构',
];
// Row labels wrapped in two with a piece of the group label before each half (本年 / 度办, （四） /
// 政府信息, 其他处 / 理), the figures on the first or on the second line.
const T3_ROWS = [
  '         一、本年新收政府信息公开申请数量           12 2 0 0 1 0 15',
  '         二、上年结转政府信息公开申请数量            1 0 0 0 0 0 1',
  '三、              （一）予以公开             6 1 0 0 1 0 8',
  '本年 （二）部分公开（区分处理的，只计这一情形，不计其',
  '度办                他情形）               2 0 0 0 0 0 2',
  '理结                    1.属于国家秘密           0 0 0 0 0 0 0',
  ' 果              2.其他法律行政法规禁止公开           0 0 0 0 0 0 0',
  '                  3.危及“三安全一稳定”           0 0 0 0 0 0 0',
  '    （三）            4.保护第三方合法权益           0 0 0 0 0 0 0',
  '    不予公           5.属于三类内部事务信息           0 0 0 0 0 0 0',
  '      开',
  '                   6.属于四类过程性信息           0 0 0 0 0 0 0',
  '                    7.属于行政执法案卷           0 0 0 0 0 0 0',
  '                    8.属于行政查询事项           0 0 0 0 0 0 0',
  '            （四）无法提供1.本机关不掌握相关 2 0 0 0 0 0 2',
  '    （四）               政府信息',
  '    无法提         2.没有现成信息需要另行制作           1 0 0 0 0 0 1',
  '      供          3.补正后申请内容仍不明确           0 0 0 0 0 0 0',
  '                   1.信访举报投诉类申请           0 0 0 0 0 0 0',
  '    （五）                 2.重复申请           1 0 0 0 0 0 1',
  '    不予处            3.要求提供公开出版物           0 0 0 0 0 0 0',
  '      理          4.无正当理由大量反复申请           0 0 0 0 0 0 0',
  '           5.要求行政机关确认或重新出具已获取信息 0 0 0 0 0 0 0',
  '          1.申请人无正当理由逾期不补正、行政机关不 0 0 0 0 0 0 0',
  '    （六）          再处理其政府信息公开申请',
  '    其他处 2.申请人逾期未按收费通知要求缴纳费用、行 0 0 0 0 0 0 0',
  '      理       政机关不再处理其政府信息公开申请',
  '                          3.其他           1 0 0 0 0 0 1',
  '                     （七）总计              13 1 0 0 1 0 15',
  '             四、结转下年度继续办理                 0 1 0 0 0 0 1',
];
const T4 = (values: string) => [
  '   四、政府信息公开行政复议、行政诉讼情况',
  '         行政复议                           行政诉讼',
  ' 结果 结果 其他 尚未 总计 结果 未经复议直接起诉                    复议后起诉',
  '                               结果 其他 尚未 总计 结果 结果 其他 尚未 总计',
  ' 维持 纠正 结果 审结               维持 纠正 结果 审结     维持 纠正 结果 审结',
  values,
  '   五、存在的主要问题及改进情况',
  '   我局政府信息公开工作仍有不足。',
];

const rowValues = (text: string, table: string, rowId: string) => {
  const t = analyze(text).report!.tables.get(table)!;
  const r = t.rows.find((x) => x.rowId === rowId);
  return r ? [...r.values.values()].map((c) => c.text) : null;
};
const serious = (text: string) => lintText(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');

test('group label pieces in their own column: the wrapped row labels beside them are one row each, with their figures', () => {
  const text = HEAD + [...T3_HEAD, ...T3_ROWS].join('\n') + '\n' + T4(' 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0').join('\n') + '\n';
  assert.deepEqual(rowValues(text, 'applications', 'partial'), ['2', '0', '0', '0', '0', '0', '2']);
  assert.deepEqual(rowValues(text, 'applications', 'unable-1'), ['2', '0', '0', '0', '0', '0', '2']);
  assert.deepEqual(rowValues(text, 'applications', 'otherproc-1'), ['0', '0', '0', '0', '0', '0', '0']);
  assert.deepEqual(rowValues(text, 'applications', 'otherproc-2'), ['0', '0', '0', '0', '0', '0', '0']);
  assert.deepEqual(rowValues(text, 'applications', 'total'), ['13', '1', '0', '0', '1', '0', '15']);
  const t = analyze(text).report!.tables.get('applications')!;
  const partial = t.rows.find((x) => x.rowId === 'partial')!;
  // The row's label is its own text, without the group label's piece (本年) printed before it.
  assert.ok(partial.label.startsWith('（二）部分公开'), partial.label);
  const rules = serious(text).map((f) => `${f.rule} ${f.message}`);
  assert.deepEqual(rules.filter((r) => /^table-(row-missing|row-unknown|shape|balance|subtotal|row-total)/.test(r)), []);
});

test('precision: a short label line between rows is still a label of its own when no group piece stands before it', () => {
  // Two pieces that are no group label's (a full label alone on its line, then a row) keep their old reading.
  const rows = T3_ROWS.map((l) => (l.startsWith('本年 （二）') ? '     （二）部分公开（区分处理的，只计这一情形，不计其' : l.startsWith('度办') ? '                     他情形）               2 0 0 0 0 0 2' : l));
  const text = HEAD + [...T3_HEAD, ...rows].join('\n') + '\n';
  assert.deepEqual(rowValues(text, 'applications', 'partial'), ['2', '0', '0', '0', '0', '0', '2']);
});

test('table 四: its one row of figures short by one (a blank cell) is one table-unreadable, never a shape error', () => {
  const text = HEAD + [...T3_HEAD, ...T3_ROWS].join('\n') + '\n' + T4(' 0 0 0 0 0 0 0 0 0 0 0 0                       0 0').join('\n') + '\n';
  const f = lintText(text).findings;
  const unreadable = f.filter((x) => x.rule === 'table-unreadable' && x.message.startsWith('表四'));
  assert.equal(unreadable.length, 1, JSON.stringify(f.map((x) => [x.rule, x.message])));
  assert.match(unreadable[0].message, /空白单元格/);
  assert.ok(!f.some((x) => x.rule === 'table-shape' || x.rule === 'review-total'), JSON.stringify(f.map((x) => x.rule)));
  // Full, the row is read.
  const full = HEAD + T4(' 1 0 0 0 1 0 0 0 0 0 0 0 0 0 0').join('\n') + '\n';
  assert.equal(rowValues(full, 'review', 'data')?.length, 15);
  assert.ok(!lintText(full).findings.some((x) => x.rule === 'table-unreadable'));
});

test('an amount printed with its unit one space apart (11750 万元) is one figure of the row', () => {
  // Table 二 of the 2019 format (a 2020 report), where 政府集中采购 has its 采购总金额.
  const head = HEAD.replace(/2022/g, '2020');
  const active = [
    '二、主动公开政府信息情况',
    '                                第二十条第（一）项',
    '    信息内容          本年新制作数量    本年新公开数量    对外公开总数量',
    '     规章                   0                 0                 0',
    '    规范性文件              2                 2                 9',
    '                                第二十条第（五）项',
    '    信息内容          上一年项目数量    本年增/减      处理决定数量',
    '    行政许可                 3                 0               41',
    '                                第二十条第（八）项',
    '    信息内容                 上一年项目数量                 本年增/减',
    '   行政事业性收费                   1                         0',
    '                                第二十条第（九）项',
    '    信息内容                 采购项目数量                 采购总金额',
    '   政府集中采购                    60                 11750 万元',
    '三、收到和处理政府信息公开申请情况',
    '本年共收到申请 15 件，其中收费 2 万元。',
  ];
  const text = head + active.join('\n') + '\n';
  assert.deepEqual(rowValues(text, 'active', 'procurement'), ['60', '11750 万元']);
  assert.ok(!serious(text).some((f) => f.rule === 'table-row-missing' && f.message.includes('政府集中采购')));
});

// `pdftotext` without -layout (reading order) of the same form: each row label on a line of its own
// and its figures on the next, the group label's pieces on lines between, and a wrapped label's end
// (其他情形）) after the figures.
const T3_ORDER = [
  '三、收到和处理政府信息公开申请情况',
  '申请人情况',
  '法人或其他组织',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三 自然',
  '总计',
  '科研 社会',
  '人 商业',
  '企业 机构 组织 机构',
  '一、本年新收政府信息公开申请数量',
  '12 2 0 0 1 0 15',
  '二、上年结转政府信息公开申请数量',
  '1 0 0 0 0 0 1',
  '三、',
  '（一）予以公开',
  '6 1 0 0 1 0 8',
  '本年 （二）部分公开（区分处理的，只计这一情形，不计',
  '2 0 0 0 0 0 2',
  '度办',
  '其他情形）',
  '理结 （三）',
  '1.属于国家秘密',
  '0 0 0 0 0 0 0',
  '果 不予公',
  '2.其他法律行政法规禁止公开',
  '0 0 0 0 0 0 0',
  '开',
  '3.危及“三安全一稳定”',
  '0 0 0 0 0 0 0',
];

test('reading order: a numbered row label alone above its figures is a row, and a wrapped label ends after its figures', () => {
  const text = HEAD + T3_ORDER.join('\n') + '\n四、政府信息公开行政复议、行政诉讼情况\n1 0 0 0 1 0 0 0 0 0 0 0 0 0 0\n';
  const t = analyze(text).report!.tables.get('applications')!;
  assert.ok(t && !t.unreadable, 'table 三 is read');
  const row = (id: string) => t.rows.find((r) => r.rowId === id);
  assert.deepEqual([...row('new')!.values.values()].map((c) => c.text), ['12', '2', '0', '0', '1', '0', '15']);
  assert.deepEqual([...row('carried')!.values.values()].map((c) => c.text), ['1', '0', '0', '0', '0', '0', '1']);
  assert.equal(row('partial')!.label, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
  assert.deepEqual([...row('partial')!.values.values()].map((c) => c.text), ['2', '0', '0', '0', '0', '0', '2']);
  // The group pieces (果 不予公) are no part of a row label, and no row of their own.
  assert.equal(row('deny-1')!.label, '1.属于国家秘密');
  assert.ok(!t.rows.some((r) => r.label.includes('不予公') || r.label.includes('其他情形）') && r.rowId !== 'partial'));
  // A section heading right above figures stays a heading (table 四's heading is no row of table 三).
  assert.ok(!t.rows.some((r) => r.label.includes('行政复议')));
});

test('a group label\'s first piece with its number (（五）不) before a wrapped row label, and its next piece (予处理) before the label\'s second line: the row is its own label with its figures (oB/05:97)', () => {
  // A narrow row-label column as well (1.信访举 / 报投诉类 / 申请), the figures on the label's second line.
  const rows = T3_ROWS.flatMap((l) => (l.includes('1.信访举报投诉类申请')
    ? ['（五）不 1.信访举', '予处理 报投诉类 0     0   0   0   0   0   0', '     申请']
    : l.startsWith('    （五）') ? ['                         2.重复申请           1 0 0 0 0 0 1']
    : l.startsWith('    不予处') ? ['                  3.要求提供公开出版物           0 0 0 0 0 0 0']
    : l));
  const text = HEAD + [...T3_HEAD, ...rows].join('\n') + '\n' + T4(' 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0').join('\n') + '\n';
  assert.deepEqual(rowValues(text, 'applications', 'noproc-1'), ['0', '0', '0', '0', '0', '0', '0']);
  const t = analyze(text).report!.tables.get('applications')!;
  assert.ok(t.rows.find((x) => x.rowId === 'noproc-1')!.label.startsWith('1.信访举报投诉类'), t.rows.map((r) => r.label).join(' / '));
  assert.deepEqual(serious(text).filter((f) => f.rule === 'table-row-missing').map((f) => f.message), []);
});
