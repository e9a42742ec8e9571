// PDF text with layout (`pdftotext -layout`) of table 三: a row short of figures whose figures
// sit where no full row lines them up (a blank cell prints nothing, and the converter shifts the
// rest), and a row label whose last piece comes after the figures with a piece of the narrow
// group-label column on the line between. Text of our own in the shapes of the PDF harness.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/engine/lint';
import { lintText } from '../helpers';

const HEAD = '某县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n2023年，本县依法做好政府信息公开工作。\n三、收到和处理政府信息公开申请情况\n';
const TAIL = '四、政府信息公开行政复议、行政诉讼情况\n';
const Z = '0 0 0 0 0 0 0';

/** Table 三 in layout text; `carried` is the figures of 二、上年结转 as printed (after many spaces). */
function table3(carried: string): string {
  const rows = [
    '                                                申请人情况',
    '                                      自然人 商业 科研 社会 法律 其他 总计',
    '                                             企业 机构 组织 机构',
    `     一、本年新收政府信息公开申请数量       5 1 0 0 0 0 6`,
    `     二、上年结转政府信息公开申请数量          ${carried}`,
    `            （一）予以公开                  3 1 0 0 0 0 4`,
    `    三、    （二）部分公开（区分处理的，只计这一情形，不计其他情形） 1 0 0 0 0 0 1`,
    `            1.属于国家秘密                  ${Z}`,
    `            2.其他法律行政法规禁止公开      ${Z}`,
    `            3.危及“三安全一稳定”            ${Z}`,
    `   （三）   4.保护第三方合法权益            ${Z}`,
    `   不予公开 5.属于三类内部事务信息          ${Z}`,
    `            6.属于四类过程性信息            ${Z}`,
    `            7.属于行政执法案卷              ${Z}`,
    `            8.属于行政查询事项              ${Z}`,
    `   本年度办 1.本机关不掌握相关              ${Z}`,
    '   （四）',
    '            政府信息',
    `   无法提供 2.没有现成信息需要另行制作      1 0 0 0 0 0 1`,
    `            3.补正后申请内容仍不明确        ${Z}`,
    `            1.信访举报投诉类申请            ${Z}`,
    `   （五）   2.重复申请                      ${Z}`,
    `   不予处理 3.要求提供公开出版物            ${Z}`,
    `            4.无正当理由大量反复申请        ${Z}`,
    `            5.要求行政机关确认或重新出具已获取信息 ${Z}`,
    `   （六）   1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 ${Z}`,
    `   其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 ${Z}`,
    `            3.其他                          ${Z}`,
    `            （七）总计                      5 1 0 0 0 0 6`,
    `     四、结转下年度继续办理                 1 0 0 0 0 0 1`,
  ];
  return HEAD + rows.join('\n') + '\n' + TAIL;
}

/** Errors and warnings on the table (the excerpt has no other parts). */
const serious = (text: string) => lintText(text).findings.filter((f) => (f.severity === 'error' || f.severity === 'warning') && f.rule.startsWith('table-'));

test('a row of PDF layout text short of figures that no full row lines up: a note, not a shape error, and no arithmetic on it', () => {
  // Six figures printed further right than any column (a blank cell before them): which column is blank cannot be told.
  const text = table3('   1 0 0 0 0 1');
  const bad = serious(text);
  assert.deepEqual(bad.map((f) => `${f.rule} ${f.message}`), []);
  const notes = lintText(text).findings.filter((f) => f.rule === 'table-shape');
  assert.equal(notes.length, 1, JSON.stringify(notes));
  assert.equal(notes[0].severity, 'info');
  assert.match(notes[0].message, /上年结转.*只有 6 个数（应有 7 个）.*空白单元格/);
  const carried = analyze(text).report!.tables.get('applications')!.rows.find((r) => r.rowId === 'carried')!;
  assert.equal(carried.values.size, 0, 'the row is not read by guessed positions');
  // The same row with its seven figures printed is read, and no note.
  const full = table3('1 0 0 0 0 0 1');
  assert.deepEqual(lintText(full).findings.filter((f) => f.rule === 'table-shape'), []);
  assert.equal(analyze(full).report!.tables.get('applications')!.rows.find((r) => r.rowId === 'carried')!.values.get('total')!.text, '1');
  // More figures than columns is still an error: a value doubled, not a blank cell.
  const extra = serious(table3('1 0 0 0 0 0 0 1')).filter((f) => f.rule === 'table-shape');
  assert.equal(extra.length, 1);
});

/** Table 三 as `pdftotext` prints it in reading order from a page of large type (group labels in a narrow column). */
const ORDER = [
  '申请人情况', '法人或其他组织', '社 法', '（本列数据的勾稽关系为：第一项加第二项之 自 商 科 会 律 总', '和，等于第三项加第四项之和）',
  '然 业 研 公 服 其 计', '人 企 机 益 务 他', '业 构 组 机', '织 构',
  '一、本年新收政府信息公开申请数量', '4 1 0 0 0 0 5', '二、上年结转政府信息公开申请数量', '0 0 0 0 0 0 0',
  '三、', '(一)予以公开', '3 1 0 0 0 0 4', '本年 (二)部分公开(区分处理的,只计这一情形,不', '0 0 0 0 0 0 0', '度办', '计其他情形)', '理结',
  '(三)不予公开1.属于国家秘密 0 0 0 0 0 0 0', '果', '2.其他法律行政法规禁止公开 0 0 0 0 0 0 0',
  '3.危及“三安全一稳定”', '0 0 0 0 0 0 0', '（三）', '4.保护第三方合法权益', '0 0 0 0 0 0 0',
  '不予公 5.属于三类内部事务信息', '0 0 0 0 0 0 0', '开', '6.属于四类过程性信息', '0 0 0 0 0 0 0',
  '7.属于行政执法案卷', '0 0 0 0 0 0 0', '8.属于行政查询事项', '0 0 0 0 0 0 0',
  '(四)无法提供1.本机关不掌握相关 1 0 0 0 0 0 1', '（四）', '政府信息', '无法提 2.没有现成信息需要另行制作 0 0 0 0 0 0 0', '供',
  '3.补正后申请内容仍不明确 0 0 0 0 0 0 0', '(五)不予处理1.信访举报投诉类申请 0 0 0 0 0 0 0', '2.重复申请', '0 0 0 0 0 0 0',
  '3.要求提供公开出版物', '0 0 0 0 0 0 0', '4.无正当理由大量反复申请 0 0 0 0 0 0 0', '5.要求行政机关确认或重新出具已获取信息 0 0 0 0 0 0 0',
  '(六)其他处理', '0 0 0 0 0 0 0', '(七)总计', '4 1 0 0 0 0 5', '四、结转下年度继续办理', '0 0 0 0 0 0 0',
];

test('a label whose last piece follows its figures, a group-label piece on the line between: one row', () => {
  const text = HEAD + ORDER.join('\n') + '\n' + TAIL;
  const t = analyze(text).report!.tables.get('applications')!;
  const row = t.rows.find((r) => r.rowId === 'unable-1');
  assert.ok(row, JSON.stringify(t.rows.map((r) => [r.raw.line + 1, r.rowId, r.label])));
  assert.equal(row!.values.get('natural')!.text, '1');
  assert.deepEqual(serious(text).map((f) => `${f.rule} ${f.message}`), []);
  // Another word after the figures makes no statutory label: the row stays what it was read as.
  const other = text.replace('\n政府信息\n', '\n某某事项\n');
  assert.ok(!analyze(other).report!.tables.get('applications')!.rows.some((r) => r.rowId === 'unable-1'));
});

test('a label split over three lines whose last piece is short (申请), its figures alone on the next line: one row', () => {
  const split = ['（六）', '其他处', '理', '1.申请人无正当理由逾期不补正、', '行政机关不再处理其政府信息公开', '申请', '0 0 0 0 0 0 0',
    '2.申请人逾期未按收费通知要求缴', '纳费用、行政机关不再处理其政府', '信息公开申请', '0 0 0 0 0 0 0', '3.其他 0 0 0 0 0 0 0'];
  const lines = ORDER.flatMap((l, i) => (l === '(六)其他处理' ? split : ORDER[i - 1] === '(六)其他处理' ? [] : [l]));
  const text = HEAD + lines.join('\n') + '\n' + TAIL;
  const t = analyze(text).report!.tables.get('applications')!;
  const row = t.rows.find((r) => r.rowId === 'otherproc-1');
  assert.ok(row && row.values.size === 7, JSON.stringify(t.rows.map((r) => [r.raw.line + 1, r.rowId, r.label, r.values.size])));
  assert.deepEqual(serious(text).map((f) => `${f.rule} ${f.message}`), []);
});
